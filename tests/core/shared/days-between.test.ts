import { differenceInCalendarDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, localDateOf, toLocalMidnight } from "../../../src/core/shared/dates";
import { matchTier, parseTier, DEFAULT_TIERS, type Tier } from "../../../src/core/contacts/tiers";

const day = fc.date({ min: new Date(1901, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }).map(localDateOf);

describe("daysBetween", () => {
  it("counts calendar days as date-fns does between local midnights", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(toLocalMidnight(b), toLocalMidnight(a)));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("rejects what is not a date", () => {
    expect(() => daysBetween("2026-11-22", "22.11.2026")).toThrow(RangeError);
  });
});

describe("matchTier, remembered", () => {
  const tiers = DEFAULT_TIERS.map((t) => (parseTier(t) as { ok: true; tier: Tier }).tier);

  it("gives the same answer the second time, and per list of tiers", () => {
    expect(matchTier("close ally", tiers)?.id).toBe("ally");
    expect(matchTier("close ally", tiers)?.id).toBe("ally");
    expect(matchTier("nobody", tiers)).toBeUndefined();
    expect(matchTier("nobody", tiers)).toBeUndefined();
    const renamed = tiers.map((t) => (t.id === "ally" ? { ...t, label: "Inner circle" } : t));
    expect(matchTier("inner circle", renamed)?.id).toBe("ally");
    expect(matchTier("inner circle", tiers)).toBeUndefined();
  });
});
