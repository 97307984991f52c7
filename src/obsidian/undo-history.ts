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

/** Where the history waits while the plugin reloads: the window's session storage, gone when Obsidian closes. */
export interface HistoryShelf {
  read(): string | null;
  write(text: string): void;
  clear(): void;
}

/** Which way a step is applied: taken back (undo) or done again (redo). */
type Direction = "undo" | "redo";

/** A note's text a step expects (`from`) and the text it leaves (`to`); null is "no note there". */
function endsOf(change: FileChange, direction: Direction): { from: string | null; to: string | null } {
  return direction === "undo" ? { from: change.after, to: change.before } : { from: change.before, to: change.after };
}

function isChange(value: unknown): value is FileChange {
  if (value === null || typeof value !== "object") return false;
  const { path, before, after } = value as Record<string, unknown>;
  return typeof path === "string" && (before === null || typeof before === "string") && (after === null || typeof after === "string");
}

function isSteps(value: unknown): value is UndoStep[] {
  return Array.isArray(value) && value.every((s: unknown) => s !== null && typeof s === "object" && typeof (s as UndoStep).label === "string" && Array.isArray((s as UndoStep).changes) && (s as UndoStep).changes.every(isChange));
}

/**
 * The plugin's own undo and redo: every write it makes is recorded as the note's text
 * before and after. An undo puts the "before" back only while the note still reads
 * exactly "after", and a redo puts "after" back only while it reads "before". If the
 * user (or sync) changed it since, the step is declined and says which note: it never
 * overwrites a newer edit. A new write clears what could be redone.
 */
export class UndoHistory {
  private steps: UndoStep[] = [];
  private undone: UndoStep[] = [];

  constructor(private readonly app: App) {}

  get size(): number {
    return this.steps.length;
  }

  /** How many undone steps can be done again. */
  get redoSize(): number {
    return this.undone.length;
  }

  last(): UndoStep | undefined {
    return this.steps[this.steps.length - 1];
  }

  /** The step the next redo does again. */
  lastUndone(): UndoStep | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** Keeps what the recorder saw as one step; an action that changed nothing leaves no step. */
  push(label: string, recorder: ChangeRecorder): UndoStep | null {
    if (recorder.changes.length === 0) return null;
    const step: UndoStep = { label, changes: [...recorder.changes] };
    this.steps.push(step);
    if (this.steps.length > STEPS_KEPT) this.steps.shift();
    // A new change leaves nothing to redo: doing the old step again would write over it.
    this.undone = [];
    return step;
  }

  /**
   * Takes a step back: every note is checked before any is written, so a step is
   * undone whole or not at all (unless a note changes in the moment between the check
   * and its write, which the write itself checks again and reports).
   */
  async undo(step: UndoStep): Promise<void> {
    if (!this.steps.includes(step)) throw new UndoDeclined(`"${step.label}" was already undone, or is too old to undo.`);
    await this.check(step, "undo");
    this.steps.splice(this.steps.indexOf(step), 1);
    this.undone.push(step);
    await this.apply(step, "undo");
  }

  /** Does an undone step again, under the same checks as undo: the notes must read as the undo left them. */
  async redo(step: UndoStep): Promise<void> {
    if (!this.undone.includes(step)) throw new UndoDeclined(`"${step.label}" was already done again, or a newer change took its place.`);
    await this.check(step, "redo");
    this.undone.splice(this.undone.indexOf(step), 1);
    this.steps.push(step);
    await this.apply(step, "redo");
  }

  /** Declines the whole step when any note isn't as the step expects it. */
  private async check(step: UndoStep, direction: Direction): Promise<void> {
    const done = direction === "undo" ? "undone" : "redone";
    const latest = new Map<string, FileChange>();
    // Undo expects each note as the step last left it; redo as it first found it.
    for (const change of direction === "undo" ? step.changes : [...step.changes].reverse()) latest.set(change.path, change);
    for (const change of latest.values()) {
      const { from } = endsOf(change, direction);
      const path = normalizePath(change.path);
      if (from === null) {
        if (this.app.vault.getAbstractFileByPath(path)) throw new UndoDeclined(`A note was made at ${change.path} since, so nothing was ${done}.`);
        continue;
      }
      const file = this.app.vault.getFileByPath(path);
      if (!(file instanceof TFile)) throw new UndoDeclined(`${change.path} was moved or deleted since, so nothing was ${done}.`);
      if ((await this.app.vault.read(file)) !== from) {
        const since = direction === "undo" ? "after the plugin wrote it" : "since";
        throw new UndoDeclined(`${file.basename} changed ${since}, so nothing was ${done}: your newer edit is kept.`);
      }
    }
  }

  private async apply(step: UndoStep, direction: Direction): Promise<void> {
    const failed: string[] = [];
    const order = direction === "undo" ? [...step.changes].reverse() : step.changes;
    for (const change of order) {
      if (!(await this.move(change, direction))) failed.push(change.path);
    }
    const done = direction === "undo" ? "undoing" : "redoing";
    if (failed.length > 0) throw new UndoDeclined(`${failed.join(", ")} changed while ${done}, and ${failed.length === 1 ? "was" : "were"} left as ${failed.length === 1 ? "it was" : "they were"}.`);
  }

  /** Takes one note from the step's `from` text to its `to` text, only if it still reads `from`. */
  private async move(change: FileChange, direction: Direction): Promise<boolean> {
    const { from, to } = endsOf(change, direction);
    const path = normalizePath(change.path);
    if (from === null) {
      // The note wasn't there: it comes back only where nothing has taken its place.
      if (to === null || this.app.vault.getAbstractFileByPath(path)) return false;
      await this.app.vault.create(path, to);
      return true;
    }
    const file = this.app.vault.getFileByPath(path);
    if (!(file instanceof TFile)) return false;
    if (to === null) {
      // The note wasn't there after: take it away the way the user would, into the trash.
      if ((await this.app.vault.read(file)) !== from) return false;
      await this.app.fileManager.trashFile(file);
      return true;
    }
    let moved = false;
    await this.app.vault.process(file, (text) => {
      moved = text === from;
      return moved ? to : text;
    });
    return moved;
  }

  /** Puts the history on the shelf, so a reload of the plugin in this session can take it back. */
  shelve(shelf: HistoryShelf): void {
    if (this.steps.length === 0 && this.undone.length === 0) {
      shelf.clear();
      return;
    }
    try {
      shelf.write(JSON.stringify({ steps: this.steps, undone: this.undone }));
    } catch {
      // Too big for the window's storage: the history ends with this session of the plugin, as before.
      shelf.clear();
    }
  }

  /** Takes back a history shelved by the plugin before a reload; anything unreadable is dropped. */
  unshelve(shelf: HistoryShelf): void {
    const text = shelf.read();
    shelf.clear();
    if (text === null) return;
    try {
      const stored = JSON.parse(text) as { steps?: unknown; undone?: unknown };
      if (isSteps(stored.steps) && isSteps(stored.undone)) {
        this.steps = stored.steps.slice(-STEPS_KEPT);
        this.undone = stored.undone.slice(-STEPS_KEPT);
      }
    } catch {
      // A damaged shelf only means starting with an empty history.
    }
  }
}

/** The shelf in the window's session storage, one per vault. */
export function sessionShelf(storage: () => Storage | undefined, vaultKey: string): HistoryShelf {
  const key = `keep-in-touch:undo:${vaultKey}`;
  return {
    read: () => storage()?.getItem(key) ?? null,
    write: (text) => storage()?.setItem(key, text),
    clear: () => storage()?.removeItem(key),
  };
}
