import { isLocalDate, type LocalDate } from "../shared/dates";

/** Who reached out: I did, they did, or both (a plan made together). */
export type TouchDirection = "out" | "in" | "mutual";
/** What was exchanged: I gave (no ask), I asked, or both. */
export type TouchExchange = "gave" | "asked" | "exchanged";

/** One touch: when, and optionally what kind, who reached out, what was exchanged, and a short note. */
export interface Touch {
  date: LocalDate;
  kind?: string;
  direction?: TouchDirection;
  exchange?: TouchExchange;
  note?: string;
}

export const DIRECTIONS: readonly TouchDirection[] = ["out", "in", "mutual"];
export const EXCHANGES: readonly TouchExchange[] = ["gave", "asked", "exchanged"];

/** How each direction is written: an arrow from me to them, from them to me, or both ways. */
export const DIRECTION_MARKS: Record<TouchDirection, string> = { out: "→", in: "←", mutual: "↔" };
const DIRECTION_INPUT: Record<string, TouchDirection> = { "→": "out", "->": "out", "←": "in", "<-": "in", "↔": "mutual", "<->": "mutual" };

// `- 2026-11-22 call → gave — caught up`; also `* [[2026-11-22]] …` and `1. 2026-11-22 …` written by hand.
const TOUCH_LINE = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[\[(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))(?=[\s:]|$)(.*)$/;
/** The note starts after the first dash or colon that stands alone: ` — `, ` – `, ` - `, or `:` right after the date. */
const SEPARATOR = /(?:^|\s)(?:—|–|-)(?:\s|$)|^\s*:/;

/**
 * Whether a touch kind reads back as that kind: a dash alone or a leading colon reads
 * as the start of the note, and an arrow or an exchange word as the direction or exchange.
 */
export function isReadableKind(kind: string): boolean {
  return !/^(?:[-–—]$|:)/.test(kind) && DIRECTION_INPUT[kind] === undefined && !EXCHANGES.some((e) => e === kind.toLowerCase());
}

/**
 * Reads the words between the date and the note: each must be a known kind, a
 * direction arrow or an exchange word, each at most once. Anything else means the
 * words are the start of a note, so `- 2026-11-22 gave a talk` keeps its whole note.
 */
function readFields(head: string, kinds: readonly string[]): Omit<Touch, "date" | "note"> | null {
  const fields: Omit<Touch, "date" | "note"> = {};
  for (const token of head.split(/\s+/).filter((t) => t !== "")) {
    const kind = kinds.find((k) => k.toLowerCase() === token.toLowerCase());
    const direction = DIRECTION_INPUT[token];
    const exchange = EXCHANGES.find((e) => e === token.toLowerCase());
    if (kind !== undefined && fields.kind === undefined) fields.kind = token;
    else if (direction !== undefined && fields.direction === undefined) fields.direction = direction;
    else if (exchange !== undefined && fields.exchange === undefined) fields.exchange = exchange;
    else return null;
  }
  return fields;
}

/**
 * Reads a touch line. Lines without kind, direction or exchange stay valid, and a
 * hand-written `- 2026-11-22 lunch with Sam` keeps all of its note. Never throws;
 * returns null for anything that is not a touch line.
 */
export function parseTouchLine(line: string, kinds: readonly string[]): Touch | null {
  const m = TOUCH_LINE.exec(line);
  if (!m) return null;
  const date = m[1] ?? m[2] ?? "";
  if (!isLocalDate(date)) return null;
  const rest = m[3] ?? "";
  const sep = SEPARATOR.exec(rest);
  const head = sep ? rest.slice(0, sep.index) : rest;
  const tail = sep ? rest.slice(sep.index + sep[0].length) : "";
  const fields = readFields(head, kinds);
  const touch: Touch = { date, ...(fields ?? {}) };
  const note = (fields ? tail : rest.replace(/^\s*(?:—|–|-|:)\s/, "")).trim();
  if (note) touch.note = note;
  return touch;
}

/** The day of a touch line, as parseTouchLine reads it, without reading the words after it; null for anything else. */
export function touchLineDate(line: string): LocalDate | null {
  const m = TOUCH_LINE.exec(line);
  const date = m ? (m[1] ?? m[2] ?? "") : "";
  return m && isLocalDate(date) ? date : null;
}

/** Keeps a note on one line, so the touch stays one list item, and free of control characters, which would make the note unwritable. */
export function cleanNote(note: string): string {
  return note.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/** The words between the date and the note: `call → gave`. */
export function formatTouchFields(touch: Omit<Touch, "date">): string {
  const parts: string[] = [];
  const kind = touch.kind ? touch.kind.replace(/\s+/g, "-").trim() : "";
  if (kind) parts.push(kind);
  if (touch.direction) parts.push(DIRECTION_MARKS[touch.direction]);
  if (touch.exchange) parts.push(touch.exchange);
  return parts.join(" ");
}

/** Writes a touch line: `- 2026-11-22 call → gave — caught up about her new role`. */
export function formatTouchLine(touch: Touch): string {
  let line = `- ${touch.date}`;
  const fields = formatTouchFields(touch);
  if (fields) line += ` ${fields}`;
  const note = touch.note ? cleanNote(touch.note) : "";
  if (note) line += ` — ${note}`;
  return line;
}
