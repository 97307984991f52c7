import { describe, expect, it } from "vitest";
import { describeWarmth, warmthOf, warmthPercent } from "../../../src/core/insight/warmth";

const peer = { halfLifeDays: 90 };

describe("warmthOf", () => {
  it("is 100% on the day of a touch and halves every half-life", () => {
    expect(warmthOf({ lastTouch: "2026-11-22", tier: peer }, "2026-11-22").value).toBe(1);
    expect(warmthOf({ lastTouch: "2026-08-24", tier: peer }, "2026-11-22").value).toBeCloseTo(0.5, 10);
    expect(warmthOf({ lastTouch: "2026-05-26", tier: peer }, "2026-11-22").value).toBeCloseTo(0.25, 10);
  });

  it("decays exponentially between half-lives", () => {
    // 63 days at a 90-day half-life: 0.5^(63/90).
    const w = warmthOf({ lastTouch: "2026-09-20", tier: peer }, "2026-11-22");
    expect(w.daysSince).toBe(63);
    expect(w.value).toBeCloseTo(Math.pow(0.5, 0.7), 12);
    expect(warmthPercent(w)).toBe(62);
  });

  it("is 0 for someone never touched, and never above 100% for a touch dated ahead", () => {
    expect(warmthOf({ lastTouch: null, tier: peer }, "2026-11-22")).toEqual({ value: 0, halfLifeDays: 90, daysSince: null });
    expect(warmthOf({ lastTouch: "2026-12-01", tier: peer }, "2026-11-22").value).toBe(1);
  });

  it("counts calendar days across a daylight-saving change", () => {
    expect(warmthOf({ lastTouch: "2026-03-28", tier: { halfLifeDays: 2 } }, "2026-03-30").value).toBeCloseTo(0.5, 12);
  });
});

describe("warmthPercent", () => {
  it("never shows 0% while some warmth is left", () => {
    const w = warmthOf({ lastTouch: "2020-01-01", tier: { halfLifeDays: 42 } }, "2026-11-22");
    expect(w.value).toBeGreaterThan(0);
    expect(warmthPercent(w)).toBe(1);
  });
});

describe("describeWarmth", () => {
  it("spells out the calculation", () => {
    expect(describeWarmth(warmthOf({ lastTouch: "2026-08-24", tier: peer }, "2026-11-22"))).toBe("half-life 3 months; last touch 3 months ago: 50%");
    expect(describeWarmth(warmthOf({ lastTouch: "2026-09-20", tier: peer }, "2026-11-22"))).toBe("half-life 3 months; last touch 9 weeks ago: 62%");
    expect(describeWarmth(warmthOf({ lastTouch: null, tier: { halfLifeDays: 42 } }, "2026-11-22"))).toBe("half-life 6 weeks; never touched: 0%");
  });
});
