import { FuzzySuggestModal, type FuzzyMatch, type TFile } from "obsidian";
import { safeFileName } from "../../core/notes/file-names";
import type { ImportFormat } from "../../core/import/formats";
import { checkedPath } from "../../obsidian/vault-paths";
import type { Host } from "../host";
import { acceptDrops } from "../shared/drop-target";
import { messageOf } from "../../core/shared/errors";
import { KIT_MODAL } from "../shared/kit-modal";

/**
 * Picks the export to import among the vault's files with its extension, newest
 * first. A file dropped on the picker is saved in the vault and offered first, so a
 * file from anywhere takes one drag and one Enter.
 */
export class ImportFilePicker extends FuzzySuggestModal<TFile> {
  private dropped: TFile | null = null;

  constructor(
    host: Host,
    private readonly format: ImportFormat,
    private readonly onPick: (file: TFile) => void,
  ) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    const ext = `.${format.extension}`;
    this.setPlaceholder(`Pick the ${format.label} file (${ext}) to import, or drop one here`);
    this.emptyStateText = `No ${ext} file in the vault yet. Drop the exported file here to add it to the vault.`;
    this.setInstructions([
      { command: "↵", purpose: "to review what it would change; nothing is written before that" },
      { command: "drop", purpose: `a ${ext} file here to add it to the vault` },
    ]);
    this.modalEl.addClass("kit-import-picker");
    acceptDrops(this.modalEl, (files) => void this.saveDropped(files));
  }

  getItems(): TFile[] {
    const ext = this.format.extension;
    const files = this.app.vault
      .getFiles()
      .filter((f) => f.extension.toLowerCase() === ext && f !== this.dropped)
      .sort((a, b) => b.stat.mtime - a.stat.mtime);
    return this.dropped ? [this.dropped, ...files] : files;
  }

  getItemText(file: TFile): string {
    return file.path;
  }

  override renderSuggestion(match: FuzzyMatch<TFile>, el: HTMLElement): void {
    super.renderSuggestion(match, el);
    if (match.item === this.dropped) el.createDiv({ cls: "kit-suggestion-meta", text: "Just added to the vault" });
  }

  onChooseItem(file: TFile): void {
    this.onPick(file);
  }

  /** Saves a dropped file at the vault's top level (under a free name) and offers it first. */
  async saveDropped(files: readonly File[]): Promise<TFile | null> {
    const ext = this.format.extension;
    const file = files.find((f) => f.name.toLowerCase().endsWith(`.${ext}`));
    if (!file) {
      this.setPlaceholder(`That isn't a .${ext} file: drop the ${this.format.label} export.`);
      return null;
    }
    try {
      const saved = await this.app.vault.createBinary(this.freePath(file.name), await file.arrayBuffer());
      this.dropped = saved;
      this.inputEl.value = "";
      this.inputEl.dispatchEvent(new Event("input"));
      return saved;
    } catch (error) {
      this.setPlaceholder(`Couldn't add ${file.name} to the vault: ${messageOf(error)}`);
      return null;
    }
  }

  private freePath(name: string): string {
    const dot = name.lastIndexOf(".");
    const stem = safeFileName(name.slice(0, dot)) || "contacts";
    const ext = name.slice(dot);
    for (let n = 0; ; n++) {
      const checked = checkedPath(n === 0 ? `${stem}${ext}` : `${stem} ${n}${ext}`);
      if (!checked.ok) throw new Error(checked.error);
      if (!this.app.vault.getAbstractFileByPath(checked.path)) return checked.path;
    }
  }
}
