import { describe, expect, it } from "vitest";
import { relationshipsBase } from "../../../src/core/export/relationships-base";
import { ConfirmModal } from "../../../src/ui/modals/confirm-modal";
import { click, lastModal, modalReady, notices, runCommand } from "../../fake/harness";
import { note, startPlugin } from "../start-plugin";

const BASE = "Relationships.base";
const FILES = { "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01") };

function buttons(modal: ConfirmModal): HTMLButtonElement[] {
  return [...modal.contentEl.querySelectorAll("button")];
}

describe("Create a relationships base", () => {
  it("writes the base at the vault's root from the current tiers", async () => {
    const started = await startPlugin(FILES);
    started.plugin.settings.tiers = [{ id: "inner", label: "Inner circle", dueFrom: "10d", overdueAfter: "3w" }];
    started.plugin.settings.defaultTier = "inner";
    await started.plugin.saveSettings();
    await runCommand(started.app, "create-relationships-base");
    await started.flush();
    expect(lastModal()).toBeNull();
    const text = started.text(BASE);
    expect(text).toBe(relationshipsBase(started.plugin.settings));
    expect(text).toContain('if(formula.tier_name == "inner" || formula.tier_name == "inner circle", 21, 21)');
    expect(notices().at(-1)).toBe("Created Relationships.base. Open it to see who is overdue, who is due soon and everyone.");
  });

  it("asks before replacing a base that is there, and leaves it as it was when told no", async () => {
    const mine = "views:\n  - type: table\n    name: Mine\n";
    const started = await startPlugin({ ...FILES, [BASE]: mine });
    await runCommand(started.app, "create-relationships-base");
    const modal = lastModal<ConfirmModal>()!;
    expect(modal).toBeInstanceOf(ConfirmModal);
    await modalReady(modal);
    expect(modal.contentEl.textContent).toContain("Relationships.base already exists.");
    expect(buttons(modal).map((b) => b.textContent)).toEqual(["Cancel", "Replace"]);
    click(buttons(modal)[0]!);
    await started.flush();
    expect(started.text(BASE)).toBe(mine);

    await runCommand(started.app, "create-relationships-base");
    const again = lastModal<ConfirmModal>()!;
    await modalReady(again);
    click(buttons(again)[1]!);
    await started.flush();
    expect(started.text(BASE)).toBe(relationshipsBase(started.plugin.settings));
    expect(notices().at(-1)).toBe("Replaced Relationships.base. Open it to see who is overdue, who is due soon and everyone.");
  });

  it("refuses to replace the file unless the user agreed", async () => {
    const started = await startPlugin({ ...FILES, [BASE]: "mine\n" });
    expect(await started.plugin.actions.createRelationshipsBase(false)).toBeNull();
    expect(started.text(BASE)).toBe("mine\n");
    expect(notices().at(-1)).toBe("Couldn't write the relationships base: Relationships.base already exists.");
  });
});
