import { Notice, Plugin, debounce, normalizePath, type TFile } from "obsidian";
import type { Contact } from "../core/contacts/contact";
import { localDateOf, type LocalDate } from "../core/shared/dates";
import { messageOf } from "../core/shared/errors";
import { normalizeSettings, resolveSettings, type KeepInTouchSettings, type ResolvedSettings } from "../core/settings";
import type { Touch } from "../core/touches/touch-line";
import { registerAgendaBlock } from "../ui/block/agenda-block";
import { KeepInTouchSettingTab } from "../ui/settings/settings-tab";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../ui/sidebar/relationships-view";
import { ReviewView, VIEW_TYPE_REVIEW } from "../ui/review/review-view";
import { createApi, type KeepInTouchApi } from "../obsidian/api";
import { registerCommands } from "./commands";
import { ContactIndex } from "../obsidian/contact-index";
import { NoteFactsCache, factsFileIn } from "../obsidian/note-facts";
import { readDailyNoteSettings, type DailyNoteSettings } from "../obsidian/daily-note-settings";
import { DailyNoteWriter } from "../obsidian/daily-note-writer";
import { NoteWriter } from "../obsidian/note-writer";
import { logGroupTouch } from "../obsidian/actions/group-touch";
import { readTouchLog } from "../core/touches/touch-log";
import { ChangeRecorder, UndoHistory, type UndoStep } from "../obsidian/undo-history";
import { noticeWithUndo } from "../ui/shared/notices";
import { StatusBarCount } from "../ui/status-bar/status-bar";

export default class KeepInTouchPlugin extends Plugin {
  override settings!: KeepInTouchSettings;
  resolved!: ResolvedSettings;
  index!: ContactIndex;
  writer!: NoteWriter;
  dailyWriter!: DailyNoteWriter;
  api!: KeepInTouchApi;
  /** The plugin's own writes, each one step that can be taken back. */
  undo!: UndoHistory;
  /** Who is overdue and due today, in the status bar (desktop only). */
  statusBar!: StatusBarCount;
  /** The clock; tests set it to a fixed day. */
  now: () => Date = () => new Date();

