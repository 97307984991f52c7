import { describe, expect, it } from "vitest";
import { DEFAULT_TIERS, matchTier, parseTier, type Tier } from "../../../src/core/contacts/tiers";

const tiers: Tier[] = DEFAULT_TIERS.map((t) => {
  const parsed = parseTier(t);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.tier;
});

describe("default tiers", () => {
  it("are the four segments with their ranges", () => {
    expect(tiers.map((t) => [t.label, t.dueFromDays, t.overdueAfterDays])).toEqual([
      ["Close allies", 14, 42],
      ["Peers", 42, 70],
      ["Mentors", 56, 84],
      ["Aspirational", 90, 180],
    ]);
  });
});

describe("matchTier", () => {
  it.each([
    ["ally", "ally"],
    ["Close allies", "ally"],
    ["close ally", "ally"],
    ["ALLIES", "ally"],
    ["peer", "peer"],
    ["Peers", "peer"],
    ["mentor", "mentor"],
    ["aspirational", "aspirational"],
    [" Mentors ", "mentor"],
  ])("%j is %s", (value, id) => {
    expect(matchTier(value, tiers)?.id).toBe(id);
  });

  it("finds nothing for unknown names", () => {
    expect(matchTier("banana", tiers)).toBeUndefined();
    expect(matchTier("", tiers)).toBeUndefined();
  });
});

describe("parseTier", () => {
  it("rejects a range that ends before it starts", () => {
    const parsed = parseTier({ id: "x", label: "X", dueFrom: "6w", overdueAfter: "2w" });
    expect(parsed.ok).toBe(false);
  });

  it("rejects a bad cadence with the tier's name", () => {
    const parsed = parseTier({ id: "x", label: "Family", dueFrom: "soon", overdueAfter: "2w" });
    expect(parsed.ok ? "" : parsed.reason).toContain("Family");
  });
});
