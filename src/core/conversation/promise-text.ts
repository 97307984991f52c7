import { daysBetween, describeDays, type LocalDate } from "../shared/dates";
import type { PromiseTask } from "./promises";

/** A piece of a promise as people read it: words, or a link to a note shown by its name. */
export type PromisePart = { kind: "text"; text: string } | { kind: "link"; target: string; label: string };

/**
 * A promise made readable: the task's words with its links as names, and without what
 * task plugins write for themselves (the due date, said once elsewhere; priorities, start,
 * scheduled, created and done dates, recurrence, ids, inline fields and block ids).
 */
export interface PromiseDisplay {
  parts: PromisePart[];
  /** The same, as one line of plain text. */
  plain: string;
}

// The Tasks plugin's signifiers. A date after each of these; recurrence runs to the next signifier.
const DATED = "📅🗓🛫⏳⌛➕✅❌";
const PRIORITY = /[🔺⏫🔼🔽⏬]\uFE0F?/gu;
const DATED_FIELD = new RegExp(`[${DATED}]\\uFE0F?\\s*\\d{4}-\\d{2}-\\d{2}`, "gu");
/** Recurrence ("🔁 every week when done") runs to the next signifier or the end. */
const RECURRENCE = new RegExp(`🔁\\uFE0F?[^${DATED}🔁🆔⛔🏁🔺⏫🔼🔽⏬]*`, "gu");
/** An id, what a task waits for, what happens when it is done, or a date that isn't one: one word. */
const ONE_WORD_FIELD = new RegExp(`(?:[${DATED}]|🆔|⛔|🏁)\\uFE0F?\\s*\\S*`, "gu");
/** Dataview inline fields: `[due:: 2026-12-01]`, `(due:: 2026-12-01)`, and a bare `key:: value` to the end of the line. */
const BRACKETED_FIELD = /[[(][\w -]+::[^\])]*[\])]/gu;
const BARE_FIELD = /(?:^|\s)[\w-]+::.*$/u;
/** `^abc-123` at the end of a line marks a block for links to it. */
const BLOCK_ID = /\s\^[\w-]+\s*$/u;

/** `[[target]]`, `[[target|label]]`, `![[embed]]`, and `[label](target)` (notes and web addresses). */
const LINK = /!?\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]|\[([^\]]*)\]\(([^)\s]+)\)/gu;

/** The name a link shows when it has no label of its own: the note's name, without folder, heading or extension. */
export function linkName(target: string): string {
  const withoutHeading = target.split(/[#^]/u)[0] ?? target;
  const name = withoutHeading.slice(withoutHeading.lastIndexOf("/") + 1);
  return (name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name).trim() || target.trim();
}

function stripMetadata(text: string): string {
  return text.replace(BLOCK_ID, "").replace(DATED_FIELD, " ").replace(RECURRENCE, " ").replace(ONE_WORD_FIELD, " ").replace(PRIORITY, " ").replace(BRACKETED_FIELD, " ").replace(BARE_FIELD, "");
}

function decoded(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Reads a task's text into what a person should see of it. */
export function promiseDisplay(text: string): PromiseDisplay {
  const stripped = stripMetadata(text);
  const parts: PromisePart[] = [];
  const pushText = (words: string) => {
    if (words === "") return;
    const last = parts[parts.length - 1];
    if (last?.kind === "text") last.text += words;
    else parts.push({ kind: "text", text: words });
  };
  let at = 0;
  for (const m of stripped.matchAll(LINK)) {
    pushText(stripped.slice(at, m.index));
    at = m.index + m[0].length;
    const [, wikiTarget, wikiLabel, mdLabel, mdTarget] = m;
    if (wikiTarget !== undefined) {
      parts.push({ kind: "link", target: wikiTarget.trim(), label: wikiLabel?.trim() || linkName(wikiTarget) });
    } else if (mdTarget !== undefined && /^[a-z][a-z0-9+.-]*:/iu.test(mdTarget)) {
      // A web address stays the words it was given; the task in the note still has it.
      pushText(mdLabel ?? "");
    } else if (mdTarget !== undefined) {
      const target = decoded(mdTarget);
      parts.push({ kind: "link", target, label: mdLabel?.trim() || linkName(target) });
    }
  }
  pushText(stripped.slice(at));
  // Spaces left where metadata was taken out are folded, and none is left at either end.
  for (const part of parts) if (part.kind === "text") part.text = part.text.replace(/\s+/gu, " ");
  const first = parts[0];
  if (first?.kind === "text") first.text = first.text.trimStart();
  const last = parts[parts.length - 1];
  if (last?.kind === "text") last.text = last.text.trimEnd();
  const kept = parts.filter((p) => p.kind === "link" || p.text !== "");
  const plain = kept.map((p) => (p.kind === "text" ? p.text : p.label)).join("");
  // A task that was nothing but metadata still says something.
  return plain === "" ? { parts: [{ kind: "text", text: text.trim() }], plain: text.trim() } : { parts: kept, plain };
}

/** When a promise is due, said once: "due today", "due tomorrow", "due in 3 days", "1 day late", "2 weeks late". */
export function describePromiseDue(due: LocalDate | null, today: LocalDate): { text: string; late: boolean } | null {
  if (due === null) return null;
  const late = daysBetween(due, today);
  if (late > 0) return { text: `${describeDays(late)} late`, late: true };
  if (late === 0) return { text: "due today", late: false };
  if (late === -1) return { text: "due tomorrow", late: false };
  return { text: `due in ${describeDays(-late)}`, late: false };
}

/** One open task and everyone it is a promise to: a task naming two people is one entry naming both. */
export interface GroupedPromise<P> {
  promise: PromiseTask;
  people: P[];
}

/**
 * Gathers the promises of several people into one entry per task (a task is its note
 * and line), each naming its people in the order given; most pressing first, as
 * `comparePromises` orders them, then by the note and line.
 */
export function groupPromises<P>(people: readonly P[], promisesOf: (person: P) => readonly PromiseTask[], compare: (a: PromiseTask, b: PromiseTask) => number): GroupedPromise<P>[] {
  const byTask = new Map<string, GroupedPromise<P>>();
  for (const person of people) {
    for (const promise of promisesOf(person)) {
      const key = `${promise.line}\u0000${promise.path}`;
      const entry = byTask.get(key);
      if (entry) {
        if (!entry.people.includes(person)) entry.people.push(person);
      } else {
        byTask.set(key, { promise, people: [person] });
      }
    }
  }
  return [...byTask.values()].sort((a, b) => compare(a.promise, b.promise) || a.promise.path.localeCompare(b.promise.path) || a.promise.line - b.promise.line);
}
