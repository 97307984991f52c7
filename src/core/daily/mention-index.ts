import type { LocalDate } from "../shared/dates";
import type { Mention } from "../contacts/contact";

interface DatedNote {
  date: LocalDate;
  /** Paths of the notes its counted links resolve to. */
  targets: string[];
  /** Counted links that resolve to no note yet, lower-cased. */
  unresolved: string[];
}

/**
 * Which dated notes mention which notes, kept both ways so that a change to one
 * dated note re-resolves only the contacts it mentions or used to mention.
 */
export class MentionIndex {
  private notes = new Map<string, DatedNote>();
  /**
   * By target, its mentions in the order recorded: each Mention made once. A list,
   * not a map: most contacts are mentioned a few times, and a build makes one per contact.
   */
  private byTarget = new Map<string, Mention[]>();
  private byUnresolved = new Map<string, Set<string>>();

  get size(): number {
    return this.notes.size;
  }

  clear(): void {
    this.notes.clear();
    this.byTarget.clear();
    this.byUnresolved.clear();
  }

  /** Records a dated note's mentions; returns the targets whose mentions changed. */
  set(notePath: string, date: LocalDate, targets: readonly string[], unresolved: readonly string[]): Set<string> {
    const affected = this.remove(notePath);
    for (const target of this.add(notePath, date, targets, unresolved)) affected.add(target);
    return affected;
  }

  /**
   * Records the mentions of a dated note not recorded yet (a build records each note
   * once): no set of what changed, and the few links of a note made unique in place.
   * Returns the targets, each once.
   */
  add(notePath: string, date: LocalDate, targets: readonly string[], unresolved: readonly string[]): readonly string[] {
    if (this.notes.has(notePath)) this.remove(notePath);
    const note: DatedNote = { date, targets: distinct(targets), unresolved: distinct(unresolved.map((u) => u.toLowerCase())) };
    this.notes.set(notePath, note);
    const mention: Mention = { path: notePath, date };
    for (const target of note.targets) {
      const mentions = this.byTarget.get(target);
      if (mentions) mentions.push(mention);
      else this.byTarget.set(target, [mention]);
    }
    for (const name of note.unresolved) {
      let notes = this.byUnresolved.get(name);
      if (!notes) this.byUnresolved.set(name, (notes = new Set<string>()));
      notes.add(notePath);
    }
    return note.targets;
  }

  /** Forgets a note as a dated note; returns the targets it used to mention. */
  remove(notePath: string): Set<string> {
    const affected = new Set<string>();
    const old = this.notes.get(notePath);
    if (!old) return affected;
    this.notes.delete(notePath);
    for (const target of old.targets) {
      const mentions = this.byTarget.get(target);
      const at = mentions ? mentions.findIndex((m) => m.path === notePath) : -1;
      if (mentions && at >= 0) mentions.splice(at, 1);
      if (mentions?.length === 0) this.byTarget.delete(target);
      affected.add(target);
    }
    for (const name of old.unresolved) {
      const notes = this.byUnresolved.get(name);
      notes?.delete(notePath);
      if (notes?.size === 0) this.byUnresolved.delete(name);
    }
    return affected;
  }

  /** A mentioned note was renamed: its mentions follow it. */
  renameTarget(oldPath: string, newPath: string): void {
    const mentions = this.byTarget.get(oldPath);
    if (!mentions) return;
    this.byTarget.delete(oldPath);
    this.byTarget.set(newPath, mentions);
    for (const { path: notePath } of mentions) {
      const note = this.notes.get(notePath);
      if (note) note.targets = note.targets.map((t) => (t === oldPath ? newPath : t));
    }
  }

  /** The mentions of a note, oldest recorded first; the Mention objects are the index's own, not to be changed. */
  mentionsOf(target: string): readonly Mention[] {
    const mentions = this.byTarget.get(target);
    return mentions ? mentions.slice() : NO_MENTIONS;
  }

  /** Dated notes with a link that resolved to nothing and may now resolve to this name. */
  notesLinkingTo(name: string): string[] {
    return [...(this.byUnresolved.get(name.toLowerCase()) ?? [])];
  }

  has(notePath: string): boolean {
    return this.notes.has(notePath);
  }
}

const NO_MENTIONS: readonly Mention[] = [];

/** The texts once each, in their first order; a dated note links a handful, so no set is made for them. */
function distinct(texts: readonly string[]): string[] {
  if (texts.length > 16) return [...new Set(texts)];
  const out: string[] = [];
  for (const text of texts) if (!out.includes(text)) out.push(text);
  return out;
}
