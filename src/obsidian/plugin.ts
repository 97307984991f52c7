import { Notice, Plugin, debounce, normalizePath, type TFile } from "obsidian";
import type { Contact } from "../core/contact";
import { localDateOf, type LocalDate } from "../core/dates";
import { normalizeSettings, resolveSettings, type KeepInTouchSettings, type ResolvedSettings } from "../core/settings";
import type { Touch } from "../core/touch-line";
import { registerAgendaBlock } from "../ui/agenda-block";
import { KeepInTouchSettingTab } from "../ui/settings-tab";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../ui/relationships-view";
import { createApi, type KeepInTouchApi } from "./api";
import { registerCommands } from "./commands";
import { ContactIndex } from "./contact-index";
import { NoteFactsCache, factsFileIn } from "./note-facts";
import { readDailyNoteSettings, type DailyNoteSettings } from "./daily-note-settings";
import { DailyNoteWriter } from "./daily-note-writer";
import { NoteWriter } from "./note-writer";
import { logGroupTouch } from "./group-touch";
import { readTouchLog } from "../core/touch-log";

export default class KeepInTouchPlugin extends Plugin {
  override settings!: KeepInTouchSettings;
  resolved!: ResolvedSettings;
  index!: ContactIndex;
  writer!: NoteWriter;
  dailyWriter!: DailyNoteWriter;
  api!: KeepInTouchApi;
  /** The clock; tests set it to a fixed day. */
  now: () => Date = () => new Date();

  override async onload(): Promise<void> {
    this.settings = normalizeSettings(await this.loadData());
    this.resolved = resolveSettings(this.settings);
    // What contact notes' text says is cached in the plugin folder, so a startup reads only notes that changed.
    const facts = new NoteFactsCache(factsFileIn(this.app.vault.adapter, this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`), this.manifest.version);
    this.index = new ContactIndex(this.app, this.resolved, () => this.today(), () => this.dailyNoteSettings(), facts);
    this.writer = new NoteWriter(this.app, () => this.settings, () => this.today());
    this.dailyWriter = new DailyNoteWriter(this.app, () => this.settings, () => this.dailyNoteSettings(), () => this.now());
    this.api = createApi({
      ready: this.index.ready,
      contacts: () => this.index.all(),
      contact: (path) => this.index.get(normalizePath(path)),
      today: () => this.today(),
      logTouch: (path, touch) => this.logTouch(normalizePath(path), touch),
      readTouches: async (path) => {
        const file = this.app.vault.getFileByPath(normalizePath(path));
        if (!file) throw new Error(`No note at "${path}".`);
        const text = await this.app.vault.cachedRead(file);
        return readTouchLog(text, this.settings.touchHeading, this.settings.touchKinds).map(({ line: _line, ...touch }) => touch);
      },
      logGroupTouch: (paths, touch) => logGroupTouch(this, paths.map(normalizePath), touch),
      snooze: (path, until) => this.writer.snooze(normalizePath(path), until),
      fade: (path, reason) => this.writer.fade(normalizePath(path), reason),
      resume: (path) => this.writer.resume(normalizePath(path)),
    });

    this.registerView(VIEW_TYPE_RELATIONSHIPS, (leaf) => new RelationshipsView(leaf, this));
    this.addRibbonIcon("users", "Open relationships", () => void this.openRelationshipsView());
    registerCommands(this);
    registerAgendaBlock(this);
    this.addSettingTab(new KeepInTouchSettingTab(this.app, this));
    for (const ref of this.index.listeners()) this.registerEvent(ref);
    // The index reads notes, so it waits until Obsidian has finished loading the workspace.
    // Not if the plugin was turned off before then: Obsidian keeps the callback either way.
    let loaded = true;
    this.register(() => (loaded = false));
    this.app.workspace.onLayoutReady(() => {
      if (loaded) void this.index.build();
    });
    // Other plugins' daily-note settings change without an event, and due states move with the calendar.
    this.registerInterval(window.setInterval(() => void this.index.refresh(), 60_000));
  }

  override onunload(): void {
    // The facts cache is written a little after changes; write what is pending now.
    void this.index?.saveCache();
  }

  /** The daily-note settings in force: Periodic Notes', the core plugin's, or this plugin's own. */
  dailyNoteSettings(): DailyNoteSettings {
    return readDailyNoteSettings(this.app, this.settings);
  }

  /**
   * Logs a touch: the line in the contact's note, then (as the settings say) a line in
   * that day's daily note. Each is its own atomic write; if the daily note can't be
   * written the touch itself still stands, and the returned problem says why.
   */
  async logTouch(path: string, touch: Partial<Touch>): Promise<{ touch: Touch; dailyProblem: string | null }> {
    const logged = await this.writer.logTouch(path, touch);
    const file = this.app.vault.getFileByPath(path);
    let dailyProblem: string | null = null;
    if (file) {
      try {
        await this.dailyWriter.addTouchLine(file, logged, this.today());
      } catch (error) {
        dailyProblem = `The touch is logged, but the daily note wasn't updated: ${messageOf(error)}`;
        new Notice(dailyProblem, 8000);
      }
    }
    return { touch: logged, dailyProblem };
  }

