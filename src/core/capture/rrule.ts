/**
 * Recurrence rules (RFC 5545 §3.3.10) as calendar apps export them: FREQ DAILY,
 * WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as
 * 2MO or -1FR), BYMONTHDAY, BYMONTH, BYYEARDAY, BYSETPOS and WKST. Occurrences are
 * walked on the event's own wall-clock calendar, day by day within each period.
 */
import { civilDay, dayNumber, daysInMonth, weekdayOf } from "./civil";
import { parseIcsTime, type IcsTime } from "./ics-time";

export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

export interface WeekdayRule {
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** 0 for every such weekday; 2 for the second, -1 for the last. */
  ordinal: number;
}

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count: number | null;
  until: IcsTime | null;
  byDay: WeekdayRule[];
  byMonthDay: number[];
  byMonth: number[];
  byYearDay: number[];
  bySetPos: number[];
  /** The day weeks start on, 0 Sunday … 6 Saturday (Monday unless WKST says otherwise). */
  weekStart: number;
}

export type RuleParse = { ok: true; rule: RecurrenceRule } | { ok: false; reason: string };

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const FREQUENCIES: readonly string[] = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];

function numbers(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const out: number[] = [];
  for (const part of value.split(",")) {
    if (!/^[+-]?\d{1,3}$/.test(part.trim())) return null;
    const n = Number(part);
    if (n === 0 || Math.abs(n) < min || Math.abs(n) > max || (n < 0 && !allowNegative)) return null;
    out.push(n);
  }
  return out;
}

/** Reads an RRULE value; a part the capture can't honour makes it unreadable, with the reason. */
export function parseRule(text: string): RuleParse {
  const parts = new Map<string, string>();
  for (const piece of text.trim().split(";")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    if (eq === -1) return { ok: false, reason: `"${piece}" has no value` };
    parts.set(piece.slice(0, eq).trim().toUpperCase(), piece.slice(eq + 1).trim().toUpperCase());
  }
  const freq = parts.get("FREQ");
  if (freq === undefined) return { ok: false, reason: "it has no FREQ" };
  if (!FREQUENCIES.includes(freq)) return { ok: false, reason: `FREQ=${freq} is not read (only daily, weekly, monthly and yearly)` };
  const rule: RecurrenceRule = { freq: freq as Frequency, interval: 1, count: null, until: null, byDay: [], byMonthDay: [], byMonth: [], byYearDay: [], bySetPos: [], weekStart: 1 };
  for (const [key, value] of parts) {
    switch (key) {
      case "FREQ":
        break;
      case "INTERVAL":
        if (!/^\d{1,4}$/.test(value) || Number(value) < 1) return { ok: false, reason: `INTERVAL=${value}` };
        rule.interval = Number(value);
        break;
      case "COUNT":
        if (!/^\d{1,6}$/.test(value)) return { ok: false, reason: `COUNT=${value}` };
        rule.count = Number(value);
        break;
      case "UNTIL": {
        const until = parseIcsTime(value, null);
        if (!until.ok) return { ok: false, reason: `UNTIL=${value}` };
        rule.until = until.time;
        break;
      }
      case "BYDAY":
        for (const day of value.split(",")) {
          const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(day.trim());
          if (!m || Number(m[1] ?? "1") === 0 || Math.abs(Number(m[1] ?? "0")) > 53) return { ok: false, reason: `BYDAY=${value}` };
          rule.byDay.push({ weekday: WEEKDAYS.indexOf(m[2] as string), ordinal: m[1] === undefined ? 0 : Number(m[1]) });
        }
        break;
      case "BYMONTHDAY":
      case "BYMONTH":
      case "BYYEARDAY":
      case "BYSETPOS": {
        const [max, negative] = key === "BYMONTHDAY" ? [31, true] : key === "BYMONTH" ? [12, false] : [366, true];
        const list = numbers(value, 1, max, negative);
        if (list === null) return { ok: false, reason: `${key}=${value}` };
        if (key === "BYMONTHDAY") rule.byMonthDay = list;
        else if (key === "BYMONTH") rule.byMonth = list;
        else if (key === "BYYEARDAY") rule.byYearDay = list;
        else rule.bySetPos = list;
        break;
      }
      case "WKST":
        if (!WEEKDAYS.includes(value)) return { ok: false, reason: `WKST=${value}` };
        rule.weekStart = WEEKDAYS.indexOf(value);
        break;
      case "BYHOUR":
      case "BYMINUTE":
      case "BYSECOND":
        // Times within a day change no day, unless they multiply the occurrences a COUNT counts.
        if (value.includes(",") && parts.has("COUNT")) return { ok: false, reason: `${key}=${value} with COUNT` };
        break;
      default:
        return { ok: false, reason: `${key} is not read` };
    }
  }
  return { ok: true, rule };
}

/** Most periods walked for one series; past it the series stops (a daily rule of 100 years). */
export const MAX_PERIODS = 40_000;

