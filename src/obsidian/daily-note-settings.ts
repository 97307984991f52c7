import type { App } from "obsidian";
import { chooseDailyNoteSettings, type DailyNoteChoice, type DailyNoteSource } from "../core/daily/daily-note-choice";
import type { KeepInTouchSettings } from "../core/settings";

export type DailyNoteSettings = DailyNoteChoice;
export type { DailyNoteSource };

// How other plugins expose their settings. Neither is public API, so every field is optional and checked.
interface InternalPluginsLike {
  getPluginById?(id: string): { enabled?: boolean; instance?: { options?: unknown } } | null;
}
interface CommunityPluginsLike {
  enabledPlugins?: Set<string>;
  getPlugin?(id: string): { settings?: unknown } | null;
}
interface AppWithPlugins {
  internalPlugins?: InternalPluginsLike;
  plugins?: CommunityPluginsLike;
}

/**
 * Reads the daily-note settings the user already has, through `this.app`: Periodic
 * Notes when it manages daily notes (it wins over the core plugin, as it does in
 * Obsidian), then the core Daily notes plugin, then this plugin's own settings.
 */
export function readDailyNoteSettings(app: App, settings: KeepInTouchSettings): DailyNoteSettings {
  const host = app as unknown as AppWithPlugins;
  const periodic = host.plugins?.enabledPlugins?.has("periodic-notes") ? (host.plugins.getPlugin?.("periodic-notes")?.settings ?? null) : null;
  const core = host.internalPlugins?.getPluginById?.("daily-notes");
  return chooseDailyNoteSettings({ periodicNotes: periodic, coreDailyNotes: core?.enabled ? (core.instance?.options ?? {}) : null }, settings);
}

export function describeDailySource(source: DailyNoteSource): string {
  if (source === "periodic-notes") return "Periodic Notes";
  if (source === "daily-notes") return "the core Daily notes plugin";
  return "the settings below";
}
