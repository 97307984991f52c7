import type { Contact } from "../contacts/contact";
import { addDaysTo, daysBetween, formatAgo, type LocalDate } from "../shared/dates";
import { computeDue } from "../contacts/due";
import { describeReplyOwed } from "../touches/replies";
import { describeLongSilence, longSilenceDays } from "../insight/way-back";
import { nextOccurrence } from "../contacts/important-dates";
import type { Tier } from "../contacts/tiers";

/**
 * The weekly batch plan (the method's "Friday morning batch") and the forecast of
 * the weeks after it. Weeks start on Monday: a week is named by the date of its
 * Monday, whatever day of it today is.
 *
 * Each person comes due on a day: the last touch plus their cadence's "due from"
 * (today when already due or never touched, the end of a snooze when snoozed). In the
 * forecast they come due again a cadence after that. A birthday or anniversary in a
 * week brings them into that week, and ties them to it. Then the load is levelled:
 * when a week holds more people than the weekly capacity, the extras are pulled into
 * earlier weeks, never pushed later. Nothing is dropped: people due now who don't fit
 * this week are listed as over capacity.
 */

export const FORECAST_WEEKS = 8;

export interface PlannedTouch {
  path: string;
  name: string;
  tierId: string;
  /** the day they come due (or today if already due) */
  dueDate: LocalDate;
  /** the week (Monday start, LocalDate of that Monday) they are planned into */
  week: LocalDate;
  reason: string;
  /** true when pulled earlier than their due week to level the load */
  pulledEarly: boolean;
}

export interface WeekLoad {
  week: LocalDate;
  planned: PlannedTouch[];
  /** how many would fall in this week without levelling */
  naturalCount: number;
  capacity: number;
  /** how many of the people due this week were pulled into earlier weeks */
  pulledEarlier: number;
}

export interface WeekPlan {
  today: LocalDate;
  capacity: number;
  thisWeek: PlannedTouch[];
  /** due now but beyond capacity even after levelling, still shown */
  overflow: PlannedTouch[];
  /** the forecast: `weeks` weeks starting with this week */
  weeks: WeekLoad[];
}

