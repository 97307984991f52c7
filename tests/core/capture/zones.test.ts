import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDay, dayNumber, formatDay, weekdayOf } from "../../../src/core/capture/civil";
import { WINDOWS_ZONES } from "../../../src/core/capture/windows-zones";
import { dayInZone, isKnownZone, resolveZoneId, wallToInstant, zoneOffset } from "../../../src/core/capture/zones";

describe("day numbers", () => {
  it("agree with the platform's calendar, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const date = new Date(n * 86_400_000);
        const { year, month, day } = civilDay(n);
        expect([year, month, day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(dayNumber(year, month, day)).toBe(n);
        expect(weekdayOf(n)).toBe(date.getUTCDay());
      }),
    );
    expect(formatDay(dayNumber(2024, 2, 29))).toBe("2024-02-29");
  });
});

describe("time zones", () => {
  it("every Windows zone name maps to a zone the platform knows", () => {
    const unknown = Object.entries(WINDOWS_ZONES).filter(([, iana]) => !isKnownZone(iana));
    expect(unknown).toEqual([]);
  });

  it("reads IANA names, Windows names, zone paths and UTC; nothing else", () => {
    expect(resolveZoneId("Europe/Berlin")).toBe("Europe/Berlin");
    expect(resolveZoneId("W. Europe Standard Time")).toBe("Europe/Berlin");
    expect(resolveZoneId('"Pacific Standard Time"')).toBe("America/Los_Angeles");
    expect(resolveZoneId("india standard time")).toBe("Asia/Kolkata");
    expect(resolveZoneId("/mozilla.org/20050126_1/Europe/Lisbon")).toBe("Europe/Lisbon");
    expect(resolveZoneId("UTC")).toBe("UTC");
    expect(resolveZoneId("Customized Time Zone")).toBeNull();
    expect(resolveZoneId("")).toBeNull();
  });

  it("places wall clocks across daylight saving", () => {
    const wall = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
    // Berlin: winter +1, summer +2; 02:30 on 31 March 2024 doesn't exist and moves to 03:30 summer time.
    expect(wallToInstant(wall(2024, 1, 15, 12), "Europe/Berlin")).toBe(Date.UTC(2024, 0, 15, 11));
    expect(wallToInstant(wall(2024, 7, 15, 12), "Europe/Berlin")).toBe(Date.UTC(2024, 6, 15, 10));
    expect(wallToInstant(wall(2024, 3, 31, 2, 30), "Europe/Berlin")).toBe(Date.UTC(2024, 2, 31, 1, 30));
    // 02:30 on 27 October 2024 happens twice; either pass is that day.
    expect([Date.UTC(2024, 9, 27, 0, 30), Date.UTC(2024, 9, 27, 1, 30)]).toContain(wallToInstant(wall(2024, 10, 27, 2, 30), "Europe/Berlin"));
    expect(zoneOffset(Date.UTC(2024, 0, 1), "Asia/Kolkata")).toBe(5.5 * 3_600_000);
    expect(formatDay(dayInZone(Date.UTC(2024, 0, 1, 23, 0), "Asia/Tokyo"))).toBe("2024-01-02");
    expect(formatDay(dayInZone(Date.UTC(2024, 0, 1, 3, 0), "America/Los_Angeles"))).toBe("2023-12-31");
  });
});
