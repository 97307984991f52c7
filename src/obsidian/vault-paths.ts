import { moment, normalizePath } from "obsidian";
import type { LocalDate } from "../core/shared/dates";
import { dailyFormatProblem, dailyNotePath } from "../core/daily/daily-notes";
import { NoteWriteError } from "../core/shared/errors";
import type { KeepInTouchSettings } from "../core/settings";
import { pathIn, vaultFolder, vaultPath, type VaultPath } from "../core/shared/vault-path";

/** A file's path a person gave, checked to stay inside the vault and normalised as Obsidian does. */
export function checkedPath(input: string): VaultPath {
  return vaultPath(input, normalizePath);
}

/** A folder's path a person gave ("" for the vault's top folder), checked and normalised. */
export function checkedFolder(input: string): VaultPath {
  return vaultFolder(input, normalizePath);
}

/** Why daily notes in this folder, named by this format, couldn't be made (the day's note as an example), or null. */
export function dailyNotesProblem(folder: string, format: string, day: LocalDate): string | null {
  const problem = dailyFormatProblem(format, moment);
  if (problem) return problem;
  const wanted = dailyNotePath(day, { folder, format, template: "" }, moment);
  const checked = checkedPath(wanted);
  return checked.ok ? null : `The daily note would be "${wanted}", which can't be used: ${checked.reason}.`;
}

/** The contacts folder, where new contact notes go; throws a message for the user when it can't be used. */
export function contactsFolderOf(settings: KeepInTouchSettings): string {
  const folder = checkedFolder(settings.contactsFolder);
  if (!folder.ok) throw new NoteWriteError("bad-input", `The contacts folder ${folder.error} Change it in the settings, under Contacts.`);
  return folder.path;
}

/** Where a new note named `noteName` (already a safe file name) goes in a checked folder. */
export function newNotePath(folder: string, noteName: string): string {
  const path = checkedPath(pathIn(folder, `${noteName}.md`));
  if (!path.ok) throw new NoteWriteError("bad-input", `A note for "${noteName}" can't be made: ${path.error}`);
  return path.path;
}
