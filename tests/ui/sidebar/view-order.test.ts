import { afterEach, describe, expect, it, vi } from "vitest";
import { click, lastMenu } from "../../fake/harness";
import { Platform } from "../../fake/obsidian";
import { note, openView, startPlugin } from "../../obsidian/start-plugin";
import type { RelationshipsView } from "../../../src/ui/sidebar/relationships-view";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const SAM = "People/Sam Rivera.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\nlocation: Lisbon", "## Promises\n- [ ] send the scorecard 📅 2026-11-20\n"),
  "People/Ana Souza.md": note("tier: mentor\nlast_touch: 2026-09-20\ncompany: Acme"),
  "People/Gus.md": note("tier: peer\nlast_touch: 2026-11-20\nbirthday: --11-25"),
  "People/Oliver.md": note("tier: peer\nstatus: paused"),
  "People/Unsorted.md": note("company: Acme"),
  "Projects/Q1.md": "- [ ] intro [[Ana Souza]] to [[Sam Rivera]] 📅 2026-12-05\n",
};

afterEach(() => {
  Platform.isPhone = false;
  vi.useRealTimers();
});

/** The view's parts from the top, by the classes that name them. */
function layout(view: RelationshipsView): string[] {
  const named = ["kit-toolbar", "kit-filter-bar", "kit-list", "kit-section-overdue", "kit-section-due", "kit-rest", "kit-practice-area", "kit-week-plan", "kit-promises", "kit-dates", "kit-paused", "kit-companies", "kit-unclassified"];
  return Array.from(view.contentEl.querySelectorAll<HTMLElement>("*"))
    .map((el) => named.find((c) => el.classList.contains(c)))
    .filter((c): c is string => c !== undefined);
}

describe("the view's order", () => {
  it("puts the people who need you first, under one compact toolbar, and the practice below them", async () => {
    const view = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    expect(layout(view)).toEqual([
      "kit-toolbar",
      "kit-filter-bar",
      "kit-list",
      "kit-section-overdue",
      "kit-section-due",
      "kit-rest",
      "kit-practice-area",
      "kit-week-plan",
      "kit-promises",
      "kit-dates",
      "kit-paused",
      "kit-companies",
      "kit-unclassified",
    ]);
    // The toolbar: the filter, the tier, one menu. Nothing else above the people.
    const toolbar = view.contentEl.querySelector(".kit-toolbar")!;
    expect(Array.from(toolbar.children).map((el) => el.className)).toEqual(["kit-text-filter", "dropdown kit-tier-filter", "clickable-icon kit-view-menu"]);
    // Every practice part is a closed heading until opened.
    expect(Array.from(view.contentEl.querySelectorAll<HTMLDetailsElement>(".kit-practice-area details")).map((d) => d.open)).toEqual([false, false, false, false, false]);
    // The rows' lines follow the priority: overdue, due, then a date for someone on track.
    const line = (path: string) => view.contentEl.querySelector(`.kit-row[data-path="${path}"] .kit-row-line`)?.textContent;
    expect(line(SAM)).toBe("overdue by 6 weeks");
    expect(line("People/Ana Souza.md")).toBe("last touch 9 weeks ago");
  });

  it("shows each practice part only when it has something", async () => {
    const view = await openView(await startPlugin({ "People/Gus.md": note("tier: peer\nlast_touch: 2026-11-20") }));
    expect(layout(view).slice(layout(view).indexOf("kit-practice-area"))).toEqual(["kit-practice-area", "kit-week-plan"]);
    // With everyone paused there is no one to plan for.
    const paused = await openView(await startPlugin({ "People/Gus.md": note("tier: peer\nstatus: paused") }));
    expect(layout(paused).slice(layout(paused).indexOf("kit-practice-area"))).toEqual(["kit-practice-area", "kit-paused"]);
  });

  it("remembers which parts are open in the view's state, and opens them again from it", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const save = vi.spyOn(started.app.workspace, "requestSaveLayout");
    const promises = view.contentEl.querySelector<HTMLDetailsElement>(".kit-promises")!;
    promises.open = true;
    promises.dispatchEvent(new Event("toggle"));
    expect(view.getState()).toMatchObject({ openParts: { promises: true } });
    expect(save).toHaveBeenCalled();
    // A redraw keeps it open.
    started.app.vault.externalModify(SAM, `${started.text(SAM) ?? ""}- [ ] book the table\n`);
    await started.flush();
    expect(view.contentEl.querySelector<HTMLDetailsElement>(".kit-promises")?.open).toBe(true);
    expect(view.contentEl.querySelectorAll(".kit-promises .kit-promise")).toHaveLength(3);

    // Another start reads the state back.
    const again = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    expect(again.contentEl.querySelector<HTMLDetailsElement>(".kit-dates")?.open).toBe(false);
    await again.setState({ openParts: { dates: true, companies: true } }, { history: false });
    expect(again.contentEl.querySelector<HTMLDetailsElement>(".kit-dates")?.open).toBe(true);
    expect(again.contentEl.querySelectorAll(".kit-dates .kit-date")).toHaveLength(1);
    expect(again.contentEl.querySelector<HTMLDetailsElement>(".kit-companies")?.open).toBe(true);
    expect(again.contentEl.querySelector(".kit-companies .kit-company")?.textContent).toBe("Acme2 now");
    expect(again.contentEl.querySelector<HTMLDetailsElement>(".kit-promises")?.open).toBe(false);
  });

  it("offers everything the toolbar used to show, and more, in its one menu", async () => {
    const view = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    click(view.contentEl.querySelector(".kit-view-menu")!);
    expect(lastMenu()?.items.map((i) => i.title)).toEqual([
      "Reach out…",
      "Plan this week's touches",
      "Log a group touch…",
      "New contact…",
      "Import contacts…",
      "Build your relationship map",
      "Open review",
    ]);
    lastMenu()?.items[1]?.dom.click();
    expect(view.contentEl.querySelector<HTMLDetailsElement>(".kit-week-plan")?.open).toBe(true);
    expect(view.contentEl.querySelector(".kit-week-plan-row")).not.toBeNull();
  });
});

