import { TFile, normalizePath, type App } from "obsidian";
import type { LocalDate } from "../core/shared/dates";
import { NoteWriteError } from "../core/shared/errors";
import { applyCapturedTouches, applyFade, applyPromise, applyResume, applySnooze, applyTier, applyTouch, validateTouch, type CapturedTouchesEdit } from "../core/notes/note-edits";
import { completeTask, type PromiseTask } from "../core/conversation/promises";
import { addFuelItem, removeFuelItems, type FuelItem } from "../core/conversation/fuel";
import { safeFileName } from "../core/notes/file-names";
import { setProperty } from "../core/notes/frontmatter-edit";
import { addListItem } from "../core/notes/list-property";
import type { KeepInTouchSettings } from "../core/settings";
import type { Touch } from "../core/touches/touch-line";
import { headingLineFor } from "../core/touches/touch-log";
import { dismissIntroFollowUp, type IntroFollowUp } from "../core/touches/introductions";
import type { ChangeRecorder } from "./undo-history";
import { repairSyncDamage, type SyncDamageSettings } from "../core/sync/sync-damage";
import { copyLinesOver, planCopyMerge, type CopyMerge, type LeftoverLine } from "../core/sync/merge-copy";

/** What reading and repairing a contact note after a sync merge needs from the settings. */
export function syncSettingsOf(settings: KeepInTouchSettings): SyncDamageSettings {
  return { touchHeading: settings.touchHeading, touchKinds: settings.touchKinds, lastTouchKey: settings.properties.lastTouch };
}
import { WriteQueue } from "./write-queue";
import { contactsFolderOf, newNotePath } from "./vault-paths";

/** A note, or the path of one: a note is written wherever it is when its turn comes. */
export type NoteTarget = string | TFile;

/** A touch as it was written, and the note it was written to (wherever that note is now). */
export interface LoggedTouch {
  touch: Touch;
  file: TFile;
}

/**
 * Every change the plugin makes to a note goes through here: one `Vault.process`
 * call per write (an atomic read-modify-write), queued per note so writes to the
 * same note land one after another and none is lost. The queue holds the note, not
 * its path: a write that waits while the note is renamed or moved lands in it there.
 */
export class NoteWriter {
  constructor(
    private readonly app: App,
    private readonly settings: () => KeepInTouchSettings,
    private readonly today: () => LocalDate,
    private readonly queue = new WriteQueue<TFile>(),
    private readonly recorder: ChangeRecorder | null = null,
  ) {}

  /** The same writer (same queue), recording each change for undo. */
  recordingTo(recorder: ChangeRecorder): NoteWriter {
    return new NoteWriter(this.app, this.settings, this.today, this.queue, recorder);
  }

  /**
   * Logs a touch on a contact note. Rejects with a message for the user and leaves the note as it was.
   * The write is queued before this returns its promise, so touches land in the order they were asked for.
   */
  async logTouch(path: NoteTarget, touch: Partial<Touch> = {}): Promise<LoggedTouch> {
    const settings = this.settings();
    const clean = validateTouch(touch, this.today(), settings.touchKinds);
    const file = await this.edit(path, (text) => applyTouch(text, clean, settings));
    return { touch: clean, file };
  }

  /**
   * Adds captured touches to a contact note in one write: a line for each day its log
   * has no line on yet (read at the moment of writing), and `last_touch` moved forward.
   * Returns what was written and what was already there.
   */
  async addCapturedTouches(path: string, touches: readonly Touch[]): Promise<CapturedTouchesEdit> {
    const settings = this.settings();
    let result: CapturedTouchesEdit = { text: "", written: [], alreadyLogged: 0 };
    await this.edit(path, (text) => {
      result = applyCapturedTouches(text, touches, settings);
      return result.text;
    });
    return result;
  }

  /** Snoozes a contact until a date, or wakes it with null. */
  async snooze(path: NoteTarget, until: LocalDate | null): Promise<void> {
    const settings = this.settings();
    await this.edit(path, (text) => applySnooze(text, until, settings));
  }

  /** Lets a contact fade (status: paused, with an optional reason). */
  async fade(path: NoteTarget, reason: string): Promise<void> {
    const settings = this.settings();
    await this.edit(path, (text) => applyFade(text, reason, settings));
  }

  /** Brings a faded contact back (status: active). */
  async resume(path: NoteTarget): Promise<void> {
    const settings = this.settings();
    await this.edit(path, (text) => applyResume(text, settings));
  }

  /** Moves a contact to another tier (writes the tier property). */
  async setTier(path: string, tierId: string): Promise<void> {
    const settings = this.settings();
    await this.edit(path, (text) => applyTier(text, tierId, settings));
  }

  /** Adds a promise (an open task) to the contact's note. */
  async addPromise(path: string, promise: string): Promise<void> {
    const settings = this.settings();
    await this.edit(path, (text) => applyPromise(text, promise, settings));
  }

  /** Ticks a promise in whichever note holds it: `- [ ]` becomes `- [x]`, nothing else. */
  async completePromise(promise: Pick<PromiseTask, "path" | "line" | "raw">): Promise<void> {
    await this.edit(promise.path, (text) => completeTask(text, promise));
  }

  /** Adds an item to the contact's conversation fuel (`- item` under the fuel heading). */
  async addFuelItem(path: string, item: string): Promise<void> {
    const heading = this.settings().fuelHeading;
    await this.edit(path, (text) => addFuelItem(text, heading, item));
  }

