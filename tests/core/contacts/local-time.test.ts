import { describe, expect, it } from "vitest";
import { DEFAULT_QUIET_HOURS, describeLocalTime, isQuietHour, localTimeOf } from "../../../src/core/contacts/local-time";

// 17:10 UTC on 2026-11-22: one instant, read in several zones.
const instant = new Date(Date.UTC(2026, 10, 22, 17, 10, 42));

describe("localTimeOf", () => {
  it("reads a half-hour offset: Asia/Kolkata is UTC+5:30, so 22:40 there, inside the quiet hours", () => {
    const time = localTimeOf("Asia/Kolkata", instant, DEFAULT_QUIET_HOURS);
    expect(time).toEqual({ text: "22:40", hour: 22, minute: 40, quiet: true, offsetText: "UTC+5:30" });
    expect(describeLocalTime(time)).toBe("22:40 there \u2014 late evening for them (UTC+5:30)");
  });

  it("reads zones behind and at UTC", () => {
    expect(localTimeOf("America/New_York", instant, DEFAULT_QUIET_HOURS)).toEqual({ text: "12:10", hour: 12, minute: 10, quiet: false, offsetText: "UTC\u22125" });
    expect(localTimeOf("Europe/Lisbon", instant, DEFAULT_QUIET_HOURS)).toEqual({ text: "17:10", hour: 17, minute: 10, quiet: false, offsetText: "UTC" });
    expect(describeLocalTime(localTimeOf("Europe/Lisbon", instant, DEFAULT_QUIET_HOURS))).toBe("17:10 there (UTC)");
  });

  it("crosses midnight: Australia/Adelaide in its summer is UTC+10:30, early morning the next day", () => {
    const time = localTimeOf("Australia/Adelaide", instant, DEFAULT_QUIET_HOURS);
    expect(time).toMatchObject({ text: "03:40", quiet: true, offsetText: "UTC+10:30" });
    expect(describeLocalTime(time)).toBe("03:40 there \u2014 the middle of the night for them (UTC+10:30)");
  });

  it("follows a daylight-saving change: Lisbon moves from UTC to UTC+1 at 01:00 UTC on 2026-03-29", () => {
    expect(localTimeOf("Europe/Lisbon", new Date(Date.UTC(2026, 2, 29, 0, 59)), DEFAULT_QUIET_HOURS)).toMatchObject({ text: "00:59", offsetText: "UTC" });
    expect(localTimeOf("Europe/Lisbon", new Date(Date.UTC(2026, 2, 29, 1, 0)), DEFAULT_QUIET_HOURS)).toMatchObject({ text: "02:00", offsetText: "UTC+1" });
    expect(localTimeOf("America/New_York", new Date(Date.UTC(2026, 2, 8, 12, 0)), DEFAULT_QUIET_HOURS)).toMatchObject({ text: "08:00", offsetText: "UTC\u22124" });
  });

  it("shows midnight as 00, never 24", () => {
    expect(localTimeOf("UTC", new Date(Date.UTC(2026, 10, 22, 0, 5)), DEFAULT_QUIET_HOURS)).toMatchObject({ text: "00:05", hour: 0 });
  });

  it("throws for a zone the platform doesn't know", () => {
    expect(() => localTimeOf("Mars/Olympus_Mons", instant, DEFAULT_QUIET_HOURS)).toThrow(RangeError);
  });
});

describe("isQuietHour", () => {
  it("wraps past midnight when the quiet hours start in the evening", () => {
    const quiet = { from: 22, to: 7 };
    expect([21, 22, 23, 0, 6, 7].map((h) => isQuietHour(h, quiet))).toEqual([false, true, true, true, true, false]);
  });

  it("covers a span within one day, and nothing when both bounds are equal", () => {
    expect([0, 1, 4, 5].map((h) => isQuietHour(h, { from: 1, to: 5 }))).toEqual([false, true, true, false]);
    expect([0, 12, 23].some((h) => isQuietHour(h, { from: 8, to: 8 }))).toBe(false);
  });

  it("marks early morning as such", () => {
    expect(describeLocalTime(localTimeOf("UTC", new Date(Date.UTC(2026, 10, 22, 6, 15)), DEFAULT_QUIET_HOURS))).toBe("06:15 there \u2014 early morning for them (UTC)");
  });
});
