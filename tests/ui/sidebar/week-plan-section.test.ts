import { describe, expect, it } from "vitest";
import type { SuggestModal } from "obsidian";
import { click, findSetting, lastModal, notices, openSettingTab, typeText } from "../../fake/harness";
import { note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";
import type { RelationshipsView } from "../../../src/ui/sidebar/relationships-view";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };

// Today is Sunday 22 November 2026. Three people are overdue now; three peers last
// touched on 26 October all come due on 7 December, one more than the week holds.
const VAULT = {
  "People/Ana.md": note("tier: ally\nlast_touch: 2026-09-01"),
  "People/Ben.md": note("tier: peer\nlast_touch: 2026-06-01"),
  "People/Cleo.md": note("tier: mentor\nlast_touch: 2026-05-01"),
  "People/Peer A.md": note("tier: peer\nlast_touch: 2026-10-26"),
  "People/Peer B.md": note("tier: peer\nlast_touch: 2026-10-26"),
  "People/Peer C.md": note("tier: peer\nlast_touch: 2026-10-26"),
};

async function openPlan(): Promise<{ started: Started; view: RelationshipsView; part: HTMLDetailsElement }> {
  const started = await startPlugin(VAULT, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { weeklyCapacity: 2 } } });
  const view = await openView(started);
  const part = view.contentEl.querySelector<HTMLDetailsElement>(".kit-week-plan")!;
  part.open = true;
  part.dispatchEvent(new Event("toggle"));
  return { started, view, part: view.contentEl.querySelector<HTMLDetailsElement>(".kit-week-plan")! };
}

const rowNames = (el: Element) => Array.from(el.querySelectorAll(".kit-week-plan-row .kit-name")).map((e) => e.textContent);

