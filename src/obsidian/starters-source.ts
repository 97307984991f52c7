import type { TFile, Vault } from "obsidian";
import type { Contact } from "../core/contacts/contact";
import type { StarterTemplate } from "../core/settings";
import { firstNameOf, startersFromNote, startersOnOffer, type StarterValues } from "../core/conversation/starters";
import type { KeepInTouchApi } from "./api";
import type { ReadServices } from "./services";
import { messageOf } from "../core/shared/errors";
import { checkedPath } from "./vault-paths";

/** What reading the starters needs: the vault, the settings, and a contact's touch log through the API. */
export type StarterSource = Pick<ReadServices, "app" | "settings"> & { readonly api: Pick<KeepInTouchApi, "getTouches"> };

export interface LoadedStarters {
  starters: StarterTemplate[];
  /** What went wrong with the starters note, in words for the user. */
  problems: string[];
}

/** The starters note, found by its path with or without the `.md`. */
export function startersNoteFile(vault: Vault, notePath: string): TFile | null {
  const checked = checkedPath(notePath);
  if (!checked.ok) return null;
  const path = checked.path;
  return vault.getFileByPath(path) ?? (/\.md$/i.test(path) ? null : vault.getFileByPath(`${path}.md`));
}

/** The starters a note holds; a missing or unreadable note is a problem to show, never an error. */
export async function readStartersNote(vault: Vault, notePath: string): Promise<LoadedStarters> {
  if (notePath.trim() === "") return { starters: [], problems: [] };
  const checked = checkedPath(notePath);
  if (!checked.ok) return { starters: [], problems: [checked.error] };
  const file = startersNoteFile(vault, notePath);
  if (!file) return { starters: [], problems: [`The starters note “${notePath}” doesn't exist.`] };
  try {
    const parsed = startersFromNote(await vault.cachedRead(file));
    const problems = parsed.problems.map((p) => `In the starters note: ${p}`);
    if (parsed.starters.length === 0 && parsed.problems.length === 0) problems.push(`The starters note “${file.path}” has no “## ” sections.`);
    return { starters: parsed.starters, problems };
  } catch (error) {
    return { starters: [], problems: [`Couldn't read the starters note “${file.path}”: ${messageOf(error)}`] };
  }
}

/** Every starter on offer: the settings' own (or the defaults), then the note's. */
export async function loadStarters(services: StarterSource): Promise<LoadedStarters> {
  const fromNote = await readStartersNote(services.app.vault, services.settings.startersNote);
  return { starters: startersOnOffer(services.settings.starters, fromNote.starters), problems: fromNote.problems };
}

/**
 * What a starter's placeholders are filled with. The topic is the one the user came
 * from, else the contact's first; the last touch note is the newest touch's note.
 */
export async function starterValues(services: StarterSource, contact: Pick<Contact, "path" | "name" | "topics">, topic?: string): Promise<StarterValues> {
  const values: StarterValues = { name: contact.name, first_name: firstNameOf(contact.name), topic: topic ?? contact.topics[0] };
  try {
    const touches = await services.api.getTouches(contact.path);
    // Oldest first as a rule, but a hand-edited log may be out of order.
    let newest = touches[0];
    for (const touch of touches) if (newest && touch.date >= newest.date) newest = touch;
    values.last_touch_note = newest?.note;
  } catch {
    // Without the log the starter still works: lines needing the note are left out.
  }
  return values;
}
