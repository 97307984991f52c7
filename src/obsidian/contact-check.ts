import type { TFile, Vault } from "obsidian";
import { type Contact } from "../core/contacts/contact";
import { notAContactBecause } from "../core/contacts/contact-rule";
import { isContactNoteText } from "../core/notes/note-properties";
import type { ResolvedSettings } from "../core/settings";

/** The Markdown note at a path, or an error whose message says why there is none. */
export function markdownNoteAt(vault: Vault, path: string): TFile {
  const file = vault.getFileByPath(path);
  if (!file) throw new Error(`No note at "${path}".`);
  if (file.extension !== "md") throw new Error(`"${path}" is not a Markdown note.`);
  return file;
}

/**
 * Whether a note can be written as a contact, and if not, why (null when it can). The
 * index answers for the notes it lists. It follows the metadata cache, which reads a
 * note a moment after it is created or changed, so a note it doesn't list (made or
 * given a tier by a script a millisecond ago) is asked directly: its text as it is
 * now, under the same rule. `asked` is the path as the caller gave it, for the message.
 */
export async function whyNotAContact(vault: Vault, indexed: (path: string) => Contact | undefined, resolved: ResolvedSettings, note: TFile, asked: string): Promise<string | null> {
  if (indexed(note.path)) return null;
  // Deleted since the call: the write says so.
  if (vault.getFileByPath(note.path) !== note) return null;
  const text = await vault.read(note);
  return isContactNoteText(note.path, text, resolved) ? null : `"${asked}" is not a contact note: ${notAContactBecause(resolved)}.`;
}