  today(): LocalDate {
    return localDateOf(this.now());
  }

  /** The contact for a note, if it is one. */
  contactFor(file: TFile | null): Contact | undefined {
    return file ? this.index.get(file.path) : undefined;
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.resolved = resolveSettings(this.settings);
    this.rebuildSoon();
  }

  /** Settings fields save on every keystroke; rebuild once typing pauses. */
  private rebuildSoon = debounce(() => void this.index.updateSettings(this.resolved), 300, true);

  async openRelationshipsView(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(VIEW_TYPE_RELATIONSHIPS)[0];
    if (!leaf) {
      const right = workspace.getRightLeaf(false);
      if (!right) return;
      await right.setViewState({ type: VIEW_TYPE_RELATIONSHIPS, active: true });
      leaf = right;
    }
    await workspace.revealLeaf(leaf);
  }

  /** Logs a touch and tells the user how it went. Returns whether it landed. */
  async logTouchWithNotice(contact: Pick<Contact, "path" | "name">, touch: Partial<Touch> = {}): Promise<boolean> {
    try {
      const { touch: logged } = await this.logTouch(contact.path, touch);
      new Notice(`Logged a touch with ${contact.name}${logged.date === this.today() ? "" : ` on ${logged.date}`}.`);
      return true;
    } catch (error) {
      new Notice(`Couldn't log a touch with ${contact.name}: ${messageOf(error)}`, 8000);
      return false;
    }
  }

  async fadeWithNotice(contact: Pick<Contact, "path" | "name">, reason: string): Promise<boolean> {
    try {
      await this.writer.fade(contact.path, reason);
      new Notice(`${contact.name} is paused and off the due lists.`);
      return true;
    } catch (error) {
      new Notice(`Couldn't let ${contact.name} fade: ${messageOf(error)}`, 8000);
      return false;
    }
  }

  async resumeWithNotice(contact: Pick<Contact, "path" | "name">): Promise<boolean> {
    try {
      await this.writer.resume(contact.path);
      new Notice(`${contact.name} is back on the due lists.`);
      return true;
    } catch (error) {
      new Notice(`Couldn't resume ${contact.name}: ${messageOf(error)}`, 8000);
      return false;
    }
  }

  async snoozeWithNotice(contact: Pick<Contact, "path" | "name">, until: LocalDate | null): Promise<boolean> {
    try {
      await this.writer.snooze(contact.path, until);
      new Notice(until ? `Snoozed ${contact.name} until ${until}.` : `${contact.name} is no longer snoozed.`);
      return true;
    } catch (error) {
      new Notice(`Couldn't snooze ${contact.name}: ${messageOf(error)}`, 8000);
      return false;
    }
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
