import { addDaysTo, daysBetween, toLocalMidnight, type LocalDate } from "../shared/dates";

/**
 * The pictures of past touches: a year of monthly counts for one contact, and a
 * year of days for one contact or for everyone. A contact's day counts once however
 * it was recorded (as `Contact.touchDates` has it), so "3 touches" in a month means
 * three days with a touch; across the network a day counts once per person touched.
 */

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** How many months the per-contact bars show, ending with the current month. */
export const HISTORY_MONTHS = 12;
/** How many weeks the calendar heatmap shows, ending with the current week. */
export const HEATMAP_WEEKS = 53;
/** Intensity levels above "no touch"; styles.css has a class for each. */
export const HEAT_LEVELS = 4;

/** What one day (or one month) holds. `logged` is known only when the touch log was read. */
export interface Tally {
  count: number;
  /** Of `count`, the days recorded in the contact's own note (its touch log or last-touch property); the rest are mentions in dated notes. */
  logged: number | null;
  /** Who was touched, for the whole network's days. */
  names: readonly string[];
}

export interface MonthBar {
  /** `YYYY-MM`. */
  month: string;
  /** "March 2026". */
  label: string;
  count: number;
  logged: number | null;
  /** "March 2026: 3 touches (2 logged, 1 mention)". */
  explanation: string;
}

/** One contact's touch days by month, for the twelve months ending with today's. */
export function monthlyHistory(touchDates: readonly LocalDate[], today: LocalDate, loggedDates?: ReadonlySet<LocalDate>): MonthBar[] {
  const months: string[] = [];
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let i = 0; i < HISTORY_MONTHS; i++) {
    months.unshift(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
    month--;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  const tallies = new Map(months.map((m) => [m, { count: 0, logged: 0 }]));
  for (const date of new Set(touchDates)) {
    if (date > today) continue;
    const tally = tallies.get(date.slice(0, 7));
    if (!tally) continue;
    tally.count++;
    if (loggedDates?.has(date)) tally.logged++;
  }
  return months.map((m) => {
    const tally = tallies.get(m) ?? { count: 0, logged: 0 };
    const label = monthLabel(m);
    const logged = loggedDates ? tally.logged : null;
    return { month: m, label, count: tally.count, logged, explanation: explainTally(label, { count: tally.count, logged, names: [] }) };
  });
}

/** "March 2026" for `2026-03` (or any day in it). */
export function monthLabel(monthOrDate: string): string {
  return `${MONTH_NAMES[Number(monthOrDate.slice(5, 7)) - 1] ?? "?"} ${monthOrDate.slice(0, 4)}`;
}

/** "Tuesday 3 March 2026". */
export function dayLabel(date: LocalDate): string {
  const weekday = WEEKDAY_NAMES[toLocalMidnight(date).getDay()] ?? "";
  return `${weekday} ${Number(date.slice(8, 10))} ${monthLabel(date)}`;
}

function touches(n: number): string {
  return `${n} ${n === 1 ? "touch" : "touches"}`;
}

/** The words behind a number: "March 2026: 3 touches (2 logged, 1 mention)", "…: 2 touches (Ana, Ben)". */
export function explainTally(label: string, tally: Tally): string {
  const head = `${label}: ${touches(tally.count)}`;
  if (tally.count === 0) return head;
  const parts: string[] = [];
  if (tally.logged !== null) {
    const mentions = tally.count - tally.logged;
    const kinds: string[] = [];
    if (tally.logged > 0) kinds.push(`${tally.logged} logged`);
    if (mentions > 0) kinds.push(`${mentions} ${mentions === 1 ? "mention" : "mentions"}`);
    parts.push(kinds.join(", "));
  }
  if (tally.names.length > 0) {
    const shown = tally.names.slice(0, MAX_NAMES);
    const more = tally.names.length - shown.length;
    parts.push(more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", "));
  }
  return parts.length > 0 ? `${head} (${parts.join("; ")})` : head;
}

