/**
 * Dates and times in a calendar export (RFC 5545 DATE and DATE-TIME): an all-day
 * date, a UTC time (`Z`), a time in a named zone (`TZID=`), or a floating time that
 * means the same clock time wherever the reader is. Each becomes a day on the user's
 * own calendar.
 */
import { DAY_MS, dayNumber, isRealDay } from "./civil";
import { dayInZone, resolveZoneId, wallToInstant } from "./zones";

export type IcsTimeKind = "date" | "utc" | "floating" | "zoned";

export interface IcsTime {
  /** The wall-clock day, as a day number. */
  day: number;
  /** Milliseconds into that day on the wall clock (0 for a date). */
  ms: number;
  kind: IcsTimeKind;
  /** The IANA zone of a zoned time. */
  zone: string | null;
}

const VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

export type IcsTimeParse = { ok: true; time: IcsTime; unknownZone: string | null } | { ok: false };

/**
 * One DATE or DATE-TIME value with its TZID. A zone name that can't be read makes
 * the time floating (the user's own clock), and is returned so it can be reported.
 */
export function parseIcsTime(value: string, tzid: string | null): IcsTimeParse {
  const m = VALUE.exec(value.trim());
  if (!m) return { ok: false };
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(year, month, dayOfMonth)) return { ok: false };
  const day = dayNumber(year, month, dayOfMonth);
  if (m[4] === undefined) return { ok: true, time: { day, ms: 0, kind: "date", zone: null }, unknownZone: null };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23 || minute > 59 || second > 60) return { ok: false };
  const ms = ((hour * 60 + minute) * 60 + Math.min(second, 59)) * 1000;
  if (m[7] === "Z") return { ok: true, time: { day, ms, kind: "utc", zone: null }, unknownZone: null };
  if (tzid === null || tzid.trim() === "") return { ok: true, time: { day, ms, kind: "floating", zone: null }, unknownZone: null };
  const zone = resolveZoneId(tzid);
  if (zone === null) return { ok: true, time: { day, ms, kind: "floating", zone: null }, unknownZone: tzid };
  return { ok: true, time: { day, ms, kind: zone === "UTC" ? "utc" : "zoned", zone: zone === "UTC" ? null : zone }, unknownZone: null };
}

/** The user's clock: their zone and the present moment, against which times are placed. */
export class UserClock {
  readonly today: number;

  constructor(
    readonly zone: string,
    readonly now: number,
  ) {
    this.today = dayInZone(now, zone);
  }

  /** The moment a time names; a date or a floating time is read on the user's clock. */
  instantOf(time: IcsTime): number {
    const wall = time.day * DAY_MS + time.ms;
    switch (time.kind) {
      case "utc":
        return wall;
      case "zoned":
        return wallToInstant(wall, time.zone as string);
      default:
        return wallToInstant(wall, this.zone);
    }
  }

  /** The day on the user's calendar: a date or a floating time keeps its own day. */
  localDay(time: IcsTime, instant: number): number {
    if (time.kind === "date" || time.kind === "floating" || time.zone === this.zone) return time.day;
    return dayInZone(instant, this.zone);
  }

  /** Whether it has begun: a date from its day on, a time from its moment on. */
  hasHappened(time: IcsTime, instant: number): boolean {
    return time.kind === "date" ? time.day <= this.today : instant <= this.now;
  }
}

/**
 * What names one occurrence of a series, so an override (`RECURRENCE-ID`) or an
 * `EXDATE` finds it: the moment for times (a UTC and a zoned spelling of one moment
 * agree), the wall clock for dates and floating times.
 */
export function occurrenceKey(time: IcsTime, instant: number): number {
  return time.kind === "date" || time.kind === "floating" ? time.day * DAY_MS + time.ms : instant;
}
