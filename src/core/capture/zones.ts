/**
 * Moments and wall clocks in named time zones, with the platform's own zone data
 * (Intl), so no zone library ships with the plugin. Calendar exports name zones the
 * IANA way, the Windows way (Outlook) or by a path that ends in an IANA name.
 */
import { canonicalTimeZone } from "../contacts/contact";
import { DAY_MS } from "./civil";
import { WINDOWS_ZONES } from "./windows-zones";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Offsets only change on a quarter hour, so one answer serves every moment of that quarter. */
const QUARTER_MS = 900_000;
/** Per zone: the offset of each UTC day that has one offset all day long, else NaN (then quarters are asked). */
const dayOffsets = new Map<string, Map<number, number>>();
const quarterOffsets = new Map<string, number>();

/** The offset at an instant, asked of the platform (the costly part, so it is remembered by its callers). */
function askOffset(at: number, zone: string): number {
  const parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(zone).formatToParts(at)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  wall.setUTCHours(parts.hour % 24, parts.minute, parts.second, 0);
  return wall.getTime() - at;
}

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. A day
 * whose start and end agree has one offset throughout (zones change at most once a
 * day), so most answers cost two questions per day; a day with a change is answered
 * by the quarter hour.
 */
export function zoneOffset(instant: number, zone: string): number {
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = askOffset(day * DAY_MS, zone);
    offset = askOffset(day * DAY_MS + DAY_MS - QUARTER_MS, zone) === start ? start : Number.NaN;
    if (days.size > 100_000) days.clear();
    days.set(day, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarter = Math.floor(instant / QUARTER_MS);
  const key = `${zone}|${quarter}`;
  let exact = quarterOffsets.get(key);
  if (exact === undefined) {
    exact = askOffset(quarter * QUARTER_MS, zone);
    if (quarterOffsets.size > 50_000) quarterOffsets.clear();
    quarterOffsets.set(key, exact);
  }
  return exact;
}

/** The day number (days since 1970-01-01) of an instant on the zone's calendar. */
export function dayInZone(instant: number, zone: string): number {
  return Math.floor((instant + zoneOffset(instant, zone)) / DAY_MS);
}

/**
 * The instant a wall clock in the zone shows, given as milliseconds since 1970 read
 * as if the wall clock were UTC. A time skipped by daylight saving moves forward by
 * the gap; a repeated one is one of its two passes (the same wall-clock day either way).
 */
export function wallToInstant(wallAsUtc: number, zone: string): number {
  const first = zoneOffset(wallAsUtc, zone);
  const guess = wallAsUtc - first;
  const second = zoneOffset(guess, zone);
  if (second === first) return guess;
  const other = wallAsUtc - second;
  return zoneOffset(other, zone) === second ? other : Math.max(guess, other);
}

/** Whether the platform knows a zone name. */
export function isKnownZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

/**
 * The IANA zone for a calendar's TZID: an IANA name as it is, a Windows name through
 * the CLDR table, or a path ending in an IANA name ("/mozilla.org/…/Europe/Berlin");
 * null when none of these fits.
 */
export function resolveZoneId(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, "");
  if (name === "") return null;
  if (/^(?:Z|UTC|GMT|Etc\/UTC)$/i.test(name)) return "UTC";
  if (isKnownZone(name)) return name;
  const windows = WINDOWS_ZONES[name] ?? Object.entries(WINDOWS_ZONES).find(([w]) => w.toLowerCase() === name.toLowerCase())?.[1];
  if (windows !== undefined && isKnownZone(windows)) return windows;
  const parts = name.split("/");
  for (let i = Math.max(0, parts.length - 3); i < parts.length - 1; i++) {
    const tail = parts.slice(i).join("/");
    if (isKnownZone(tail)) return tail;
  }
  return null;
}
