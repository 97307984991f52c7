import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDaysTo, type LocalDate } from "../../../src/core/shared/dates";
import { DRIFT_RULE, driftOf, touchGaps } from "../../../src/core/insight/drift";

const today = "2026-11-22";

/** Touch days going back from a last touch, with the given gaps between them (newest gap last). */
function history(last: LocalDate, gaps: number[]): LocalDate[] {
  const days = [last];
  for (const gap of [...gaps].reverse()) days.unshift(addDaysTo(days[0] as LocalDate, -gap));
  return days;
}

function contact(touchDates: LocalDate[]) {
  return { touchDates, lastTouch: touchDates.length > 0 ? (touchDates[touchDates.length - 1] as LocalDate) : null };
}

describe("touchGaps", () => {
  it("counts a burst of touches within three days as one", () => {
    const days = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-20", "2026-10-22", "2026-11-05"];
    expect(touchGaps(days, today)).toEqual([16, 14]);
  });

  it("ignores days after today and repeated days", () => {
    expect(touchGaps(["2026-11-01", "2026-11-01", "2026-11-10", "2026-12-01"], today)).toEqual([9]);
  });
});

describe("driftOf", () => {
  it("has no rhythm with fewer than three gaps", () => {
    const d = driftOf(contact(history("2026-06-01", [14, 14])), today);
    expect(d).toMatchObject({ rhythmDays: null, drifting: false });
    expect(d.explanation).toContain("No rhythm yet");
  });

  it("takes the median of the recent gaps and flags a silence of twice that", () => {
    const d = driftOf(contact(history("2026-10-25", [14, 10, 14, 30, 14])), today);
    expect(d.rhythmDays).toBe(14);
    expect(d.silenceDays).toBe(28);
    expect(d.drifting).toBe(true);
    expect(d.explanation).toBe("Usually every 2 weeks (median of the last 5 gaps); last touch 4 weeks ago, drifting: 2× the usual gap (flagged from 2×).");
  });

  it("is quiet while the silence is under twice the rhythm", () => {
    const d = driftOf(contact(history("2026-10-30", [14, 14, 14])), today);
    expect(d).toMatchObject({ rhythmDays: 14, drifting: false, silenceDays: 23 });
    expect(d.explanation).toContain("within the rhythm");
  });

  it("has a floor: a week of daily contact is not a rhythm, and a few quiet days are no alarm", () => {
    // Daily for two weeks is one burst: no gaps at all.
    const daily = Array.from({ length: 14 }, (_, i) => addDaysTo("2026-11-05", i));
    expect(driftOf(contact(daily), today).rhythmDays).toBeNull();
    // Every five days: the rhythm is held at the floor of 7, so 10 quiet days don't flag.
    const d = driftOf(contact(history("2026-11-12", [5, 5, 5, 5])), today);
    expect(d.rhythmDays).toBe(DRIFT_RULE.FLOOR_DAYS);
    expect(d.drifting).toBe(false);
  });

  it("has a ceiling: an ended situation is not flagged as hundreds of times late", () => {
    const old = history("2024-06-01", [7, 7, 7, 7]);
    const d = driftOf(contact(old), today);
    expect(d.drifting).toBe(false);
    expect(d.explanation).toContain("old rhythm has ended");
    const rare = driftOf(contact(history("2025-12-01", [400, 400, 400])), today);
    expect(rare.rhythmDays).toBe(DRIFT_RULE.CEILING_DAYS);
  });

  it("uses only the last eight gaps", () => {
    // Old gaps of 60 days, then nine recent gaps of 10 days.
    const d = driftOf(contact(history("2026-11-20", [60, 60, 60, 60, 60, 10, 10, 10, 10, 10, 10, 10, 10, 10])), today);
    expect(d.rhythmDays).toBe(10);
  });

  it("never flags a silence shorter than twice the floor, whatever the history", () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => addDaysTo(today, -n));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), (days) => {
        const sorted = [...new Set(days)].sort();
        const d = driftOf(contact(sorted), today);
        if (d.drifting) {
          expect(d.silenceDays).toBeGreaterThanOrEqual(2 * DRIFT_RULE.FLOOR_DAYS);
          expect(d.silenceDays).toBeLessThanOrEqual(DRIFT_RULE.ENDED_AFTER_DAYS);
        }
        if (d.rhythmDays !== null) {
          expect(d.rhythmDays).toBeGreaterThanOrEqual(DRIFT_RULE.FLOOR_DAYS);
          expect(d.rhythmDays).toBeLessThanOrEqual(DRIFT_RULE.CEILING_DAYS);
        }
      }),
    );
  });
});
