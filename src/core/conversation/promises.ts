import { isLocalDate, type LocalDate } from "../shared/dates";
import { NoteWriteError } from "../shared/errors";
import { FenceTracker, layoutOf, splitLines } from "../notes/note-text";

/** An open task that is a promise to a contact: in the contact's own note, or anywhere with a link to it. */
export interface PromiseTask {
  /** The note that holds the task. */
  path: string;
  /** Zero-based line of the task. */
  line: number;
  /** The task's text, without the `- [ ]`. */
  text: string;
  /** The whole line as it was read, to check nothing moved before ticking it. */
  raw: string;
  due: LocalDate | null;
  /** Why a due date couldn't be read, when it couldn't. */
  warning: string | null;
}

const OPEN_TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s+(.*)$/;
// The Tasks plugin writes `📅 2026-12-01`; Dataview-style inline fields write `due:: 2026-12-01`.
const DUE = /(?:📅\uFE0F?\s*|\[?due::\s*)(\S+?)\]?(?=\s|$)/u;

export function readDue(text: string): { due: LocalDate | null; warning: string | null } {
  const m = DUE.exec(text);
  if (!m?.[1]) return { due: null, warning: null };
  return isLocalDate(m[1]) ? { due: m[1], warning: null } : { due: null, warning: `Promise "${text.trim()}" has a due date that isn't a date like 2026-12-01: "${m[1]}".` };
}

/** The task's words without its due date (`📅 2026-12-01`, `[due:: 2026-12-01]`), which is shown apart. */
export function withoutDue(text: string): string {
  return text.replace(DUE, "").replace(/\s+/g, " ").trim();
}

/** Reads an open task line; null for anything else. */
export function parseOpenTask(raw: string, path: string, line: number): PromiseTask | null {
  const m = OPEN_TASK.exec(raw);
  if (!m) return null;
  const text = (m[1] ?? "").trim();
  return { path, line, text, raw, ...readDue(text) };
}

/** Every open task in a note's body, outside code blocks: the promises in a contact's own note. */
export function openTasks(text: string, path: string): PromiseTask[] {
  const layout = layoutOf(text);
  const fences = new FenceTracker();
  const promises: PromiseTask[] = [];
  splitLines(text).forEach((l, i) => {
    if (l.end <= layout.bodyStart || fences.isCode(l.text)) return;
    const promise = parseOpenTask(l.text, path, i);
    if (promise) promises.push(promise);
  });
  return promises;
}

/** Overdue first (by due date), then dated, then undated; ties by text. */
export function comparePromises(a: PromiseTask, b: PromiseTask): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.text.localeCompare(b.text);
}

/**
 * Ticks a promise: `- [ ]` becomes `- [x]` on its line, and nothing else changes.
 * If the note moved on since it was read, the same line is looked for by its
 * text; if it's gone or ambiguous, nothing is written and the reason is thrown.
 */
export function completeTask(text: string, promise: Pick<PromiseTask, "line" | "raw">): string {
  const lines = splitLines(text);
  let target = lines[promise.line];
  if (target?.text !== promise.raw) {
    const same = lines.filter((l) => l.text === promise.raw);
    if (same.length !== 1) throw new NoteWriteError("unsafe-edit", same.length === 0 ? "The task isn't in the note any more." : "The task appears more than once and has moved; tick it in the note.");
    target = same[0];
  }
  if (!target) throw new NoteWriteError("unsafe-edit", "The task isn't in the note any more.");
  const at = target.start + target.text.indexOf("[ ]");
  return `${text.slice(0, at)}[x]${text.slice(at + 3)}`;
}
