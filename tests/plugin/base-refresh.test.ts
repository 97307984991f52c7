/**
 * When the tiers change in the settings, the plugin offers (once the settings close) to
 * update the relationships base it wrote: only the two tier formulas change, the rest
 * of the base stays as the user left it; "Not now" writes nothing and isn't asked again
 * for the same tiers.
 */
import { describe, expect, it } from "vitest";
import { relationshipsBase, tierFormulas } from "../../src/core/export/relationships-base";
import { ConfirmModal } from "../../src/ui/modals/confirm-modal";
import { click, lastModal, modalReady, notices, openSettingTab, runCommand, typeText } from "../fake/harness";
import { note, startPlugin, type Started } from "../obsidian/start-plugin";

const BASE = "Relationships.base";
const FILES = { "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01") };

/** The user's own additions to the generated base: a comment at the top and a view of their own. */
const MY_COMMENT = "# My relationships, my way\n";
const MY_VIEW = "  - type: cards\n    name: Close ones\n    limit: 12\n";

/** A vault whose base the plugin wrote with the default tiers, and which the user then made their own. */
async function withGeneratedBase(): Promise<Started> {
  const started = await startPlugin(FILES);
  await runCommand(started.app, "create-relationships-base");
  await started.flush();
  const file = started.app.vault.getFileByPath(BASE)!;
  await started.app.vault.process(file, (text) => `${MY_COMMENT}${text}${MY_VIEW}`);
  return started;
}

/** The tier inputs of the first tier (allies) in the settings tab: label, due from, overdue after, half-life. */
function allyInputs(started: Started): HTMLInputElement[] {
  const tab = openSettingTab(started.app);
  const row = tab.containerEl.querySelectorAll<HTMLElement>(".kit-tier-setting")[0]!;
  return Array.from(row.querySelectorAll<HTMLInputElement>("input"));
}

/** Closes the settings and waits for the question, if one comes. */
async function closeSettings(started: Started): Promise<ConfirmModal | null> {
  started.app.setting.close();
  await started.flush();
  const modal = lastModal<ConfirmModal>();
  if (modal) await modalReady(modal);
  return modal;
}

function buttons(modal: ConfirmModal): HTMLButtonElement[] {
  return [...modal.contentEl.querySelectorAll("button")];
}

function writesTo(started: Started, path: string): number {
  return started.app.vault.writeLog.filter((w) => w.path === path).length;
}