/** The Monday of the week a day falls in. */
export function weekStartOf(date: LocalDate): LocalDate {
  // 1970-01-05 was a Monday.
  const offset = ((daysBetween("1970-01-05", date) % 7) + 7) % 7;
  return addDaysTo(date, -offset);
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "30 Nov". */
export function formatDayMonth(date: LocalDate): string {
  return `${Number(date.slice(8, 10))} ${SHORT_MONTHS[Number(date.slice(5, 7)) - 1] ?? ""}`;
}

/**
 * One touch to place: it may go into any week from `release` to `natural` (week
 * indices, 0 = this week). A birthday has release = natural: it stays in its week.
 */
export interface LoadSlot {
  release: number;
  natural: number;
}

/**
 * Places slots into weeks of `capacity` each, as late as possible: a slot stays in its
 * natural week unless that week is full, then moves back a week at a time. Walking
 * from the last week to the first, each week keeps first the slots that can go no
 * earlier (latest release), then those from the latest natural week (so nobody is
 * pulled further than needed), then the lowest priority — the more important people
 * are the ones reached a little early. This is earliest-deadline-first run backwards,
 * so whenever the slots fit at all within capacity, they fit here.
 *
 * Returns each slot's week; -1 for a slot due this week that doesn't fit (over
 * capacity). A later slot that can't fit anywhere stays in its natural week, over
 * capacity, so the forecast shows the overload.
 */
export function levelLoad<T extends LoadSlot>(slots: readonly T[], weekCount: number, capacity: number, higherFirst: (a: T, b: T) => number): number[] {
  const weekOf = slots.map(() => -1);
  const byNatural: number[][] = Array.from({ length: weekCount }, () => []);
  slots.forEach((slot, i) => byNatural[slot.natural]?.push(i));
  let pending: number[] = [];
  for (let w = weekCount - 1; w >= 1; w--) {
    pending.push(...(byNatural[w] ?? []));
    const candidates = pending
      .filter((i) => (slots[i] as T).release <= w)
      .sort((a, b) => {
        const sa = slots[a] as T;
        const sb = slots[b] as T;
        return sb.release - sa.release || sb.natural - sa.natural || higherFirst(sb, sa);
      });
    const kept = new Set(candidates.slice(0, capacity));
    for (const i of kept) weekOf[i] = w;
    pending = pending.filter((i) => !kept.has(i));
  }
  // This week: the people actually due now come before anyone pulled forward.
  const now = [...(byNatural[0] ?? []), ...pending]
    .filter((i) => (slots[i] as T).release <= 0)
    .sort((a, b) => {
      const sa = slots[a] as T;
      const sb = slots[b] as T;
      return sa.natural - sb.natural || higherFirst(sa, sb);
    });
  for (const i of now.slice(0, capacity)) weekOf[i] = 0;
  slots.forEach((slot, i) => {
    if (weekOf[i] === -1 && slot.natural > 0) weekOf[i] = slot.natural;
  });
  return weekOf;
}

interface Slot extends LoadSlot {
  contact: Contact;
  /** 0 for the touch that is next now, 1 for the one after it in the forecast, … */
  occurrence: number;
  /** The day it comes due, in days from this week's Monday … */
  dueDay: number;
  /** … and the day its cadence alone would make it due (later, when an occasion brings it in). */
  cadenceDay: number;
  /** A birthday or anniversary that brings the touch into its week. */
  occasion: { label: string; day: number } | null;
  /** Someone waiting on a reply: planned before anyone else. */
  replyOwed: boolean;
  /** 0 overdue, 1 due now, 2 due later. */
  urgency: number;
  pressure: number;
  tierRank: number;
  /** Place in the priority order of all slots, once sorted. */
  rank: number;
}

/** Who goes first when there isn't room for everyone: a reply owed, an occasion, then the most overdue state, the higher tier, the longer silence. */
function compareSlots(a: Slot, b: Slot): number {
  return (
    Number(b.replyOwed) - Number(a.replyOwed) ||
    Number(b.occasion !== null) - Number(a.occasion !== null) ||
    a.urgency - b.urgency ||
    a.tierRank - b.tierRank ||
    b.pressure - a.pressure ||
    (a.contact.path < b.contact.path ? -1 : a.contact.path > b.contact.path ? 1 : 0) ||
    a.occurrence - b.occurrence
  );
}

/** The touches one contact needs within the forecast, before levelling. Days count from this week's Monday. */
function slotsOf(contact: Contact, today: LocalDate, monday: LocalDate, weekCount: number, tierRank: number): Slot[] {
  if (contact.status === "paused") return [];
  const dayOf = (date: LocalDate): number => daysBetween(monday, date);
  const due = computeDue(contact, today);
  // Someone waiting on a reply is planned now, snoozed or not.
  const snoozed = due.replyOwedSince === null && contact.snoozeUntil !== null && contact.snoozeUntil > today;
  const earliestDate = snoozed ? (contact.snoozeUntil as LocalDate) : today;
  const earliest = dayOf(earliestDate);
  // Snoozed today means not in this week's plan, even if the snooze ends before Sunday.
  const firstWeek = snoozed ? Math.max(1, Math.floor(earliest / 7)) : 0;
  // A touch already logged in an occasion's week is taken as the one for it: the occasion brings nobody back.
  const touchedWeek = contact.lastTouch === null ? null : Math.floor(dayOf(contact.lastTouch) / 7);
  const occasions = contact.importantDates
    .map((date) => ({ label: date.label, day: dayOf(nextOccurrence(date, earliestDate)) }))
    .filter((o) => Math.floor(o.day / 7) !== touchedWeek)
    .sort((a, b) => a.day - b.day || a.label.localeCompare(b.label));
  const dueNow = due.state === "overdue" || due.state === "due";

  const slots: Slot[] = [];
  // A reply owed is due today, whatever the last touch and the cadence say.
  let next = contact.lastTouch === null || due.replyOwedSince !== null ? earliest : dayOf(contact.lastTouch) + contact.dueFromDays;
  let minWeek = firstWeek;
  while (minWeek < weekCount) {
    next = Math.max(next, earliest, minWeek * 7);
    const natural = Math.floor(next / 7);
    const lastWeek = Math.min(natural, weekCount - 1);
    const occasion = occasions.find((o) => o.day >= minWeek * 7 && Math.floor(o.day / 7) <= lastWeek) ?? null;
    if (!occasion && natural >= weekCount) break;
    const first = slots.length === 0;
    const week = occasion ? Math.floor(occasion.day / 7) : natural;
    const dueDay = occasion ? Math.min(occasion.day, next) : next;
    slots.push({
      contact,
      occurrence: slots.length,
      dueDay,
      cadenceDay: next,
      occasion,
      replyOwed: first && due.replyOwedSince !== null,
      urgency: first && dueNow ? (due.state === "overdue" ? 0 : 1) : 2,
      pressure: first && dueNow ? due.pressure : 0,
      tierRank,
      rank: 0,
      // A birthday's touch belongs to its week: it is never pulled earlier.
      release: occasion ? week : minWeek,
      natural: week,
    });
    // The forecast assumes the touch happens on the day it comes due, so the next one is a cadence later.
    next = dueDay + Math.max(1, contact.dueFromDays);
    minWeek = week + 1;
  }
  return slots;
}

/** Why this touch is in the plan, in words: "overdue: last touch 9 weeks ago", "due 26 Nov; Birthday on 28 Nov". */
function reasonOf(slot: Slot, today: LocalDate, dateAt: (day: number) => LocalDate): string {
  const { contact } = slot;
  const nextDue = slot.cadenceDay;
  let base: string;
  if (slot.occurrence > 0) base = `due again ${formatDayMonth(dateAt(nextDue))}`;
  else if (slot.urgency < 2) {
    const due = computeDue(contact, today);
    const silence = longSilenceDays(contact, today);
    if (due.replyOwedSince !== null) base = describeReplyOwed(due.replyOwedSince, today);
    // A long silence is said as the row says it, without alarm: the way back starts there.
    else if (silence !== null) base = describeLongSilence(silence);
    else base = due.daysSince === null ? "never touched" : `${due.state}: last touch ${formatAgo(due.daysSince)}`;
  } else {
    const snoozed = contact.snoozeUntil !== null && contact.snoozeUntil > today;
    base = `${snoozed ? "back from snooze" : "due"} ${formatDayMonth(dateAt(nextDue))}`;
  }
  if (!slot.occasion) return base;
  const occasion = `${slot.occasion.label} on ${formatDayMonth(dateAt(slot.occasion.day))}`;
  return slot.occasion.day < nextDue ? `${occasion} (${base})` : `${base}; ${occasion}`;
}

/**
 * This week's batch and the forecast of the `weeks` weeks starting with this one.
 * Tiers are in priority order (the settings' order: earlier = higher). The same
 * contacts give the same plan in any order: ties are broken by path. A suggestion
 * only: paused contacts are never planned, snoozed ones not before the snooze ends.
 */
export function planWeeks(contacts: readonly Contact[], today: LocalDate, tiers: readonly Tier[], capacity: number, weeks = FORECAST_WEEKS): WeekPlan {
  const weekCount = Math.max(1, Math.floor(weeks));
  const cap = Math.max(0, Math.floor(capacity));
  const monday = weekStartOf(today);
  const rankOf = new Map<string, number>();
  tiers.forEach((tier, i) => {
    if (!rankOf.has(tier.id)) rankOf.set(tier.id, i);
  });
  const slots = contacts.flatMap((c) => slotsOf(c, today, monday, weekCount, rankOf.get(c.tier.id) ?? tiers.length)).sort(compareSlots);
  slots.forEach((slot, i) => (slot.rank = i));
  const weekOf = levelLoad(slots, weekCount, cap, (a, b) => a.rank - b.rank);

  const dates = new Map<number, LocalDate>();
  const dateAt = (day: number): LocalDate => {
    let date = dates.get(day);
    if (date === undefined) dates.set(day, (date = addDaysTo(monday, day)));
    return date;
  };
  const loads: WeekLoad[] = Array.from({ length: weekCount }, (_, w) => ({ week: dateAt(w * 7), planned: [], naturalCount: 0, capacity: cap, pulledEarlier: 0 }));
  const overflow: PlannedTouch[] = [];
  // Slots are in priority order, so each week's list is too.
  slots.forEach((slot, i) => {
    const w = weekOf[i] as number;
    const natural = loads[slot.natural] as WeekLoad;
    natural.naturalCount++;
    if (w < slot.natural && w >= 0) natural.pulledEarlier++;
    const week = w < 0 ? natural.week : (loads[w] as WeekLoad).week;
    const pulledEarly = w >= 0 && w < slot.natural;
    const why = reasonOf(slot, today, dateAt);
    const reason = pulledEarly ? `${why}; a little early, to keep the week of ${formatDayMonth(natural.week)} within capacity` : why;
    const touch: PlannedTouch = { path: slot.contact.path, name: slot.contact.name, tierId: slot.contact.tier.id, dueDate: dateAt(Math.max(slot.dueDay, 0)), week, reason, pulledEarly };
    if (w < 0) overflow.push(touch);
    else (loads[w] as WeekLoad).planned.push(touch);
  });
  return { today, capacity: cap, thisWeek: (loads[0] as WeekLoad).planned, overflow, weeks: loads };
}

/** "Week of 30 Nov: 7 people due, 5 planned, capacity 5; 2 pulled into earlier weeks" — every number of a bar, in words. */
export function describeWeekLoad(load: WeekLoad, overflow = 0): string {
  const people = load.naturalCount === 1 ? "1 person" : `${load.naturalCount} people`;
  const parts = [`${people} due`, `${load.planned.length} planned`, `capacity ${load.capacity}`];
  const notes: string[] = [];
  if (load.pulledEarlier > 0) notes.push(`${load.pulledEarlier} pulled into earlier weeks`);
  const pulledIn = load.planned.filter((p) => p.pulledEarly).length;
  if (pulledIn > 0) notes.push(`${pulledIn} pulled in from later weeks`);
  if (overflow > 0) notes.push(`${overflow} over capacity, still listed`);
  else if (load.planned.length > load.capacity) notes.push(`${load.planned.length - load.capacity} over capacity`);
  const tail = notes.length > 0 ? `; ${notes.join("; ")}` : "";
  return `Week of ${formatDayMonth(load.week)}: ${parts.join(", ")}${tail}`;
}

/** A task for the daily note: `- [ ] [[Sam Rivera]] — overdue: last touch 9 weeks ago`. Ticking it counts as the touch. */
export function formatWeekPlanLine(link: string, touch: PlannedTouch): string {
  return `- [ ] ${link} — ${touch.reason}`;
}