describe("what a row leaves out", () => {
  it("opens with a right click: the facts first, then every action; the place filters the view", async () => {
    const view = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    const name = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${SAM}"] .kit-name`)!;
    name.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 10, clientY: 10 }));
    const titles = lastMenu()?.items.map((i) => i.title) ?? [];
    expect(titles.slice(0, 5)).toEqual([
      "Close allies, every 2–6 weeks",
      "Last touch 3 months ago (2026-09-01)",
      "Lisbon",
      "Warmth: half-life 6 months; last touch 3 months ago: 73%",
      "2 open promises",
    ]);
    expect(titles.slice(5)).toEqual(["Details and history", "Log touch with details…", "Copy a message starter…", "Snooze 1 week", "Snooze 1 month", "Snooze until…", "Log a group touch with…", "Set place and time zone…", "Let fade…", "Open note"]);
    expect(lastMenu()?.items[0]?.isLabel).toBe(true);
    lastMenu()?.items[2]?.dom.click();
    expect(view.contentEl.querySelector<HTMLInputElement>(".kit-text-filter")?.value).toBe("@Lisbon");
  });

  it("opens with a long press on a phone, and the ⋮ menu there says the same", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    Platform.isPhone = true;
    const view = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    const name = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${SAM}"] .kit-name`)!;
    const before = lastMenu();
    name.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "touch", clientX: 5, clientY: 5 }));
    vi.advanceTimersByTime(499);
    expect(lastMenu()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(lastMenu()).not.toBe(before);
    expect(lastMenu()?.items[0]?.title).toBe("Close allies, every 2–6 weeks");
    // The click that ends the press opens nothing.
    const opened = lastMenu();
    name.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, pointerType: "touch" }));
    name.click();
    expect(lastMenu()).toBe(opened);
    // A finger that moves is scrolling, not pressing.
    name.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "touch", clientX: 5, clientY: 5 }));
    name.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, pointerType: "touch", clientX: 5, clientY: 40 }));
    vi.advanceTimersByTime(600);
    expect(lastMenu()).toBe(opened);
    vi.advanceTimersByTime(2000);
    click(view.contentEl.querySelector(`.kit-row[data-path="${SAM}"] .kit-more`)!);
    expect(lastMenu()?.items[0]?.title).toBe("Close allies, every 2–6 weeks");
  });
});