describe("updating the relationships base when the tiers change", () => {
  it("asks once the settings close, not while typing, and on yes changes only the tier formulas", async () => {
    const started = await withGeneratedBase();
    const mine = started.text(BASE)!;
    const [, dueFrom] = allyInputs(started);
    typeText(dueFrom!, "1");
    typeText(dueFrom!, "10");
    typeText(dueFrom!, "10d");
    await started.flush();
    expect(lastModal()).toBeNull();

    const modal = await closeSettings(started);
    expect(modal).toBeInstanceOf(ConfirmModal);
    expect(modal!.titleEl.textContent).toBe("Update the relationships base?");
    expect(modal!.contentEl.textContent).toContain("The tiers changed, and Relationships.base still counts with the old ones.");
    expect(modal!.contentEl.textContent).toContain("Close allies: due after 10 days, overdue after 42.");
    expect(buttons(modal!).map((b) => b.textContent)).toEqual(["Not now", "Update"]);
    expect(buttons(modal!)[1]!.hasClass("mod-cta")).toBe(true);

    click(buttons(modal!)[1]!);
    await started.flush();
    const before = tierFormulas({ ...started.plugin.settings, tiers: [{ ...started.plugin.settings.tiers[0]!, dueFrom: "2w" }, ...started.plugin.settings.tiers.slice(1)] });
    const now = tierFormulas(started.plugin.settings);
    expect(now.due_from_days).not.toBe(before.due_from_days);
    expect(started.text(BASE)).toBe(mine.replace(`due_from_days: ${before.due_from_days}\n`, `due_from_days: ${now.due_from_days}\n`));
    expect(started.text(BASE)).toBe(`${MY_COMMENT}${relationshipsBase(started.plugin.settings)}${MY_VIEW}`);
    expect(notices().at(-1)).toBe("Updated the tiers in Relationships.base. Undo");
    expect(lastModal()).toBeNull();

    // One step to undo, like every write of the plugin's.
    await started.plugin.actions.undo();
    expect(started.text(BASE)).toBe(mine);
  });

  it("writes nothing on Not now, and doesn't ask again about the same tiers", async () => {
    const started = await withGeneratedBase();
    const mine = started.text(BASE)!;
    const writes = writesTo(started, BASE);
    const [, dueFrom] = allyInputs(started);
    typeText(dueFrom!, "10d");
    const modal = await closeSettings(started);
    click(buttons(modal!)[0]!);
    await started.flush();
    expect(lastModal()).toBeNull();
    expect(started.text(BASE)).toBe(mine);
    expect(writesTo(started, BASE)).toBe(writes);

    // Back in the settings, the same tiers: no question.
    const [label] = allyInputs(started);
    typeText(label!, "Close allies");
    expect(await closeSettings(started)).toBeNull();

    // Other tiers: asked again. Escape (closing without an answer) is a "not now" too.
    const [, , overdueAfter] = allyInputs(started);
    typeText(overdueAfter!, "8w");
    const again = await closeSettings(started);
    expect(again).toBeInstanceOf(ConfirmModal);
    again!.close();
    await started.flush();
    expect(started.text(BASE)).toBe(mine);
    expect(writesTo(started, BASE)).toBe(writes);
    expect(started.plugin.settings.declinedBaseTiers).toContain("56");
  });

  it("doesn't ask when the change leaves the base as it is", async () => {
    const started = await withGeneratedBase();
    const mine = started.text(BASE)!;
    const [, , , halfLife] = allyInputs(started);
    typeText(halfLife!, "1y");
    expect(await closeSettings(started)).toBeNull();
    // Tiers changed and changed back before closing: the base already says that.
    const [, dueFrom] = allyInputs(started);
    typeText(dueFrom!, "10d");
    typeText(dueFrom!, "2w");
    expect(await closeSettings(started)).toBeNull();
    expect(started.text(BASE)).toBe(mine);
  });

  it("follows the base through a rename, and forgets it once deleted", async () => {
    const started = await withGeneratedBase();
    const file = started.app.vault.getFileByPath(BASE)!;
    await started.app.fileManager.renameFile(file, "People overview.base");
    await started.flush();
    expect(started.plugin.settings.generatedBases).toEqual(["People overview.base"]);
    const mine = started.text("People overview.base")!;

    const [, dueFrom] = allyInputs(started);
    typeText(dueFrom!, "10d");
    const modal = await closeSettings(started);
    expect(modal!.contentEl.textContent).toContain("People overview.base still counts with the old ones.");
    click(buttons(modal!)[1]!);
    await started.flush();
    expect(started.text("People overview.base")).toBe(`${MY_COMMENT}${relationshipsBase(started.plugin.settings)}${MY_VIEW}`);
    expect(started.text("People overview.base")).not.toBe(mine);
    expect(notices().at(-1)).toBe("Updated the tiers in People overview.base. Undo");

    await started.app.vault.delete(started.app.vault.getFileByPath("People overview.base")!);
    await started.flush();
    expect(started.plugin.settings.generatedBases).toEqual([]);
  });

  it("never offers to update a base the plugin didn't write", async () => {
    const theirs = "formulas:\n  due_from_days: 14\nviews:\n  - type: table\n    name: Mine\n";
    const started = await startPlugin({ ...FILES, [BASE]: theirs });
    const [, dueFrom] = allyInputs(started);
    typeText(dueFrom!, "10d");
    expect(await closeSettings(started)).toBeNull();
    expect(started.text(BASE)).toBe(theirs);
  });

  it("says so, and writes nothing, when the base it wrote can no longer be read", async () => {
    const started = await withGeneratedBase();
    await started.app.vault.modify(started.app.vault.getFileByPath(BASE)!, "formulas: [broken\n");
    const [, dueFrom] = allyInputs(started);
    typeText(dueFrom!, "10d");
    expect(await closeSettings(started)).toBeNull();
    expect(started.text(BASE)).toBe("formulas: [broken\n");
    expect(notices().at(-1)).toBe("Relationships.base still has the old tiers: it couldn't be updated, because it isn't valid YAML.");
  });
});