function matchesOrdinal(day: number, ordinal: number, spanStart: number, spanEnd: number): boolean {
  if (ordinal === 0) return true;
  return ordinal > 0 ? Math.floor((day - spanStart) / 7) + 1 === ordinal : -(Math.floor((spanEnd - day) / 7) + 1) === ordinal;
}

function matchesList(value: number, list: readonly number[], size: number): boolean {
  for (const n of list) if (n === value || size + 1 + n === value) return true;
  return false;
}

/**
 * Walks the days a rule names from its first day on, calling `visit` with each day in
 * order, DTSTART first (it always counts, as RFC 5545 says for COUNT). Stops when
 * `visit` returns false, at COUNT, after `lastDay`, or after MAX_PERIODS periods;
 * returns whether that last limit cut it short.
 */
export function walkRule(rule: RecurrenceRule, start: number, lastDay: number, visit: (day: number) => boolean): { capped: boolean } {
  const first = civilDay(start);
  let { byDay, byMonthDay, byMonth } = rule;
  const { byYearDay, freq } = rule;
  if (byDay.length === 0 && byMonthDay.length === 0 && byYearDay.length === 0) {
    if (freq === "YEARLY") {
      byMonthDay = [first.day];
      if (byMonth.length === 0) byMonth = [first.month];
    } else if (freq === "MONTHLY") byMonthDay = [first.day];
    else if (freq === "WEEKLY") byDay = [{ weekday: weekdayOf(start), ordinal: 0 }];
  }
  // Ordinals count within the month for monthly rules (and yearly ones narrowed to months), else within the year.
  const ordinalsByMonth = freq === "MONTHLY" || (freq === "YEARLY" && byMonth.length > 0);
  const useOrdinals = freq === "MONTHLY" || freq === "YEARLY";

  const matches = (day: number): boolean => {
    if (byMonth.length === 0 && byMonthDay.length === 0 && byDay.length === 0 && byYearDay.length === 0) return true;
    const { year, month, day: dom } = civilDay(day);
    if (byMonth.length > 0 && !byMonth.includes(month)) return false;
    if (byMonthDay.length > 0 && !matchesList(dom, byMonthDay, daysInMonth(year, month))) return false;
    if (byYearDay.length > 0) {
      const jan1 = dayNumber(year, 1, 1);
      if (!matchesList(day - jan1 + 1, byYearDay, dayNumber(year + 1, 1, 1) - jan1)) return false;
    }
    if (byDay.length > 0) {
      const weekday = weekdayOf(day);
      const spanStart = ordinalsByMonth ? dayNumber(year, month, 1) : dayNumber(year, 1, 1);
      const spanEnd = ordinalsByMonth ? spanStart + daysInMonth(year, month) - 1 : dayNumber(year + 1, 1, 1) - 1;
      if (!byDay.some((r) => r.weekday === weekday && (!useOrdinals || matchesOrdinal(day, r.ordinal, spanStart, spanEnd)))) return false;
    }
    return true;
  };

  let emitted = 0;
  if (!visit(start)) return { capped: false };
  emitted++;
  if (rule.count !== null && emitted >= rule.count) return { capped: false };

  const weekOrigin = start - ((weekdayOf(start) - rule.weekStart + 7) % 7);
  const monthOrigin = first.year * 12 + (first.month - 1);
  const candidates: number[] = [];
  for (let period = 0; period < MAX_PERIODS; period++) {
    let from: number;
    let to: number;
    if (freq === "DAILY") {
      from = start + period * rule.interval;
      to = from;
    } else if (freq === "WEEKLY") {
      from = weekOrigin + period * 7 * rule.interval;
      to = from + 6;
    } else if (freq === "MONTHLY") {
      const m = monthOrigin + period * rule.interval;
      const year = Math.floor(m / 12);
      from = dayNumber(year, (m % 12) + 1, 1);
      to = from + daysInMonth(year, (m % 12) + 1) - 1;
    } else {
      const year = first.year + period * rule.interval;
      from = dayNumber(year, 1, 1);
      to = dayNumber(year + 1, 1, 1) - 1;
    }
    if (from > lastDay) return { capped: false };
    candidates.length = 0;
    for (let day = from; day <= to; day++) if (matches(day)) candidates.push(day);
    const chosen = rule.bySetPos.length > 0 ? pickSetPositions(candidates, rule.bySetPos) : candidates;
    for (const day of chosen) {
      if (day <= start) continue;
      if (day > lastDay) return { capped: false };
      if (!visit(day)) return { capped: false };
      emitted++;
      if (rule.count !== null && emitted >= rule.count) return { capped: false };
    }
  }
  return { capped: true };
}

/** BYSETPOS: the n-th (or from the end, -n-th) of a period's days, in order, each once. */
function pickSetPositions(days: readonly number[], positions: readonly number[]): number[] {
  const picked = new Set<number>();
  for (const pos of positions) {
    const day = pos > 0 ? days[pos - 1] : days[days.length + pos];
    if (day !== undefined) picked.add(day);
  }
  return [...picked].sort((a, b) => a - b);
}
