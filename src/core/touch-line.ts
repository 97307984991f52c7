import { isLocalDate, type LocalDate } from "./dates";

/** One touch: when, what kind (optional) and a short note (optional). */
export interface Touch {
  date: LocalDate;
  kind?: string;
  note?: string;
}

// `- 2026-11-22 call — caught up`; also `* [[2026-11-22]] …` and `1. 2026-11-22 …` written by hand.
const TOUCH_LINE = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[\[(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))(?=[\s:]|$)(.*)$/;
const SEPARATOR = /^(?:—|–|-|:)\s*/;

/**
 * Reads a touch line. The word after the date is a kind only when it is one of the
 * known kinds, so a hand-written `- 2026-11-22 lunch with Sam` keeps all of its note.
 * Never throws; returns null for anything that is not a touch line.
 */
export function parseTouchLine(line: string, kinds: readonly string[]): Touch | null {
  const m = TOUCH_LINE.exec(line);
  if (!m) return null;
  const date = m[1] ?? m[2] ?? "";
  if (!isLocalDate(date)) return null;
  let rest = (m[3] ?? "").trim();
  const touch: Touch = { date };
  const firstWord = /^(\S+)(?:\s+|$)/.exec(rest);
  if (firstWord?.[1]) {
    const known = kinds.find((k) => k.toLowerCase() === firstWord[1]?.toLowerCase());
    if (known !== undefined) {
      touch.kind = firstWord[1];
      rest = rest.slice(firstWord[0].length);
    }
  }
  rest = rest.replace(SEPARATOR, "").trim();
  if (rest) touch.note = rest;
  return touch;
}

/** Keeps a note on one line, so the touch stays one list item. */
export function cleanNote(note: string): string {
  return note.replace(/\s+/g, " ").trim();
}

/** Writes a touch line: `- 2026-11-22 call — caught up about her new role`. */
export function formatTouchLine(touch: Touch): string {
  let line = `- ${touch.date}`;
  const kind = touch.kind ? touch.kind.replace(/\s+/g, "-").trim() : "";
  if (kind) line += ` ${kind}`;
  const note = touch.note ? cleanNote(touch.note) : "";
  if (note) line += ` — ${note}`;
  return line;
}
