import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings } from "../../src/core/settings";

describe("normalizeSettings", () => {
  it("gives defaults for nothing saved", () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings("garbage")).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid values and repairs the rest", () => {
    const s = normalizeSettings({
      contactsFolder: "Contacts",
      properties: { tier: "circle", lastTouch: 5 },
      tiers: [{ id: "fam", label: "Family", dueFrom: "1w", overdueAfter: "2w" }, "nonsense"],
      touchKinds: ["call", "phone call", 3, ""],
      dueSoonDays: -1,
    });
    expect(s.contactsFolder).toBe("Contacts");
    expect(s.properties.tier).toBe("circle");
    expect(s.properties.lastTouch).toBe("last_touch");
    expect(s.tiers).toEqual([{ id: "fam", label: "Family", dueFrom: "1w", overdueAfter: "2w", halfLife: "3m" }]);
    expect(s.touchKinds).toEqual(["call", "phone-call"]);
    expect(s.dueSoonDays).toBe(7);
  });
});

describe("resolveSettings", () => {
  it("reports broken tiers and a missing default tier, and still works", () => {
    const r = resolveSettings({ ...DEFAULT_SETTINGS, tiers: [{ id: "a", label: "A", dueFrom: "x", overdueAfter: "2w" }, { id: "b", label: "B", dueFrom: "1w", overdueAfter: "2w" }], defaultTier: "zzz" });
    expect(r.tiers.map((t) => t.id)).toEqual(["b"]);
    expect(r.defaultTier.id).toBe("b");
    expect(r.problems).toHaveLength(2);
  });

  it("reports two tiers with one id", () => {
    const r = resolveSettings({ ...DEFAULT_SETTINGS, tiers: [...DEFAULT_SETTINGS.tiers, { id: "peer", label: "Peers again", dueFrom: "1w", overdueAfter: "2w" }] });
    expect(r.tiers).toHaveLength(4);
    expect(r.problems).toEqual(['Two tiers have the id "peer"; only the first is used.']);
  });

  it("falls back to a built-in tier when none is usable", () => {
    const r = resolveSettings({ ...DEFAULT_SETTINGS, tiers: [] });
    expect(r.defaultTier.label).toBe("Peers");
  });
});
