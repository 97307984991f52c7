/**
 * The heads-up a calendar app shows before an event of the feed: so many days
 * before it, at a time of day. Every event of the feed lasts a whole day, so the
 * alarm is written as a TRIGGER relative to the start of that day, the way Apple
 * Calendar writes its own all-day alerts: `PT9H` is 9:00 on the day, `-PT15H` 9:00
 * the day before, `-P2DT15H` 9:00 three days before. An all-day event has no time
 * zone (it is the same day wherever the phone is), so the alarm rings at that time
 * on the phone's own clock, in whatever zone it is in, summer time or not.
 */
import type { EventAlarm } from "./ics";

/** A heads-up: `daysBefore` days before the event's day (0 = on the day), at `time` (HH:MM, 24-hour). */
export interface HeadsUp {
  daysBefore: number;
  time: string;
}

/** 9:00 on the day of a planned touch: a nudge with the morning's coffee. */
export const DEFAULT_TOUCH_ALARM: HeadsUp = { daysBefore: 0, time: "09:00" };
/** 9:00 three days before a birthday: time to send a card or plan a call. */
export const DEFAULT_DATE_ALARM: HeadsUp = { daysBefore: 3, time: "09:00" };

/** At most four weeks ahead: a heads-up further out is a plan, not a reminder. */
export const MAX_DAYS_BEFORE = 28;

/** The choices the settings offer; the data file may hold any whole number up to the maximum. */
export const DAYS_BEFORE_CHOICES = [0, 1, 2, 3, 7, 14] as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a valid HH:MM, or null. */
export function minutesOfTime(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Whether a value is a heads-up the feed can write. */
export function isHeadsUp(value: unknown): value is HeadsUp {
  if (typeof value !== "object" || value === null) return false;
  const { daysBefore, time } = value as Record<string, unknown>;
  return Number.isInteger(daysBefore) && (daysBefore as number) >= 0 && (daysBefore as number) <= MAX_DAYS_BEFORE && typeof time === "string" && minutesOfTime(time) !== null;
}

/**
 * A saved heads-up: `null` (or `"none"`) turns it off, a valid one is kept, and
 * anything else (a missing key, a typo in a hand-edited data.json) gives the default.
 */
export function normalizeHeadsUp(value: unknown, fallback: HeadsUp | null): HeadsUp | null {
  if (value === null || value === "none") return null;
  if (isHeadsUp(value)) return { daysBefore: value.daysBefore, time: value.time };
  return fallback === null ? null : { ...fallback };
}

function durationText(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time = `${hours > 0 ? `${hours}H` : ""}${mins > 0 ? `${mins}M` : ""}`;
  if (days === 0 && time === "") return "PT0S";
  return `P${days > 0 ? `${days}D` : ""}${time === "" ? "" : `T${time}`}`;
}

/**
 * The TRIGGER value, relative to the start of the event's day. On the day it is
 * positive (`PT9H`); before it negative, as whole days and then the hours back from
 * midnight (`-P2DT15H`). The standard adds the days first, as calendar days, and the
 * hours after them: the hours then span an evening, where no clock change falls, so
 * the alarm rings at the chosen time even when the clocks change in between.
 */
export function alarmTrigger(headsUp: HeadsUp): string {
  const minutes = minutesOfTime(headsUp.time) ?? 0;
  if (headsUp.daysBefore === 0) return durationText(minutes);
  return `-${durationText(headsUp.daysBefore * 1440 - minutes)}`;
}

/** "on the day at 09:00", "the day before at 18:30", "3 days before at 09:00", "no heads-up". */
export function describeHeadsUp(headsUp: HeadsUp | null): string {
  if (headsUp === null) return "no heads-up";
  const when = headsUp.daysBefore === 0 ? "on the day" : headsUp.daysBefore === 1 ? "the day before" : headsUp.daysBefore === 7 ? "a week before" : `${headsUp.daysBefore} days before`;
  return `${when} at ${headsUp.time}`;
}

/** The alarm of an event: its heads-up, saying what the event says; none without a heads-up. */
export function eventAlarm(headsUp: HeadsUp | null, summary: string): EventAlarm | undefined {
  return headsUp === null ? undefined : { trigger: alarmTrigger(headsUp), description: summary };
}
