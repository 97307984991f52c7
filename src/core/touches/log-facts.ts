import type { LocalDate } from "../shared/dates";
import { introductionsIn, isIntroduction, type Introduction } from "./introductions";
import { theirDaysOf } from "./replies";
import { parseTouchLine, touchLineFields, type Touch } from "./touch-line";
import { logWork, readLogLines } from "./touch-log";

/** What a contact's touch log tells the index: its days, the days they reached out, its introductions. */
export interface LogFacts {
  /** The day of every touch line, in the log's order (repeats included). */
  dates: LocalDate[];
  /** The days on which every line logged is theirs (←), oldest first, each once. */
  theirDays: LocalDate[];
  introductions: Introduction[];
}

/**
 * Reads a touch log for the index in one walk over the note: what readTouchLog,
 * theirDaysOf and introductionsIn make of it together, without keeping each line's
 * note (only an introduction's note names anyone) or its line number.
 */
export function readLogFacts(text: string, headingSetting: string, kinds: readonly string[]): LogFacts {
  let theirs = false;
  const touches = readLogLines<Omit<Touch, "note">>(text, headingSetting, (line) => {
    const touch = touchLineFields(line, kinds);
    if (touch?.direction === "in") theirs = true;
    if (!touch || !isIntroduction(touch)) return touch;
    logWork.notesRead++;
    return parseTouchLine(line, kinds);
  });
  return {
    dates: touches.map((t) => t.date),
    theirDays: theirs ? theirDaysOf(touches) : [],
    introductions: introductionsIn(touches),
  };
}
