/**
 * The daily-note settings of a vault, read from the files Obsidian keeps them in,
 * so that the terminal agenda finds the same daily notes as the plugin does inside
 * Obsidian (where it asks the running plugins instead). The choice between them is
 * core's, shared with the plugin.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chooseDailyNoteSettings, type DailyNoteChoice } from "../core/daily/daily-note-choice";
import type { KeepInTouchSettings } from "../core/settings";

const CORE_DAILY_NOTES = "daily-notes";
const PERIODIC_NOTES = "periodic-notes";

/** A vault-relative path inside the config folder, with `/` separators, to read and to name in warnings. */
export function configFilePath(configDir: string, ...parts: string[]): string {
  return [configDir.replace(/\\/g, "/").replace(/\/+$/, ""), ...parts].join("/");
}

/** A JSON file's value; undefined when the file is missing or can't be used (said on `warn`, except for missing). */
async function readJson(vaultRoot: string, path: string, consequence: string, warn: (message: string) => void): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(vaultRoot, ...path.split("/")), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code !== "ENOENT" && code !== "ENOTDIR") warn(`Could not read ${path} (${code ?? String(error)}); ${consequence}.`);
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    warn(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); ${consequence}.`);
    return undefined;
  }
}

/**
 * Whether a core plugin is on, from core-plugins.json: a list of the enabled ids in
 * older versions, an object of id → on/off in newer ones. Without a usable file
 * Obsidian uses its defaults, and the Daily notes plugin is on by default.
 */
function coreEnabled(saved: unknown, id: string): boolean {
  if (Array.isArray(saved)) return saved.includes(id);
  if (typeof saved === "object" && saved !== null) return (saved as Record<string, unknown>)[id] === true;
  return true;
}

/** Whether a community plugin is on: community-plugins.json lists the enabled ids. */
function communityEnabled(saved: unknown, id: string): boolean {
  return Array.isArray(saved) && saved.includes(id);
}

/**
 * Reads which daily-note settings apply: Periodic Notes' when it is enabled and
 * manages daily notes, then the core Daily notes plugin's, then the plugin's own.
 * Missing files mean Obsidian's defaults; a file that isn't valid JSON is reported.
 */
export async function loadDailyNoteSettings(vaultRoot: string, configDir: string, settings: KeepInTouchSettings, warn: (message: string) => void): Promise<DailyNoteChoice> {
  const read = (consequence: string, ...parts: string[]) => readJson(vaultRoot, configFilePath(configDir, ...parts), consequence, warn);

  const corePlugins = await read("treating the core Daily notes plugin as enabled, as Obsidian does by default", "core-plugins.json");
  let coreDailyNotes: unknown = null;
  if (coreEnabled(corePlugins, CORE_DAILY_NOTES)) {
    coreDailyNotes = (await read("using the Daily notes plugin's default folder and format", "daily-notes.json")) ?? {};
  }

  const communityPlugins = await read("treating Periodic Notes as not enabled", "community-plugins.json");
  let periodicNotes: unknown = null;
  if (communityEnabled(communityPlugins, PERIODIC_NOTES)) {
    periodicNotes = (await read("ignoring Periodic Notes' settings", "plugins", PERIODIC_NOTES, "data.json")) ?? null;
  }

  return chooseDailyNoteSettings({ periodicNotes, coreDailyNotes }, settings);
}
