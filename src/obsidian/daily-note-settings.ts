import type { App } from "obsidian";
import { DEFAULT_DAILY_FORMAT, cleanFolder, type DailyNoteConfig } from "../core/daily-notes";
import type { KeepInTouchSettings } from "../core/settings";

/** Where the daily-note settings came from, for the settings tab. */
export type DailyNoteSource = "periodic-notes" | "daily-notes" | "keep-in-touch";

export interface DailyNoteSettings {
  config: DailyNoteConfig;
  source: DailyNoteSource;
  /** Said once in settings: e.g. that the two daily-note plugins disagree and which one is used. */
  notes: string[];
}

// The shapes other plugins store their settings in. Neither is public API, so every field is optional and checked.
interface PeriodicDaySettings {
  enabled?: boolean;
  format?: string;
  folder?: string;
  template?: string;
}
interface PeriodicNotesSettings {
  daily?: PeriodicDaySettings;
  calendarSets?: { id?: string; day?: PeriodicDaySettings }[];
  activeCalendarSet?: string;
}
interface InternalPluginsLike {
  getPluginById?(id: string): { enabled?: boolean; instance?: { options?: Record<string, unknown> } } | null;
}
interface CommunityPluginsLike {
  enabledPlugins?: Set<string>;
  getPlugin?(id: string): { settings?: unknown } | null;
}
interface AppWithPlugins {
  internalPlugins?: InternalPluginsLike;
  plugins?: CommunityPluginsLike;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function fromFields(fields: { format?: unknown; folder?: unknown; template?: unknown }): DailyNoteConfig {
  return { folder: cleanFolder(text(fields.folder)), format: text(fields.format).trim() || DEFAULT_DAILY_FORMAT, template: text(fields.template).trim() };
}

function periodicDaily(host: AppWithPlugins): DailyNoteConfig | null {
  const plugins = host.plugins;
  if (!plugins?.enabledPlugins?.has("periodic-notes")) return null;
  const settings = plugins.getPlugin?.("periodic-notes")?.settings as PeriodicNotesSettings | undefined;
  if (!settings) return null;
  // Periodic Notes 1.x keeps calendar sets; the stable release keeps one `daily` block.
  if (Array.isArray(settings.calendarSets) && settings.calendarSets.length > 0) {
    const set = settings.calendarSets.find((s) => s.id === settings.activeCalendarSet) ?? settings.calendarSets[0];
    const day = set?.day;
    return day && day.enabled !== false ? fromFields(day) : null;
  }
  return settings.daily?.enabled ? fromFields(settings.daily) : null;
}

function coreDaily(host: AppWithPlugins): DailyNoteConfig | null {
  const plugin = host.internalPlugins?.getPluginById?.("daily-notes");
  if (!plugin?.enabled) return null;
  return fromFields(plugin.instance?.options ?? {});
}

function same(a: DailyNoteConfig, b: DailyNoteConfig): boolean {
  return a.folder === b.folder && a.format === b.format && a.template === b.template;
}

/**
 * Reads the daily-note settings the user already has. When Periodic Notes manages
 * daily notes it wins over the core plugin, as it does in Obsidian itself; when
 * neither is enabled, this plugin's own settings apply.
 */
export function readDailyNoteSettings(app: App, settings: KeepInTouchSettings): DailyNoteSettings {
  const withPlugins = app as unknown as AppWithPlugins;
  const periodic = periodicDaily(withPlugins);
  const core = coreDaily(withPlugins);
  if (periodic) {
    const notes = core && !same(core, periodic) ? ["Periodic Notes and the core Daily notes plugin have different settings; Periodic Notes' are used."] : [];
    return { config: periodic, source: "periodic-notes", notes };
  }
  if (core) return { config: core, source: "daily-notes", notes: [] };
  return { config: fromFields({ folder: settings.dailyFolder, format: settings.dailyFormat, template: settings.dailyTemplate }), source: "keep-in-touch", notes: [] };
}

export function describeDailySource(source: DailyNoteSource): string {
  if (source === "periodic-notes") return "Periodic Notes";
  if (source === "daily-notes") return "the core Daily notes plugin";
  return "the settings below";
}
