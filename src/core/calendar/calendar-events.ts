/**
 * The events of the calendar feed, gathered from contacts and the weekly plan: every
 * important date as a yearly event, every planned touch as a one-day reminder
 * (step 5 of the method: schedule recurring reminders), each with the heads-up the
 * user chose and no more about the person than the user allows. Pure, so the plugin
 * and the terminal command gather exactly the same events from the same vault.
 */
import type { Contact } from "../contacts/contact";
import { addDaysTo, type LocalDate } from "../shared/dates";
import { stableUid, type CalendarEvent } from "./ics";
import type { ImportantDate } from "../contacts/important-dates";
import type { Tier } from "../contacts/tiers";
import { planWeeks, type PlannedTouch } from "../planning/week-plan";
import type { KeepInTouchSettings } from "../settings";
import { eventAlarm, type HeadsUp } from "./alarms";
import { shownName, type Disclosure } from "../sharing/privacy";
import { detailLines, type LastNote } from "../sharing/details";
import { countedDateEvents, countedTouchEvents } from "./counted-events";

/** What the feed needs of a touch the weekly plan placed. */
export type PlannedReminder = Pick<PlannedTouch, "path" | "name" | "week" | "dueDate" | "reason">;

/** What goes into the feed besides the events themselves. */
export interface FeedOptions {
  touchAlarm: HeadsUp | null;
  dateAlarm: HeadsUp | null;
  disclosure: Disclosure;
  /** Each person's last touch with a note, by path: read only when details go along. */
  lastNotes?: ReadonlyMap<string, LastNote>;
}

/** The feed as the settings have it; the terminal agenda may override what it discloses. */
export function feedOptionsOf(settings: KeepInTouchSettings, disclosure: Partial<Disclosure> = {}): FeedOptions {
  return {
    touchAlarm: settings.touchAlarm,
    dateAlarm: settings.dateAlarm,
    disclosure: { names: disclosure.names ?? settings.feedNames, details: disclosure.details ?? settings.feedDetails },
  };
}

/** A date without a year starts in 2000: a leap year, so 29 February has a real first day. */
export const YEARLESS_START = 2000;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The event's notes: its own lines, then the details when they go along; undefined when there is nothing to say. */
function descriptionOf(lines: string[], contact: Contact | undefined, options: FeedOptions): string | undefined {
  const all = [...lines];
  if (options.disclosure.details && contact) all.push(...detailLines(contact.topics, options.lastNotes?.get(contact.path)));
  return all.length > 0 ? all.join("\n") : undefined;
}

function importantDateEvent(contact: Contact, date: ImportantDate, name: string, options: FeedOptions): CalendarEvent {
  const monthDay = `${pad(date.month)}-${pad(date.day)}`;
  const written = date.year === null ? `--${monthDay}` : `${date.year}-${monthDay}`;
  const summary = `${name}: ${date.label}`;
  // The full date and the note's path say who it is: only with full names.
  const own = options.disclosure.names === "full" ? [`${date.label}: ${written} (${date.key} in ${contact.path})`] : [];
  const event: CalendarEvent = {
    uid: stableUid(contact.path, "date", date.key),
    date: `${date.year ?? YEARLESS_START}-${monthDay}`,
    summary,
    yearly: true,
  };
  const description = descriptionOf(own, contact, options);
  if (description !== undefined) event.description = description;
  const alarm = eventAlarm(options.dateAlarm, summary);
  if (alarm) event.alarm = alarm;
  return event;
}

