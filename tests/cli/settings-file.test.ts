import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSettings, settingsFilePath } from "../../src/cli/settings-file";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { makeVault, removeVault } from "./helpers";

const DATA = ".obsidian/plugins/keep-in-touch/data.json";
const vaults: string[] = [];

async function vault(files: Record<string, string>): Promise<string> {
  const root = await makeVault(files);
  vaults.push(root);
  return root;
}

afterEach(async () => {
  await Promise.all(vaults.splice(0).map(removeVault));
});

function collector() {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m) };
}

describe("loadSettings", () => {
  it("names the file under the config folder", () => {
    expect(settingsFilePath(".obsidian")).toBe(DATA);
    expect(settingsFilePath(".config/")).toBe(".config/plugins/keep-in-touch/data.json");
  });

  it("uses the defaults, silently, when there is no settings file", async () => {
    const { warnings, warn } = collector();
    const loaded = await loadSettings(await vault({}), ".obsidian", warn);
    expect(loaded.fromFile).toBe(false);
    expect(loaded.resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.resolved.problems).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("reads a valid file through normalize and resolve", async () => {
    const saved = {
      contactsFolder: "Contacts",
      dueSoonDays: 3,
      tiers: [
        { id: "close", label: "Close", dueFrom: "1w", overdueAfter: "3w" },
        { id: "broken", label: "Broken", dueFrom: "soon", overdueAfter: "3w" },
      ],
      defaultTier: "close",
    };
    const { warnings, warn } = collector();
    const loaded = await loadSettings(await vault({ [DATA]: JSON.stringify(saved) }), ".obsidian", warn);
    expect(loaded.fromFile).toBe(true);
    expect(loaded.resolved.settings.contactsFolder).toBe("Contacts");
    expect(loaded.resolved.settings.dueSoonDays).toBe(3);
    // A tier whose cadence can't be read keeps its place, with a usable range, and the repair is said.
    expect(loaded.resolved.tiers.map((t) => `${t.id} ${t.dueFromDays}-${t.overdueAfterDays}`)).toEqual(["close 7-21", "broken 42-42"]);
    expect(loaded.resolved.problems).toEqual([]);
    expect(warnings).toEqual([
      `A setting in ${DATA} can't be used, so the agenda uses another: Tier "Broken", due from: "soon", not a cadence → 6w.`,
      `A setting in ${DATA} can't be used, so the agenda uses another: Tier "Broken", overdue after: "3w", shorter than due from (6w) → 6w.`,
    ]);
  });

  it("reads from another config folder", async () => {
    const root = await vault({ ".config/plugins/keep-in-touch/data.json": '{"contactsFolder":"Folks"}' });
    expect((await loadSettings(root, ".config", () => {})).resolved.settings.contactsFolder).toBe("Folks");
    expect((await loadSettings(root, ".obsidian", () => {})).resolved.settings.contactsFolder).toBe("People");
  });

  it("warns and uses the defaults for invalid JSON", async () => {
    const { warnings, warn } = collector();
    const loaded = await loadSettings(await vault({ [DATA]: '{"contactsFolder": "Contacts",' }), ".obsidian", warn);
    expect(loaded.fromFile).toBe(false);
    expect(loaded.resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual([expect.stringMatching(/^The settings in \.obsidian\/plugins\/keep-in-touch\/data\.json are not valid JSON .*using the default settings\.$/)]);
  });

  it("warns and uses the defaults when the file can't be read", async () => {
    const root = await vault({});
    await mkdir(join(root, ...DATA.split("/")), { recursive: true }); // a folder where the file should be
    const { warnings, warn } = collector();
    const loaded = await loadSettings(root, ".obsidian", warn);
    expect(loaded.resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual([expect.stringContaining("Could not read the settings")]);
  });
});
