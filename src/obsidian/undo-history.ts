import { TFile, normalizePath, type App } from "obsidian";

/** One note's text before and after a write; `before` is null when the write created the note, `after` when it moved it to the trash. */
export interface FileChange {
  path: string;
  before: string | null;
  after: string | null;
}

/** Collects the changes of one user action (a touch is the contact note and the daily note). */
export class ChangeRecorder {
  readonly changes: FileChange[] = [];

  record(path: string, before: string | null, after: string | null): void {
    if (before !== after) this.changes.push({ path, before, after });
  }
}

/** A user action that can be taken back as one step. */
export interface UndoStep {
  /** What was done, in words that finish "Undo: …" ("logged a touch with Sam Rivera"). */
  label: string;
  changes: readonly FileChange[];
}

export class UndoDeclined extends Error {}

/** Enough to take back the last few actions without keeping many copies of big notes. */
const STEPS_KEPT = 20;

/**
 * The plugin's own undo: every write it makes is recorded as the note's text before
 * and after, and an undo puts the "before" back only while the note still reads
 * exactly "after". If the user (or sync) changed it since, the undo is declined and
 * says which note: it never overwrites a newer edit.
 */
export class UndoHistory {
  private steps: UndoStep[] = [];

  constructor(private readonly app: App) {}

  get size(): number {
    return this.steps.length;
  }

  last(): UndoStep | undefined {
    return this.steps[this.steps.length - 1];
  }

  /** Keeps what the recorder saw as one step; an action that changed nothing leaves no step. */
  push(label: string, recorder: ChangeRecorder): UndoStep | null {
    if (recorder.changes.length === 0) return null;
    const step: UndoStep = { label, changes: [...recorder.changes] };
    this.steps.push(step);
    if (this.steps.length > STEPS_KEPT) this.steps.shift();
    return step;
  }

  /**
   * Takes a step back: every note is checked before any is written, so a step is
   * undone whole or not at all (unless a note changes in the moment between the check
   * and its write, which the write itself checks again and reports).
   */
  async undo(step: UndoStep): Promise<void> {
    if (!this.steps.includes(step)) throw new UndoDeclined(`"${step.label}" was already undone, or is too old to undo.`);
    const latest = new Map<string, FileChange>();
    for (const change of step.changes) latest.set(change.path, change);
    for (const change of latest.values()) {
      const file = this.app.vault.getFileByPath(normalizePath(change.path));
      if (change.after === null) {
        // The note went to the trash: it comes back only where nothing has taken its place.
        if (this.app.vault.getAbstractFileByPath(normalizePath(change.path))) throw new UndoDeclined(`A note was made at ${change.path} since, so nothing was undone.`);
        continue;
      }
      if (!(file instanceof TFile)) throw new UndoDeclined(`${change.path} was moved or deleted since, so nothing was undone.`);
      if ((await this.app.vault.read(file)) !== change.after) {
        throw new UndoDeclined(`${file.basename} changed after the plugin wrote it, so nothing was undone: your newer edit is kept.`);
      }
    }
    this.steps.splice(this.steps.indexOf(step), 1);
    const failed: string[] = [];
    for (const change of [...step.changes].reverse()) {
      if (!(await this.revert(change))) failed.push(change.path);
    }
    if (failed.length > 0) throw new UndoDeclined(`${failed.join(", ")} changed while undoing, and ${failed.length === 1 ? "was" : "were"} left as ${failed.length === 1 ? "it was" : "they were"}.`);
  }

  private async revert(change: FileChange): Promise<boolean> {
    if (change.after === null) {
      if (change.before === null || this.app.vault.getAbstractFileByPath(normalizePath(change.path))) return false;
      await this.app.vault.create(normalizePath(change.path), change.before);
      return true;
    }
    const after = change.after;
    const file = this.app.vault.getFileByPath(normalizePath(change.path));
    if (!(file instanceof TFile)) return false;
    if (change.before === null) {
      // The write created the note: take it away the way the user would, into the trash.
      if ((await this.app.vault.read(file)) !== after) return false;
      await this.app.fileManager.trashFile(file);
      return true;
    }
    const before = change.before;
    let reverted = false;
    await this.app.vault.process(file, (text) => {
      reverted = text === after;
      return reverted ? before : text;
    });
    return reverted;
  }
}
