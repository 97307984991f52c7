import { describe, expect, it } from "vitest";
import { describeCadence, formatCadence, parseCadence } from "../../../src/core/contacts/cadence";

describe("parseCadence", () => {
  it.each([
    ["10d", 10],
    ["3w", 21],
    ["2m", 60],
    ["1y", 365],
    ["14", 14],
    [" 3 weeks ", 21],
    ["2 Months", 60],
    [30, 30],
  ])("%j is %i days", (value, days) => {
    expect(parseCadence(value)).toEqual({ ok: true, days });
  });

  it.each([["banana"], ["0d"], [0], [-3], [2.5], ["3x"], [null], [["2w"]], ["w"]])("rejects %j", (value) => {
    const parsed = parseCadence(value);
    expect(parsed.ok).toBe(false);
  });

  it("explains what it expected", () => {
    const parsed = parseCadence("banana");
    expect(parsed.ok ? "" : parsed.reason).toContain("10d, 3w, 2m, 1y");
  });

  it("writes days back in the shortest unit", () => {
    expect(formatCadence(14)).toBe("2w");
    expect(formatCadence(90)).toBe("3m");
    expect(formatCadence(10)).toBe("10d");
    expect(formatCadence(730)).toBe("2y");
    expect(describeCadence(42)).toBe("6 weeks");
    expect(describeCadence(1)).toBe("1 day");
  });
});
