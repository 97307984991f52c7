import type { TFile } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { placeWrites, type PlaceChange } from "../../core/contacts/places";
import type { Tier } from "../../core/contacts/tiers";
import type { MapWizardState } from "../../core/contacts/map-wizard-state";
import type { FuelItem } from "../../core/conversation/fuel";
import type { PromiseTask } from "../../core/conversation/promises";
import { promiseDisplay } from "../../core/conversation/promise-text";
import { plural, type LocalDate } from "../../core/shared/dates";
import { messageOf } from "../../core/shared/errors";
import type { Touch } from "../../core/touches/touch-line";
import { validateTouch } from "../../core/notes/note-edits";
import { fileNameChange } from "../../core/notes/file-names";
import { introductionNote, type IntroFollowUp } from "../../core/touches/introductions";
import { ChangeRecorder, type UndoStep } from "../undo-history";
import { logGroupTouch, type GroupTouchResult } from "./group-touch";
import { exportCalendar, type CalendarExport } from "./ics-export";
import { writeRelationshipsBase, type BaseWrite } from "./relationships-base";
import { planPropertyTypes, propertyTypesPath as propertyTypesPathOf, writePropertyTypes } from "./property-types";
import type { TypesMerge } from "../../core/export/property-types";
import { writeImport, type ImportChoice, type ImportOutcome } from "./import-contacts";
import { writeCapture, type CaptureChoice, type CaptureOutcome } from "./capture-touches";
import { describeMapWrite, saveMapProgress, writeMap, type MapWriteResult } from "./map-write";
import { ActionRunner } from "./runner";
import { addTouchPlan } from "./touch-plan";
import { writeWeekPlan } from "./week-plan";
import { mergeConflictCopy, type CopyMergeOutcome } from "./sync-conflicts";
import type { SyncConflict } from "../conflict-copies";
import type { LeftoverLine } from "../../core/sync/merge-copy";
import type { DailyWrite } from "../daily-note-writer";

type Named = Pick<Contact, "path" | "name">;

/** "Ana", "Ana and Sam", "Ana, Sam and Noor". */
function namesOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

function people(n: number): string {
  return `${n} ${n === 1 ? "person" : "people"}`;
}

