import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { notices } from "../fake/harness";
import { note, startPlugin } from "./start-plugin";

const ID = "keep-in-touch";
const DIR = `.obsidian/plugins/${ID}`;
const VAULT = { "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-11-01") };

/** A data.json as a hand edit or an old version might leave it. */
const BROKEN = {
  contactsFolder: "People",
  tiers: [
    { id: "ally", label: "Close allies", dueFrom: "-2w", overdueAfter: "6w", halfLife: "6m" },
    { id: "peer", label: "Peers", dueFrom: "6w", overdueAfter: "10w", halfLife: "3m" },
  ],
  defaultTier: "friends",
  touchKinds: "call, coffee",
  weeklyCapacity: -2,
};

describe("settings that had to be repaired", () => {
  it("says once, in one notice, what was reset and to what; saves the repair and keeps the file as it was", async () => {
    const first = await startPlugin(VAULT, { pluginData: { [ID]: BROKEN } });
    const repaired = notices().filter((n) => n.startsWith("Some settings"));
    expect(repaired).toEqual([
      [
        "Some settings couldn't be used, so they were reset:",
        '- Tier "Close allies", due from: "-2w", not a cadence → 2w',
        '- Default tier: "friends", not one of the tiers → ally',
        `- Touch kinds: "call, coffee", not a list → ${DEFAULT_SETTINGS.touchKinds.join(", ")}`,
        "- Weekly capacity: -2, not a whole number of at least 1 → 5",
        `The repaired settings are saved; the file as it was is kept in ${DIR}/data-before-repair.json.`,
      ].join("\n"),
    ]);
    // Sam is a close ally again, with the tier's range, instead of falling back to another tier.
    expect(first.plugin.index.get("People/Sam Rivera.md")?.tier.id).toBe("ally");
    expect(first.plugin.resolved.problems).toEqual([]);

    const saved = (await first.plugin.loadData()) as Record<string, unknown>;
    expect(saved).toMatchObject({ defaultTier: "ally", touchKinds: DEFAULT_SETTINGS.touchKinds, weeklyCapacity: 5 });
    expect(saved.tiers).toEqual([
      { id: "ally", label: "Close allies", dueFrom: "2w", overdueAfter: "6w", halfLife: "6m" },
      { id: "peer", label: "Peers", dueFrom: "6w", overdueAfter: "10w", halfLife: "3m" },
    ]);
    expect(await first.app.vault.adapter.read(`${DIR}/data-before-repair.json`)).toBe(JSON.stringify(BROKEN, null, 2));

    // The next start reads the repaired file: nothing to say.
    const before = notices().length;
    await startPlugin(VAULT, { pluginData: { [ID]: saved } });
    expect(notices().slice(before).filter((n) => n.startsWith("Some settings"))).toEqual([]);
  });

  it("says nothing, and writes nothing, for an older file that only lacks newer settings", async () => {
    const older = { contactsFolder: "People", weeklyCapacity: 3, tiers: DEFAULT_SETTINGS.tiers.map(({ halfLife: _, ...tier }) => tier) };
    const started = await startPlugin(VAULT, { pluginData: { [ID]: older } });
    expect(notices().filter((n) => n.startsWith("Some settings"))).toEqual([]);
    expect(await started.app.vault.adapter.exists(`${DIR}/data-before-repair.json`)).toBe(false);
    expect(await started.plugin.loadData()).toEqual(older);
    expect(started.plugin.settings.weeklyCapacity).toBe(3);
  });
});