  override async onload(): Promise<void> {
    this.settings = normalizeSettings(await this.loadData());
    this.resolved = resolveSettings(this.settings);
    // What contact notes' text says is cached in the plugin folder, so a startup reads only notes that changed.
    const facts = new NoteFactsCache(factsFileIn(this.app.vault.adapter, this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`), this.manifest.version);
    this.index = new ContactIndex(this.app, this.resolved, () => this.today(), () => this.dailyNoteSettings(), facts);
    this.writer = new NoteWriter(this.app, () => this.settings, () => this.today());
    this.undo = new UndoHistory(this.app);
    this.dailyWriter = new DailyNoteWriter(this.app, () => this.settings, () => this.dailyNoteSettings(), () => this.now());
    this.api = createApi({
      ready: this.index.ready,
      contacts: () => this.index.all(),
      contact: (path) => this.index.get(normalizePath(path)),
      today: () => this.today(),
      logTouch: (path, touch) => this.recordStep(`logged a touch with ${this.nameOf(path)}`, (rec) => this.logTouch(normalizePath(path), touch, rec)),
      readTouches: async (path) => {
        const file = this.app.vault.getFileByPath(normalizePath(path));
        if (!file) throw new Error(`No note at "${path}".`);
        const text = await this.app.vault.cachedRead(file);
        return readTouchLog(text, this.settings.touchHeading, this.settings.touchKinds).map(({ line: _line, ...touch }) => touch);
      },
      logGroupTouch: (paths, touch) => this.recordStep(`logged a group touch`, (rec) => logGroupTouch(this, paths.map(normalizePath), touch, undefined, rec)),
      snooze: (path, until) => this.recordStep(`snoozed ${this.nameOf(path)}`, (rec) => this.writer.recordingTo(rec).snooze(normalizePath(path), until)),
      fade: (path, reason) => this.recordStep(`let ${this.nameOf(path)} fade`, (rec) => this.writer.recordingTo(rec).fade(normalizePath(path), reason)),
      resume: (path) => this.recordStep(`resumed ${this.nameOf(path)}`, (rec) => this.writer.recordingTo(rec).resume(normalizePath(path))),
    });

    this.registerView(VIEW_TYPE_RELATIONSHIPS, (leaf) => new RelationshipsView(leaf, this));
    this.registerView(VIEW_TYPE_REVIEW, (leaf) => new ReviewView(leaf, this));
    this.addRibbonIcon("users", "Open relationships", () => void this.openRelationshipsView());
    registerCommands(this);
    this.statusBar = new StatusBarCount(this).install();
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
  async logTouch(path: string, touch: Partial<Touch>, recorder?: ChangeRecorder): Promise<{ touch: Touch; dailyProblem: string | null }> {
    const logged = await (recorder ? this.writer.recordingTo(recorder) : this.writer).logTouch(path, touch);
    const file = this.app.vault.getFileByPath(path);
    let dailyProblem: string | null = null;
    if (file) {
      try {
        await (recorder ? this.dailyWriter.recordingTo(recorder) : this.dailyWriter).addTouchLine(file, logged, this.today());
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

  /** Only when the user turns the plugin on: show what it does. Ordinary startups leave the layout as the user left it. */
  override onUserEnable(): void {
    void this.openRelationshipsView();
  }

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

  /** The review is a dashboard: it opens in a tab of the main area, or comes to the front if open. */
  async openReviewView(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(VIEW_TYPE_REVIEW)[0];
    if (!leaf) {
      leaf = workspace.getLeaf("tab");
      await leaf.setViewState({ type: VIEW_TYPE_REVIEW, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  private nameOf(path: string): string {
    return this.index.get(normalizePath(path))?.name ?? path;
  }

  /** Runs one action as one undo step: whatever it wrote, in however many notes. */
  async recordStep<T>(label: string, action: (recorder: ChangeRecorder) => Promise<T>): Promise<T> {
    const recorder = new ChangeRecorder();
    try {
      return await action(recorder);
    } finally {
      this.undo.push(label, recorder);
    }
  }

  /**
   * Runs one user action as one undo step and tells the user how it went; the notice
   * after a write carries an "Undo" link. Returns whether it landed.
   */
  async act<T>(label: string, failed: string, action: (recorder: ChangeRecorder) => Promise<T>, done: string | ((result: T) => string)): Promise<boolean> {
    const recorder = new ChangeRecorder();
    let result: T;
    try {
      result = await action(recorder);
    } catch (error) {
      this.undo.push(label, recorder);
      new Notice(`${failed}: ${messageOf(error)}`, 8000);
      return false;
    }
    this.noticeWithUndo(typeof done === "string" ? done : done(result), this.undo.push(label, recorder));
    return true;
  }

  /** A notice for a write; with an "Undo" link when the write is a step that can be taken back. */
  noticeWithUndo(message: string, step: UndoStep | null, duration?: number): void {
    new Notice(step ? noticeWithUndo(message, () => void this.undoWithNotice(step)) : message, duration);
  }

  /** Takes back a step (the latest when none is given) and says what happened. */
  async undoWithNotice(step: UndoStep | undefined = this.undo.last()): Promise<boolean> {
    if (!step) {
      new Notice("Nothing to undo: the plugin hasn't changed any note in this session.");
      return false;
    }
    try {
      await this.undo.undo(step);
      new Notice(`Undone: ${step.label}.`);
      return true;
    } catch (error) {
      new Notice(`Couldn't undo "${step.label}": ${messageOf(error)}`, 8000);
      return false;
    }
  }

  /** Logs a touch and tells the user how it went. Returns whether it landed. */
  logTouchWithNotice(contact: Pick<Contact, "path" | "name">, touch: Partial<Touch> = {}): Promise<boolean> {
    return this.act(
      `logged a touch with ${contact.name}`,
      `Couldn't log a touch with ${contact.name}`,
      (rec) => this.logTouch(contact.path, touch, rec),
      ({ touch: logged }) => `Logged a touch with ${contact.name}${logged.date === this.today() ? "" : ` on ${logged.date}`}.`,
    );
  }

  fadeWithNotice(contact: Pick<Contact, "path" | "name">, reason: string): Promise<boolean> {
    return this.act(`let ${contact.name} fade`, `Couldn't let ${contact.name} fade`, (rec) => this.writer.recordingTo(rec).fade(contact.path, reason), `${contact.name} is paused and off the due lists.`);
  }

  resumeWithNotice(contact: Pick<Contact, "path" | "name">): Promise<boolean> {
    return this.act(`resumed ${contact.name}`, `Couldn't resume ${contact.name}`, (rec) => this.writer.recordingTo(rec).resume(contact.path), `${contact.name} is back on the due lists.`);
  }

  snoozeWithNotice(contact: Pick<Contact, "path" | "name">, until: LocalDate | null): Promise<boolean> {
    const done = until ? `Snoozed ${contact.name} until ${until}.` : `${contact.name} is no longer snoozed.`;
    return this.act(until ? `snoozed ${contact.name}` : `woke ${contact.name}`, `Couldn't snooze ${contact.name}`, (rec) => this.writer.recordingTo(rec).snooze(contact.path, until), done);
  }
}
