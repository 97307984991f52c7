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
  private byTarget = new Map<string, Map<string, LocalDate>>();
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
    const note: DatedNote = { date, targets: [...new Set(targets)], unresolved: [...new Set(unresolved.map((u) => u.toLowerCase()))] };
    this.notes.set(notePath, note);
    for (const target of note.targets) {
      let mentions = this.byTarget.get(target);
      if (!mentions) this.byTarget.set(target, (mentions = new Map<string, LocalDate>()));
      mentions.set(notePath, date);
      affected.add(target);
    }
    for (const name of note.unresolved) {
      let notes = this.byUnresolved.get(name);
      if (!notes) this.byUnresolved.set(name, (notes = new Set<string>()));
      notes.add(notePath);
    }
    return affected;
  }

  /** Forgets a note as a dated note; returns the targets it used to mention. */
  remove(notePath: string): Set<string> {
    const affected = new Set<string>();
    const old = this.notes.get(notePath);
    if (!old) return affected;
    this.notes.delete(notePath);
    for (const target of old.targets) {
      const mentions = this.byTarget.get(target);
      mentions?.delete(notePath);
      if (mentions?.size === 0) this.byTarget.delete(target);
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
    for (const notePath of mentions.keys()) {
      const note = this.notes.get(notePath);
      if (note) note.targets = note.targets.map((t) => (t === oldPath ? newPath : t));
    }
  }

  mentionsOf(target: string): Mention[] {
    const mentions = this.byTarget.get(target);
    if (!mentions) return [];
    return [...mentions].map(([path, date]) => ({ path, date }));
  }

  /** Dated notes with a link that resolved to nothing and may now resolve to this name. */
  notesLinkingTo(name: string): string[] {
    return [...(this.byUnresolved.get(name.toLowerCase()) ?? [])];
  }

  has(notePath: string): boolean {
    return this.notes.has(notePath);
  }
}
