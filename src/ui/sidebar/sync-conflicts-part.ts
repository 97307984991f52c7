import type { Component } from "obsidian";
import type { SyncConflict } from "../../obsidian/conflict-copies";
import type { Host } from "../host";
import { MergeCopyModal } from "../modals/merge-copy-modal";
import { renderOnIndexChange } from "../shared/live-render";

/** "an iCloud copy of Sam Rivera" */
export function describeCopy(conflict: SyncConflict): string {
  const article = /^[AEIOU]/i.test(conflict.tool) ? "an" : "a";
  return `${article} ${conflict.tool} copy of ${conflict.originalName}`;
}

/**
 * A quiet line above the lists when a sync tool has left a second version of a
 * contact note: "2 sync conflicts", and each copy with a button that merges it. The
 * copies aren't counted as people. Nothing at all when there is none.
 */
export class SyncConflictsPart {
  private signature = "";

  constructor(
    private readonly host: Host,
    private readonly parent: HTMLElement,
  ) {}

  /** Draws the part into a view and keeps it current with the index until the view closes. */
  static attach(view: Component, host: Host, parent: HTMLElement): SyncConflictsPart {
    const part = new SyncConflictsPart(host, parent);
    renderOnIndexChange(view, host.index, () => part.render());
    if (host.index.isBuilt) part.render();
    return part;
  }

  render(): void {
    const conflicts = this.host.index.syncConflicts();
    const signature = conflicts.map((c) => `${c.path}>${c.original}`).join("|");
    if (signature === this.signature) return;
    this.signature = signature;
    this.parent.empty();
    if (conflicts.length === 0) return;
    const part = this.parent.createDiv({ cls: "kit-sync-conflicts" });
    part.createDiv({ cls: "kit-sync-conflicts-count", text: conflicts.length === 1 ? "1 sync conflict" : `${conflicts.length} sync conflicts` });
    for (const conflict of conflicts) {
      const row = part.createDiv({ cls: "kit-sync-conflict" });
      const label = row.createSpan({ cls: "kit-sync-conflict-name" });
      label.createSpan({ text: conflict.name });
      label.createSpan({ cls: "kit-muted", text: `, ${describeCopy(conflict)}` });
      const merge = row.createEl("button", { text: "Merge…", attr: { "aria-label": `Merge ${conflict.name} into ${conflict.originalName}` } });
      merge.addEventListener("click", () => new MergeCopyModal(this.host, conflict).open());
    }
  }
}
