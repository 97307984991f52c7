import type { Contact } from "../contacts/contact";
import { computeDue } from "../contacts/due";
import { addDaysTo, type LocalDate } from "../shared/dates";
import { basenameOfLink } from "../touches/introductions";
import { longSilenceDays } from "./way-back";
import { inPeriod, type ReviewPeriod } from "./review-period";

/**
 * Reciprocity that acts, looked back on: who is waiting on a reply today, the
 * introductions made in the period and how many were followed up, and who has been
 * silent past two half-lives. Every figure comes from the touch logs and can be
 * counted by hand.
 */

export interface NamedSince {
  path: string;
  name: string;
  /** For a reply owed: the day of their first unanswered message. */
  since: LocalDate;
}

export interface SilentContact {
  path: string;
  name: string;
  days: number;
}

export interface FollowThrough {
  repliesOwed: NamedSince[];
  /** Introductions logged in the period; one made between two contacts, logged on both notes, counts once. */
  introductionsMade: number;
  /** Of those, the ones whose follow-up day has come (today or before). */
  introductionsDue: number;
  /** Of those, the ones followed up: a touch with either person on or after the follow-up day. */
  introductionsFollowedUp: number;
  longSilences: SilentContact[];
}

/** One introduction, the same whichever of the two notes it is read from. */
function introKey(date: LocalDate, a: string, b: string | null): string {
  return b === null ? `${date}\u0000${a}` : `${date}\u0000${[a, b].sort().join("\u0000")}`;
}

export function followThroughOf(active: readonly Contact[], period: ReviewPeriod, today: LocalDate): FollowThrough {
  const repliesOwed: NamedSince[] = [];
  const longSilences: SilentContact[] = [];
  // Per introduction: whether its follow-up day has come, and whether either side followed it up.
  const intros = new Map<string, { due: boolean; followedUp: boolean }>();
  for (const contact of active) {
    const reply = computeDue(contact, today).replyOwedSince;
    if (reply !== null) repliesOwed.push({ path: contact.path, name: contact.name, since: reply });
    const silence = longSilenceDays(contact, today);
    if (silence !== null) longSilences.push({ path: contact.path, name: contact.name, days: silence });
    const lastTouch = contact.touchDates[contact.touchDates.length - 1];
    for (const intro of contact.introductions) {
      if (!inPeriod(intro.date, period)) continue;
      const key = introKey(intro.date, contact.name, intro.other === null ? null : basenameOfLink(intro.other));
      const followUpDay = addDaysTo(intro.date, Math.max(1, contact.introFollowUpDays));
      const due = followUpDay <= today;
      const followedUp = due && lastTouch !== undefined && lastTouch >= followUpDay;
      const known = intros.get(key);
      intros.set(key, { due: due || (known?.due ?? false), followedUp: followedUp || (known?.followedUp ?? false) });
    }
  }
  const all = [...intros.values()];
  return {
    repliesOwed: repliesOwed.sort((a, b) => a.since.localeCompare(b.since) || a.name.localeCompare(b.name)),
    introductionsMade: all.length,
    introductionsDue: all.filter((i) => i.due).length,
    introductionsFollowedUp: all.filter((i) => i.followedUp).length,
    longSilences: longSilences.sort((a, b) => b.days - a.days || a.name.localeCompare(b.name)),
  };
}
