import type { App, CachedMetadata, TFile } from "obsidian";
import { PromiseIndex, openTaskLinks, type LinkedTask } from "../core/conversation/promise-index";
import { parseOpenTask, type PromiseTask } from "../core/conversation/promises";
import { structureOf, tasksAt, type NotePromises, type TaskLine } from "./note-promises";

/**
 * Promises: open tasks in a contact's own note, and open tasks in any other note
 * that link to a contact. Only notes whose metadata shows an open task are read,
 * only after the index is built, and only when the facts cache doesn't already
 * hold their open tasks, so promises never slow a startup.
 */
export class PromiseTracker {
  private own = new Map<string, PromiseTask[]>();
  private linked = new PromiseIndex();

  constructor(
    private readonly app: App,
    /** Where a link in a note goes: the index's resolver, which remembers the answers. */
    private readonly linkDest: (link: string, from: TFile) => string | null,
  ) {}

  promisesOf(path: string): PromiseTask[] {
    const own = this.own.get(path) ?? [];
    const linked = this.linked.promisesTo(path).filter((t) => t.path !== path);
    return linked.length === 0 ? own : [...own, ...linked];
  }

  /** Whether the metadata cache shows an open task, so the text is worth reading. */
  static hasOpenTask(cache: CachedMetadata | null): boolean {
    return cache?.listItems?.some((item) => item.task === " ") ?? false;
  }

  /**
   * Whether a note may hold promises: a contact's own note with an open task, or any
   * note with an open task that has a link on its line. Most tasks in daily notes
   * have no link, so most notes are never read.
   */
  static mayHoldPromises(cache: CachedMetadata | null, isContact: boolean): boolean {
    if (!cache?.listItems) return false;
    if (isContact) return PromiseTracker.hasOpenTask(cache);
    const links = cache.links;
    if (!links || links.length === 0) return false;
    // Asked of every note at every build: a note has few open tasks and few links, so no set of lines is made.
    for (const item of cache.listItems) {
      if (item.task !== " ") continue;
      const line = item.position.start.line;
      if (links.some((l) => l.position.start.line === line)) return true;
    }
    return false;
  }

  /** Brings a note's promises up to date from what its text holds; returns the contacts whose promises may have changed. */
  update(file: TFile, promises: NotePromises, cache: CachedMetadata | null, isContact: boolean): Set<string> {
    const affected = new Set<string>();
    const had = this.own.delete(file.path);
    if (isContact) {
      const tasks = tasksAt(file.path, promises.own ?? []);
      if (tasks.length > 0) this.own.set(file.path, tasks);
      if (had || tasks.length > 0) affected.add(file.path);
    } else if (had) {
      affected.add(file.path);
    }
    for (const t of this.linked.set(file.path, this.linkedTasks(file, promises.linked, cache))) affected.add(t);
    return affected;
  }

  /** The note's open tasks with links to contacts, from its task lines and where its links go now. */
  private linkedTasks(file: TFile, lines: readonly TaskLine[], cache: CachedMetadata | null): LinkedTask[] {
    if (!cache || lines.length === 0) return [];
    const rawAt = new Map(lines);
    const tasks: LinkedTask[] = [];
    for (const { line, targets } of openTaskLinks(structureOf(cache), (link) => this.linkDest(link, file))) {
      const raw = rawAt.get(line);
      const task = raw === undefined ? null : parseOpenTask(raw, file.path, line);
      if (task) tasks.push({ task, targets: [...new Set(targets)] });
    }
    return tasks;
  }

  remove(path: string): Set<string> {
    const affected = this.linked.remove(path);
    if (this.own.delete(path)) affected.add(path);
    return affected;
  }

  rename(oldPath: string, newPath: string): void {
    this.linked.renameTarget(oldPath, newPath);
  }

  /**
   * Brings in the notes the build saw an open task in: from the facts cache when a
   * note is unchanged, read otherwise, one at a time. Returns the contacts whose promises changed.
   */
  async scan(files: readonly TFile[], isContact: (file: TFile, cache: CachedMetadata | null) => boolean, stillCurrent: () => boolean, texts: NoteTexts): Promise<Set<string>> {
    this.own.clear();
    this.linked.clear();
    const affected = new Set<string>();
    for (const file of files) {
      const cache = this.app.metadataCache.getFileCache(file);
      const contact = isContact(file, cache);
      if (!PromiseTracker.mayHoldPromises(cache, contact)) continue;
      const promises = await texts.promisesOf(file, cache, contact);
      if (!stillCurrent()) return affected;
      for (const t of this.update(file, promises, cache, contact)) affected.add(t);
    }
    return affected;
  }
}

/** Where the tracker gets a note's promises: the facts cache, or the note's text. */
export interface NoteTexts {
  promisesOf(file: TFile, cache: CachedMetadata | null, isContact: boolean): Promise<NotePromises>;
}
