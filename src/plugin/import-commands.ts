import { IMPORT_FORMATS, type ImportFormatId } from "../core/import/formats";
import { CompanyPickerModal } from "../ui/import/alumni-modal";
import { ImportFilePicker } from "../ui/import/import-file-picker";
import { ImportReviewModal } from "../ui/import/import-review-modal";
import { IMPORT_COMMANDS } from "../obsidian/actions/import-contacts";
import type KeepInTouchPlugin from "./plugin";

/** Picks an export in the vault, then opens the review of what importing it would change. */
export function startImport(plugin: KeepInTouchPlugin, id: ImportFormatId): void {
  const format = IMPORT_FORMATS[id];
  new ImportFilePicker(plugin, format, (file) => new ImportReviewModal(plugin, format, file).open()).open();
}

/** The three import commands and "Alumni of…". */
export function registerImportCommands(plugin: KeepInTouchPlugin): void {
  for (const id of Object.keys(IMPORT_COMMANDS) as ImportFormatId[]) {
    plugin.addCommand({ ...IMPORT_COMMANDS[id], callback: () => startImport(plugin, id) });
  }
  plugin.addCommand({
    id: "alumni-of",
    name: "Alumni of…",
    callback: () => new CompanyPickerModal(plugin).open(),
  });
}
