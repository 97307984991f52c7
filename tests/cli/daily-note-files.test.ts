import type { App } from "obsidian";
import { afterEach, describe, expect, it } from "vitest";
import { configFilePath, loadDailyNoteSettings } from "../../src/cli/daily-note-files";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../src/core/settings";
import { readDailyNoteSettings } from "../../src/obsidian/daily-note-settings";
import { makeVault, removeVault } from "./helpers";

const own = normalizeSettings({ ...DEFAULT_SETTINGS, dailyFolder: "Mine", dailyFormat: "DD.MM.YYYY" });
const CORE = { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" };
const PERIODIC = { daily: { enabled: true, folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "" } };
const CALENDAR_SETS = { activeCalendarSet: "work", calendarSets: [{ id: "home", day: { enabled: true, folder: "Home" } }, { id: "work", day: { enabled: true, folder: "Work/Days", format: "YYYY-MM-DD" } }] };

const vaults: string[] = [];
afterEach(async () => {
  await Promise.all(vaults.splice(0).map(removeVault));
});

async function load(files: Record<string, unknown>, configDir = ".obsidian") {
  const texts = Object.fromEntries(Object.entries(files).map(([path, value]) => [path, typeof value === "string" ? value : JSON.stringify(value)]));
  const vault = await makeVault(texts);
  vaults.push(vault);
  const warnings: string[] = [];
  const choice = await loadDailyNoteSettings(vault, configDir, own, (message) => warnings.push(message));
  return { ...choice, warnings };
}

describe("loadDailyNoteSettings", () => {
  it("treats a vault without settings files as Obsidian does: the core plugin on, with its defaults", async () => {
    expect(await load({})).toEqual({ config: { folder: "", format: "YYYY-MM-DD", template: "" }, source: "daily-notes", notes: [], warnings: [] });
    expect(await load({ ".obsidian/daily-notes.json": CORE })).toMatchObject({ config: CORE, source: "daily-notes" });
  });

  it("reads core-plugins.json as a list of enabled ids or as an object of id → on", async () => {
    for (const off of [["file-explorer"], { "daily-notes": false, "file-explorer": true }, {}]) {
      expect(await load({ ".obsidian/core-plugins.json": off, ".obsidian/daily-notes.json": CORE })).toMatchObject({ source: "keep-in-touch", config: { folder: "Mine", format: "DD.MM.YYYY" } });
    }
    for (const on of [["daily-notes"], { "daily-notes": true }]) {
      expect(await load({ ".obsidian/core-plugins.json": on, ".obsidian/daily-notes.json": CORE })).toMatchObject({ source: "daily-notes", config: CORE });
    }
  });

  it("prefers Periodic Notes when it is enabled and manages daily notes, in both of its shapes", async () => {
    const enabled = { ".obsidian/community-plugins.json": ["periodic-notes"], ".obsidian/daily-notes.json": CORE };
    expect(await load({ ...enabled, ".obsidian/plugins/periodic-notes/data.json": PERIODIC })).toMatchObject({ source: "periodic-notes", config: { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } });
    expect(await load({ ...enabled, ".obsidian/plugins/periodic-notes/data.json": CALENDAR_SETS })).toMatchObject({ source: "periodic-notes", config: { folder: "Work/Days" } });
    // Installed but not enabled, or enabled without settings: the core plugin applies.
    expect(await load({ ".obsidian/daily-notes.json": CORE, ".obsidian/plugins/periodic-notes/data.json": PERIODIC })).toMatchObject({ source: "daily-notes" });
    expect(await load(enabled)).toMatchObject({ source: "daily-notes", warnings: [] });
  });

  it("reads the files from another config folder", async () => {
    expect(await load({ ".config/daily-notes.json": CORE, ".obsidian/daily-notes.json": { folder: "Wrong" } }, ".config/")).toMatchObject({ config: CORE });
    expect(configFilePath(".config\\", "plugins", "x", "data.json")).toBe(".config/plugins/x/data.json");
  });

  it("warns about files that aren't valid JSON and carries on with the defaults", async () => {
    const result = await load({
      ".obsidian/core-plugins.json": "{nope",
      ".obsidian/daily-notes.json": "not json",
      ".obsidian/community-plugins.json": '["periodic-notes"]',
      ".obsidian/plugins/periodic-notes/data.json": "\uFEFF{",
    });
    expect(result).toMatchObject({ source: "daily-notes", config: { folder: "", format: "YYYY-MM-DD" } });
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings[0]).toMatch(/^\.obsidian\/core-plugins\.json is not valid JSON \(.*\); treating the core Daily notes plugin as enabled/);
    expect(result.warnings[1]).toMatch(/^\.obsidian\/daily-notes\.json is not valid JSON/);
    expect(result.warnings[2]).toMatch(/^\.obsidian\/plugins\/periodic-notes\/data\.json is not valid JSON .*; ignoring Periodic Notes' settings\.$/);
  });
});

describe("the same choice as the plugin makes inside Obsidian", () => {
  /** What Obsidian would tell the plugin for a vault with these settings. */
  function asObsidian(coreOn: boolean, coreOptions: object | null, periodicOn: boolean, periodic: object | null): App {
    const host = {
      internalPlugins: { getPluginById: (id: string) => (id === "daily-notes" ? { enabled: coreOn, instance: { options: coreOptions ?? {} } } : null) },
      plugins: { enabledPlugins: new Set(periodicOn ? ["periodic-notes"] : []), getPlugin: (id: string) => (id === "periodic-notes" && periodic ? { settings: periodic } : null) },
    };
    return host as unknown as App;
  }

  const cores = [null, CORE, { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "" }];
  const periodics = [null, PERIODIC, { daily: { ...PERIODIC.daily, enabled: false } }, CALENDAR_SETS, { ...CALENDAR_SETS, activeCalendarSet: "gone" }];
  const cases = [true, false].flatMap((coreOn) => cores.flatMap((core) => [true, false].flatMap((periodicOn) => periodics.map((periodic) => ({ coreOn, core, periodicOn, periodic })))));

  it.each(cases)("core plugin on: $coreOn, Periodic Notes on: $periodicOn (case %#)", async ({ coreOn, core, periodicOn, periodic }) => {
    const files: Record<string, unknown> = { ".obsidian/core-plugins.json": coreOn ? ["daily-notes"] : [], ".obsidian/community-plugins.json": periodicOn ? ["periodic-notes"] : [] };
    if (core) files[".obsidian/daily-notes.json"] = core;
    if (periodic) files[".obsidian/plugins/periodic-notes/data.json"] = periodic;
    const { warnings, ...fromFiles } = await load(files);
    expect(warnings).toEqual([]);
    expect(fromFiles).toEqual(readDailyNoteSettings(asObsidian(coreOn, core, periodicOn, periodic), own));
  });
});
