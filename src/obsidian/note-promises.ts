import { getLinkpath, type CachedMetadata } from "obsidian";
import { linkedOpenTasks, openTaskLinks } from "../core/conversation/promise-index";
import { openTasks, parseOpenTask, type PromiseTask } from "../core/conversation/promises";
import type { FactsCodec, FileStat } from "./stat-keyed";

/** An open task line of a note: its zero-based line and the whole line as read. */
export type TaskLine = readonly [line: number, raw: string];

/**
 * What the promise tracker needs from a note's text, without its path (so it follows
 * a rename) and without where links go (a contact made later changes that, not the note).
 */
export interface NotePromises {
  /** The open tasks of a contact's own note; null when the note was read as not a contact. */
  readonly own: readonly TaskLine[] | null;
  /** The open tasks with a link on their line, whatever the link resolves to. */
  readonly linked: readonly TaskLine[];
}

export function notePromisesFromText(text: string, cache: CachedMetadata | null, isContact: boolean): NotePromises {
  const own = isContact ? openTasks(text, "").map(lineOf) : null;
  const withLinks = cache ? openTaskLinks(structureOf(cache), (link) => link) : [];
  return { own, linked: linkedOpenTasks(text, "", withLinks).map(({ task }) => lineOf(task)) };
}

function lineOf(task: PromiseTask): TaskLine {
  return [task.line, task.raw];
}

/** The tasks of these lines, as promises held in the note at `path`. */
export function tasksAt(path: string, lines: readonly TaskLine[]): PromiseTask[] {
  const tasks: PromiseTask[] = [];
  for (const [line, raw] of lines) {
    const task = parseOpenTask(raw, path, line);
    if (task) tasks.push(task);
  }
  return tasks;
}

/** A note's links and list items as the core's promise functions take them. */
export function structureOf(cache: CachedMetadata) {
  return {
    links: (cache.links ?? []).map((l) => ({ link: getLinkpath(l.link), line: l.position.start.line })),
    listItems: (cache.listItems ?? []).map((li) => ({ line: li.position.start.line, endLine: li.position.end.line, task: li.task })),
    sections: [],
    headings: [],
  };
}

/** Stored as mtime, size, own lines (or null), linked lines: the lines are kept as they are. */
type StoredPromises = [number, number, TaskLine[] | null, TaskLine[]];

function isTaskLines(value: unknown): value is TaskLine[] {
  return Array.isArray(value) && value.every((l) => Array.isArray(l) && l.length === 2 && Number.isInteger(l[0]) && typeof l[1] === "string");
}

export const PROMISES_CODEC: FactsCodec<NotePromises, StoredPromises> = {
  encode: (stat: FileStat, value) => [stat.mtime, stat.size, value.own ? [...value.own] : null, [...value.linked]],
  decode: (stored) => ({ own: stored[2], linked: stored[3] }),
  isStored: (value): value is StoredPromises =>
    Array.isArray(value) && value.length === 4 && typeof value[0] === "number" && typeof value[1] === "number" && (value[2] === null || isTaskLines(value[2])) && isTaskLines(value[3]),
};
