import { describe, expect, it } from "vitest";
import { ConfirmModal } from "../../../src/ui/modals/confirm-modal";
import { click, lastModal, modalReady, notices, runCommand } from "../../fake/harness";
import { note, startPlugin, type Started } from "../start-plugin";

const TYPES = ".obsidian/types.json";
const FILES = { "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01") };

function buttons(modal: ConfirmModal): HTMLButtonElement[] {
  return [...modal.contentEl.querySelectorAll("button")];
}

async function seedTypes(started: Started, text: string): Promise<void> {
  const { adapter } = started.app.vault;
  if (!(await adapter.exists(".obsidian"))) await adapter.mkdir(".obsidian");
  await adapter.write(TYPES, text);
}

function typesText(started: Started): string | undefined {
  return started.app.vault.adapter.hiddenFiles.get(TYPES)?.text;
}

async function openWindow(started: Started): Promise<ConfirmModal> {
  await runCommand(started.app, "set-property-types");
  await started.flush();
  const modal = lastModal<ConfirmModal>()!;
  expect(modal).toBeInstanceOf(ConfirmModal);
  await modalReady(modal);
  return modal;
}

/** Runs the command on a file that needs no window, and checks none opened. */
async function runWithoutWindow(started: Started, text: string): Promise<void> {
  await seedTypes(started, text);
  const before = lastModal();
  await runCommand(started.app, "set-property-types");
  await started.flush();
  expect(lastModal()).toBe(before);
}

describe("Set property types for contacts", () => {
  it("lists the changes and what it leaves alone, and writes nothing on Cancel", async () => {
    const started = await startPlugin(FILES);
    const mine = '{\n  "types": {\n    "aliases": "aliases",\n    "topics": "text"\n  }\n}';
    await seedTypes(started, mine);
    const modal = await openWindow(started);
    const items = [...modal.contentEl.querySelectorAll("li")].map((li) => li.textContent);
    expect(items).toEqual([
      "Set tier to Text.",
      "Set last_touch to Date.",
      "Set snooze_until to Date.",
      "Left alone: topics stays Text (the plugin would use List).",
    ]);
    expect(buttons(modal).map((b) => b.textContent)).toEqual(["Cancel", "Set types"]);
    click(buttons(modal)[0]!);
    await started.flush();
    expect(typesText(started)).toBe(mine);
  });

  it("writes the missing types after the user agrees, keeping the others in order", async () => {
    const started = await startPlugin(FILES);
    started.plugin.settings.properties.lastTouch = "Last contact";
    await started.plugin.saveSettings();
    await seedTypes(started, '{"types":{"aliases":"aliases","tier":"text","cssclasses":"multitext"}}');
    const modal = await openWindow(started);
    click(buttons(modal)[1]!);
    await started.flush();
    expect(typesText(started)).toBe(
      '{\n  "types": {\n    "aliases": "aliases",\n    "tier": "text",\n    "cssclasses": "multitext",\n    "Last contact": "date",\n    "topics": "multitext",\n    "snooze_until": "date"\n  }\n}',
    );
    expect(notices().at(-1)).toBe("Set the type of Last contact, topics and snooze_until in .obsidian/types.json.");
  });

  it("creates the file when there is none", async () => {
    const started = await startPlugin(FILES);
    started.app.vault.adapter.hiddenFiles.delete(TYPES);
    const modal = await openWindow(started);
    click(buttons(modal)[1]!);
    await started.flush();
    expect(typesText(started)).toBe(
      '{\n  "types": {\n    "tier": "text",\n    "last_touch": "date",\n    "topics": "multitext",\n    "snooze_until": "date"\n  }\n}',
    );
  });

  it("says so, without a window, when every type is set", async () => {
    const started = await startPlugin(FILES);
    const full = '{"types":{"tier":"text","last_touch":"date","topics":"multitext","snooze_until":"date"}}';
    await runWithoutWindow(started, full);
    expect(notices().at(-1)).toBe("The contact properties have their types already.");
    expect(typesText(started)).toBe(full);
  });

  it("leaves a broken file untouched and says why", async () => {
    const started = await startPlugin(FILES);
    const broken = '{"types": {"tier": "text",';
    await runWithoutWindow(started, broken);
    expect(typesText(started)).toBe(broken);
    expect(notices().at(-1)).toMatch(/^Couldn't read the property types in \.obsidian\/types\.json: it isn't valid JSON \(.*\)\. The file was left as it is\.$/);
    expect(await started.plugin.actions.setPropertyTypes()).toBeNull();
    expect(typesText(started)).toBe(broken);
  });
});
