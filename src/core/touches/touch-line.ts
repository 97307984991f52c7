import { isDigit, isSpace } from "../shared/chars";
import { isRealDay, type LocalDate } from "../shared/dates";

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
const DIRECTION_INPUT: ReadonlyMap<string, TouchDirection> = new Map([
  ["→", "out"],
  ["->", "out"],
  ["←", "in"],
  ["<-", "in"],
  ["↔", "mutual"],
  ["<->", "mutual"],
]);

/**
 * Whether a touch kind reads back as that kind: a dash alone or a leading colon reads
 * as the start of the note, and an arrow or an exchange word as the direction or exchange.
 */
export function isReadableKind(kind: string): boolean {
  return !/^(?:[-–—]$|:)/.test(kind) && !DIRECTION_INPUT.has(kind) && !EXCHANGES.some((e) => e === kind.toLowerCase());
}

/**
 * A touch line is read by walking it once, character by character: `- 2026-11-22 call → gave — caught up`,
 * also `* [[2026-11-22]] …` and `1. 2026-11-22 …` written by hand. A contact's log has
 * dozens of these and a vault thousands of logs, so every note read for the index pays
 * for each step; the walk reads what a set of regular expressions read before, exactly
 * (tests compare the two on arbitrary lines).
 */

/** A dash that stands for the start of the note: -, – or —. */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

/** `YYYY-MM-DD` at `at`, as digits and dashes (whether it is a real day is asked apart). */
function isDayShape(line: string, at: number): boolean {
  for (let k = 0; k < 10; k++) {
    const c = line.charCodeAt(at + k);
    if (k === 4 || k === 7 ? c !== 45 : !isDigit(c)) return false;
  }
  return true;
}

function digitsAt(line: string, at: number, count: number): number {
  let n = 0;
  for (let k = at; k < at + count; k++) n = n * 10 + line.charCodeAt(k) - 48;
  return n;
}

/** The offset where a touch line's day starts, and where its words start after the day; null for any other line. */
function dayOf(line: string): { at: number; rest: number } | null {
  const n = line.length;
  let i = 0;
  while (i < n && isSpace(line.charCodeAt(i))) i++;
  // The list marker: -, * or +, or a number and . or ).
  const c = line.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else if (isDigit(c)) {
    while (isDigit(line.charCodeAt(i))) i++;
    const after = line.charCodeAt(i);
    if (after !== 46 && after !== 41) return null;
    i++;
  } else return null;
  const marker = i;
  while (i < n && isSpace(line.charCodeAt(i))) i++;
  if (i === marker) return null;
  let at = i;
  if (line.charCodeAt(i) === 91 && line.charCodeAt(i + 1) === 91) {
    // `[[2026-11-22]]` or `[[2026-11-22|shown]]`.
    at = i + 2;
    if (!isDayShape(line, at)) return null;
    i = at + 10;
    if (line.charCodeAt(i) === 124) {
      i = line.indexOf("]", i + 1);
      if (i === -1) return null;
    }
    if (line.charCodeAt(i) !== 93 || line.charCodeAt(i + 1) !== 93) return null;
    i += 2;
  } else {
    if (!isDayShape(line, at)) return null;
    i = at + 10;
  }
  // The day ends the line, or a space or a colon follows it.
  if (i < n && !isSpace(line.charCodeAt(i)) && line.charCodeAt(i) !== 58) return null;
  // The rest is one line of text: a line break inside it (a carriage return alone) is not a touch line.
  if (line.indexOf("\r", i) !== -1 || line.indexOf("\n", i) !== -1 || line.indexOf("\u2028", i) !== -1 || line.indexOf("\u2029", i) !== -1) return null;
  return isRealDay(digitsAt(line, at, 4), digitsAt(line, at + 5, 2), digitsAt(line, at + 8, 2)) ? { at, rest: i } : null;
}

/**
 * Where the note starts in the words after the day (`line` from `from` on): at the first
 * dash or colon that stands alone (` — `, ` – `, ` - `, or `:` right after the day).
 * `[start, end]` of that separator, or null when there is none.
 */
