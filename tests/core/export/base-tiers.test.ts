import { describe, expect, it } from "vitest";
import { baseTierKey, tiersAffectBase, updateBaseTiers } from "../../../src/core/export/base-tiers";
import { relationshipsBase, tierFormulas } from "../../../src/core/export/relationships-base";
import { DEFAULT_SETTINGS, type KeepInTouchSettings } from "../../../src/core/settings";

/** The default settings with changes, the tiers copied so no test shares them. */
function settingsWith(change: (s: KeepInTouchSettings) => void = () => undefined): KeepInTouchSettings {
  const s: KeepInTouchSettings = { ...structuredClone(DEFAULT_SETTINGS), tiers: DEFAULT_SETTINGS.tiers.map((t) => ({ ...t })) };
  change(s);
  return s;
}

const before = settingsWith();
const allyEvery10Days = settingsWith((s) => (s.tiers[0]!.dueFrom = "10d"));

describe("whether a change of tiers affects the relationships base", () => {
  it.each<[string, (s: KeepInTouchSettings) => void]>([
    ["a tier's due-from cadence", (s) => (s.tiers[0]!.dueFrom = "10d")],
    ["a tier's overdue bound", (s) => (s.tiers[1]!.overdueAfter = "3m")],
    ["a tier renamed", (s) => (s.tiers[2]!.label = "Guides")],
    ["a tier added", (s) => s.tiers.push({ id: "family", label: "Family", dueFrom: "1w", overdueAfter: "2w" })],
    ["a tier removed", (s) => s.tiers.pop()],
    ["another default tier, for notes naming none", (s) => (s.defaultTier = "ally")],
  ])("%s does", (_what, change) => {
    expect(tiersAffectBase(before, settingsWith(change))).toBe(true);
  });

  it.each<[string, (s: KeepInTouchSettings) => void]>([
    ["a half-life", (s) => (s.tiers[0]!.halfLife = "1y")],
    ["the same cadence written another way", (s) => (s.tiers[0]!.dueFrom = "14d")],
    ["the touch heading", (s) => (s.touchHeading = "Log")],
    ["the weekly capacity", (s) => (s.weeklyCapacity = 9)],
  ])("%s doesn't", (_what, change) => {
    expect(tiersAffectBase(before, settingsWith(change))).toBe(false);
  });

  it("names a set of tiers by what the base would say", () => {
    expect(baseTierKey(settingsWith((s) => (s.tiers[0]!.halfLife = "1y")))).toBe(baseTierKey(before));
    expect(baseTierKey(allyEvery10Days)).not.toBe(baseTierKey(before));
  });
});

describe("updating a relationships base to new tiers", () => {
  it("turns the base written for the old tiers into exactly the one the new tiers write", () => {
    const update = updateBaseTiers(relationshipsBase(before), allyEvery10Days);
    expect(update).toEqual({ kind: "update", text: relationshipsBase(allyEvery10Days) });
  });

  it("says a base is current when its formulas already match the tiers", () => {
    expect(updateBaseTiers(relationshipsBase(before), settingsWith((s) => (s.tiers[0]!.halfLife = "1y")))).toEqual({ kind: "current" });
  });

  it("changes only the two tier values, keeping the user's comments, views, columns and formulas byte for byte", () => {
    const old = tierFormulas(before);
    const now = tierFormulas(allyEvery10Days);
    const mine = [
      "# My people, my way",
      "filters:",
      "  and:",
      '    - file.inFolder("People")',
      "formulas:",
      "  tier_name: if(note.tier, note.tier.toString().lower().trim(), \"\")",
      `  due_from_days: ${old.due_from_days}   # from the plugin`,
      "  birthday_soon: note.birthday  # mine",
      `  overdue_after_days: ${old.overdue_after_days}`,
      "views:",
      "  - type: cards",
      "    name: Close ones",
      "    limit: 12",
      "",
    ].join("\r\n");
    const update = updateBaseTiers(mine, allyEvery10Days);
    expect(update).toEqual({
      kind: "update",
      text: mine.replace(old.due_from_days, now.due_from_days).replace(old.overdue_after_days, now.overdue_after_days),
    });
    // The overdue bound of allies is unchanged here; only the due-from value had to move.
    expect(now.overdue_after_days).toBe(old.overdue_after_days);
  });

  it("keeps a value's quotes, and leaves a formula the user removed removed", () => {
    const old = tierFormulas(before);
    const now = tierFormulas(allyEvery10Days);
    const mine = `formulas:\n  due_from_days: ${JSON.stringify(old.due_from_days)}\nviews: []\n`;
    expect(updateBaseTiers(mine, allyEvery10Days)).toEqual({ kind: "update", text: `formulas:\n  due_from_days: ${JSON.stringify(now.due_from_days)}\nviews: []\n` });
  });

  it("quotes a new value that would read differently unquoted, as in a formulas map written on one line", () => {
    const old = tierFormulas(before);
    const now = tierFormulas(allyEvery10Days);
    const mine = `formulas: { due_from_days: '${old.due_from_days}' }\n`;
    expect(updateBaseTiers(mine, allyEvery10Days)).toEqual({ kind: "update", text: `formulas: { due_from_days: '${now.due_from_days}' }\n` });
    const flowPlain = `formulas: { due_from_days: 14 }\n`;
    expect(updateBaseTiers(flowPlain, allyEvery10Days)).toEqual({ kind: "update", text: `formulas: { due_from_days: ${JSON.stringify(now.due_from_days)} }\n` });
  });

  it("replaces a block value without joining the next line to it", () => {
    const now = tierFormulas(allyEvery10Days);
    const mine = "formulas:\n  due_from_days: |-\n    14\n  state: x\n";
    expect(updateBaseTiers(mine, allyEvery10Days)).toEqual({ kind: "update", text: `formulas:\n  due_from_days: ${now.due_from_days}\n  state: x\n` });
  });

  it("has nothing to update in a base without the tier formulas", () => {
    expect(updateBaseTiers("views:\n  - type: table\n    name: Mine\n", allyEvery10Days)).toEqual({ kind: "current" });
    expect(updateBaseTiers("formulas:\n  due_from_days:\n    - 14\n", allyEvery10Days)).toEqual({ kind: "current" });
  });

  it("leaves a file that can't be read as a base alone, and says why", () => {
    expect(updateBaseTiers("formulas: [unclosed\n", allyEvery10Days)).toEqual({ kind: "unreadable", why: "it isn't valid YAML" });
    expect(updateBaseTiers("- a list\n", allyEvery10Days)).toEqual({ kind: "unreadable", why: "it isn't a base" });
  });
});
