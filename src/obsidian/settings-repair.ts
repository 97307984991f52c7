import { normalizePath, type DataAdapter } from "obsidian";
import { messageOf } from "../core/shared/errors";
import type { NoticePort } from "./notice-port";

/** What keeping repaired settings needs: the plugin's folder, a way to save the settings, and a voice. */
export interface RepairedSettingsStore {
  adapter: DataAdapter;
  /** The plugin's folder, where data.json is. */
  dir: string;
  /** Saves the settings as they are now (repaired). */
  save: () => Promise<void>;
  notices: NoticePort;
}

/** Where the settings file is kept as it was before a repair, beside data.json. */
export function repairBackupPath(dir: string): string {
  return normalizePath(`${dir}/data-before-repair.json`);
}

/**
 * Settings that had to be repaired on load are saved repaired, so the user is told
 * once and not at every start; the file as it was is kept first, so a value the user
 * meant (or one a newer version of the plugin understands) is never lost. If the copy
 * can't be written, nothing is saved: the repair then holds for this session only.
 */
export async function keepRepairedSettings(store: RepairedSettingsStore, saved: unknown, repairs: readonly string[]): Promise<void> {
  const lines = ["Some settings couldn't be used, so they were reset:", ...repairs.map((repair) => `- ${repair}`)];
  const backup = repairBackupPath(store.dir);
  try {
    await store.adapter.write(backup, JSON.stringify(saved, null, 2));
    await store.save();
    lines.push(`The repaired settings are saved; the file as it was is kept in ${backup}.`);
  } catch (error) {
    lines.push(`They couldn't be saved (${messageOf(error)}), so this session uses them and the settings file is as it was.`);
  }
  // Stays until dismissed: it is said once, and there may be several lines to read.
  store.notices.show(lines.join("\n"), 0);
}