function separatorIn(line: string, from: number): [number, number] | null {
  const n = line.length;
  if (from < n) {
    if (isDash(line.charCodeAt(from)) && (from + 1 === n || isSpace(line.charCodeAt(from + 1)))) return [from, Math.min(from + 2, n)];
    let k = from;
    while (k < n && isSpace(line.charCodeAt(k))) k++;
    if (line.charCodeAt(k) === 58) {
      // A space then a lone dash at the very start reads first: ` - :`.
      if (isSpace(line.charCodeAt(from)) && isDash(line.charCodeAt(from + 1)) && (from + 2 === n || isSpace(line.charCodeAt(from + 2)))) return [from, Math.min(from + 3, n)];
      return [from, k + 1];
    }
  }
  // Otherwise the first dash with a space before it and a space or the end after it.
  for (let p = from + 1; p < n; p++) {
    if (isDash(line.charCodeAt(p)) && isSpace(line.charCodeAt(p - 1)) && (p + 1 === n || isSpace(line.charCodeAt(p + 1)))) return [p - 1, Math.min(p + 2, n)];
  }
  return null;
}

/** Each settings' kinds, lowercased once; the kinds of the latest read are at hand without a look-up (a log's lines share them). */
const lowerKinds = new WeakMap<readonly string[], ReadonlySet<string>>();
let latest: { kinds: readonly string[]; lower: ReadonlySet<string> } | null = null;

function kindsOf(kinds: readonly string[]): ReadonlySet<string> {
  if (latest?.kinds === kinds) return latest.lower;
  let lower = lowerKinds.get(kinds);
  if (!lower) lowerKinds.set(kinds, (lower = new Set(kinds.map((k) => k.toLowerCase()))));
  latest = { kinds, lower };
  return lower;
}

const EXCHANGE_INPUT: ReadonlyMap<string, TouchExchange> = new Map(EXCHANGES.map((e) => [e, e]));

/**
 * Reads the words between the date and the note (`line` from `from` to `to`) into
 * `touch`: each must be a known kind, a direction arrow or an exchange word, each at
 * most once. Anything else means the words are the start of a note, so
 * `- 2026-11-22 gave a talk` keeps its whole note: then false, and `touch` is not to be used.
 */
function readFields(line: string, from: number, to: number, kinds: ReadonlySet<string>, touch: Touch): boolean {
  for (let i = from; i < to; ) {
    while (i < to && isSpace(line.charCodeAt(i))) i++;
    if (i === to) break;
    const start = i;
    while (i < to && !isSpace(line.charCodeAt(i))) i++;
    const token = line.slice(start, i);
    const lower = token.toLowerCase();
    if (touch.kind === undefined && kinds.has(lower)) {
      touch.kind = token;
      continue;
    }
    const direction = DIRECTION_INPUT.get(token);
    if (direction !== undefined && touch.direction === undefined) {
      touch.direction = direction;
      continue;
    }
    const exchange = EXCHANGE_INPUT.get(lower);
    if (exchange !== undefined && touch.exchange === undefined) touch.exchange = exchange;
    else return false;
  }
  return true;
}

/**
 * Reads a touch line. Lines without kind, direction or exchange stay valid, and a
 * hand-written `- 2026-11-22 lunch with Sam` keeps all of its note. Never throws;
 * returns null for anything that is not a touch line.
 */
export function parseTouchLine(line: string, kinds: readonly string[]): Touch | null {
  const day = dayOf(line);
  if (!day) return null;
  const date = line.slice(day.at, day.at + 10);
  const sep = separatorIn(line, day.rest);
  const touch: Touch = { date };
  if (readFields(line, day.rest, sep ? sep[0] : line.length, kindsOf(kinds), touch)) {
    const note = sep ? line.slice(sep[1]).trim() : "";
    if (note) touch.note = note;
    return touch;
  }
  const note = line
    .slice(day.rest)
    .replace(/^\s*(?:—|–|-|:)\s/, "")
    .trim();
  return note ? { date, note } : { date };
}

/**
 * A touch line's day, kind, direction and exchange, without its note: what the index
 * keeps of most lines. Reads them as parseTouchLine does; null for any other line.
 */
export function touchLineFields(line: string, kinds: readonly string[]): Omit<Touch, "note"> | null {
  const day = dayOf(line);
  if (!day) return null;
  const date = line.slice(day.at, day.at + 10);
  const sep = separatorIn(line, day.rest);
  const touch: Touch = { date };
  return readFields(line, day.rest, sep ? sep[0] : line.length, kindsOf(kinds), touch) ? touch : { date };
}

/** The day of a touch line, as parseTouchLine reads it, without reading the words after it; null for anything else. */
export function touchLineDate(line: string): LocalDate | null {
  const day = dayOf(line);
  return day ? line.slice(day.at, day.at + 10) : null;
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
