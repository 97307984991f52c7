/**
 * Which daily-note settings apply, from what the daily-note plugins have saved:
 * Periodic Notes when it manages daily notes, then the core Daily notes plugin, then
 * this plugin's own settings. The same order as src/obsidian/daily-note-settings.ts,
 * written over plain data so that the terminal agenda, which reads the plugins'
 * files instead of asking Obsidian, picks the same settings.
 */
import { DEFAULT_DAILY_FORMAT, cleanFolder, type DailyNoteConfig } from "./daily-notes";
import type { KeepInTouchSettings } from "../settings";

export type DailyNoteSource = "periodic-notes" | "daily-notes" | "keep-in-touch";

export interface DailyNoteChoice {
  config: DailyNoteConfig;
  source: DailyNoteSource;
  /** Worth saying once: e.g. that the two daily-note plugins disagree and which one is used. */
  notes: string[];
}

/** What the daily-note plugins have saved; null for a plugin that is not enabled. */
export interface DailyNotePlugins {
  /** Periodic Notes' saved settings (its data.json), in either of its shapes. */
  periodicNotes: unknown;
  /** The core Daily notes plugin's options (daily-notes.json): `{folder, format, template}`. */
  coreDailyNotes: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function fromFields(fields: Record<string, unknown>): DailyNoteConfig {
  return { folder: cleanFolder(text(fields.folder)), format: text(fields.format).trim() || DEFAULT_DAILY_FORMAT, template: text(fields.template).trim() };
}

/** Periodic Notes 1.x keeps calendar sets (the active one's `day`); the stable release keeps one `daily` block. Neither is public API, so every field is checked. */
function periodicDaily(saved: unknown): DailyNoteConfig | null {
  if (!isRecord(saved)) return null;
  const sets = saved.calendarSets;
  if (Array.isArray(sets) && sets.length > 0) {
    const records = sets.filter(isRecord);
    const set = records.find((s) => s.id === saved.activeCalendarSet) ?? records[0];
    const day = set?.day;
    return isRecord(day) && day.enabled !== false ? fromFields(day) : null;
  }
  const daily = saved.daily;
  return isRecord(daily) && Boolean(daily.enabled) ? fromFields(daily) : null;
}

function same(a: DailyNoteConfig, b: DailyNoteConfig): boolean {
  return a.folder === b.folder && a.format === b.format && a.template === b.template;
}

export function chooseDailyNoteSettings(plugins: DailyNotePlugins, settings: KeepInTouchSettings): DailyNoteChoice {
  const periodic = periodicDaily(plugins.periodicNotes);
  const core = plugins.coreDailyNotes === null || plugins.coreDailyNotes === undefined ? null : fromFields(isRecord(plugins.coreDailyNotes) ? plugins.coreDailyNotes : {});
  if (periodic) {
    const notes = core && !same(core, periodic) ? ["Periodic Notes and the core Daily notes plugin have different settings; Periodic Notes' are used."] : [];
    return { config: periodic, source: "periodic-notes", notes };
  }
  if (core) return { config: core, source: "daily-notes", notes: [] };
  return { config: fromFields({ folder: settings.dailyFolder, format: settings.dailyFormat, template: settings.dailyTemplate }), source: "keep-in-touch", notes: [] };
}
