import { daysBetween, plural, type LocalDate } from "../shared/dates";
import { describeCadence } from "../contacts/cadence";
import type { Touch } from "../touches/touch-line";
import { DISMISSED_MARK } from "../touches/introductions";

/**
 * A gentle way back. Warmth halves every half-life of the tier; past two half-lives
 * (a quarter of the warmth left) a silence is long enough that a generic check-in
 * reads oddly. The row says so without alarm, and the starter offered cites what was
 * last talked about, because picking up a thread is easier than starting one.
 *
 * A tier whose warmth halves faster than its cadence asks (the default aspirational
 * tier: half-life 6 weeks, overdue after 6 months) would otherwise call a silence long
 * before it is even late: the silence must also be past the contact's overdue line.
 */

/** Silence counts as long from this many half-lives of the tier. */
export const LONG_SILENCE_HALF_LIVES = 2;

/** What the rule reads of a contact. */
export interface SilenceFacts {
  status: string;
  snoozeUntil: LocalDate | null;
  lastTouch: LocalDate | null;
  tier: { halfLifeDays: number };
  overdueAfterDays: number;
}

/** Days of silence when they are past two half-lives and the overdue line; null otherwise, for someone never touched, paused or snoozed. */
export function longSilenceDays(contact: SilenceFacts, today: LocalDate): number | null {
  if (contact.lastTouch === null || contact.status === "paused") return null;
  if (contact.snoozeUntil !== null && contact.snoozeUntil > today) return null;
  const days = daysBetween(contact.lastTouch, today);
  return days >= LONG_SILENCE_HALF_LIVES * contact.tier.halfLifeDays && days > contact.overdueAfterDays ? days : null;
}

/** "14 months", "2 years", "9 weeks": how long, as one would say it. */
export function describeSilence(days: number): string {
  if (days < 70) return plural(Math.round(days / 7), "week");
  if (days < 730) return plural(Math.round(days / 30.44), "month");
  return plural(Math.floor(days / 365.25), "year");
}

/** "it's been a while — 14 months" */
export function describeLongSilence(days: number): string {
  return `it's been a while — ${describeSilence(days)}`;
}

/** Why it shows, in one line. */
export function explainLongSilence(days: number, halfLifeDays: number): string {
  return (
    `No touch in ${describeSilence(days)}: more than ${LONG_SILENCE_HALF_LIVES} half-lives of warmth (half-life ${describeCadence(halfLifeDays)}). ` +
    "Reconnecting after a long gap goes easier when you pick up where you left off; the starter offered cites your last note."
  );
}

/** What to cite after a long silence: the newest touch's note, else a topic. */
export interface LastTime {
  text: string;
  /** Where it came from: a logged touch's note, or the note's topics. */
  from: "note" | "topic";
  /** The day of the touch it came from. */
  date: LocalDate | null;
}

/**
 * The last thing logged with someone, to pick up from: the note of their newest touch
 * that has one (without the dismissal mark an introduction may carry), else their
 * first topic; null when there is neither.
 */
export function lastTimeOf(touches: readonly Touch[], topics: readonly string[]): LastTime | null {
  let newest: Touch | null = null;
  for (const touch of touches) {
    const note = noteOf(touch);
    if (note !== "" && (newest === null || touch.date >= newest.date)) newest = touch;
  }
  if (newest !== null) return { text: noteOf(newest), from: "note", date: newest.date };
  const topic = topics.find((t) => t.trim() !== "");
  return topic === undefined ? null : { text: topic.trim(), from: "topic", date: null };
}

function noteOf(touch: Touch): string {
  const note = touch.note?.trim() ?? "";
  return (note.endsWith(DISMISSED_MARK) ? note.slice(0, -DISMISSED_MARK.length) : note).trim();
}

/** "last time: her move to Lisbon" */
export function describeLastTime(last: LastTime): string {
  return last.from === "note" ? `last time: ${last.text}` : `you talked about ${last.text}`;
}

/** The line a starter opens with after a long silence: "It's been a while! Last time we talked about her move to Lisbon — how did it go?" */
export function wayBackLine(last: LastTime | null): string {
  if (last === null) return "It's been a while — I was thinking of you and wanted to say hello.";
  return last.from === "note" ? `It's been a while! Last time we talked about ${last.text} — how did it go?` : `It's been a while! I was thinking about ${last.text} and it made me think of you.`;
}
