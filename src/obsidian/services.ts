import type { App } from "obsidian";
import type { KeepInTouchSettings, ResolvedSettings } from "../core/settings";
import type { LocalDate } from "../core/shared/dates";
import type { ContactIndex } from "./contact-index";
import type { DailyNoteSettings } from "./daily-note-settings";
import type { DailyNoteWriter } from "./daily-note-writer";
import type { NoteWriter } from "./note-writer";
import type { NoticePort } from "./notice-port";
import type { UndoHistory } from "./undo-history";

/**
 * What the adapters work with, built once by the composition root and handed to each
 * that needs it. Settings are read through it every time: they change while the plugin runs.
 */
export interface Services {
  readonly app: App;
  readonly index: ContactIndex;
  readonly writer: NoteWriter;
  readonly dailyWriter: DailyNoteWriter;
  readonly undo: UndoHistory;
  readonly notices: NoticePort;
  /** The settings as the user saved them. */
  readonly settings: KeepInTouchSettings;
  /** The settings made ready for use (tiers parsed, problems listed). */
  readonly resolved: ResolvedSettings;
  today(): LocalDate;
  now(): Date;
  /** The daily-note settings in force: Periodic Notes', the core plugin's, or this plugin's own. */
  dailyNoteSettings(): DailyNoteSettings;
  /** Keeps the settings as they are now, without the rebuild that a change of settings brings. */
  saveSettingsQuietly(): Promise<void>;
}

/** What the adapters that only read need: a view's host has it too. */
export type ReadServices = Pick<Services, "app" | "index" | "settings" | "resolved" | "today" | "now" | "dailyNoteSettings">;
