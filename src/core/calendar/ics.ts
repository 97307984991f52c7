/**
 * Writes an iCalendar file (RFC 5545) of all-day events, each with an optional
 * display alarm. It knows nothing about contacts or plans: it takes plain event
 * descriptions, so the same writer serves the plugin and the terminal command, and
 * its rules (folding, escaping) are tested alone.
 */
import { addDaysTo, type LocalDate } from "../shared/dates";

/** One all-day event. */
export interface CalendarEvent {
  /** Stable across exports, so a calendar app updates the event instead of adding a copy. */
  uid: string;
  date: LocalDate;
  summary: string;
  description?: string;
  /** Repeats every year on the same month and day. */
  yearly?: boolean;
  /** A heads-up the calendar app shows, with its text. */
  alarm?: EventAlarm;
}

/** A display alarm: when, relative to the start of the event's day (`PT9H`, `-P2DT15H`), and what it says. */
export interface EventAlarm {
  trigger: string;
  description: string;
}

/** The product identifier calendar apps see; the domain suffix of every UID. */
export const ICS_PRODUCT = "-//Keep in Touch//Calendar feed//EN";
export const UID_DOMAIN = "keep-in-touch";
export const CALENDAR_NAME = "Keep in Touch";

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (CRLF not
 * counted); each continuation starts with one space, which counts. Breaks fall
 * between characters, never inside one's bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * A TEXT value: backslash, semicolon and comma escaped, every kind of line break
 * written `\n`, and the control characters TEXT may not hold (all but tab) left out.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    // Control characters (other than tab and the line breaks already escaped) have no place in a calendar's text.
    .replace(/[^\P{Cc}\t\n\u0080-\u009F]/gu, "");
}

function basicDate(date: LocalDate): string {
  return date.replace(/-/g, "");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A UTC date-time, as DTSTAMP requires: 20261122T223000Z. */
export function utcStamp(moment: Date): string {
  return (
    `${String(moment.getUTCFullYear()).padStart(4, "0")}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}` +
    `T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}Z`
  );
}

/**
 * The yearly rule. 29 February repeats on the last day of February, so in other
 * years it falls on the 28th, as the plugin's own list of upcoming dates has it.
 */
function yearlyRule(date: LocalDate): string {
  return date.endsWith("-02-29") ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY";
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDaysTo(event.date, 1))}`,
  ];
  if (event.yearly) lines.push(yearlyRule(event.date));
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description !== undefined && event.description !== "") lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // All-day reminders shouldn't make the user look busy.
  lines.push("TRANSP:TRANSPARENT");
  // The standard puts an event's alarms after all its properties; a strict reader (the new Outlook) drops what follows one.
  if (event.alarm) lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(event.alarm.description)}`, `TRIGGER:${event.alarm.trigger}`, "END:VALARM");
  lines.push("END:VEVENT");
  return lines;
}

/** The whole file: CRLF after every line, the last one included. `now` is the export's moment (DTSTAMP). */
export function writeCalendar(events: readonly CalendarEvent[], now: Date): string {
  const stamp = utcStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODUCT}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(CALENDAR_NAME)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Why a path can't take the calendar file, or null when it can: it must name a file ending in .ics. */
export function icsPathProblem(path: string): string | null {
  if (path.trim() === "") return "The calendar file needs a path, like Keep in Touch/keep-in-touch.ics.";
  const name = path.split(/[\\/]/).pop() ?? "";
  if (!/^.+\.ics$/i.test(name)) return `The calendar file must be a file name ending in .ics; "${path}" isn't.`;
  return null;
}

/** 64-bit FNV-1a of the text's UTF-8 bytes, in hex: short, stable and free of characters a UID can't hold. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

/** A UID from what identifies an event (a note's path, the kind of event, a date key): the same parts give the same UID. */
export function stableUid(...parts: string[]): string {
  // A separator no path holds keeps ("a", "bc") and ("ab", "c") apart.
  return `${fnv1a64(parts.join("\u0000"))}@${UID_DOMAIN}`;
}
