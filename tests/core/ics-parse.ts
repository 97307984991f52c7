/**
 * Reads a calendar feed back with ical.js, an RFC 5545 parser written by others, so
 * the tests check the file against the standard rather than against our own writer.
 */
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  /** DTSTART as YYYY-MM-DD. */
  start: string;
  /** True when DTSTART is a DATE (an all-day event). */
  allDay: boolean;
  rrule: string | null;
  dtstamp: string | null;
}

export interface ParsedFeed {
  calendar: InstanceType<typeof ICAL.Component>;
  events: ParsedEvent[];
}

function calendarOf(text: string): InstanceType<typeof ICAL.Component> {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

export function parseFeed(text: string): ParsedFeed {
  const calendar = calendarOf(text);
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const description = component.getFirstPropertyValue("description");
    const rrule = component.getFirstPropertyValue("rrule");
    const dtstamp = component.getFirstPropertyValue("dtstamp");
    return {
      uid: event.uid,
      summary: event.summary,
      description: typeof description === "string" ? description : null,
      start: event.startDate.toString().slice(0, 10),
      allDay: event.startDate.isDate,
      rrule: rrule ? String(rrule) : null,
      dtstamp: dtstamp ? String(dtstamp) : null,
    };
  });
  return { calendar, events };
}

/** The next `count` days a recurring event falls on, from its start. */
export function occurrences(text: string, uid: string, count: number): string[] {
  const component = calendarOf(text).getAllSubcomponents("vevent").find((c) => c.getFirstPropertyValue("uid") === uid);
  if (!component) throw new Error(`no event ${uid}`);
  const iterator = new ICAL.Event(component).iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next && days.length < count; next = iterator.next()) days.push(next.toString().slice(0, 10));
  return days;
}

/** Each physical line of the file as bytes, split at CRLF, so tests can count octets. */
export function physicalLines(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < bytes.length) lines.push(bytes.slice(start));
  return lines;
}
