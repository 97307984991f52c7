import { addDaysTo, daysBetween, describeValue, type LocalDate } from "../shared/dates";

/** A property that holds a yearly date: a birthday, a work anniversary, "started new role". */
export interface DateKeySetting {
  key: string;
  label: string;
  /** Anniversaries show how many years it has been ("1 year in the role"). */
  anniversary: boolean;
}

export const DEFAULT_DATE_KEYS: DateKeySetting[] = [
  { key: "birthday", label: "Birthday", anniversary: false },
  { key: "role_since", label: "In the role since", anniversary: true },
];

/** A yearly date; the year is optional (`--04-17` or `04-17`). */
export interface AnnualDate {
  month: number;
  day: number;
  year: number | null;
}

export type AnnualDateParse = { ok: true; date: AnnualDate } | { ok: false; reason: string };

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads `2023-04-17`, `--04-17`, `04-17` or a YAML date. */
export function parseAnnualDate(value: unknown): AnnualDateParse {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { ok: true, date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() } };
  }
  if (typeof value !== "string") return { ok: false, reason: `expected a date like 1990-04-17 or --04-17, got ${describeValue(value)}` };
  const text = value.trim();
  const m = /^(?:(\d{4})-|--)?(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a date like 1990-04-17 or --04-17` };
  const year = m[1] === undefined ? null : Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return { ok: false, reason: `"${text}" is not a real calendar day` };
  return { ok: true, date: { year, month, day } };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** This date in a given year; 29 February falls on 28 February in other years. */
export function inYear(date: AnnualDate, year: number): LocalDate {
  const day = date.month === 2 && date.day === 29 && !isLeap(year) ? 28 : date.day;
  return `${year}-${pad(date.month)}-${pad(day)}`;
}

/** The next time the date comes round, today included. */
export function nextOccurrence(date: AnnualDate, today: LocalDate): LocalDate {
  const year = Number(today.slice(0, 4));
  const thisYear = inYear(date, year);
  return thisYear >= today ? thisYear : inYear(date, year + 1);
}

export interface ImportantDate extends AnnualDate {
  key: string;
  label: string;
  anniversary: boolean;
}

export interface UpcomingDate {
  date: ImportantDate;
  /** The day it falls on next. */
  on: LocalDate;
  daysUntil: number;
  /** For anniversaries with a known year: how many years it will be. */
  years: number | null;
}

/** The dates that come round within the next `days` days (today included), soonest first. */
export function upcomingDates(dates: readonly ImportantDate[], today: LocalDate, days: number): UpcomingDate[] {
  const horizon = addDaysTo(today, days);
  const upcoming: UpcomingDate[] = [];
  for (const date of dates) {
    const on = nextOccurrence(date, today);
    if (on > horizon) continue;
    const years = date.anniversary && date.year !== null ? Number(on.slice(0, 4)) - date.year : null;
    upcoming.push({ date, on, daysUntil: daysBetween(today, on), years: years !== null && years > 0 ? years : null });
  }
  return upcoming.sort((a, b) => a.daysUntil - b.daysUntil || a.date.label.localeCompare(b.date.label));
}

/** "Birthday today", "Birthday in 3 days", "1 year in the role since on 2026-12-01" — short and plain. */
export function describeUpcoming(u: UpcomingDate): string {
  const when = u.daysUntil === 0 ? "today" : u.daysUntil === 1 ? "tomorrow" : `in ${u.daysUntil} days`;
  const years = u.years === null ? "" : ` (${u.years} ${u.years === 1 ? "year" : "years"})`;
  return `${u.date.label}${years} ${when}`;
}
