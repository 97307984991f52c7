import type { App } from "obsidian";
import type { KeepInTouchSettings, ResolvedSettings } from "../core/settings";
import type { LocalDate } from "../core/shared/dates";
import type { Actions } from "../obsidian/actions/actions";
import type { KeepInTouchApi } from "../obsidian/api";
import type { ContactIndex } from "../obsidian/contact-index";
import type { DailyNoteSettings } from "../obsidian/daily-note-settings";
import type { NoticePort } from "../obsidian/notice-port";

/**
 * What a view, modal or the code block is given: the index to read, the actions to
 * change notes, the settings, today, and a way to say something. Built once by the
 * composition root; the UI never sees the plugin itself.
 */
export interface Host {
  readonly app: App;
  readonly index: ContactIndex;
  readonly actions: Actions;
  readonly notices: NoticePort;
  /** The settings as the user saved them; read afresh each time, since they change while the plugin runs. */
  readonly settings: KeepInTouchSettings;
  /** The settings made ready for use (tiers parsed, problems listed). */
  readonly resolved: ResolvedSettings;
  /** The plugin's public API, for the reads it already does well (a contact's touch log). */
  readonly api: KeepInTouchApi;
  today(): LocalDate;
  now(): Date;
  /** The user's IANA time zone: what a capture counts calendar days in. */
  timeZone(): string;
  dailyNoteSettings(): DailyNoteSettings;
  openRelationshipsView(): Promise<void>;
  openReviewView(): Promise<void>;
}

/** The settings tab's host: it also saves settings, and redraws the status bar when a setting it shows changes. */
export interface SettingsHost extends Host {
  saveSettings(): Promise<void>;
  refreshStatusBar(): void;
  /** The user closed the settings or left the plugin's tab: changes that ask something (new tiers) are settled now. */
  settingsClosed(): void;
}
