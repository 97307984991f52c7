/**
 * The words about a person that leave the vault only when the user allows it: their
 * topics and the note of the last touch that has one. Shared by the calendar feed
 * and the digest, so both say the same thing the same way.
 */
import type { LocalDate } from "../shared/dates";
import type { Touch } from "../touches/touch-line";
import { plainText } from "../notes/note-preview";

/** The newest logged touch that says something, and what it says. */
export interface LastNote {
  date: LocalDate;
  note: string;
}

/** The newest touch with a note, as the words it shows (links by their text); of two on the same day, the one further down the log. */
export function lastNoteOf(touches: readonly Touch[]): LastNote | null {
  let last: LastNote | null = null;
  for (const touch of touches) {
    const note = plainText(touch.note ?? "");
    if (note !== "" && (last === null || touch.date >= last.date)) last = { date: touch.date, note };
  }
  return last;
}

/** "Topics: cycling, jazz" and "Last time (2026-09-12): her move to Lisbon", each when there is one. */
export function detailLines(topics: readonly string[], last: LastNote | null | undefined): string[] {
  const lines: string[] = [];
  if (topics.length > 0) lines.push(`Topics: ${topics.join(", ")}`);
  if (last) lines.push(`Last time (${last.date}): ${last.note}`);
  return lines;
}
