import { addDaysTo, daysBetween, type LocalDate } from "../shared/dates";

/** The review looks back over one of these many days. */
export const REVIEW_PERIODS = [30, 90, 365] as const;
export type ReviewPeriodDays = (typeof REVIEW_PERIODS)[number];

/** The days a review covers: `days` calendar days ending today, both ends included. */
export interface ReviewPeriod {
  days: number;
  from: LocalDate;
  to: LocalDate;
}

export function reviewPeriod(today: LocalDate, days: number): ReviewPeriod {
  return { days, from: addDaysTo(today, -(days - 1)), to: today };
}

export function inPeriod(date: LocalDate, period: ReviewPeriod): boolean {
  return date >= period.from && date <= period.to;
}

/** Touch days in the period; the index already counts a day once however it was recorded. */
export function touchDaysIn(touchDates: readonly LocalDate[], period: ReviewPeriod): number {
  let count = 0;
  for (const day of touchDates) if (inPeriod(day, period)) count++;
  return count;
}

/** A stretch without a touch that went past the overdue line. */
export interface LateGap {
  /** The touch it started from. */
  from: LocalDate;
  /** The touch that ended it, or null when it runs to today. */
  until: LocalDate | null;
  days: number;
}

/**
 * The gaps that went past the contact's overdue line in the period: a gap between
 * two touches counts when its later touch is in the period, and the silence since
 * the last touch counts as a gap up to today. Touches dated after today don't count
 * yet. Before the first touch there is no gap: nothing was due.
 */
export function lateGapsIn(touchDates: readonly LocalDate[], overdueAfterDays: number, period: ReviewPeriod): LateGap[] {
  const late: LateGap[] = [];
  let previous: LocalDate | null = null;
  for (const day of touchDates) {
    if (day > period.to) break;
    if (previous !== null && day >= period.from) {
      const days = daysBetween(previous, day);
      if (days > overdueAfterDays) late.push({ from: previous, until: day, days });
    }
    previous = day;
  }
  if (previous !== null) {
    const days = daysBetween(previous, period.to);
    if (days > overdueAfterDays) late.push({ from: previous, until: null, days });
  }
  return late;
}
