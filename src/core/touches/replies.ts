import { daysBetween, formatAgo, type LocalDate } from "../shared/dates";
import type { Touch } from "./touch-line";

/**
 * Replies owed: someone reached out (← in the touch log) and nothing of yours has
 * followed. The rules, in one place (docs/practice.md quotes them):
 *
 * - Only the touch log knows who started a touch. A day counts as theirs when every
 *   line logged that day is ←; a → or ↔ line, or a line without an arrow, the same
 *   day makes it yours: replying the same day is the usual case, and the order of
 *   lines within a day is not something people keep.
 * - A reply is waiting when the newest touch day (logged, mentioned in a dated note
 *   or `last_touch`) is one of theirs. It waits since the first of the run of their
 *   days at the end: several messages in a row are one reply owed, counted from the
 *   first one left unanswered. Any touch on a later day ends the run, a mention in a
 *   daily note included: writing about the person on a later day is taken as having
 *   been in touch. A mention on the same day as their message doesn't answer it (it is
 *   most likely the message itself, noted in the day's note).
 * - It is owed once `replyWithinDays` have passed since that first message (3 by
 *   default, counted in local calendar days), and from then on moves the person to the
 *   top of the due list whatever their cadence says, snoozed or not: a snooze is about
 *   when you reach out, not about someone waiting on you.
 * - Someone you let fade (paused) owes nothing and is owed nothing: the plugin asks
 *   nothing of you about them, so no reply is flagged.
 */

/** The days on which every line logged is theirs (←), oldest first, each once. */
export function theirDaysOf(touches: readonly Pick<Touch, "date" | "direction">[]): LocalDate[] {
  const theirs = new Set<LocalDate>();
  const mine = new Set<LocalDate>();
  for (const touch of touches) {
    if (touch.direction === "in") theirs.add(touch.date);
    else mine.add(touch.date);
  }
  return [...theirs].filter((day) => !mine.has(day)).sort();
}

/**
 * The first day of the run of their days that ends the touch history, or null when
 * the newest touch day isn't one of theirs. `touchDays`: every touch day up to today,
 * oldest first, each once; `theirDays`: as `theirDaysOf` gives them.
 */
export function unansweredSince(touchDays: readonly LocalDate[], theirDays: readonly LocalDate[]): LocalDate | null {
  if (theirDays.length === 0 || touchDays.length === 0) return null;
  const theirs = theirDays.length === 1 ? null : new Set(theirDays);
  const isTheirs = (day: LocalDate) => (theirs === null ? day === theirDays[0] : theirs.has(day));
  let since: LocalDate | null = null;
  for (let i = touchDays.length - 1; i >= 0; i--) {
    const day = touchDays[i] as LocalDate;
    if (!isTheirs(day)) break;
    since = day;
  }
  return since;
}

/** What the reply rule reads of a contact. */
export interface ReplyFacts {
  status: string;
  /** The first of their unanswered messages (see `unansweredSince`), or null. */
  unansweredSince: LocalDate | null;
  /** How many days a reply may take before it is flagged as owed. */
  replyWithinDays: number;
}

/** The day a reply has been owed since, or null when none is owed today. */
export function replyOwedSince(contact: ReplyFacts, today: LocalDate): LocalDate | null {
  const since = contact.unansweredSince;
  if (since === null || contact.status === "paused" || since > today) return null;
  return daysBetween(since, today) >= contact.replyWithinDays ? since : null;
}

/** "replied? they reached out 5 days ago": the flag's words, as short as a row allows. */
export function describeReplyOwed(since: LocalDate, today: LocalDate): string {
  return `replied? they reached out ${formatAgo(daysBetween(since, today))}`;
}

/** Why the flag shows, in one line, with the numbers it used. */
export function explainReplyOwed(since: LocalDate, today: LocalDate, replyWithinDays: number): string {
  const days = daysBetween(since, today);
  return (
    `They reached out on ${since} (← in the touch log) and no touch of yours has followed in ${days} ${days === 1 ? "day" : "days"}. ` +
    `After ${replyWithinDays} ${replyWithinDays === 1 ? "day" : "days"} a reply owed goes to the top of the due list; logging any touch with them clears it.`
  );
}
