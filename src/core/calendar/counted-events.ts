/**
 * The feed when only counts leave the vault: no names, no notes, no paths. Planned
 * touches become one reminder a day ("Reach out to 3 people"), important dates one
 * yearly event per date and kind ("Birthday: 2 people"). UIDs come from the day and
 * the kind, so a calendar app updates the count instead of adding a copy.
 */
import type { Contact } from "../contacts/contact";
import type { LocalDate } from "../shared/dates";
import { eventAlarm, type HeadsUp } from "./alarms";
import { stableUid, type CalendarEvent } from "./ics";

/** Every counted date starts in 2000, a leap year, as a date without a year does; 29 February then repeats on the last day of February. */
const COUNTED_START = 2000;

function withAlarm(event: CalendarEvent, headsUp: HeadsUp | null): CalendarEvent {
  const alarm = eventAlarm(headsUp, event.summary);
  if (alarm) event.alarm = alarm;
  return event;
}

function people(n: number): string {
  return n === 1 ? "1 person" : `${n} people`;
}

/** One reminder per day that holds planned touches, given each touch's day. */
export function countedTouchEvents(days: readonly LocalDate[], headsUp: HeadsUp | null): CalendarEvent[] {
  const perDay = new Map<LocalDate, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  return [...perDay].map(([date, n]) => withAlarm({ uid: stableUid("counted", "touch", date), date, summary: `Reach out to ${people(n)}` }, headsUp));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** One yearly event per month, day and date property, counting the people whose date it is. */
export function countedDateEvents(contacts: Iterable<Contact>, headsUp: HeadsUp | null): CalendarEvent[] {
  const groups = new Map<string, { key: string; label: string; monthDay: string; count: number }>();
  for (const contact of contacts) {
    for (const date of contact.importantDates) {
      const monthDay = `${pad(date.month)}-${pad(date.day)}`;
      const id = `${date.key}\u0000${monthDay}`;
      const group = groups.get(id) ?? { key: date.key, label: date.label, monthDay, count: 0 };
      group.count++;
      groups.set(id, group);
    }
  }
  return [...groups.values()].map((g) =>
    withAlarm({ uid: stableUid("counted", "date", g.key, g.monthDay), date: `${COUNTED_START}-${g.monthDay}`, summary: `${g.label}: ${people(g.count)}`, yearly: true }, headsUp),
  );
}