/** Every important date of every contact, faded ones included, as the view lists them; one event per day and date when only counts go out. */
export function importantDateEvents(contacts: Iterable<Contact>, options: FeedOptions): CalendarEvent[] {
  if (options.disclosure.names === "count") return countedDateEvents(contacts, options.dateAlarm);
  const events: CalendarEvent[] = [];
  for (const contact of contacts) {
    const name = shownName(contact.name, options.disclosure.names) ?? "";
    for (const date of contact.importantDates) events.push(importantDateEvent(contact, date, name, options));
  }
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

/** A reminder per planned touch; with only counts going out, one per day. `contacts` gives the details, by path. */
export function plannedTouchEvents(planned: Iterable<PlannedReminder>, today: LocalDate, options: FeedOptions, contacts: ReadonlyMap<string, Contact> = new Map()): CalendarEvent[] {
  if (options.disclosure.names === "count") return countedTouchEvents([...planned].map((touch) => reminderDay(touch, today)), options.touchAlarm);
  const events: CalendarEvent[] = [];
  for (const touch of planned) {
    const summary = `Reach out to ${shownName(touch.name, options.disclosure.names) ?? ""}`;
    const own = touch.reason.trim() === "" ? [] : [touch.reason];
    // The note's path holds the full name.
    if (options.disclosure.names === "full") own.push(`Note: ${touch.path}`);
    const event: CalendarEvent = {
      // One per contact and week: the week is what a re-export keeps when the day moves within it.
      uid: stableUid(touch.path, "touch", touch.week),
      date: reminderDay(touch, today),
      summary,
    };
    const description = descriptionOf(own, contacts.get(touch.path), options);
    if (description !== undefined) event.description = description;
    const alarm = eventAlarm(options.touchAlarm, summary);
    if (alarm) event.alarm = alarm;
    events.push(event);
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

/** Every touch the weekly plan holds over its forecast, people due now beyond this week's capacity included. */
export function plannedReminders(contacts: readonly Contact[], today: LocalDate, tiers: readonly Tier[], weeklyCapacity: number): PlannedTouch[] {
  const plan = planWeeks(contacts, today, tiers, weeklyCapacity);
  return [...plan.weeks.flatMap((w) => w.planned), ...plan.overflow];
}

/**
 * The feed's reminders: every touch the weekly plan holds over its forecast, each in
 * the week the plan gives it, so this week holds no more than the capacity. People
 * due now beyond it (the plan's "for next week") come first, on next Monday; a person
 * the plan also puts in next week is there once, with the reason that says they are
 * overdue.
 */
export function feedReminders(contacts: readonly Contact[], today: LocalDate, tiers: readonly Tier[], weeklyCapacity: number): PlannedReminder[] {
  const plan = planWeeks(contacts, today, tiers, weeklyCapacity);
  const overflow = plan.overflow.map(nextWeekReminder);
  const moved = new Set(overflow.map((touch) => `${touch.path}\u0000${touch.week}`));
  return [...overflow, ...plan.weeks.flatMap((w) => w.planned).filter((touch) => !moved.has(`${touch.path}\u0000${touch.week}`))];
}

/** The notes whose people the feed names: everyone with an important date, and everyone planned. Their details are all it may need. */
export function peopleInFeed(contacts: readonly Contact[], planned: readonly PlannedReminder[]): string[] {
  const paths = new Set(contacts.filter((c) => c.importantDates.length > 0).map((c) => c.path));
  for (const touch of planned) paths.add(touch.path);
  return [...paths];
}

/**
 * People due now who don't fit this week's capacity: the plan lists them "for next
 * week", so their reminder goes on next Monday, and this week holds no more
 * reminders than the capacity.
 */
export function nextWeekReminder(touch: PlannedReminder): PlannedReminder {
  const week = addDaysTo(touch.week, 7);
  return { ...touch, week, dueDate: week, reason: `${touch.reason}; over this week's capacity, so next week` };
}

/**
 * The whole feed: the yearly dates by month and day, then the planned touches of the
 * weekly plan's forecast, soonest first, each in the week the plan gives it. People
 * due now who don't fit this week's capacity are in it too, on next Monday.
 */
export function feedEvents(contacts: readonly Contact[], planned: readonly PlannedReminder[], today: LocalDate, options: FeedOptions): CalendarEvent[] {
  const dates = sortedBy(importantDateEvents(contacts, options), (event) => event.date.slice(5));
  const byPath = new Map(contacts.map((c) => [c.path, c]));
  const touches = sortedBy(plannedTouchEvents(planned, today, options, byPath), (event) => event.date);
  // A UID names one event: should a plan ever hold the same person twice in a week, the first stays.
  const seen = new Set<string>();
  return [...dates, ...touches].filter((event) => {
    if (seen.has(event.uid)) return false;
    seen.add(event.uid);
    return true;
  });
}

/** The whole feed, planning the weeks itself. */
export function calendarEvents(contacts: readonly Contact[], today: LocalDate, tiers: readonly Tier[], weeklyCapacity: number, options: FeedOptions): CalendarEvent[] {
  return feedEvents(contacts, feedReminders(contacts, today, tiers, weeklyCapacity), today, options);
}
