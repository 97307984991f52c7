import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_SETTINGS, normalizeSettings, readSettings, resolveSettings, type ResolvedSettings } from "../core/settings";

export const PLUGIN_ID = "keep-in-touch";
export const DEFAULT_CONFIG_DIR = ".obsidian";

/** Where Obsidian keeps this plugin's saved settings, relative to the vault. */
export function settingsFilePath(configDir: string): string {
  return `${configDir.replace(/\\/g, "/").replace(/\/+$/, "")}/plugins/${PLUGIN_ID}/data.json`;
}

export interface LoadedSettings {
  resolved: ResolvedSettings;
  /** Vault-relative path of the settings file, to name it in warnings. */
  path: string;
  /** False when the defaults are used because there is no settings file or it could not be used. */
  fromFile: boolean;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

function defaults(path: string): LoadedSettings {
  return { resolved: resolveSettings(normalizeSettings(DEFAULT_SETTINGS)), path, fromFile: false };
}

/**
 * Loads the plugin's settings the way the plugin does: through core's normalize and
 * resolve, so a stale or hand-edited file behaves the same in both. No file means
 * the plugin was never configured; a file that can't be used is reported on
 * `warn` and the defaults apply, so cron still gets an agenda, as is each value
 * that had to be reset.
 */
export async function loadSettings(vaultRoot: string, configDir: string, warn: (message: string) => void): Promise<LoadedSettings> {
  const path = settingsFilePath(configDir);
  let text: string;
  try {
    text = await readFile(join(vaultRoot, ...path.split("/")), "utf8");
  } catch (error) {
    if (isMissing(error)) return defaults(path);
    warn(`Could not read the settings in ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); using the default settings.`);
    return defaults(path);
  }
  let saved: unknown;
  try {
    saved = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    warn(`The settings in ${path} are not valid JSON (${error instanceof Error ? error.message : String(error)}); using the default settings.`);
    return defaults(path);
  }
  // The plugin repairs the file when it next loads; until then the agenda uses the same repaired values, and says so.
  const { settings, repairs } = readSettings(saved);
  for (const repair of repairs) warn(`A setting in ${path} can't be used, so the agenda uses another: ${repair}.`);
  return { resolved: resolveSettings(settings), path, fromFile: true };
}
