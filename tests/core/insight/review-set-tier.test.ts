import { describe, expect, it } from "vitest";
import { applyTier } from "../../../src/core/notes/note-edits";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../../src/core/settings";

const settings = normalizeSettings(DEFAULT_SETTINGS);

describe("applying a tier suggestion to a note", () => {
  it("changes only the tier's value, keeping comments, other properties and the body", () => {
    const text = "---\r\ntier: peer # met at the meetup\r\ntopics: [a, b]\r\n---\r\n## Touches\r\n- 2026-11-01 call\r\n";
    expect(applyTier(text, "ally", settings)).toBe("---\r\ntier: ally # met at the meetup\r\ntopics: [a, b]\r\n---\r\n## Touches\r\n- 2026-11-01 call\r\n");
  });

  it("adds the property to a note that had its tier from its folder", () => {
    expect(applyTier("Met at a meetup.\n", "mentor", settings)).toBe("---\ntier: mentor\n---\nMet at a meetup.\n");
  });

  it("writes under the renamed property, and refuses a tier that doesn't exist or broken properties", () => {
    const renamed = { ...settings, properties: { ...settings.properties, tier: "circle" } };
    expect(applyTier("---\ncircle: peer\n---\n", "ally", renamed)).toBe("---\ncircle: ally\n---\n");
    expect(() => applyTier("---\ntier: peer\n---\n", "friends", settings)).toThrow('"friends" is not one of the tiers (ally, peer, mentor, aspirational).');
    const broken = "---\ntier: peer\nrole: Staff: tools\n---\n";
    expect(() => applyTier(broken, "ally", settings)).toThrow(/not valid YAML/);
  });
});
