import { addDays } from "date-fns";

/** A calendar day in the user's local calendar, written `YYYY-MM-DD`. */
export type LocalDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Datetimes are accepted but only their calendar day counts; the clock time is the
// user's local time, so the written day is the day that counts (23:30 stays that day).
const ISO_DAY_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A day of the Gregorian calendar in the years 100 to 9999 (a JavaScript Date reads years below 100 as 1900 and after). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 100 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** The local calendar day of a JavaScript Date, as Obsidian's users see it. */
export function localDateOf(date: Date): LocalDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Midnight of a local date, for date-fns arithmetic. */
export function toLocalMidnight(date: LocalDate): Date {
  const m = ISO_DAY.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function isLocalDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export type DateParse = { ok: true; date: LocalDate } | { ok: false; reason: string };

/**
 * Reads a property value as a calendar day. Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`
 * (seconds optional) and the Date objects a YAML parser produces.
 */
export function parseDateValue(value: unknown): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: "it is not a valid date" };
    // A YAML date-only value arrives as UTC midnight: that calendar day is what the user wrote.
    const utcMidnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    const date = utcMidnight ? `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` : localDateOf(value);
    // Years before 100 or after 9999 aren't written YYYY-MM-DD, and the date arithmetic would misread them.
    return isLocalDate(date) ? { ok: true, date } : { ok: false, reason: `${date} is not a date between the years 100 and 9999` };
  }
  if (typeof value !== "string") {
    return { ok: false, reason: `expected a date like 2026-11-22, got ${describeValue(value)}` };
  }
  const text = value.trim();
  const m = ISO_DAY.exec(text) ?? ISO_DAY_TIME.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a date like 2026-11-22` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(year, month, day)) return { ok: false, reason: `"${text}" is not a real calendar day` };
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) {
    return { ok: false, reason: `"${text}" has an impossible time of day` };
  }
  return { ok: true, date: `${m[1]}-${m[2]}-${m[3]}` };
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of properties";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

/**
 * Whole calendar days from one day to another. The count of calendar days between
 * two dates doesn't depend on the time zone, so it is the difference of their UTC
 * day numbers (what date-fns' differenceInCalendarDays gives for local midnights).
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

const dayNumbers = new Map<LocalDate, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD`; remembered, as agendas ask it of every contact. */
export function dayNumberOf(date: LocalDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    const m = ISO_DAY.exec(date);
    if (!m) throw new RangeError(`Not a date: ${date}`);
    // Date.UTC reads years 0–99 as 1900–1999, as new Date(y, m, d) in toLocalMidnight does.
    n = Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
    if (dayNumbers.size > 20_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

export function addDaysTo(date: LocalDate, days: number): LocalDate {
  return localDateOf(addDays(toLocalMidnight(date), days));
}

export function laterOf(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** "today", "yesterday", "5 days ago", "5 weeks ago", "4 months ago", "2 years ago". */
export function formatAgo(days: number): string {
  if (days < 0) {
    const ahead = -days;
    return ahead === 1 ? "tomorrow" : `in ${plural(ahead, "day")}`;
  }
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${plural(days, "day")} ago`;
  if (days < 70) return `${plural(Math.round(days / 7), "week")} ago`;
  if (days < 730) return `${plural(Math.round(days / 30.44), "month")} ago`;
  return `${plural(Math.floor(days / 365.25), "year")} ago`;
}

export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** A span of days for people to read: "1 day", "10 days", "3 weeks", "4 months", "2 years". */
export function describeDays(days: number): string {
  if (days < 14) return plural(days, "day");
  if (days < 70) return plural(Math.round(days / 7), "week");
  if (days < 730) return plural(Math.round(days / 30.44), "month");
  return plural(Math.floor(days / 365.25), "year");
}
