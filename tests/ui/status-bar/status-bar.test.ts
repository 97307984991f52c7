import { afterEach, describe, expect, it } from "vitest";
import { Platform } from "obsidian";
import { addDaysTo } from "../../../src/core/shared/dates";
import { isDueToday, statusText } from "../../../src/ui/status-bar/status-bar";
import { VIEW_TYPE_RELATIONSHIPS } from "../../../src/ui/sidebar/relationships-view";
import { click, findSetting, openSettingTab } from "../../fake/harness";
import { TODAY, note, startPlugin, type Started } from "../../obsidian/start-plugin";

const SAM = "People/Sam Rivera.md";
const KENJI = "People/Kenji.md";
const ANA = "People/Ana Souza.md";
const NOOR = "People/Noor.md";
const GUS = "People/Gus.md";
const VAULT = {
  // Ally, overdue after 6 weeks: 82 days ago is overdue.
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01"),
  // Every 2 weeks: the 14th day is the day it's due.
  [KENJI]: note(`tier: peer\ncadence: 2w\nlast_touch: ${addDaysTo(TODAY, -14)}`),
  // Peers are overdue after 10 weeks: day 70 is the last day of the range.
  [ANA]: note(`tier: peer\nlast_touch: ${addDaysTo(TODAY, -70)}`),
  // Due, with days to go; and never touched: due with no day at all.
  [GUS]: note(`tier: peer\nlast_touch: ${addDaysTo(TODAY, -50)}`),
  [NOOR]: note("tier: peer"),
};

function statusEl(s: Started): HTMLElement {
  const el = s.app.statusBarEl.querySelector<HTMLElement>(".kit-status-bar");
  if (!el) throw new Error("no status bar item");
  return el;
}

afterEach(() => {
  Platform.isMobile = false;
});

describe("the status-bar count", () => {
  it("counts who is overdue and who is due today, and explains the numbers", async () => {
    const s = await startPlugin(VAULT);
    const el = statusEl(s);
    expect(el.textContent).toBe("1 overdue · 2 due today");
    expect(el.getAttribute("aria-label")).toBe(
      [
        "1 person is overdue: past the end of their range.",
        "2 people are due today: overdue tomorrow without a touch.",
        "2 people are due soon, with days to go.",
        "Click to open the relationships view.",
      ].join("\n"),
    );
    const dueToday = s.plugin.index.agenda().lists.due;
    const names = Array.from({ length: dueToday.length }, (_, i) => dueToday.at(i)).filter(isDueToday).map((e) => e.contact.name);
    expect(names.sort()).toEqual(["Ana Souza", "Kenji"]);
  });

  it("drops when a touch is logged, with no timer of its own", async () => {
    const s = await startPlugin(VAULT);
    await s.plugin.actions.logTouch({ path: KENJI, name: "Kenji" });
    await s.flush();
    expect(statusEl(s).textContent).toBe("1 overdue · 1 due today");
    await s.plugin.actions.logTouch({ path: SAM, name: "Sam Rivera" });
    await s.plugin.actions.logTouch({ path: ANA, name: "Ana Souza" });
    await s.flush();
    expect(statusEl(s).textContent).toBe("All caught up");
    expect(statusEl(s).classList.contains("kit-status-overdue")).toBe(false);
  });

  it("opens the relationships view when clicked or pressed", async () => {
    const s = await startPlugin(VAULT);
    click(statusEl(s));
    await s.flush();
    expect(s.app.workspace.getLeavesOfType(VIEW_TYPE_RELATIONSHIPS)).toHaveLength(1);
    expect(statusEl(s).getAttribute("role")).toBe("button");
    expect(statusEl(s).getAttribute("tabindex")).toBe("0");
  });

  it("hides at once when the setting is turned off, and comes back", async () => {
    const s = await startPlugin(VAULT);
    const tab = openSettingTab(s.app);
    const toggle = findSetting(tab.containerEl, "Count in the status bar").querySelector(".checkbox-container") as HTMLElement;
    click(toggle);
    expect(s.plugin.settings.showStatusBar).toBe(false);
    expect(statusEl(s).classList.contains("kit-hidden")).toBe(true);
    click(toggle);
    expect(statusEl(s).classList.contains("kit-hidden")).toBe(false);
    expect(statusEl(s).textContent).toBe("1 overdue · 2 due today");
  });

  it("adds its item once the layout is ready, and waits for the index before counting", async () => {
    const s = await startPlugin(VAULT, { ready: false });
    expect(s.app.statusBarEl.querySelector(".kit-status-bar")).toBeNull();
    s.app.workspace.triggerLayoutReady();
    expect(statusEl(s).classList.contains("kit-hidden")).toBe(true);
    await s.plugin.api.ready;
    await s.flush();
    expect(statusEl(s).classList.contains("kit-hidden")).toBe(false);
  });

  it("adds nothing on mobile, which has no status bar", async () => {
    Platform.isMobile = true;
    const s = await startPlugin(VAULT);
    expect(s.app.statusBarEl.querySelector(".kit-status-bar")).toBeNull();
    // The setting still works without one.
    expect(() => s.plugin.statusBar.update()).not.toThrow();
  });
});

describe("statusText", () => {
  it("names only what there is", () => {
    expect(statusText({ overdue: 0, dueToday: 1, dueLater: 4 })).toBe("1 due today");
    expect(statusText({ overdue: 3, dueToday: 0, dueLater: 0 })).toBe("3 overdue");
    expect(statusText({ overdue: 0, dueToday: 0, dueLater: 9 })).toBe("All caught up");
  });
});