function touchCount(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "touch" : "touches"}`;
}

/** "set the place to Porto and cleared the time zone for Ana Souza": the notice's words and the undo step's label. */
function describePlaceChange(change: PlaceChange, who: string): string {
  const part = (value: string | null | undefined, what: string) => (value === undefined ? null : value === null ? `cleared the ${what}` : `set the ${what} to ${value}`);
  return `${[part(change.location, "place"), part(change.timezone, "time zone")].filter((p) => p !== null).join(" and ")} for ${who}`;
}

/** "Merged Sam Rivera 2 into Sam Rivera: 1 touch brought over; the copy is in the trash." */
function describeMerge(conflict: SyncConflict, done: CopyMergeOutcome): string {
  const parts = [`${(done.added === 1 ? "1 touch" : `${done.added} touches`)} brought over`];
  if (done.copied > 0) parts.push(`${plural(done.copied, "other line")} copied`);
  const end = done.trashed ? "the copy is in the trash" : `${plural(done.left, "line")} left in the copy, which stays`;
  return `Merged ${conflict.name} into ${conflict.originalName}: ${parts.join(", ")}; ${end}.`;
}

/**
 * Every verb a user can take on a contact or a set of contacts, in one place. Each
 * writes through the note writers, records one step to undo, and tells the user how
 * it went through the notice port. The views, modals and commands call these and
 * nothing else to change a note.
 */
export class Actions extends ActionRunner {
  // Touches

  /**
   * Writes a touch: the line in the contact's note, then (as the settings say) a line in
   * that day's daily note. Each is its own atomic write; if the daily note can't be
   * written the touch itself still stands, and the returned problem says why. Both
   * writes are queued before the first await, so touches logged at once land in the
   * contact notes and in the daily note in the order they were asked for.
   */
  async writeTouch(path: string | TFile, touch: Partial<Touch>, recorder?: ChangeRecorder): Promise<{ touch: Touch; dailyProblem: string | null }> {
    const { writer, dailyWriter } = this.services;
    const clean = validateTouch(touch, this.services.today(), this.services.settings.touchKinds);
    const written = (recorder ? writer.recordingTo(recorder) : writer).logTouch(path, clean);
    const daily = (recorder ? dailyWriter.recordingTo(recorder) : dailyWriter).addTouchLine(
      written.then(({ file }) => file),
      clean,
      this.services.today(),
    );
    const [contactWrite, dailyWrite] = await Promise.allSettled([written, daily]);
    if (contactWrite.status === "rejected") throw contactWrite.reason;
    let dailyProblem: string | null = null;
    if (dailyWrite.status === "rejected") {
      dailyProblem = `The touch is logged, but the daily note wasn't updated: ${messageOf(dailyWrite.reason)}`;
      this.say(dailyProblem, 8000);
    }
    return { touch: contactWrite.value.touch, dailyProblem };
  }

  /** Logs a touch and tells the user how it went. Returns whether it landed. */
  logTouch(contact: Named, touch: Partial<Touch> = {}): Promise<boolean> {
    return this.act(
      `logged a touch with ${contact.name}`,
      `Couldn't log a touch with ${contact.name}`,
      (rec) => this.writeTouch(contact.path, touch, rec),
      ({ touch: logged }) => `Logged a touch with ${contact.name}${logged.date === this.services.today() ? "" : ` on ${logged.date}`}.`,
    );
  }

  /**
   * Logs a touch in the note at `path` and, when one is given, a promise made in it: one
   * step to undo. Throws when the touch can't be logged (nothing is recorded then); a
   * promise that can't be added after the touch landed is reported, not retried.
   * `introduced`: for an introduction, the other person; the touch is logged in their
   * note too, each line linking the other, one write each and all of it one step to undo.
   */
  async logTouchWithPromise(contact: Named, path: string, touch: Partial<Touch>, promise: string, introduced?: Named): Promise<void> {
    const recorder = new ChangeRecorder();
    const other = introduced && introduced.path !== path ? introduced : undefined;
    const first = other ? { ...touch, note: introductionNote(this.linkTo(other.path, path), touch.note ?? "") } : touch;
    const { touch: logged } = await this.writeTouch(path, first, recorder);
    let introProblem = "";
    if (other) {
      const second = { ...touch, note: introductionNote(this.linkTo(path, other.path), touch.note ?? "") };
      await this.writeTouch(other.path, second, recorder).catch((error: unknown) => (introProblem = ` Couldn't log it with ${other.name}: ${messageOf(error)}`));
    }
    let promiseProblem = "";
    if (promise.trim()) {
      await this.services.writer
        .recordingTo(recorder)
        .addPromise(path, promise)
        .catch((error: unknown) => (promiseProblem = ` The promise couldn't be added: ${messageOf(error)}`));
    }
    const addedPromise = promise.trim() && !promiseProblem ? ", and the promise" : "";
    const who = other && !introProblem ? `${contact.name} and ${other.name}` : contact.name;
    const what = other ? `an introduction of ${contact.name} and ${other.name}` : `a touch with ${contact.name}`;
    const step = this.services.undo.push(`logged ${what}`, recorder);
    this.tell(`Logged a touch with ${who}${logged.date === this.services.today() ? "" : ` on ${logged.date}`}${addedPromise}.${promiseProblem}${introProblem}`, step, introProblem ? 8000 : 5000);
  }

  /** A link to the note at `path` as Obsidian would write it in the note at `from`: the shortest that finds it. */
  private linkTo(path: string, from: string): string {
    const file = this.services.app.vault.getFileByPath(path);
    const text = file ? this.services.app.metadataCache.fileToLinktext(file, from, true) : path.replace(/\.md$/i, "");
    return `[[${text}]]`;
  }

  /** Dismisses "how did the intro go?" for one person: the mark goes on that introduction's line in their note. */
  dismissIntroFollowUp(contact: Named, followUp: IntroFollowUp): Promise<boolean> {
    const what = followUp.with === null ? "the follow-up of an introduction" : `the follow-up of the introduction to ${followUp.with}`;
    return this.act(
      `dismissed ${what} for ${contact.name}`,
      `Couldn't dismiss ${what}`,
      (recorder) => this.services.writer.recordingTo(recorder).dismissIntroFollowUp(contact.path, followUp),
      `Dismissed ${what} for ${contact.name}.`,
    );
  }

  /**
   * One touch for several people, every note it wrote one step to undo. Throws (and
   * records nothing) when the touch itself is not valid; otherwise reports who was
   * logged and who wasn't, and returns that.
   */
  async logGroupTouch(paths: readonly string[], touch: Partial<Touch>, onProgress?: (done: number, total: number) => void): Promise<GroupTouchResult> {
    const recorder = new ChangeRecorder();
    const result = await logGroupTouch(this.services, paths, touch, onProgress, recorder);
    const who = people(result.logged.length);
    const lines = [`Logged a touch with ${who}.`];
    for (const f of result.failed) lines.push(`Couldn't log with ${f.name}: ${f.reason}`);
    if (result.dailyProblem) lines.push(result.dailyProblem);
    this.tell(lines.join("\n"), this.services.undo.push(`logged a group touch with ${who}`, recorder), result.failed.length > 0 ? 10000 : 5000);
    return result;
  }

  /**
   * Ticks a promise in its note; optionally logs the follow-through as a touch with each
   * person it was made to. All of it is one step to undo. The notice says the promise as
   * people read it, without its links' brackets or its due date.
   */
  keepPromise(promise: PromiseTask, to: Named | readonly Named[], logTouch: boolean): Promise<boolean> {
    const kind = this.services.settings.touchKinds.find((k) => k === "follow-through");
    const people = Array.isArray(to) ? (to as readonly Named[]) : [to as Named];
    const words = promiseDisplay(promise.text).plain;
    const logged: string[] = [];
    let logProblem = "";
    return this.act(
      `kept "${words}"`,
      `Couldn't mark "${words}" as done`,
      async (recorder) => {
        await this.services.writer.recordingTo(recorder).completePromise(promise);
        if (!logTouch) return;
        // The promise is kept either way; a touch that can't be logged is reported with it.
        for (const person of people) {
          await this.writeTouch(person.path, { kind, note: promise.text }, recorder).then(
            () => logged.push(person.name),
            (error: unknown) => (logProblem += ` Couldn't log a touch with ${person.name}: ${messageOf(error)}`),
          );
        }
      },
      () => `Kept: ${words}.${logged.length > 0 ? ` Logged a touch with ${namesOf(logged)}.` : ""}${logProblem}`,
    );
  }

  // A contact's state: snoozed, faded, resumed, its tier, its place

  snooze(contact: Named, until: LocalDate | null): Promise<boolean> {
    const done = until ? `Snoozed ${contact.name} until ${until}.` : `${contact.name} is no longer snoozed.`;
    return this.act(until ? `snoozed ${contact.name}` : `woke ${contact.name}`, `Couldn't snooze ${contact.name}`, (rec) => this.services.writer.recordingTo(rec).snooze(contact.path, until), done);
  }

  fade(contact: Named, reason: string): Promise<boolean> {
    return this.act(`let ${contact.name} fade`, `Couldn't let ${contact.name} fade`, (rec) => this.services.writer.recordingTo(rec).fade(contact.path, reason), `${contact.name} is paused and off the due lists.`);
  }

  resume(contact: Named): Promise<boolean> {
    return this.act(`resumed ${contact.name}`, `Couldn't resume ${contact.name}`, (rec) => this.services.writer.recordingTo(rec).resume(contact.path), `${contact.name} is back on the due lists.`);
  }

  /** The review's tier suggestion, taken: the tier written into the note. */
  acceptTierSuggestion(contact: Named, to: Tier): Promise<boolean> {
    return this.act(`moved ${contact.name} to ${to.label}`, `Couldn't change the tier of ${contact.name}`, (rec) => this.services.writer.recordingTo(rec).setTier(contact.path, to.id), `${contact.name} is now in ${to.label}.`);
  }

  /** A triage decision: the tier written, as its own step to undo. Throws, recording nothing, when the write fails. */
  triageTier(contact: Named, tier: Tier): Promise<UndoStep | null> {
    return this.decided(`put ${contact.name} in ${tier.label}`, (rec) => this.services.writer.recordingTo(rec).setTier(contact.path, tier.id));
  }

  /** A triage decision: the contact paused, not tracked. */
  triagePause(contact: Named): Promise<UndoStep | null> {
    return this.decided(`paused ${contact.name}`, (rec) => this.services.writer.recordingTo(rec).fade(contact.path, ""));
  }

  /** Takes back one triage decision without a notice (the triage says it in its own status line). */
  undoDecision(step: UndoStep): Promise<void> {
    return this.services.undo.undo(step);
  }

  private async decided(label: string, write: (recorder: ChangeRecorder) => Promise<void>): Promise<UndoStep | null> {
    const recorder = new ChangeRecorder();
    await write(recorder);
    return this.services.undo.push(label, recorder);
  }

  /**
   * Writes a place and time zone to several notes (or one, `one`), as one step to undo.
   * Returns what couldn't be written, one line a note; the rest stands.
   */
  async setPlace(paths: readonly string[], change: PlaceChange, one: Named | null, onProgress: (done: number, total: number) => void = () => undefined): Promise<string[]> {
    const { vault, metadataCache } = this.services.app;
    const { index, settings } = this.services;
    const recorder = new ChangeRecorder();
    const writer = this.services.writer.recordingTo(recorder);
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
    this.tell(lines.join("\n"), this.services.undo.push(done, recorder), failed.length > 0 ? 10000 : 5000);
    return failed;
  }

  /** A new contact note; throws with the reason when it can't be made. Not a step to undo: the user deletes it like any note. */
  async createContact(name: string, tierId: string): Promise<TFile> {
    const file = await this.services.writer.createContact(name, tierId);
    const why = fileNameChange(name);
    this.say(why ? `Created ${file.basename} (${why}).` : `Created ${file.basename}.`);
    return file;
  }

  // Conversation fuel

  addFuel(contact: Named, item: string): Promise<boolean> {
    return this.act(
      `added a next-time item for ${contact.name}`,
      `Couldn't add it for next time with ${contact.name}`,
      (recorder) => this.services.writer.recordingTo(recorder).addFuelItem(contact.path, item),
      `Added for next time with ${contact.name}.`,
    );
  }

  clearFuel(contact: Named, items: readonly Pick<FuelItem, "line" | "raw">[]): Promise<boolean> {
    const what = plural(items.length, "item");
    return this.act(
      `cleared ${what} noted for next time with ${contact.name}`,
      `Couldn't clear what was noted for next time with ${contact.name}`,
      (recorder) => this.services.writer.recordingTo(recorder).clearFuelItems(contact.path, items),
      `Cleared ${what} from next time with ${contact.name}.`,
    );
  }

  // Plans in the daily note

  addTouchPlan(): Promise<DailyWrite | null> {
    return addTouchPlan(this);
  }

  writeWeekPlan(): Promise<DailyWrite | null> {
    return writeWeekPlan(this);
  }

  // Import, the relationship map, the calendar

  /**
   * Writes the import as one step to undo, and tells the user what landed. Throws
   * (after keeping what did land as a step) when nothing could be written.
   */
  async importContacts(choice: ImportChoice, fileName: string, progress: (done: number, total: number) => void): Promise<ImportOutcome> {
    const recorder = new ChangeRecorder();
    let step: UndoStep | null = null;
    let outcome: ImportOutcome;
    try {
      outcome = await writeImport(this.services, choice, recorder, progress);
    } finally {
      step = this.services.undo.push(`imported ${fileName}`, recorder);
    }
    const lines = [`Imported ${fileName}: ${plural(outcome.created, "new note")}, ${plural(outcome.updated, "note")} updated.`];
    for (const failure of outcome.failed) lines.push(`Couldn't write ${failure.name}: ${failure.reason}`);
    this.tell(lines.join("\n"), step, outcome.failed.length > 0 ? 10000 : 5000);
    return outcome;
  }

  /**
   * Writes a reviewed capture as one step to undo, and tells the user what landed and
   * what didn't. Throws (after keeping what did land as a step) when it can't start.
   */
  async captureTouches(choice: CaptureChoice, fileName: string, progress: (done: number, total: number) => void): Promise<CaptureOutcome> {
    const recorder = new ChangeRecorder();
    let outcome: CaptureOutcome;
    let step: UndoStep | null = null;
    try {
      outcome = await writeCapture(this.services, choice, recorder, progress);
    } finally {
      step = this.services.undo.push(`captured touches from ${fileName}`, recorder);
    }
    const lines = [`Captured ${touchCount(outcome.touches)} with ${people(outcome.notes)} from ${fileName}.`];
    if (outcome.created > 0) lines.push(`${plural(outcome.created, "new contact")} created.`);
    if (outcome.alreadyLogged > 0) lines.push(`${plural(outcome.alreadyLogged, "day")} had a touch by then and got no second line.`);
    for (const failure of outcome.failed) lines.push(`Couldn't write ${failure.name}: ${failure.reason}`);
    this.tell(lines.join("\n"), step, outcome.failed.length > 0 ? 10000 : 5000);
    return outcome;
  }

  /** Remembers the user's own addresses for mail and calendar captures, so they are asked once. */
  async rememberEmails(emails: readonly string[]): Promise<void> {
    const list = this.services.settings.captureEmails;
    for (const email of emails.map((e) => e.trim().toLowerCase())) if (email !== "" && !list.includes(email)) list.push(email);
    await this.services.saveSettingsQuietly();
  }

  /**
   * Remembers the user's sender name in chats, so a capture asks once; `instead` (the
   * sender chosen a moment before, by mistake) is forgotten, since a name kept by
   * mistake would make someone else's messages the user's next time.
   */
  async rememberChatName(name: string, instead: string | null): Promise<void> {
    const { settings } = this.services;
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    settings.captureMe = settings.captureMe.filter((n) => instead === null || same(n, name) || !same(n, instead));
    if (!settings.captureMe.some((n) => same(n, name))) settings.captureMe.push(name.trim());
    await this.services.saveSettingsQuietly();
  }

  /** Writes the relationship map as one step to undo, and says what was written. */
  async writeMap(state: MapWizardState): Promise<MapWriteResult> {
    const result = await writeMap(this.services, state);
    const message = describeMapWrite(result);
    if (result.failed.length === 0) this.tell(`${message} They are in the relationships view now; "Plan this week's touches" spreads the first touches over the weeks.`, result.step, 10000);
    else this.tell(message, result.step, 12000);
    return result;
  }

  /** Remembers where the map wizard is (or that none is under way). */
  saveMapProgress(state: MapWizardState | null): Promise<void> {
    return saveMapProgress(this.services, state);
  }

  /** Writes the calendar feed and says where; null when it couldn't. */
  async exportCalendar(): Promise<CalendarExport | null> {
    try {
      const done = await exportCalendar(this.services);
      this.say(`Exported ${plural(done.events, "event")} to ${done.path}.`);
      return done;
    } catch (error) {
      this.say(`Couldn't export the calendar: ${messageOf(error)}`, 8000);
      return null;
    }
  }

  /** Writes the relationships base from the current tiers; `replace` only once the user agreed to replace the one there. */
  async createRelationshipsBase(replace: boolean): Promise<BaseWrite | null> {
    try {
      const done = await writeRelationshipsBase(this.services, replace);
      this.say(`${done.created ? "Created" : "Replaced"} ${done.path}. Open it to see who is overdue, who is due soon and everyone.`);
      return done;
    } catch (error) {
      this.say(`Couldn't write the relationships base: ${messageOf(error)}`, 8000);
      return null;
    }
  }

  /** What setting the contact property types would change; null, with a notice, when the types file can't be read. */
  async planPropertyTypes(): Promise<(TypesMerge & { path: string }) | null> {
    try {
      return await planPropertyTypes(this.services);
    } catch (error) {
      this.say(`Couldn't read the property types in ${propertyTypesPathOf(this.services)}: ${messageOf(error)}. The file was left as it is.`, 10000);
      return null;
    }
  }

  /** Adds the missing contact property types, keeping every type that is there. */
  async setPropertyTypes(): Promise<(TypesMerge & { path: string }) | null> {
    try {
      const done = await writePropertyTypes(this.services);
      this.say(
        done.added.length === 0
          ? "The contact properties have their types already."
          : `Set the type of ${namesOf(done.added.map((w) => w.name))} in ${done.path}.`,
      );
      return done;
    } catch (error) {
      this.say(`Couldn't set the property types in ${propertyTypesPathOf(this.services)}: ${messageOf(error)}. The file was left as it is.`, 10000);
      return null;
    }
  }

  // After a sync

  /** Puts right a contact note that a merge of two devices' versions damaged: one write, one step to undo. */
  repairAfterSync(contact: Named): Promise<boolean> {
    return this.act(
      `repaired ${contact.name}'s note after a sync merge`,
      `Couldn't repair ${contact.name}'s note`,
      (rec) => this.services.writer.recordingTo(rec).repairSyncDamage(contact.path),
      `Repaired ${contact.name}'s note.`,
    );
  }

  /** Merges a sync tool's conflict copy into its original (see `mergeConflictCopy`); one step to undo, the copy included. */
  async mergeConflictCopy(conflict: SyncConflict, chosen: readonly LeftoverLine[] = [], trashTheRest = false): Promise<CopyMergeOutcome | null> {
    let outcome: CopyMergeOutcome | null = null;
    await this.act(
      `merged ${conflict.name} into ${conflict.originalName}`,
      `Couldn't merge ${conflict.name}`,
      async (rec) => (outcome = await mergeConflictCopy(this.services, conflict, chosen, trashTheRest, rec)),
      (done) => describeMerge(conflict, done),
    );
    return outcome;
  }
}
