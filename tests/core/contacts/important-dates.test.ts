import { describe, expect, it } from "vitest";
import { describeUpcoming, inYear, nextOccurrence, parseAnnualDate, upcomingDates, type ImportantDate } from "../../../src/core/contacts/important-dates";

describe("parseAnnualDate", () => {
  it("reads dates with and without a year", () => {
    expect(parseAnnualDate("1990-04-17")).toEqual({ ok: true, date: { year: 1990, month: 4, day: 17 } });
    expect(parseAnnualDate("--04-17")).toEqual({ ok: true, date: { year: null, month: 4, day: 17 } });
    expect(parseAnnualDate("04-17")).toEqual({ ok: true, date: { year: null, month: 4, day: 17 } });
    expect(parseAnnualDate("--02-29")).toEqual({ ok: true, date: { year: null, month: 2, day: 29 } });
    expect(parseAnnualDate(new Date(Date.UTC(1988, 1, 29)))).toEqual({ ok: true, date: { year: 1988, month: 2, day: 29 } });
  });

  it("rejects days that don't exist", () => {
    expect(parseAnnualDate("2023-02-30")).toEqual({ ok: false, reason: '"2023-02-30" is not a real calendar day' });
    expect(parseAnnualDate("2023-02-29").ok).toBe(false);
    expect(parseAnnualDate("13-01").ok).toBe(false);
    expect(parseAnnualDate("soon").ok).toBe(false);
    expect(parseAnnualDate(17).ok).toBe(false);
  });
});

describe("recurrence", () => {
  it("puts 29 February on 28 February in other years", () => {
    const leapling = { year: 1988, month: 2, day: 29 };
    expect(inYear(leapling, 2027)).toBe("2027-02-28");
    expect(inYear(leapling, 2028)).toBe("2028-02-29");
    expect(nextOccurrence(leapling, "2027-03-01")).toBe("2028-02-29");
  });

  it("counts today and rolls over the year end", () => {
    expect(nextOccurrence({ year: null, month: 11, day: 22 }, "2026-11-22")).toBe("2026-11-22");
    expect(nextOccurrence({ year: null, month: 1, day: 3 }, "2026-12-30")).toBe("2027-01-03");
  });

  it("lists what comes round soon, with years for anniversaries", () => {
    const dates: ImportantDate[] = [
      { key: "birthday", label: "Birthday", anniversary: false, year: 1990, month: 11, day: 25 },
      { key: "role_since", label: "In the role since", anniversary: true, year: 2025, month: 11, day: 30 },
      { key: "birthday", label: "Birthday", anniversary: false, year: null, month: 12, day: 31 },
    ];
    const upcoming = upcomingDates(dates, "2026-11-22", 14);
    expect(upcoming.map((u) => [u.on, u.daysUntil, u.years])).toEqual([
      ["2026-11-25", 3, null],
      ["2026-11-30", 8, 1],
    ]);
    expect(upcoming.map(describeUpcoming)).toEqual(["Birthday in 3 days", "In the role since (1 year) in 8 days"]);
  });
});
