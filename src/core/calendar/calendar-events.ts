/**
 * The events of the calendar feed, gathered from contacts and the weekly plan: every
 * important date as a yearly event, every planned touch as a one-day reminder
 * (step 5 of the method: schedule recurring reminders). Pure, so the plugin and the
 * terminal command gather exactly the same events from the same vault.
 */
import type { Contact } from "../contacts/contact";
import { addDaysTo, type LocalDate } from "../shared/dates";
import { stableUid, type CalendarEvent } from "./ics";
import type { ImportantDate } from "../contacts/important-dates";
import type { Tier } from "../contacts/tiers";
import { planWeeks, type PlannedTouch } from "../planning/week-plan";

/** What the feed needs of a touch the weekly plan placed. */
export type PlannedReminder = Pick<PlannedTouch, "path" | "name" | "week" | "dueDate" | "reason">;

/** A date without a year starts in 2000: a leap year, so 29 February has a real first day. */
const YEARLESS_START = 2000;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function importantDateEvent(contact: Contact, date: ImportantDate): CalendarEvent {
  const monthDay = `${pad(date.month)}-${pad(date.day)}`;
  const written = date.year === null ? `--${monthDay}` : `${date.year}-${monthDay}`;
  return {
    uid: stableUid(contact.path, "date", date.key),
    date: `${date.year ?? YEARLESS_START}-${monthDay}`,
    summary: `${contact.name}: ${date.label}`,
    description: `${date.label}: ${written} (${date.key} in ${contact.path})`,
    yearly: true,
  };
}

/** Every important date of every contact, faded ones included, as the view lists them. */
export function importantDateEvents(contacts: Iterable<Contact>): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const contact of contacts) for (const date of contact.importantDates) events.push(importantDateEvent(contact, date));
  return events;
}

/**
 * The day a planned touch goes on: the Monday of its week, or the due date when
 * that falls later in the same week, and never before today, since a reminder in
 * the past reminds nobody.
 */
export function reminderDay(touch: PlannedReminder, today: LocalDate): LocalDate {
  const sunday = addDaysTo(touch.week, 6);
  let day = touch.dueDate > touch.week && touch.dueDate <= sunday ? touch.dueDate : touch.week;
  if (day < today) day = today;
  return day;
}

export function plannedTouchEvents(planned: Iterable<PlannedReminder>, today: LocalDate): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const touch of planned) {
    events.push({
      // One per contact and week: the week is what a re-export keeps when the day moves within it.
      uid: stableUid(touch.path, "touch", touch.week),
      date: reminderDay(touch, today),
      summary: `Reach out to ${touch.name}`,
      description: touch.reason.trim() === "" ? `Note: ${touch.path}` : `${touch.reason}\nNote: ${touch.path}`,
    });
  }
  return events;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders events by a day key, then by summary and UID, so the same vault always gives the same file. */
function sortedBy(events: CalendarEvent[], dayKey: (event: CalendarEvent) => string): CalendarEvent[] {
  return events.sort((a, b) => compareText(dayKey(a), dayKey(b)) || compareText(a.summary, b.summary) || compareText(a.uid, b.uid));
}

/**
 * The whole feed: the yearly dates by month and day, then the planned touches of the
 * weekly plan's forecast, soonest first. People due now who don't fit this week's
 * capacity are in it too, today: the plan lists them, so the calendar does.
 */
export function calendarEvents(contacts: readonly Contact[], today: LocalDate, tiers: readonly Tier[], weeklyCapacity: number): CalendarEvent[] {
  const dates = sortedBy(importantDateEvents(contacts), (event) => event.date.slice(5));
  const plan = planWeeks(contacts, today, tiers, weeklyCapacity);
  const touches = sortedBy(plannedTouchEvents([...plan.weeks.flatMap((w) => w.planned), ...plan.overflow], today), (event) => event.date);
  // A UID names one event: should a plan ever hold the same person twice in a week, the first stays.
  const seen = new Set<string>();
  return [...dates, ...touches].filter((event) => {
    if (seen.has(event.uid)) return false;
    seen.add(event.uid);
    return true;
  });
}
