import { describeCadence } from "../contacts/cadence";
import { dayNumberOf, daysBetween, formatAgo, type LocalDate } from "../shared/dates";

/**
 * The rule for drift, with its constants in one place (docs/ quotes them).
 *
 * A contact's rhythm is the median gap between their recent touches, logged and
 * mentioned alike. Touches within BURST_DAYS of the one before are one burst, so a
 * week of daily messages is one episode, not a rhythm of one day. A rhythm needs
 * MIN_GAPS gaps from the last RECENT_GAPS, and is held between FLOOR_DAYS and
 * CEILING_DAYS. A contact drifts when the silence since the last touch is at least
 * DRIFT_FACTOR times the rhythm. Once the silence passes ENDED_AFTER_DAYS, the old
 * rhythm no longer says anything (a project ended, a move happened): the tier's
 * cadence alone speaks for the contact, and it is not flagged as "180× late".
 */
export const DRIFT_RULE = {
  BURST_DAYS: 3,
  MIN_GAPS: 3,
  RECENT_GAPS: 8,
  FLOOR_DAYS: 7,
  CEILING_DAYS: 180,
  DRIFT_FACTOR: 2,
  ENDED_AFTER_DAYS: 365,
} as const;

export interface Drift {
  /** The usual gap between touches in days, or null without enough history. */
  rhythmDays: number | null;
  drifting: boolean;
  /** Days since the last touch, or null when there was none. */
  silenceDays: number | null;
  /** "why is this here?": the rule applied to this contact, in words. */
  explanation: string;
}

/** The median of a list the caller no longer needs (it is sorted in place). */
function medianOf(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? (values[mid] as number) : Math.round(((values[mid - 1] as number) + (values[mid] as number)) / 2);
}

/**
 * The most recent gaps between bursts of touches, newest first, at most `limit`;
 * days after today don't count yet. `touchDates` come oldest first (as a contact's
 * do; a day given twice counts once), so this is one walk back from the newest day
 * that stops once it has enough: the work doesn't grow with a long history.
 */
function recentGaps(touchDates: readonly LocalDate[], today: LocalDate, limit: number): number[] {
  const gaps: number[] = [];
  let i = touchDates.length - 1;
  while (i >= 0 && (touchDates[i] as LocalDate) > today) i--;
  if (i <= 0) return gaps;
  let later = dayNumberOf(touchDates[i] as LocalDate);
  for (i--; i >= 0 && gaps.length < limit; i--) {
    const earlier = dayNumberOf(touchDates[i] as LocalDate);
    if (later - earlier > DRIFT_RULE.BURST_DAYS) gaps.push(later - earlier);
    later = earlier;
  }
  return gaps;
}

/** The gaps between bursts of touches, oldest first; days after today don't count yet. `touchDates` oldest first. */
export function touchGaps(touchDates: readonly LocalDate[], today: LocalDate, limit = Infinity): number[] {
  return recentGaps(touchDates, today, limit).reverse();
}

/** Drift without its explanation: what lists of everyone need (the API, the review), with no words to build. */
export type DriftFigures = Omit<Drift, "explanation">;

interface Rhythm extends DriftFigures {
  /** How many gaps the rhythm is the median of. */
  gapCount: number;
}

type TouchHistory = { touchDates: readonly LocalDate[]; lastTouch: LocalDate | null };

/**
 * The last answer for each contact, with its day. A contact is never changed once
 * made (the index makes a new one when its note changes), so the answer holds for
 * as long as the day does: the API, the view and the review ask again and again.
 */
const remembered = new WeakMap<TouchHistory, { today: LocalDate; rhythm: Rhythm }>();

function rhythmOf(contact: TouchHistory, today: LocalDate): Rhythm {
  const known = remembered.get(contact);
  if (known?.today === today) return known.rhythm;
  const rule = DRIFT_RULE;
  const silenceDays = contact.lastTouch === null ? null : Math.max(0, daysBetween(contact.lastTouch, today));
  const gaps = recentGaps(contact.touchDates, today, rule.RECENT_GAPS);
  let rhythm: Rhythm;
  if (gaps.length < rule.MIN_GAPS) {
    rhythm = { rhythmDays: null, drifting: false, silenceDays, gapCount: gaps.length };
  } else {
    const gapCount = gaps.length;
    const rhythmDays = Math.min(rule.CEILING_DAYS, Math.max(rule.FLOOR_DAYS, medianOf(gaps)));
    const drifting = silenceDays !== null && silenceDays <= rule.ENDED_AFTER_DAYS && silenceDays >= rule.DRIFT_FACTOR * rhythmDays;
    rhythm = { rhythmDays, drifting, silenceDays, gapCount };
  }
  remembered.set(contact, { today, rhythm });
  return rhythm;
}

/** A contact's rhythm and whether the present silence is long against it, without the explanation. */
export function driftFiguresOf(contact: TouchHistory, today: LocalDate): DriftFigures {
  const { rhythmDays, drifting, silenceDays } = rhythmOf(contact, today);
  return { rhythmDays, drifting, silenceDays };
}

/** A contact's rhythm and whether the present silence is long against it. */
export function driftOf(contact: TouchHistory, today: LocalDate): Drift {
  const rule = DRIFT_RULE;
  const { rhythmDays, drifting, silenceDays, gapCount } = rhythmOf(contact, today);
  if (rhythmDays === null) {
    return { rhythmDays, drifting, silenceDays, explanation: `No rhythm yet: it takes ${rule.MIN_GAPS} gaps between touches (bursts of touches within ${rule.BURST_DAYS} days count once).` };
  }
  const usual = `Usually every ${describeCadence(rhythmDays)} (median of the last ${gapCount} gaps)`;
  if (silenceDays === null) return { rhythmDays, drifting, silenceDays, explanation: `${usual}.` };
  const quiet = `last touch ${formatAgo(silenceDays)}`;
  if (silenceDays > rule.ENDED_AFTER_DAYS) {
    return { rhythmDays, drifting, silenceDays, explanation: `${usual}, but the ${quiet} is over a year old: the old rhythm has ended, so only the tier's cadence counts.` };
  }
  const times = Math.round((silenceDays / rhythmDays) * 10) / 10;
  const verdict = drifting ? `drifting: ${times}× the usual gap (flagged from ${rule.DRIFT_FACTOR}×)` : `within the rhythm`;
  return { rhythmDays, drifting, silenceDays, explanation: `${usual}; ${quiet}, ${verdict}.` };
}
