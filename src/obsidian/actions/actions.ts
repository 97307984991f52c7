import type { TFile } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { PlaceChange } from "../../core/contacts/places";
import type { Tier } from "../../core/contacts/tiers";
import type { MapWizardState } from "../../core/contacts/map-wizard-state";
import type { FuelItem } from "../../core/conversation/fuel";
import type { PromiseTask } from "../../core/conversation/promises";
import { plural, type LocalDate } from "../../core/shared/dates";
import type { Touch } from "../../core/touches/touch-line";
import { fileNameChange } from "../../core/notes/file-names";
import type { IntroFollowUp } from "../../core/touches/introductions";
import { ChangeRecorder, type UndoStep } from "../undo-history";
import { logGroupTouch, type GroupTouchResult } from "./group-touch";
import { exportCalendarAndReport, type CalendarExport } from "./ics-export";
import { updateBases, writeBaseAndReport, type BaseWrite } from "./relationships-base";
import { baseTierKey } from "../../core/export/base-tiers";
import { planPropertyTypesOrSay, setPropertyTypesAndReport } from "./property-types";
import type { TypesMerge } from "../../core/export/property-types";
import { importAndReport, type ImportChoice, type ImportOutcome } from "./import-contacts";
import { captureAndReport, type CaptureChoice, type CaptureOutcome } from "./capture-touches";
import { describeMapWrite, saveMapProgress, writeMap, type MapWriteResult } from "./map-write";
import { keepPromise, logTouchWithPromise, writeTouch } from "./log-touch";
import { namesOf, people } from "./notice-words";
import { ActionRunner } from "./runner";
import { setPlace } from "./set-place";
import { addTouchPlan } from "./touch-plan";
import { writeWeekPlan } from "./week-plan";
import { mergeAndReport, type CopyMergeOutcome } from "./sync-conflicts";
import type { SyncConflict } from "../conflict-copies";
import type { LeftoverLine } from "../../core/sync/merge-copy";
import type { DailyWrite } from "../daily-note-writer";

type Named = Pick<Contact, "path" | "name">;

/**
 * Every verb a user can take on a contact or a set of contacts, in one place. Each
 * writes through the note writers, records one step to undo, and tells the user how
 * it went through the notice port. The views, modals and commands call these and
 * nothing else to change a note.
 */
export class Actions extends ActionRunner {
  // Touches

  /** Writes a touch in the contact's note and (as the settings say) the daily note; see `writeTouch` in log-touch. */
  writeTouch(path: string | TFile, touch: Partial<Touch>, recorder?: ChangeRecorder): Promise<{ touch: Touch; dailyProblem: string | null }> {
    return writeTouch(this, path, touch, recorder);
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

  /** A touch, and a promise made in it or an introduction: one step to undo. Throws when the touch can't be logged. */
  logTouchWithPromise(contact: Named, path: string, touch: Partial<Touch>, promise: string, introduced?: Named): Promise<void> {
    return logTouchWithPromise(this, contact, path, touch, promise, introduced);
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

  /** Ticks a promise in its note; optionally logs the follow-through with each person it was made to. One step to undo. */
  keepPromise(promise: PromiseTask, to: Named | readonly Named[], logTouch: boolean): Promise<boolean> {
    return keepPromise(this, promise, to, logTouch);
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
  setPlace(paths: readonly string[], change: PlaceChange, one: Named | null, onProgress: (done: number, total: number) => void = () => undefined): Promise<string[]> {
    return setPlace(this, paths, change, one, onProgress);
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

  /** Writes the import as one step to undo and says what landed; throws when nothing could be written. */
  importContacts(choice: ImportChoice, fileName: string, progress: (done: number, total: number) => void): Promise<ImportOutcome> {
    return importAndReport(this, choice, fileName, progress);
  }

  /** Writes a reviewed capture as one step to undo and says what landed; throws when it can't start. */
  captureTouches(choice: CaptureChoice, fileName: string, progress: (done: number, total: number) => void): Promise<CaptureOutcome> {
    return captureAndReport(this, choice, fileName, progress);
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
  exportCalendar(): Promise<CalendarExport | null> {
    return exportCalendarAndReport(this);
  }

  /** Writes the relationships base from the current tiers; `replace` only once the user agreed to replace the one there. */
  createRelationshipsBase(replace: boolean): Promise<BaseWrite | null> {
    return writeBaseAndReport(this, replace);
  }

  /**
   * Sets the tier formulas of these bases (the plugin's own) from the current tiers, as
   * one step to undo; the rest of each base stays as the user left it.
   */
  updateRelationshipsBases(paths: readonly string[]): Promise<boolean> {
    const names = namesOf([...paths]);
    return this.act(
      `updated the tiers in ${names}`,
      `Couldn't update the tiers in ${names}`,
      (rec) => updateBases(this.services, paths, rec),
      (updated) => (updated.length === 0 ? `${names} had the current tiers already.` : `Updated the tiers in ${namesOf(updated)}.`),
    );
  }

  /** Remembers that the user chose not to update the bases to the current tiers, so they aren't asked about these tiers again. */
  async declineBaseUpdate(): Promise<void> {
    this.services.settings.declinedBaseTiers = baseTierKey(this.services.settings);
    await this.services.saveSettingsQuietly();
  }

  /** What setting the contact property types would change; null, with a notice, when the types file can't be read. */
  planPropertyTypes(): Promise<(TypesMerge & { path: string }) | null> {
    return planPropertyTypesOrSay(this);
  }

  /** Adds the missing contact property types, keeping every type that is there. */
  setPropertyTypes(): Promise<(TypesMerge & { path: string }) | null> {
    return setPropertyTypesAndReport(this);
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
  mergeConflictCopy(conflict: SyncConflict, chosen: readonly LeftoverLine[] = [], trashTheRest = false): Promise<CopyMergeOutcome | null> {
    return mergeAndReport(this, conflict, chosen, trashTheRest);
  }
}
