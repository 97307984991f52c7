import { describe, expect, it } from "vitest";
import { addDaysTo, daysBetween, formatAgo, isLocalDate, localDateOf, parseDateValue } from "../../../src/core/shared/dates";

describe("parseDateValue", () => {
  it("accepts YYYY-MM-DD", () => {
    expect(parseDateValue("2026-11-22")).toEqual({ ok: true, date: "2026-11-22" });
    expect(parseDateValue("  2026-01-05 ")).toEqual({ ok: true, date: "2026-01-05" });
  });

  it("keeps the written day of a local datetime, late evening included", () => {
    expect(parseDateValue("2026-11-22T23:30")).toEqual({ ok: true, date: "2026-11-22" });
    expect(parseDateValue("2026-11-22 07:05:09")).toEqual({ ok: true, date: "2026-11-22" });
  });

  it("reads a YAML date (UTC midnight) as that calendar day", () => {
    expect(parseDateValue(new Date(Date.UTC(2026, 10, 22)))).toEqual({ ok: true, date: "2026-11-22" });
  });

  it("reads a Date with a time in the local calendar", () => {
    const lateEvening = new Date(2026, 10, 22, 23, 30);
    expect(parseDateValue(lateEvening)).toEqual({ ok: true, date: "2026-11-22" });
  });

  it.each([["banana"], ["2026-02-30"], ["2026-13-01"], ["22/11/2026"], ["2026-11-22T25:00"], [""]])("rejects %j with a reason", (value) => {
    const parsed = parseDateValue(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(5);
  });

  it("rejects non-strings and invalid Dates", () => {
    expect(parseDateValue(42).ok).toBe(false);
    expect(parseDateValue(["2026-01-01"]).ok).toBe(false);
    expect(parseDateValue(new Date(Number.NaN)).ok).toBe(false);
    expect(parseDateValue(null).ok).toBe(false);
  });
});

describe("calendar arithmetic", () => {
  it("counts calendar days, across a daylight-saving change", () => {
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2026-10-20", "2026-11-05")).toBe(16);
    expect(daysBetween("2026-11-22", "2026-11-21")).toBe(-1);
  });

  it("adds days and reads local dates", () => {
    expect(addDaysTo("2026-12-28", 7)).toBe("2027-01-04");
    expect(localDateOf(new Date(2026, 0, 2, 23, 59))).toBe("2026-01-02");
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2028-02-29")).toBe(true);
  });

  it("says how long ago in words", () => {
    expect(formatAgo(0)).toBe("today");
    expect(formatAgo(1)).toBe("yesterday");
    expect(formatAgo(5)).toBe("5 days ago");
    expect(formatAgo(35)).toBe("5 weeks ago");
    expect(formatAgo(120)).toBe("4 months ago");
    expect(formatAgo(800)).toBe("2 years ago");
    expect(formatAgo(-1)).toBe("tomorrow");
  });
});
