import type { Contact } from "../../core/contacts/contact";
import { placeWrites, type PlaceChange } from "../../core/contacts/places";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder } from "../undo-history";
import { people } from "./notice-words";
import type { ActionRunner } from "./runner";

/** "set the place to Porto and cleared the time zone for Ana Souza": the notice's words and the undo step's label. */
function describePlaceChange(change: PlaceChange, who: string): string {
  const part = (value: string | null | undefined, what: string) => (value === undefined ? null : value === null ? `cleared the ${what}` : `set the ${what} to ${value}`);
  return `${[part(change.location, "place"), part(change.timezone, "time zone")].filter((p) => p !== null).join(" and ")} for ${who}`;
}

/**
 * Writes a place and time zone to several notes (or one, `one`), as one step to undo.
 * Returns what couldn't be written, one line a note; the rest stands.
 */
export async function setPlace(
  run: ActionRunner,
  paths: readonly string[],
  change: PlaceChange,
  one: Pick<Contact, "path" | "name"> | null,
  onProgress: (done: number, total: number) => void,
): Promise<string[]> {
  const { vault, metadataCache } = run.services.app;
  const { index, settings } = run.services;
  const recorder = new ChangeRecorder();
  const writer = run.services.writer.recordingTo(recorder);
  const failed: string[] = [];
  let changed = 0;
  for (const [i, path] of paths.entries()) {
    onProgress(i + 1, paths.length);
    const file = vault.getFileByPath(path);
    const writes = placeWrites(file ? metadataCache.getFileCache(file)?.frontmatter : undefined, change, settings.properties);
    try {
      for (const [key, value] of writes) await writer.setProperty(path, key, value);
      if (writes.length > 0) changed++;
    } catch (error) {
      failed.push(`Couldn't write to ${index.get(path)?.name ?? path}: ${messageOf(error)}`);
    }
  }
  const who = one && changed === 1 ? one.name : people(changed);
  const done = describePlaceChange(change, who);
  const lines = [changed > 0 ? `${done.charAt(0).toUpperCase()}${done.slice(1)}.` : failed.length === 0 ? "Nothing to change: the notes already say that." : "Nothing was changed.", ...failed];
  run.tell(lines.join("\n"), run.services.undo.push(done, recorder), failed.length > 0 ? 10000 : 5000);
  return failed;
}
