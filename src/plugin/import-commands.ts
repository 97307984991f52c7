import type { Plugin } from "obsidian";
import type { ImportFormatId } from "../core/import/formats";
import { CompanyPickerModal } from "../ui/import/alumni-modal";
import { startImport } from "../ui/import/start-import";
import { startCapture } from "../ui/capture/start-capture";
import { IMPORT_COMMANDS } from "../obsidian/actions/import-contacts";
import { CAPTURE_COMMAND } from "../obsidian/actions/capture-touches";
import type { Host } from "../ui/host";

/** The three import commands, "Alumni of…" and "Capture touches from a file…". */
export function registerImportCommands(owner: Pick<Plugin, "addCommand">, host: Host): void {
  for (const id of Object.keys(IMPORT_COMMANDS) as ImportFormatId[]) {
    owner.addCommand({ ...IMPORT_COMMANDS[id], callback: () => startImport(host, id) });
  }
  owner.addCommand({
    id: "alumni-of",
    name: "Alumni of…",
    callback: () => new CompanyPickerModal(host).open(),
  });
  owner.addCommand({ ...CAPTURE_COMMAND, callback: () => startCapture(host) });
}
