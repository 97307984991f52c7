/**
 * The last touch note of each person the feed or the digest names, read from their
 * notes' touch logs: only asked for when the user lets details leave the vault.
 */
import { lastNoteOf, type LastNote } from "../core/sharing/details";
import { readTouchLog } from "../core/touches/touch-log";
import type { KeepInTouchSettings } from "../core/settings";
import type { VaultNote } from "./vault-files";

export function lastNotesOf(notes: readonly VaultNote[], paths: Iterable<string>, settings: KeepInTouchSettings): Map<string, LastNote> {
  const wanted = new Set(paths);
  const lastNotes = new Map<string, LastNote>();
  for (const note of notes) {
    if (!wanted.has(note.path)) continue;
    const last = lastNoteOf(readTouchLog(note.text, settings.touchHeading, settings.touchKinds));
    if (last) lastNotes.set(note.path, last);
  }
  return lastNotes;
}
