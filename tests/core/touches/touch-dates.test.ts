import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLocalDate } from "../../../src/core/shared/dates";
import { readTouchDates, readTouchLog } from "../../../src/core/touches/touch-log";

const LINES = [
  "## Touches",
  "# Touches",
  "### touches",
  "## Notes",
  "# Other",
  "```",
  "~~~",
  "- 2026-11-22 call — caught up",
  "- 2026-02-29 coffee",
  "- 2024-02-29",
  "* [[2026-10-01]] met",
  "1. 2026-01-05: notes",
  "- 2026-13-01 call",
  "- 0099-01-01",
  "- 2026-11-22gave",
  "  - 2026-04-31 lunch",
  "- 2026-04-30 → gave — a talk",
  "text",
  "",
  "---",
  "tier: ally",
];
const NOTES = fc.array(fc.constantFrom(...LINES), { maxLength: 14 }).map((lines) => lines.join("\n"));

describe("reading only the days of a touch log", () => {
  it("gives the days the full read gives, in the same order", () => {
    fc.assert(
      fc.property(NOTES, fc.constantFrom("## Touches", "Touches", "# Notes"), (text, heading) => {
        expect(readTouchDates(text, heading)).toEqual(readTouchLog(text, heading, ["call", "coffee"]).map((t) => t.date));
      }),
      { numRuns: 2000 },
    );
  });

  it("knows real days as a JavaScript Date does, from the year 100", () => {
    const asDate = (y: number, m: number, d: number) => {
      const date = new Date(y, m - 1, d);
      return m >= 1 && m <= 12 && d >= 1 && date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        expect(isLocalDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(asDate(y, m, d));
      }),
      { numRuns: 5000 },
    );
    for (const day of ["2000-02-29", "1900-02-29", "2024-02-29", "2026-02-29", "0100-03-01", "0099-12-31", "9999-12-31"]) {
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      expect(isLocalDate(day), day).toBe(asDate(y, m, d));
    }
  });
});
