import { SuggestModal } from "obsidian";
import { IMPORT_FORMATS, type ImportFormat, type ImportFormatId } from "../../core/import/formats";
import type { Host } from "../host";
import { ImportFilePicker } from "./import-file-picker";
import { ImportReviewModal } from "./import-review-modal";
import { KIT_MODAL } from "../shared/kit-modal";

/** Picks an export in the vault, then opens the review of what importing it would change. */
export function startImport(host: Host, id: ImportFormatId): void {
  const format = IMPORT_FORMATS[id];
  new ImportFilePicker(host, format, (file) => new ImportReviewModal(host, format, file).open()).open();
}

/** Where each kind of export comes from, so the right one is easy to pick. */
const FROM: Record<ImportFormatId, string> = {
  vcard: "a .vcf file: Apple Contacts, Outlook, most phones",
  google: "a .csv file from contacts.google.com, Export",
  linkedin: "Connections.csv from LinkedIn's data export",
};

/**
 * "Import contacts…" from the view: which kind of export to read, then the file. The
 * three import commands go straight to the file.
 */
export class ImportFormatPicker extends SuggestModal<ImportFormat> {
  constructor(private readonly host: Host) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    this.setPlaceholder("Import contacts from…");
  }

  getSuggestions(query: string): ImportFormat[] {
    const words = query.trim().toLowerCase();
    return Object.values(IMPORT_FORMATS).filter((f) => `${f.label} ${FROM[f.id]}`.toLowerCase().includes(words));
  }

  renderSuggestion(format: ImportFormat, el: HTMLElement): void {
    el.createDiv({ text: format.label });
    el.createEl("small", { cls: "kit-suggestion-meta", text: FROM[format.id] });
  }

  onChooseSuggestion(format: ImportFormat): void {
    startImport(this.host, format.id);
  }
}
