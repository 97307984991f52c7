import { describeCadence } from "./cadence";
import { daysBetween, formatAgo, type LocalDate } from "./dates";

/**
 * The rule for drift, with its constants in one place (the README quotes them).
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

/** The gaps between bursts of touches, oldest first; days after today don't count yet. */
export function touchGaps(touchDates: readonly LocalDate[], today: LocalDate): number[] {
  const days = [...new Set(touchDates)].filter((d) => d <= today).sort();
  const gaps: number[] = [];
  let previous: LocalDate | null = null;
  for (const day of days) {
    if (previous !== null) {
      const gap = daysBetween(previous, day);
      if (gap > DRIFT_RULE.BURST_DAYS) gaps.push(gap);
    }
    previous = day;
  }
  return gaps;
}

/** A contact's rhythm and whether the present silence is long against it. */
export function driftOf(contact: { touchDates: readonly LocalDate[]; lastTouch: LocalDate | null }, today: LocalDate): Drift {
  const rule = DRIFT_RULE;
  const silenceDays = contact.lastTouch === null ? null : Math.max(0, daysBetween(contact.lastTouch, today));
  const gaps = touchGaps(contact.touchDates, today).slice(-rule.RECENT_GAPS);
  if (gaps.length < rule.MIN_GAPS) {
    return { rhythmDays: null, drifting: false, silenceDays, explanation: `No rhythm yet: it takes ${rule.MIN_GAPS} gaps between touches (bursts of touches within ${rule.BURST_DAYS} days count once).` };
  }
  const rhythmDays = Math.min(rule.CEILING_DAYS, Math.max(rule.FLOOR_DAYS, median(gaps)));
  const usual = `Usually every ${describeCadence(rhythmDays)} (median of the last ${gaps.length} gaps)`;
  if (silenceDays === null) return { rhythmDays, drifting: false, silenceDays, explanation: `${usual}.` };
  const quiet = `last touch ${formatAgo(silenceDays)}`;
  if (silenceDays > rule.ENDED_AFTER_DAYS) {
    return { rhythmDays, drifting: false, silenceDays, explanation: `${usual}, but the ${quiet} is over a year old: the old rhythm has ended, so only the tier's cadence counts.` };
  }
  const drifting = silenceDays >= rule.DRIFT_FACTOR * rhythmDays;
  const times = Math.round((silenceDays / rhythmDays) * 10) / 10;
  const verdict = drifting ? `drifting: ${times}× the usual gap (flagged from ${rule.DRIFT_FACTOR}×)` : `within the rhythm`;
  return { rhythmDays, drifting, silenceDays, explanation: `${usual}; ${quiet}, ${verdict}.` };
}
