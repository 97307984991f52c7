import type { TFile } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { PromiseTask } from "../../core/conversation/promises";
import { promiseDisplay } from "../../core/conversation/promise-text";
import { messageOf } from "../../core/shared/errors";
import type { Touch } from "../../core/touches/touch-line";
import { validateTouch } from "../../core/notes/note-edits";
import { introductionNote } from "../../core/touches/introductions";
import { ChangeRecorder } from "../undo-history";
import { namesOf } from "./notice-words";
import type { ActionRunner } from "./runner";

type Named = Pick<Contact, "path" | "name">;

/**
 * Writes a touch: the line in the contact's note, then (as the settings say) a line in
 * that day's daily note. Each is its own atomic write; if the daily note can't be
 * written the touch itself still stands, and the returned problem says why. Both
 * writes are queued before the first await, so touches logged at once land in the
 * contact notes and in the daily note in the order they were asked for.
 */
export async function writeTouch(run: ActionRunner, path: string | TFile, touch: Partial<Touch>, recorder?: ChangeRecorder): Promise<{ touch: Touch; dailyProblem: string | null }> {
  const { writer, dailyWriter } = run.services;
  const clean = validateTouch(touch, run.services.today(), run.services.settings.touchKinds);
  const written = (recorder ? writer.recordingTo(recorder) : writer).logTouch(path, clean);
  const daily = (recorder ? dailyWriter.recordingTo(recorder) : dailyWriter).addTouchLine(
    written.then(({ file }) => file),
    clean,
    run.services.today(),
  );
  const [contactWrite, dailyWrite] = await Promise.allSettled([written, daily]);
  if (contactWrite.status === "rejected") throw contactWrite.reason;
  let dailyProblem: string | null = null;
  if (dailyWrite.status === "rejected") {
    dailyProblem = `The touch is logged, but the daily note wasn't updated: ${messageOf(dailyWrite.reason)}`;
    run.say(dailyProblem, 8000);
  }
  return { touch: contactWrite.value.touch, dailyProblem };
}

/** A link to the note at `path` as Obsidian would write it in the note at `from`: the shortest that finds it. */
function linkTo(run: ActionRunner, path: string, from: string): string {
  const file = run.services.app.vault.getFileByPath(path);
  const text = file ? run.services.app.metadataCache.fileToLinktext(file, from, true) : path.replace(/\.md$/i, "");
  return `[[${text}]]`;
}

/**
 * Logs a touch in the note at `path` and, when one is given, a promise made in it: one
 * step to undo. Throws when the touch can't be logged (nothing is recorded then); a
 * promise that can't be added after the touch landed is reported, not retried.
 * `introduced`: for an introduction, the other person; the touch is logged in their
 * note too, each line linking the other, one write each and all of it one step to undo.
 */
export async function logTouchWithPromise(run: ActionRunner, contact: Named, path: string, touch: Partial<Touch>, promise: string, introduced?: Named): Promise<void> {
  const recorder = new ChangeRecorder();
  const other = introduced && introduced.path !== path ? introduced : undefined;
  const first = other ? { ...touch, note: introductionNote(linkTo(run, other.path, path), touch.note ?? "") } : touch;
  const { touch: logged } = await writeTouch(run, path, first, recorder);
  let introProblem = "";
  if (other) {
    const second = { ...touch, note: introductionNote(linkTo(run, path, other.path), touch.note ?? "") };
    await writeTouch(run, other.path, second, recorder).catch((error: unknown) => (introProblem = ` Couldn't log it with ${other.name}: ${messageOf(error)}`));
  }
  let promiseProblem = "";
  if (promise.trim()) {
    await run.services.writer
      .recordingTo(recorder)
      .addPromise(path, promise)
      .catch((error: unknown) => (promiseProblem = ` The promise couldn't be added: ${messageOf(error)}`));
  }
  const addedPromise = promise.trim() && !promiseProblem ? ", and the promise" : "";
  const who = other && !introProblem ? `${contact.name} and ${other.name}` : contact.name;
  const what = other ? `an introduction of ${contact.name} and ${other.name}` : `a touch with ${contact.name}`;
  const step = run.services.undo.push(`logged ${what}`, recorder);
  run.tell(`Logged a touch with ${who}${logged.date === run.services.today() ? "" : ` on ${logged.date}`}${addedPromise}.${promiseProblem}${introProblem}`, step, introProblem ? 8000 : 5000);
}

/**
 * Ticks a promise in its note; optionally logs the follow-through as a touch with each
 * person it was made to. All of it is one step to undo. The notice says the promise as
 * people read it, without its links' brackets or its due date.
 */
export function keepPromise(run: ActionRunner, promise: PromiseTask, to: Named | readonly Named[], logTouch: boolean): Promise<boolean> {
  const kind = run.services.settings.touchKinds.find((k) => k === "follow-through");
  const people = Array.isArray(to) ? (to as readonly Named[]) : [to as Named];
  const words = promiseDisplay(promise.text).plain;
  const logged: string[] = [];
  let logProblem = "";
  return run.act(
    `kept "${words}"`,
    `Couldn't mark "${words}" as done`,
    async (recorder) => {
      await run.services.writer.recordingTo(recorder).completePromise(promise);
      if (!logTouch) return;
      // The promise is kept either way; a touch that can't be logged is reported with it.
      for (const person of people) {
        await writeTouch(run, person.path, { kind, note: promise.text }, recorder).then(
          () => logged.push(person.name),
          (error: unknown) => (logProblem += ` Couldn't log a touch with ${person.name}: ${messageOf(error)}`),
        );
      }
    },
    () => `Kept: ${words}.${logged.length > 0 ? ` Logged a touch with ${namesOf(logged)}.` : ""}${logProblem}`,
  );
}