const MAX_NAMES = 5;

/** The first day the heatmap shows: the Monday starting its first week. */
export function heatmapStart(today: LocalDate): LocalDate {
  const weekday = (toLocalMidnight(today).getDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDaysTo(today, -weekday - (HEATMAP_WEEKS - 1) * 7);
}

/** Who or what a heatmap counts: contacts' touch days, and for one contact which of them are logged. */
export interface HeatmapSource {
  name: string;
  touchDates: readonly LocalDate[];
  /** The days in this contact's touch log, when they were read. */
  loggedDates?: ReadonlySet<LocalDate>;
}

/** Tallies of the heatmap's days from contacts' touch days; names only when there is more than one contact. */
export function touchesByDay(contacts: readonly HeatmapSource[], today: LocalDate): Map<LocalDate, Tally> {
  const start = heatmapStart(today);
  const withNames = contacts.length > 1;
  const days = new Map<LocalDate, { count: number; logged: number | null; names: string[] }>();
  for (const contact of contacts) {
    for (const date of new Set(contact.touchDates)) {
      if (date < start || date > today) continue;
      let tally = days.get(date);
      if (!tally) days.set(date, (tally = { count: 0, logged: contact.loggedDates ? 0 : null, names: [] }));
      tally.count++;
      if (contact.loggedDates && tally.logged !== null && contact.loggedDates.has(date)) tally.logged++;
      if (!contact.loggedDates) tally.logged = null;
      if (withNames) tally.names.push(contact.name);
    }
  }
  for (const tally of days.values()) tally.names.sort((a, b) => a.localeCompare(b));
  return days;
}

export interface HeatDay {
  date: LocalDate;
  /** Column: 0 for the first week shown. */
  week: number;
  /** Row: 0 for Monday … 6 for Sunday. */
  weekday: number;
  count: number;
  /** 0 for no touch, 1…HEAT_LEVELS by count against the busiest day. */
  level: number;
  explanation: string;
}

export interface HeatmapData {
  start: LocalDate;
  end: LocalDate;
  /** Every day from start to end, oldest first. */
  days: HeatDay[];
  /** The busiest day's count (0 when there were no touches). */
  max: number;
  /** All touches in the period. */
  total: number;
  /** Where each month begins: the week column of its first day, for labels. */
  months: { week: number; label: string }[];
}

/** A year of days ending today, each with its count, its colour level and the words behind it. */
export function heatmapOf(counts: ReadonlyMap<LocalDate, number | Tally>, today: LocalDate): HeatmapData {
  const start = heatmapStart(today);
  const tallyOf = (date: LocalDate): Tally => {
    const value = counts.get(date);
    if (value === undefined) return { count: 0, logged: null, names: [] };
    return typeof value === "number" ? { count: value, logged: null, names: [] } : value;
  };
  const length = daysBetween(start, today) + 1;
  const tallies: { date: LocalDate; tally: Tally }[] = [];
  for (let i = 0, date = start; i < length; i++, date = addDaysTo(date, 1)) tallies.push({ date, tally: tallyOf(date) });
  const max = tallies.reduce((m, { tally }) => Math.max(m, tally.count), 0);
  const months: HeatmapData["months"] = [];
  const days = tallies.map(({ date, tally }, i): HeatDay => {
    const week = Math.floor(i / 7);
    if (date.endsWith("-01")) months.push({ week, label: MONTH_NAMES[Number(date.slice(5, 7)) - 1]?.slice(0, 3) ?? "" });
    return { date, week, weekday: i % 7, count: tally.count, level: heatLevel(tally.count, max), explanation: explainTally(dayLabel(date), tally) };
  });
  return { start, end: today, days, max, total: days.reduce((sum, d) => sum + d.count, 0), months };
}

/** A day's colour: none for no touch, else its share of the busiest day in HEAT_LEVELS steps. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((count / max) * HEAT_LEVELS)));
}
