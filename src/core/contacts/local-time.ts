import { canonicalTimeZone } from "./contact";

/**
 * A contact's local clock, read with the platform's own time-zone data (Intl), so no
 * time-zone library ships with the plugin and daylight-saving rules stay current.
 */

/** The hours when nobody should be called: from `from`:00 up to `to`:00, wrapping past midnight when from > to. */
export interface QuietHours {
  from: number;
  to: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { from: 22, to: 7 };

/** The quiet hours the settings ask for. */
export function quietHoursOf(settings: { quietHoursFrom: number; quietHoursTo: number }): QuietHours {
  return { from: settings.quietHoursFrom, to: settings.quietHoursTo };
}

export interface LocalTime {
  /** "14:05", on a 24-hour clock. */
  text: string;
  hour: number;
  minute: number;
  /** Inside the quiet hours: late evening, night or early morning for them. */
  quiet: boolean;
  /** "UTC+5:30", "UTC−3", "UTC": the zone's offset at that moment (daylight saving included). */
  offsetText: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a formatter is costly and every row asks once a minute, so each zone keeps one.
function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** Whether an hour of the day (0–23) falls in the quiet hours; equal bounds mean no quiet hours. */
export function isQuietHour(hour: number, quiet: QuietHours): boolean {
  if (quiet.from === quiet.to) return false;
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function describeOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "\u2212";
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `UTC${sign}${hours}${minutes === 0 ? "" : `:${pad(minutes)}`}`;
}

/** The wall-clock time in `timezone` at the instant `now`; throws RangeError for a zone the platform doesn't know. */
export function localTimeOf(timezone: string, now: Date, quiet: QuietHours): LocalTime {
  const parts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timezone).formatToParts(now)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  const hour = parts.hour % 24;
  const minute = parts.minute;
  // The zone's wall clock read as if it were UTC, minus the instant itself, is the zone's offset.
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, hour, minute, parts.second);
  const instant = Math.floor(now.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((wallAsUtc - instant) / 60000);
  return { text: `${pad(hour)}:${pad(minute)}`, hour, minute, quiet: isQuietHour(hour, quiet), offsetText: describeOffset(offsetMinutes) };
}

function partOfTheirDay(hour: number): string {
  if (hour >= 18) return "late evening";
  if (hour < 5) return "the middle of the night";
  if (hour < 12) return "early morning";
  return "a quiet hour";
}

/** "22:40 there — late evening for them (UTC+5:30)": the tooltip that explains the shown time. */
export function describeLocalTime(time: LocalTime): string {
  const when = time.quiet ? ` \u2014 ${partOfTheirDay(time.hour)} for them` : "";
  return `${time.text} there${when} (${time.offsetText})`;
}

let zoneNames: string[] | null = null;

/** Every zone name the platform lists (empty where it can't list them: typed names still work). */
export function timeZoneNames(): string[] {
  if (zoneNames === null) {
    const supportedValuesOf = (Intl as unknown as { supportedValuesOf?: (key: "timeZone") => string[] }).supportedValuesOf;
    zoneNames = typeof supportedValuesOf === "function" ? supportedValuesOf("timeZone") : [];
  }
  return zoneNames;
}

/**
 * The zone to write for what the user typed: a listed name in its own spelling
 * ("asia/tokyo" → "Asia/Tokyo"), else the typed name when the platform accepts it
 * (lists can leave out newer names such as Asia/Kolkata), else null.
 */
export function resolveTimeZoneName(typed: string): string | null {
  const text = typed.trim();
  if (text === "") return null;
  const listed = timeZoneNames().find((name) => name.toLowerCase() === text.toLowerCase());
  if (listed) return listed;
  return canonicalTimeZone(text) === null ? null : text;
}