  /** Clears fuel items that were used, each with its nested lines; nothing else changes. */
  async clearFuelItems(path: string, items: readonly Pick<FuelItem, "raw" | "line">[]): Promise<void> {
    const heading = this.settings().fuelHeading;
    await this.edit(path, (text) => removeFuelItems(text, heading, items));
  }

  /** Puts right what a merge of two devices' versions left in a contact note (see `repairSyncDamage`). */
  async repairSyncDamage(path: string): Promise<void> {
    const settings = syncSettingsOf(this.settings());
    const today = this.today();
    await this.edit(path, (text) => repairSyncDamage(text, settings, today));
  }

  /**
   * Brings a conflict copy's text into its original: the touches and `last_touch` as
   * `planCopyMerge` says, and the other lines the user chose. Returns the plan, made
   * against the original as it was at the write.
   */
  async mergeConflictCopy(path: string, copyText: string, chosen: readonly LeftoverLine[]): Promise<CopyMerge> {
    const settings = syncSettingsOf(this.settings());
    let plan: CopyMerge | null = null;
    await this.edit(path, (text) => {
      plan = planCopyMerge(text, copyText, settings);
      const wanted = chosen.filter((c) => plan?.leftover.some((l) => l.line === c.line && l.text === c.text));
      return copyLinesOver(plan.text, copyText, wanted);
    });
    if (plan === null) throw new NoteWriteError("missing-note", `No note at "${path}".`);
    return plan;
  }

  /** Marks an introduction's follow-up as dismissed, on the introduction's own line; nothing else changes. */
  async dismissIntroFollowUp(path: NoteTarget, followUp: Pick<IntroFollowUp, "introduced" | "link">): Promise<void> {
    const settings = this.settings();
    await this.edit(path, (text) => dismissIntroFollowUp(text, followUp, settings.touchHeading, settings.touchKinds));
  }

  /** Sets one property, keeping every other byte of the note. */
  async setProperty(path: string, key: string, value: string | null): Promise<void> {
    await this.edit(path, (text) => setProperty(text, key, value));
  }

  /** Adds one item to a list property (a topic to `topics`), keeping the list's style and every other byte. */
  async addListItem(path: string, key: string, item: string): Promise<void> {
    await this.edit(path, (text) => addListItem(text, key, item));
  }

  /** Creates a contact note in the contacts folder with its tier and an empty touch log; returns it. */
  async createContact(name: string, tierId: string): Promise<TFile> {
    const settings = this.settings();
    const noteName = safeFileName(name);
    if (!noteName) throw new NoteWriteError("bad-input", "Give the contact a name with at least one letter or digit.");
    const folder = contactsFolderOf(settings);
    const path = newNotePath(folder, noteName);
    if (this.app.vault.getAbstractFileByPath(path)) throw new NoteWriteError("bad-input", `A note named "${noteName}" already exists in ${folder || "the vault"}.`);
    if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
    const text = `${setProperty("", settings.properties.tier, tierId)}${headingLineFor(settings.touchHeading)}\n`;
    const file = await this.app.vault.create(path, text);
    this.recorder?.record(file.path, null, text);
    return file;
  }

  private file(path: NoteTarget): TFile {
    if (path instanceof TFile) {
      if (!this.isInVault(path)) throw deletedError(path);
      return path;
    }
    const file = this.app.vault.getFileByPath(normalizePath(path));
    if (!(file instanceof TFile)) {
      throw new NoteWriteError("missing-note", `No note at "${path}": it may have been renamed or deleted.`);
    }
    if (file.extension !== "md") throw new NoteWriteError("bad-input", `"${path}" is not a Markdown note.`);
    return file;
  }

  /** Whether the note is still in the vault (Obsidian keeps a note's `TFile` across renames and drops it on delete). */
  private isInVault(file: TFile): boolean {
    return this.app.vault.getFileByPath(file.path) === file;
  }

  /**
   * Queues one change to a note (given, or the one now at a path): the change follows
   * the note through renames while it waits. Resolves to the note, at its path after the write.
   * (Everything before `queue.run` happens in the call itself, so the change is queued in call order.)
   */
  private async edit(path: NoteTarget, change: (text: string) => string): Promise<TFile> {
    const file = this.file(path);
    return this.queue.run(file, async () => {
      if (!this.isInVault(file)) throw deletedError(file);
      try {
        const recorder = this.recorder;
        await this.app.vault.process(file, recorder ? (text) => recordedChange(recorder, file.path, text, change) : change);
      } catch (error) {
        throw this.isInVault(file) ? asUserError(error, file.path) : deletedError(file);
      }
      return file;
    });
  }
}

/** A note deleted (or moved outside Obsidian, which Obsidian sees as a delete) while a change waited for it. */
function deletedError(file: TFile): NoteWriteError {
  return new NoteWriteError("missing-note", `"${file.path}" was deleted (or moved outside Obsidian) before the change could be written, so nothing was written.`);
}

/** Runs a change inside `Vault.process` and notes the before and after; a change that throws records nothing. */
export function recordedChange(recorder: ChangeRecorder, path: string, text: string, change: (text: string) => string): string {
  const after = change(text);
  recorder.record(path, text, after);
  return after;
}

/** Errors from the core already speak to the user; anything else gets the note's name and the cause. */
function asUserError(error: unknown, path: string): Error {
  if (error instanceof NoteWriteError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Couldn't write "${path}": ${reason}. The note was left as it was.`);
}
