import type { Plugin } from "obsidian";
import { IMPORT_FORMATS, type ImportFormatId } from "../core/import/formats";
import { CompanyPickerModal } from "../ui/import/alumni-modal";
import { ImportFilePicker } from "../ui/import/import-file-picker";
import { ImportReviewModal } from "../ui/import/import-review-modal";
import { IMPORT_COMMANDS } from "../obsidian/actions/import-contacts";
import type { Host } from "../ui/host";

/** Picks an export in the vault, then opens the review of what importing it would change. */
export function startImport(host: Host, id: ImportFormatId): void {
  const format = IMPORT_FORMATS[id];
  new ImportFilePicker(host, format, (file) => new ImportReviewModal(host, format, file).open()).open();
}

/** The three import commands and "Alumni of…". */
export function registerImportCommands(owner: Pick<Plugin, "addCommand">, host: Host): void {
  for (const id of Object.keys(IMPORT_COMMANDS) as ImportFormatId[]) {
    owner.addCommand({ ...IMPORT_COMMANDS[id], callback: () => startImport(host, id) });
  }
  owner.addCommand({
    id: "alumni-of",
    name: "Alumni of…",
    callback: () => new CompanyPickerModal(host).open(),
  });
}
