import type { App } from "obsidian";
import type { KeepInTouchSettings, ResolvedSettings } from "../core/settings";
import type { LocalDate } from "../core/shared/dates";
import { Actions } from "../obsidian/actions/actions";
import type { KeepInTouchApi } from "../obsidian/api";
import type { ContactIndex } from "../obsidian/contact-index";
import type { DailyNoteSettings } from "../obsidian/daily-note-settings";
import type { DailyNoteWriter } from "../obsidian/daily-note-writer";
import type { NoteWriter } from "../obsidian/note-writer";
import type { Services } from "../obsidian/services";
import type { UndoHistory } from "../obsidian/undo-history";
import type { SettingsHost } from "../ui/host";
import { obsidianNotices } from "../ui/shared/notices";

/** What the context reads from the plugin: its parts, and what it does. */
export interface PluginCore {
  readonly app: App;
  readonly index: ContactIndex;
  readonly writer: NoteWriter;
  readonly dailyWriter: DailyNoteWriter;
  readonly undo: UndoHistory;
  readonly settings: KeepInTouchSettings;
  readonly resolved: ResolvedSettings;
  readonly api: KeepInTouchApi;
  readonly statusBar: { update(): void };
  today(): LocalDate;
  now(): Date;
  timeZone(): string;
  dailyNoteSettings(): DailyNoteSettings;
  saveSettings(): Promise<void>;
  saveData(data: unknown): Promise<void>;
  openRelationshipsView(): Promise<void>;
  openReviewView(): Promise<void>;
  settingsClosed(): void;
}

/**
 * What the plugin hands out: the adapters see it as their Services, the UI as its
 * host, each through its own interface and no further. Settings and the clock are
 * read through the plugin every time, since they change while it runs.
 */
export class PluginContext implements Services, SettingsHost {
  readonly app: App;
  readonly index: ContactIndex;
  readonly writer: NoteWriter;
  readonly dailyWriter: DailyNoteWriter;
  readonly undo: UndoHistory;
  /** The UI's notices, handed to the adapters as their port. */
  readonly notices = obsidianNotices;
  readonly actions: Actions;

  constructor(private readonly plugin: PluginCore) {
    ({ app: this.app, index: this.index, writer: this.writer, dailyWriter: this.dailyWriter, undo: this.undo } = plugin);
    this.actions = new Actions(this);
  }

  get settings(): KeepInTouchSettings {
    return this.plugin.settings;
  }

  get resolved(): ResolvedSettings {
    return this.plugin.resolved;
  }

  get api(): KeepInTouchApi {
    return this.plugin.api;
  }

  today(): LocalDate {
    return this.plugin.today();
  }

  now(): Date {
    return this.plugin.now();
  }

  timeZone(): string {
    return this.plugin.timeZone();
  }

  dailyNoteSettings(): DailyNoteSettings {
    return this.plugin.dailyNoteSettings();
  }

  saveSettings(): Promise<void> {
    return this.plugin.saveSettings();
  }

  saveSettingsQuietly(): Promise<void> {
    return this.plugin.saveData(this.plugin.settings);
  }

  openRelationshipsView(): Promise<void> {
    return this.plugin.openRelationshipsView();
  }

  openReviewView(): Promise<void> {
    return this.plugin.openReviewView();
  }

  refreshStatusBar(): void {
    this.plugin.statusBar.update();
  }

  settingsClosed(): void {
    this.plugin.settingsClosed();
  }
}
