import type { EventRef } from "obsidian";
import type { Services } from "./services";

/**
 * Which relationships bases the plugin wrote: their paths, kept in the settings so
 * they last across restarts and devices, and followed when the user renames or moves
 * a base (or the folder it is in). A base that is deleted is forgotten. A file the
 * plugin didn't write is never on the list, so it is never offered an update.
 */

/** Whether `path` is the file at `at`, or in the folder at `at`. */
function isAtOrUnder(path: string, at: string): boolean {
  return path === at || path.startsWith(`${at}/`);
}

/** The path a file at `path` has after `from` was renamed to `to`; null when the rename is not about it. */
function renamedPath(path: string, from: string, to: string): string | null {
  return isAtOrUnder(path, from) ? `${to}${path.slice(from.length)}` : null;
}

/** Remembers a base the plugin just wrote; a new base is made from the current tiers, so no earlier "not now" stands. */
export async function rememberBase(services: Services, path: string): Promise<void> {
  const { settings } = services;
  if (!settings.generatedBases.includes(path)) settings.generatedBases.push(path);
  settings.declinedBaseTiers = "";
  await services.saveSettingsQuietly();
}

/** Forgets the bases at these paths (gone, or no longer files). */
export async function forgetBases(services: Services, paths: readonly string[]): Promise<void> {
  const { settings } = services;
  const kept = settings.generatedBases.filter((p) => !paths.includes(p));
  if (kept.length === settings.generatedBases.length) return;
  settings.generatedBases = kept;
  await services.saveSettingsQuietly();
}

/** Listeners that keep the list right as files move and go; the caller registers each with `registerEvent`. */
export function generatedBaseListeners(services: Services): EventRef[] {
  const { vault } = services.app;
  return [
    vault.on("rename", (file, oldPath) => {
      const { settings } = services;
      let changed = false;
      settings.generatedBases = settings.generatedBases.map((path) => {
        const moved = renamedPath(path, oldPath, file.path);
        if (moved === null || moved === path) return path;
        changed = true;
        return moved;
      });
      if (changed) void services.saveSettingsQuietly();
    }),
    vault.on("delete", (file) => {
      const gone = services.settings.generatedBases.filter((path) => isAtOrUnder(path, file.path));
      if (gone.length > 0) void forgetBases(services, gone);
    }),
  ];
}
