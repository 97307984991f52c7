import { describe, expect, it } from "vitest";
import { noticeLog, notices, runCommand, click } from "../../fake/harness";
import { currentWeekPlan, writeWeekPlan } from "../../../src/obsidian/actions/week-plan";
import { note, openView, startPlugin } from "../start-plugin";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const PLUGIN = "keep-in-touch";
const TODAY_NOTE = "Daily/2026-11-22.md";

// 22 November 2026 is a Sunday: this week is the week of Monday 16 November.
const VAULT = {
  "People/Ana.md": note("tier: ally\nlast_touch: 2026-09-01"),
  "People/Ben.md": note("tier: peer\nlast_touch: 2026-06-01"),
  "People/Cleo.md": note("tier: mentor\nlast_touch: 2026-05-01"),
  "People/Dev.md": note("tier: peer\nlast_touch: 2026-01-01\nstatus: paused"),
  "People/Eve.md": note("tier: peer\nlast_touch: 2026-01-01\nsnooze_until: 2026-12-01"),
  "People/Finn.md": note("tier: peer\nlast_touch: 2026-11-20"),
};

const start = (capacity = 2, files: Record<string, string> = VAULT) => startPlugin(files, { internalPlugins: DAILY, pluginData: { [PLUGIN]: { weeklyCapacity: capacity } } });

describe("this week's plan in the plugin", () => {
  it("plans from the index with the weekly capacity, never a paused or snoozed person", async () => {
    const { plugin } = await start();
    const plan = currentWeekPlan(plugin);
    expect(plan.capacity).toBe(2);
    expect(plan.weeks[0]?.week).toBe("2026-11-16");
    expect(plan.thisWeek.map((p) => [p.name, p.reason])).toEqual([
      ["Ana", "overdue: last touch 3 months ago"],
      ["Ben", "overdue: last touch 6 months ago"],
    ]);
    expect(plan.overflow.map((p) => p.name)).toEqual(["Cleo"]);
    const later = plan.weeks.flatMap((w) => w.planned.map((p) => p.name));
    expect(later).not.toContain("Dev");
    expect(plan.weeks.find((w) => w.planned.some((p) => p.name === "Eve"))?.week).toBe("2026-11-30");
  });

  it("the command opens the view with the plan in sight and offers to write it", async () => {
    const started = await start();
    await runCommand(started.app, "plan-this-week");
    await started.flush();
    const details = document.querySelector<HTMLDetailsElement>(".kit-week-plan");
    expect(details?.open).toBe(true);
    expect(Array.from(details?.querySelectorAll(".kit-week-plan-row .kit-name") ?? []).map((e) => e.textContent)).toEqual(["Ana", "Ben", "Cleo"]);
    expect(notices().at(-1)).toBe("2 people to reach this week (capacity 2); 1 more is due but over capacity. Write to daily note");
    // The notice's link writes the plan; nothing was written before it.
    expect(started.text(TODAY_NOTE)).toBeNull();
    click(noticeLog.at(-1)!.notice.messageEl.querySelector("a")!);
    await started.flush();
    expect(started.text(TODAY_NOTE)).toBe("## This week's touches\n- [ ] [[Ana]] — overdue: last touch 3 months ago\n- [ ] [[Ben]] — overdue: last touch 6 months ago\n");
  });

  it("writes to an existing daily note without touching its other lines, and never twice", async () => {
    const daily = "# Sunday\n\nSome thoughts.\n\n## Later\n- a thing\n";
    const started = await start(1, { ...VAULT, [TODAY_NOTE]: daily });
    expect(await writeWeekPlan(started.plugin.actions)).toBe("written");
    const once = started.text(TODAY_NOTE);
    expect(once).toBe(`${daily}\n## This week's touches\n- [ ] [[Ana]] — overdue: last touch 3 months ago\n`);
    expect(await writeWeekPlan(started.plugin.actions)).toBe("already-there");
    expect(started.text(TODAY_NOTE)).toBe(once);
    expect(notices().slice(-2)).toEqual(["Added 1 person to reach this week to today's daily note. Undo", "Today's daily note already has this week's touches."]);
  });

  it("counts a ticked task as the touch, and an open one not", async () => {
    const started = await start(1);
    await writeWeekPlan(started.plugin.actions);
    await started.flush();
    const ana = () => started.plugin.index.get("People/Ana.md")?.lastTouch;
    expect(ana()).toBe("2026-09-01");
    const text = started.text(TODAY_NOTE) ?? "";
    await started.app.vault.modify(started.app.vault.getFileByPath(TODAY_NOTE)!, text.replace("- [ ] [[Ana]]", "- [x] [[Ana]]"));
    await started.flush();
    expect(ana()).toBe("2026-11-22");
  });

  it("says so when nobody is due, and writes nothing", async () => {
    const started = await start(5, { "People/Finn.md": VAULT["People/Finn.md"] });
    await runCommand(started.app, "plan-this-week");
    await started.flush();
    expect(notices().at(-1)).toBe("Nobody to reach this week (capacity 5).");
    expect(await writeWeekPlan(started.plugin.actions)).toBeNull();
    expect(notices().at(-1)).toBe("Nobody to reach this week, so there is nothing to write to the daily note.");
    expect(started.app.vault.getFiles().map((f) => f.path)).not.toContain(TODAY_NOTE);
  });

  it("reports a daily note that can't be written, and keeps the plan", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/missing" } } } });
    expect(await writeWeekPlan(started.plugin.actions)).toBeNull();
    expect(notices().at(-1)).toContain("Couldn't write this week's touches to the daily note: The daily note template");
    expect(started.text(TODAY_NOTE)).toBeNull();
    expect(currentWeekPlan(started.plugin).thisWeek.length).toBeGreaterThan(0);
  });

  it("follows the capacity setting as soon as it changes", async () => {
    const started = await start(1);
    const view = await openView(started);
    started.plugin.settings.weeklyCapacity = 3;
    await started.plugin.saveSettings();
    expect(currentWeekPlan(started.plugin).thisWeek.map((p) => p.name)).toEqual(["Ana", "Ben", "Cleo"]);
    expect(view.contentEl.querySelector(".kit-week-plan")).not.toBeNull();
  });
});
