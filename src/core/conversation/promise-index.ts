import type { NoteStructure } from "../daily/mentions";
import { parseOpenTask, type PromiseTask } from "./promises";

/** An open task in some note, with the notes its links point to. */
export interface LinkedTask {
  task: PromiseTask;
  targets: string[];
}

/**
 * Open tasks in other notes that link to contacts ("- [ ] send [[Sam Rivera]] the
 * deck"), kept both ways so a change to one note re-resolves only the contacts it
 * links to, or used to.
 */
export class PromiseIndex {
  private byNote = new Map<string, LinkedTask[]>();
  private byTarget = new Map<string, Set<string>>();

  /** Records a note's linked open tasks (none forgets the note); returns the targets affected. */
  set(notePath: string, tasks: readonly LinkedTask[]): Set<string> {
    const affected = this.remove(notePath);
    if (tasks.length === 0) return affected;
    this.byNote.set(notePath, [...tasks]);
    for (const { targets } of tasks) {
      for (const target of targets) {
        let notes = this.byTarget.get(target);
        if (!notes) this.byTarget.set(target, (notes = new Set<string>()));
        notes.add(notePath);
        affected.add(target);
      }
    }
    return affected;
  }

  remove(notePath: string): Set<string> {
    const affected = new Set<string>();
    const old = this.byNote.get(notePath);
    if (!old) return affected;
    this.byNote.delete(notePath);
    for (const { targets } of old) {
      for (const target of targets) {
        const notes = this.byTarget.get(target);
        notes?.delete(notePath);
        if (notes?.size === 0) this.byTarget.delete(target);
        affected.add(target);
      }
    }
    return affected;
  }

  /** A linked note was renamed: its promises follow it. */
  renameTarget(oldPath: string, newPath: string): void {
    const notes = this.byTarget.get(oldPath);
    if (!notes) return;
    this.byTarget.delete(oldPath);
    this.byTarget.set(newPath, notes);
    for (const notePath of notes) {
      for (const linked of this.byNote.get(notePath) ?? []) linked.targets = linked.targets.map((t) => (t === oldPath ? newPath : t));
    }
  }

  promisesTo(target: string): PromiseTask[] {
    const tasks: PromiseTask[] = [];
    for (const notePath of this.byTarget.get(target) ?? []) {
      for (const linked of this.byNote.get(notePath) ?? []) if (linked.targets.includes(target)) tasks.push(linked.task);
    }
    return tasks;
  }

  clear(): void {
    this.byNote.clear();
    this.byTarget.clear();
  }
}

/**
 * The open tasks among these candidate lines (from the metadata cache: open task
 * items that hold a link), read from the note's text.
 */
export function linkedOpenTasks(text: string, path: string, candidates: readonly { line: number; targets: string[] }[]): LinkedTask[] {
  if (candidates.length === 0) return [];
  const lines = text.split("\n");
  const tasks: LinkedTask[] = [];
  for (const { line, targets } of candidates) {
    const raw = (lines[line] ?? "").replace(/\r$/, "");
    const task = parseOpenTask(raw, path, line);
    if (task && targets.length > 0) tasks.push({ task, targets: [...new Set(targets)] });
  }
  return tasks;
}

/**
 * Which lines of a note hold an open task with links, and where those links go:
 * from the note's structure (the metadata cache, or the text in the terminal).
 */
export function openTaskLinks(structure: NoteStructure, resolve: (link: string) => string | null): { line: number; targets: string[] }[] {
  const candidates: { line: number; targets: string[] }[] = [];
  for (const item of structure.listItems) {
    if (item.task !== " ") continue;
    // Only links on the task's own line: nested items are tasks of their own.
    const targets = structure.links
      .filter((l) => l.line === item.line)
      .map((l) => resolve(l.link))
      .filter((t): t is string => t !== null);
    if (targets.length > 0) candidates.push({ line: item.line, targets });
  }
  return candidates;
}
