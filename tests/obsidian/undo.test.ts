import { describe, expect, it } from "vitest";
import { click, modalReady, noticeLog, notices, runCommand } from "../fake/harness";
import { GroupTouchModal } from "../../src/ui/modals/group-touch-modal";
import { LogTouchModal } from "../../src/ui/modals/log-touch-modal";
import { note, openView, startPlugin } from "./start-plugin";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const KENJI = "People/Kenji.md";
const TODAY_NOTE = "Daily/2026-11-22.md";
const VAULT = {
  [SAM]: note("tier: ally   # closest\nlast_touch: 2026-09-01", "Met at the summit.\n\n## Touches\n- 2026-09-01 coffee\n"),
  [ANA]: note("tier: mentor", "## Promises\n- [ ] send the scorecard\n"),
  [KENJI]: "---\r\ntier: peer\r\nlast_touch: 2026-10-01\r\n---\r\n## Touches\r\n- 2026-10-01 call\r\n",
  [TODAY_NOTE]: "# Sunday\n",
};

/** The "Undo" link in the latest notice. */
function undoLink(): HTMLAnchorElement {
  const link = noticeLog.at(-1)?.notice.messageEl.querySelector<HTMLAnchorElement>("a.kit-undo-link");
  if (!link) throw new Error(`no Undo link in "${notices().at(-1)}"`);
  return link;
}