describe("the week's plan in the view", () => {
  it("is closed at first, and works the plan out when opened", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { weeklyCapacity: 2 } } });
    const view = await openView(started);
    const closed = view.contentEl.querySelector<HTMLDetailsElement>(".kit-week-plan")!;
    expect(closed.open).toBe(false);
    expect(closed.querySelector(".kit-section-title")?.textContent).toBe("This week's touches");
    expect(closed.querySelector(".kit-count")).toBeNull();
    expect(closed.querySelector(".kit-week-plan-row")).toBeNull();

    const { part } = await openPlan();
    expect(part.open).toBe(true);
    expect(part.querySelector(".kit-count")?.textContent).toBe("2");
    expect(part.querySelector(".kit-week-plan-intro")?.textContent).toBe("2 people to reach this week (capacity 2); 1 more is due but over capacity. A suggestion: reach whoever you like.");
    expect(rowNames(part)).toEqual(["Ana", "Ben", "Cleo"]);
    expect(Array.from(part.querySelectorAll(".kit-week-plan-reason")).map((e) => e.textContent)).toEqual([
      "overdue: last touch 3 months ago",
      "overdue: last touch 6 months ago",
      // Past two half-lives: said without alarm, as the row says it.
      "it's been a while — 7 months",
    ]);
    expect(part.querySelector(".kit-week-plan-over")?.textContent).toBe("Over capacity, for next week: 1");
  });

  it("draws the forecast: a bar per week, the capacity line, and every number explained", async () => {
    const { part } = await openPlan();
    const weeks = Array.from(part.querySelectorAll<SVGGElement>(".kit-forecast-chart .kit-forecast-week"));
    expect(weeks.map((w) => w.querySelector(".kit-forecast-label")?.textContent)).toEqual(["16 Nov", "23 Nov", "30 Nov", "7 Dec", "14 Dec", "21 Dec", "28 Dec", "4 Jan"]);
    expect(weeks.map((w) => [w.getAttribute("data-due"), w.getAttribute("data-planned")])).toEqual([
      ["3", "2"],
      ["0", "0"],
      // Ana again, a fortnight after this week's touch, and one of the peers a week early.
      ["1", "2"],
      ["3", "2"],
      // Ana every fortnight; Ben six weeks on.
      ["1", "1"],
      ["0", "0"],
      ["2", "2"],
      ["0", "0"],
    ]);
    const titles = weeks.map((w) => w.querySelector("title")?.textContent);
    expect(titles[0]).toBe("Week of 16 Nov: 3 people due, 2 planned, capacity 2; 1 over capacity, still listed");
    expect(titles[2]).toBe("Week of 30 Nov: 1 person due, 2 planned, capacity 2; 1 pulled in from later weeks");
    expect(titles[3]).toBe("Week of 7 Dec: 3 people due, 2 planned, capacity 2; 1 pulled into earlier weeks");
    expect(weeks.map((w) => w.getAttribute("aria-label"))).toEqual(titles);
    expect(weeks.map((w) => w.querySelector(".kit-forecast-count")?.textContent)).toEqual(["2", "0", "2", "2", "1", "0", "2", "0"]);
    expect(weeks[0]?.classList.contains("is-over")).toBe(true);
    expect(weeks[3]?.classList.contains("is-over")).toBe(false);
    // The outline of those due is as tall as three, the bar as tall as two.
    const height = (w: Element, cls: string) => Number(w.querySelector(cls)?.getAttribute("height"));
    expect(height(weeks[3]!, ".kit-forecast-due") / height(weeks[3]!, ".kit-forecast-bar")).toBeCloseTo(3 / 2);
    expect(part.querySelector(".kit-forecast-title")?.textContent).toBe("Next 8 weeks, against a capacity of 2 (the dashed line)");
    const line = part.querySelector(".kit-forecast-capacity")!;
    expect(line.getAttribute("data-capacity")).toBe("2");
    expect(Number(line.getAttribute("y1"))).toBeCloseTo(Number(weeks[3]!.querySelector(".kit-forecast-bar")?.getAttribute("y")));
    expect(line.querySelector("title")?.textContent).toBe("Capacity: 2 people a week (the weekly capacity setting)");

    click(weeks[3]!.querySelector(".kit-forecast-bar")!);
    expect(notices().at(-1)).toBe(titles[3]);
  });

  it("logs a touch from a row, and the plan moves on", async () => {
    const { started, view } = await openPlan();
    const ana = view.contentEl.querySelector<HTMLElement>('.kit-week-plan-row[data-path="People/Ana.md"]')!;
    expect(ana.querySelector(".kit-week-plan-log")?.getAttribute("aria-label")).toBe("Log a touch with Ana today");
    click(ana.querySelector(".kit-week-plan-log")!);
    await started.flush();
    expect(started.text("People/Ana.md")).toBe(note("tier: ally\nlast_touch: 2026-11-22", "## Touches\n- 2026-11-22\n"));
    const part = view.contentEl.querySelector(".kit-week-plan")!;
    expect(rowNames(part)).toEqual(["Ben", "Cleo"]);
    expect(part.querySelector(".kit-week-plan-over")).toBeNull();
  });

  it("offers message starters for a planned person", async () => {
    const { view } = await openPlan();
    click(view.contentEl.querySelector('.kit-week-plan-row[data-path="People/Ben.md"] .kit-week-plan-starter')!);
    expect(lastModal<SuggestModal<unknown>>()?.inputEl.placeholder).toBe("A message starter for Ben");
  });

  it("writes the plan to the daily note from its button", async () => {
    const { started, part } = await openPlan();
    click(part.querySelector(".kit-week-plan-write")!);
    await started.flush();
    expect(started.text("Daily/2026-11-22.md")).toBe("## This week's touches\n- [ ] [[Ana]] — overdue: last touch 3 months ago\n- [ ] [[Ben]] — overdue: last touch 6 months ago\n");
  });
});

describe("the planning setting", () => {
  it("sets the weekly capacity, whole numbers from one", async () => {
    const started = await startPlugin(VAULT);
    const tab = openSettingTab(started.app);
    const input = findSetting(tab.containerEl, "Weekly capacity").querySelector("input")!;
    expect(input.value).toBe("5");
    typeText(input, "0");
    expect(started.plugin.settings.weeklyCapacity).toBe(5);
    typeText(input, "3");
    expect(started.plugin.settings.weeklyCapacity).toBe(3);
    const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent);
    expect(headings).toContain("Planning");
  });
});
