/**
 * Reads a calendar feed with ts-ics, a second RFC 5545 parser written by others and
 * sharing no code with ical.js, and works out when each alarm rings: the local time
 * in a given time zone, from nothing but what the parser read. Two parsers that agree
 * with each other and with what the user asked for leave little room for a feed that
 * only our own reader understands.
 */
import { convertIcsCalendar, extendByRecurrenceRule } from "ts-ics";

export interface SecondParserAlarm {
  action: string;
  /** As written in the file: ts-ics reads an alarm's text without undoing its escapes (`\,`). */
  description: string | undefined;
  /** The trigger as ts-ics read it: relative to the start (before or after) by weeks, days, hours, minutes, seconds. */
  before: boolean;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export interface SecondParserEvent {
  uid: string;
  summary: string;
  description: string | undefined;
  /** DTSTART as YYYY-MM-DD; `allDay` when it is a DATE. */
  start: string;
  allDay: boolean;
  yearly: boolean;
  alarms: SecondParserAlarm[];
  /** The days the event falls on from its start up to (not including) `until`, from ts-ics's own recurrence rules. */
  daysUntil(until: string): string[];
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseWithTsIcs(text: string): SecondParserEvent[] {
  const calendar = convertIcsCalendar(undefined, text);
  return (calendar.events ?? []).map((event) => {
    const start = event.start.date;
    const rule = event.recurrenceRule;
    return {
      uid: event.uid,
      summary: event.summary ?? "",
      description: event.description,
      start: day(start),
      allDay: event.start.type === "DATE",
      yearly: rule?.frequency === "YEARLY",
      alarms: (event.alarms ?? []).map((alarm) => {
        const trigger = alarm.trigger;
        if (trigger.type !== "relative") throw new Error(`an absolute trigger in ${event.uid}`);
        const v = trigger.value;
        return {
          action: alarm.action ?? "",
          description: alarm.description,
          before: v.before === true,
          weeks: v.weeks ?? 0,
          days: v.days ?? 0,
          hours: v.hours ?? 0,
          minutes: v.minutes ?? 0,
          seconds: v.seconds ?? 0,
        };
      }),
      daysUntil: (until: string) => (rule ? extendByRecurrenceRule(rule, { start, end: new Date(`${until}T00:00:00Z`) }).map(day) : [day(start)]),
    };
  });
}

/** A wall-clock time with no zone: the time an all-day event's alarm names. */
export interface WallClock {
  day: string;
  hour: number;
  minute: number;
}

/**
 * When an alarm rings on the clock, from the start of an all-day event: as RFC 5545
 * (3.3.6) says, whole days (and weeks) first as calendar days, then hours and
 * minutes. An all-day event is floating (bound to no zone), so this is the time on
 * whatever clock the phone shows.
 */
export function alarmWallClock(startDay: string, alarm: SecondParserAlarm): WallClock {
  const sign = alarm.before ? -1 : 1;
  const start = Date.UTC(Number(startDay.slice(0, 4)), Number(startDay.slice(5, 7)) - 1, Number(startDay.slice(8, 10)));
  const afterDays = start + sign * (alarm.weeks * 7 + alarm.days) * 86_400_000;
  const at = afterDays + sign * ((alarm.hours * 60 + alarm.minutes) * 60 + alarm.seconds) * 1000;
  const d = new Date(at);
  return { day: d.toISOString().slice(0, 10), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(zone: string, instant: number): { day: string; hour: number; minute: number } {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The instant a wall-clock time happens in a zone (its first, should it happen twice). */
export function instantIn(zone: string, clock: WallClock): number {
  const asUtc = Date.UTC(Number(clock.day.slice(0, 4)), Number(clock.day.slice(5, 7)) - 1, Number(clock.day.slice(8, 10)), clock.hour, clock.minute);
  // The zone's offset at a guess, twice: the second guess is right except in the hour a clock skips.
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const seen = partsIn(zone, instant);
    const seenAsUtc = Date.UTC(Number(seen.day.slice(0, 4)), Number(seen.day.slice(5, 7)) - 1, Number(seen.day.slice(8, 10)), seen.hour, seen.minute);
    instant -= seenAsUtc - asUtc;
  }
  return instant;
}

/** "2027-03-28 09:00": an instant as a clock in the zone shows it. */
export function localTimeIn(zone: string, instant: number): string {
  const p = partsIn(zone, instant);
  return `${p.day} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}
