import { Modal, Setting } from "obsidian";
import { planCopyMerge, type CopyMerge, type LeftoverLine } from "../../core/sync/merge-copy";
import { messageOf } from "../../core/shared/errors";
import type { SyncConflict } from "../../obsidian/conflict-copies";
import type { Host } from "../host";

/**
 * *Merge conflict copy*: what the copy brings (touches the original lacks, a later
 * `last_touch`), and every other line in which it differs, each to copy over or leave.
 * Merging writes the original once and moves the copy to the trash when nothing in it
 * is left; one step to undo.
 */
export class MergeCopyModal extends Modal {
  /** The plan as shown, against the notes as they were when the modal opened. */
  plan: CopyMerge | null = null;
  /** The other lines ticked to copy over. */
  readonly chosen = new Set<LeftoverLine>();
  /** Trash the copy with the lines not copied over. */
  trashTheRest = false;

  constructor(
    private readonly host: Host,
    private readonly conflict: SyncConflict,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    this.setTitle(`Merge ${this.conflict.name}`);
    void this.draw();
  }

  /** Reads both notes and shows what merging would do. */
  async draw(): Promise<void> {
    const { contentEl, conflict } = this;
    const { vault } = this.host.app;
    contentEl.empty();
    const original = vault.getFileByPath(conflict.original);
    const copy = vault.getFileByPath(conflict.path);
    if (!original || !copy) {
      contentEl.createEl("p", { text: `${conflict.name} or ${conflict.originalName} is gone: nothing to merge.` });
      return;
    }
    const { settings } = this.host;
    try {
      this.plan = planCopyMerge(await vault.read(original), await vault.read(copy), { touchHeading: settings.touchHeading, touchKinds: settings.touchKinds, lastTouchKey: settings.properties.lastTouch });
    } catch (error) {
      contentEl.createEl("p", { text: `Couldn't compare the two notes: ${messageOf(error)}` });
      return;
    }
    const { plan } = this;
    contentEl.createEl("p", { cls: "kit-muted", text: `${conflict.name} is a second version of ${conflict.originalName}, left by ${conflict.tool} when both changed on two devices.` });
    const brings = contentEl.createEl("ul", { cls: "kit-merge-brings" });
    if (plan.added.length === 0) brings.createEl("li", { text: `No touch that ${conflict.originalName} lacks.` });
    for (const line of plan.added) brings.createEl("li", { text: `Touch: ${line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")}` });
    if (plan.lastTouch) brings.createEl("li", { text: `${settings.properties.lastTouch} becomes ${plan.lastTouch}.` });

    if (plan.leftover.length > 0) {
      contentEl.createEl("h3", { text: "Other lines only the copy has" });
      contentEl.createEl("p", { cls: "kit-muted", text: "Tick the ones to copy over. The rest stay in the copy, which then stays too." });
      for (const item of plan.leftover) {
        new Setting(contentEl)
          .setName(item.text)
          .setDesc(item.property ? "A property: it replaces the original's value." : "Goes after the line it follows in the copy.")
          .addToggle((toggle) =>
            toggle.setValue(this.chosen.has(item)).onChange((on) => {
              if (on) this.chosen.add(item);
              else this.chosen.delete(item);
            }),
          );
      }
      new Setting(contentEl)
        .setName("Move the copy to the trash anyway")
        .setDesc("Leaves out the lines not ticked.")
        .addToggle((toggle) => toggle.setValue(this.trashTheRest).onChange((on) => (this.trashTheRest = on)));
    } else {
      contentEl.createEl("p", { cls: "kit-muted", text: "Nothing else differs: the copy goes to the trash once merged." });
    }
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Merge")
          .setCta()
          .onClick(() => void this.merge()),
      );
  }

  async merge(): Promise<boolean> {
    const outcome = await this.host.actions.mergeConflictCopy(this.conflict, [...this.chosen], this.trashTheRest);
    if (outcome) this.close();
    return outcome !== null;
  }
}