describe("undo", () => {
  it("takes back a one-click touch and its daily-note line, byte for byte, from the notice's link", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    click(view.containerEl.querySelector(`.kit-row[data-path="${SAM}"] .kit-log`) as HTMLElement);
    await started.flush();
    expect(started.text(SAM)).toContain("- 2026-11-22\n");
    expect(started.text(TODAY_NOTE)).toContain("[[Sam Rivera]]");
    const link = undoLink();
    click(link);
    await started.flush();
    expect(started.text(SAM)).toBe(VAULT[SAM]);
    expect(started.text(TODAY_NOTE)).toBe(VAULT[TODAY_NOTE]);
    expect(notices().at(-1)).toBe("Undone: logged a touch with Sam Rivera.");
    // The link works once.
    const shown = notices().length;
    click(link);
    await started.flush();
    expect(notices().length).toBe(shown);
    expect(started.plugin.undo.size).toBe(0);
  });

  it("takes back the latest change with the command: snooze, let fade, resume", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const { plugin, text, flush } = started;
    const sam = () => plugin.index.get(SAM) as NonNullable<ReturnType<typeof plugin.index.get>>;
    await plugin.actions.snooze(sam(), "2026-12-01");
    await plugin.actions.fade(sam(), "moved away");
    await flush();
    expect(text(SAM)).toContain("status: paused");
    await runCommand(started.app, "undo-last-change");
    await flush();
    expect(text(SAM)).toBe(note("tier: ally   # closest\nlast_touch: 2026-09-01\nsnooze_until: 2026-12-01", "Met at the summit.\n\n## Touches\n- 2026-09-01 coffee\n"));
    await runCommand(started.app, "undo-last-change");
    await flush();
    expect(text(SAM)).toBe(VAULT[SAM]);
    await runCommand(started.app, "undo-last-change");
    expect(notices().at(-1)).toBe("Nothing to undo: the plugin hasn't changed any note in this session.");
  });

  it("undoes a group touch as one step, the daily note with it", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = new GroupTouchModal(started.plugin.host, [SAM, ANA, KENJI]);
    modal.open();
    await modalReady(modal);
    expect(await modal.submit()).toBe(true);
    await started.flush();
    expect(started.text(KENJI)).toBe("---\r\ntier: peer\r\nlast_touch: 2026-11-22\r\n---\r\n## Touches\r\n- 2026-10-01 call\r\n- 2026-11-22 meeting\r\n");
    expect(started.plugin.undo.size).toBe(1);
    click(undoLink());
    await started.flush();
    for (const path of [SAM, ANA, KENJI, TODAY_NOTE]) expect(started.text(path)).toBe(VAULT[path as keyof typeof VAULT]);
    expect(notices().at(-1)).toBe("Undone: logged a group touch with 3 people.");
  });

  it("declines when the note changed after the write, and keeps the newer edit", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    await started.plugin.actions.logTouch({ path: SAM, name: "Sam Rivera" }, { note: "lunch" });
    const edited = `${started.text(SAM) ?? ""}\nA thought I added by hand.\n`;
    started.app.vault.externalModify(SAM, edited);
    await started.flush();
    click(undoLink());
    await started.flush();
    expect(notices().at(-1)).toBe('Couldn\'t undo "logged a touch with Sam Rivera": Sam Rivera changed after the plugin wrote it, so nothing was undone: your newer edit is kept.');
    expect(started.text(SAM)).toBe(edited);
    // Whole or not at all: the daily note, unchanged since, keeps its line too.
    expect(started.text(TODAY_NOTE)).toContain("[[Sam Rivera]] — lunch");
  });

  it("puts a daily note the touch created into the trash, and only while it is unchanged", async () => {
    const started = await startPlugin({ [SAM]: VAULT[SAM] }, { internalPlugins: DAILY });
    started.plugin.settings.dailyTouchLine = "create";
    await started.plugin.actions.logTouch({ path: SAM, name: "Sam Rivera" });
    expect(started.text(TODAY_NOTE)).toBe("## Touches\n- [[Sam Rivera]]\n");
    click(undoLink());
    await started.flush();
    expect(started.text(TODAY_NOTE)).toBeNull();
    expect(started.text(SAM)).toBe(VAULT[SAM]);
  });

  it("takes back a kept promise and its follow-through touch together", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const ana = started.plugin.index.get(ANA);
    const promise = ana?.promises[0];
    if (!ana || !promise) throw new Error("no promise");
    await started.plugin.host.actions.keepPromise(promise, ana, true);
    await started.flush();
    expect(started.text(ANA)).toContain("- [x] send the scorecard");
    expect(notices().at(-1)).toBe("Kept: send the scorecard. Logged a touch with Ana Souza. Undo");
    click(undoLink());
    await started.flush();
    expect(started.text(ANA)).toBe(VAULT[ANA]);
    expect(started.text(TODAY_NOTE)).toBe(VAULT[TODAY_NOTE]);
  });

  it("takes back a touch from the log-touch modal with its promise, and API writes by command", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = new LogTouchModal(started.plugin.host, started.plugin.index.get(SAM) as never);
    modal.open();
    await modalReady(modal);
    const promise = modal.contentEl.querySelector<HTMLInputElement>(".kit-promise-input");
    if (!promise) throw new Error("no promise field");
    promise.value = "send the deck";
    promise.dispatchEvent(new Event("input"));
    expect(await modal.submit()).toBe(true);
    expect(started.text(SAM)).toContain("- [ ] send the deck");
    click(undoLink());
    await started.flush();
    expect(started.text(SAM)).toBe(VAULT[SAM]);
    await started.plugin.api.logTouch(KENJI, { kind: "call" });
    await runCommand(started.app, "undo-last-change");
    await started.flush();
    expect(started.text(KENJI)).toBe(VAULT[KENJI]);
    expect(notices().at(-1)).toBe("Undone: logged a touch with Kenji.");
  });
});

describe("undo for plans", () => {
  it("takes back today's touch plan and this week's plan from their notices", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    await runCommand(started.app, "add-touch-plan");
    await started.flush();
    expect(started.text(TODAY_NOTE)).toContain("## Touch plan");
    click(undoLink());
    await started.flush();
    expect(started.text(TODAY_NOTE)).toBe(VAULT[TODAY_NOTE]);
    const { writeWeekPlan } = await import("../../src/obsidian/actions/week-plan");
    await writeWeekPlan(started.plugin.actions);
    expect(started.text(TODAY_NOTE)).toContain("## This week's touches");
    click(undoLink());
    await started.flush();
    expect(started.text(TODAY_NOTE)).toBe(VAULT[TODAY_NOTE]);
  });
});
