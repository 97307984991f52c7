import { describe, expect, it } from "vitest";
import { loadPlugin, notices, runCommand, unloadPlugin } from "../fake/harness";
import KeepInTouchPlugin from "../../src/main";
import { note, startPlugin } from "./start-plugin";

const SAM = "People/Sam Rivera.md";
const VAULT = { [SAM]: note("tier: ally   # closest\nlast_touch: 2026-09-01", "Met at the summit.\n\n## Touches\n- 2026-09-01 coffee\n") };
const SNOOZED = note("tier: ally   # closest\nlast_touch: 2026-09-01\nsnooze_until: 2026-12-01", "Met at the summit.\n\n## Touches\n- 2026-09-01 coffee\n");

describe("redo", () => {
  it("does an undone change again, byte for byte, and undo and redo take turns", async () => {
    const started = await startPlugin(VAULT);
    const { plugin, app, text, flush } = started;
    await plugin.actions.snooze(plugin.index.get(SAM)!, "2026-12-01");
    await flush();
    expect(text(SAM)).toBe(SNOOZED);
    await runCommand(app, "undo-last-change");
    await flush();
    expect(text(SAM)).toBe(VAULT[SAM]);
    await runCommand(app, "redo-last-undone-change");
    await flush();
    expect(text(SAM)).toBe(SNOOZED);
    expect(notices().at(-1)).toBe("Redone: snoozed Sam Rivera. Undo");
    await runCommand(app, "undo-last-change");
    await flush();
    expect(text(SAM)).toBe(VAULT[SAM]);
  });

  it("declines with a notice when the note changed since the undo, and keeps the newer edit", async () => {
    const started = await startPlugin(VAULT);
    const { plugin, app, text, flush } = started;
    await plugin.actions.snooze(plugin.index.get(SAM)!, "2026-12-01");
    await runCommand(app, "undo-last-change");
    await flush();
    const edited = `${VAULT[SAM]}A line typed since.\n`;
    await app.vault.modify(app.vault.getFileByPath(SAM)!, edited);
    await flush();
    await runCommand(app, "redo-last-undone-change");
    await flush();
    expect(text(SAM)).toBe(edited);
    expect(notices().at(-1)).toBe('Couldn\'t redo "snoozed Sam Rivera": Sam Rivera changed since, so nothing was redone: your newer edit is kept.');
  });

  it("has nothing to redo after a new change", async () => {
    const started = await startPlugin(VAULT);
    const { plugin, app, flush } = started;
    await plugin.actions.snooze(plugin.index.get(SAM)!, "2026-12-01");
    await runCommand(app, "undo-last-change");
    await flush();
    await plugin.actions.fade(plugin.index.get(SAM)!, "");
    await flush();
    await runCommand(app, "redo-last-undone-change");
    expect(notices().at(-1)).toBe("Nothing to redo: no change was undone since the last one.");
  });

  it("keeps undo and redo across a reload of the plugin", async () => {
    const started = await startPlugin(VAULT);
    const { plugin, app, text, flush } = started;
    await plugin.actions.snooze(plugin.index.get(SAM)!, "2026-12-01");
    await plugin.actions.fade(plugin.index.get(SAM)!, "moved away");
    await runCommand(app, "undo-last-change");
    await flush();
    expect(text(SAM)).toBe(SNOOZED);
    await unloadPlugin(app, plugin);
    const again = await loadPlugin(KeepInTouchPlugin, app);
    expect(again.undo.size).toBe(1);
    expect(again.undo.redoSize).toBe(1);
    await runCommand(app, "redo-last-undone-change");
    await flush();
    expect(text(SAM)).toContain("status: paused");
    await runCommand(app, "undo-last-change");
    await flush();
    await runCommand(app, "undo-last-change");
    await flush();
    expect(text(SAM)).toBe(VAULT[SAM]);
  });
});
