/**
 * Calendar days as whole numbers (days since 1970-01-01) and back, in the proleptic
 * Gregorian calendar, without Date objects: recurrence rules walk thousands of days
 * and every export names days as year, month and day.
 */
import type { LocalDate } from "../shared/dates";

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a year, month (1–12) and day (1–31). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** The year, month and day of a day number. */
export function civilDay(days: number): CivilDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

/** Whether year, month and day name a real day (no 31 April). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A day number written YYYY-MM-DD. */
export function formatDay(days: number): LocalDate {
  const { year, month, day } = civilDay(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
