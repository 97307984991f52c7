import { Plugin, debounce, normalizePath } from "obsidian";
import { basenameOf } from "../core/contacts/contact";
import { readSettings, readableKinds, resolveSettings, type KeepInTouchSettings, type ResolvedSettings } from "../core/settings";
import { localDateOf, type LocalDate } from "../core/shared/dates";
import { deviceZone } from "../core/capture/capture-settings";
import { readTouchLog } from "../core/touches/touch-log";
import type { Actions } from "../obsidian/actions/actions";
import { logGroupTouch } from "../obsidian/actions/group-touch";
import { createApi, type KeepInTouchApi } from "../obsidian/api";
import { markdownNoteAt, whyNotAContact } from "../obsidian/contact-check";
import { ContactIndex } from "../obsidian/contact-index";
import { readDailyNoteSettings, type DailyNoteSettings } from "../obsidian/daily-note-settings";
import { DailyNoteWriter } from "../obsidian/daily-note-writer";
import { generatedBaseListeners } from "../obsidian/generated-bases";
import { DeviceFactsStore, legacyCacheFileIn, vaultKeyOf } from "../obsidian/device-cache";
import { NoteFactsCache } from "../obsidian/note-facts";
import { NoteWriter } from "../obsidian/note-writer";
import { keepRepairedSettings } from "../obsidian/settings-repair";
import type { Services } from "../obsidian/services";
import { sessionShelf, UndoHistory, type HistoryShelf } from "../obsidian/undo-history";
import { registerAgendaBlock } from "../ui/block/agenda-block";
import type { SettingsHost } from "../ui/host";
import { KeepInTouchSettingTab } from "../ui/settings/settings-tab";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../ui/sidebar/relationships-view";
import { ReviewView, VIEW_TYPE_REVIEW } from "../ui/review/review-view";
import { StatusBarCount } from "../ui/status-bar/status-bar";
import { BaseRefresh } from "./base-refresh";
import { registerCommands } from "./commands";
import { PluginContext } from "./context";

/**
 * The plugin: it builds the adapters (index, writers, undo, actions), hands the UI a
 * host with only what the UI uses, and registers views, commands and the code block.
 * The one place that knows both the adapters and the UI.
 */
export default class KeepInTouchPlugin extends Plugin {
  override settings!: KeepInTouchSettings;
  resolved!: ResolvedSettings;
  index!: ContactIndex;
  writer!: NoteWriter;
  dailyWriter!: DailyNoteWriter;
  private apiMade: KeepInTouchApi | null = null;
  private undoShelf: HistoryShelf | null = null;
  /** The plugin's own writes, each one step that can be taken back. */
  undo!: UndoHistory;
  /** What the adapters work with. */
  services!: Services;
  /** Every user action on contacts: writes, undo steps and the notices that say how they went. */
  actions!: Actions;
  /** What the views, modals, the code block and the settings tab are given. */
  host!: SettingsHost;
  /** Who is overdue and due today, in the status bar (desktop only). */
  statusBar!: StatusBarCount;
  /** Offers to update the plugin's relationships bases once new tiers are settled. */
  private baseRefresh!: BaseRefresh;
  /** The clock; tests set it to a fixed day. */
  now: () => Date = () => new Date();
  /** The device's time zone; tests set one. */
  timeZone: () => string = deviceZone;

  override async onload(): Promise<void> {
    const saved: unknown = await this.loadData();
    const { settings, repairs } = readSettings(saved);
    this.settings = settings;
    this.resolved = resolveSettings(this.settings);
    // What contact notes' text says is cached on this device, outside the vault (sync tools never copy it),
    // so a startup reads only notes that changed. An older version's cache file in the plugin folder is read once and removed.
    const pluginDir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
    const store = new DeviceFactsStore(() => window.indexedDB, vaultKeyOf(this.app), legacyCacheFileIn(this.app.vault.adapter, pluginDir), (message) => console.warn(message));
    const facts = new NoteFactsCache(store, this.manifest.version);
    this.index = new ContactIndex(this.app, this.resolved, () => this.today(), () => this.dailyNoteSettings(), facts);
    this.writer = new NoteWriter(this.app, () => this.settings, () => this.today());
    this.undo = new UndoHistory(this.app);
    this.dailyWriter = new DailyNoteWriter(this.app, () => this.settings, () => this.dailyNoteSettings(), () => this.now());
    const context = new PluginContext(this);
    this.services = context;
    this.host = context;
    this.actions = context.actions;
    this.baseRefresh = new BaseRefresh(context);
    if (repairs.length > 0) void keepRepairedSettings({ adapter: this.app.vault.adapter, dir: pluginDir, save: () => this.saveData(this.settings), notices: context.notices }, saved, repairs);

    this.registerView(VIEW_TYPE_RELATIONSHIPS, (leaf) => new RelationshipsView(leaf, this.host));
    this.registerView(VIEW_TYPE_REVIEW, (leaf) => new ReviewView(leaf, this.host));
    this.addRibbonIcon("users", "Open relationships", () => void this.openRelationshipsView());
    registerCommands(this, context);
    this.statusBar = new StatusBarCount(this, this.host);
    registerAgendaBlock(this, this.host);
    this.addSettingTab(new KeepInTouchSettingTab(this.app, this, this.host));
    // Everything else waits until Obsidian has finished loading the workspace: onload is on the path
    // of every startup, and the index reads notes. Not if the plugin was turned off before then:
    // Obsidian keeps the callback either way.
    let loaded = true;
    this.register(() => (loaded = false));
    this.app.workspace.onLayoutReady(() => {
      if (loaded) this.start();
    });
  }

  /** Once the layout is ready: undo steps kept from before a reload, the index and what follows it. */
  private start(): void {
    // Undo and redo outlive a reload of the plugin (an update, turning it off and on) until Obsidian closes.
    this.undoShelf = sessionShelf(() => window.sessionStorage, vaultKeyOf(this.app));
    this.undo.unshelve(this.undoShelf);
    for (const ref of this.index.listeners()) this.registerEvent(ref);
    for (const ref of generatedBaseListeners(this.services)) this.registerEvent(ref);
    this.statusBar.install();
    void this.index.build();
    // Other plugins' daily-note settings change without an event, and due states move with the calendar.
    this.registerInterval(window.setInterval(() => void this.index.refresh(), 60_000));
  }

  /** What other plugins call (app.plugins.plugins["keep-in-touch"].api), made when first asked for. */
  get api(): KeepInTouchApi {
    this.apiMade ??= this.createApi();
    return this.apiMade;
  }

  override onunload(): void {
    if (this.undoShelf) this.undo.shelve(this.undoShelf);
    // A rebuild waiting for typing to pause, or one under way, ends with the plugin: it would touch a window that may be gone.
    this.rebuildSoon.cancel();
    this.index?.stop();
    // The facts cache is written a little after changes; write what is pending now, then let go of the storage.
    void this.index?.closeCache();
  }

  /** The daily-note settings in force: Periodic Notes', the core plugin's, or this plugin's own. */
  dailyNoteSettings(): DailyNoteSettings {
    return readDailyNoteSettings(this.app, this.settings);
  }

  today(): LocalDate {
    return localDateOf(this.now());
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    this.resolved = resolveSettings(this.settings);
    this.rebuildSoon();
  }

  /** The settings closed: new tiers are settled, so the relationships bases may be offered an update. */
  settingsClosed(): void {
    void this.baseRefresh.settingsClosed();
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

  /** The API's writes are undo steps like the user's own, without a notice: the calling plugin speaks for itself. */
  private createApi(): KeepInTouchApi {
    const { actions, writer } = this;
    const nameOf = (path: string) => this.index.get(path)?.name ?? basenameOf(path);
    return createApi({
      ready: this.index.ready,
      contacts: () => this.index.all(),
      contact: (path) => this.index.get(path),
      normalizePath,
      watch: (callback) => this.registerEvent(this.index.onChange(callback)),
      noteAt: (path) => markdownNoteAt(this.app.vault, normalizePath(path)),
      whyNotAContact: (note, asked) => whyNotAContact(this.app.vault, (p) => this.index.get(p), this.resolved, note, asked),
      today: () => this.today(),
      logTouch: (note, touch) => actions.recorded(`logged a touch with ${nameOf(note.path)}`, (rec) => actions.writeTouch(note, touch, rec)),
      readTouches: async (note) => {
        if (this.app.vault.getFileByPath(note.path) !== note) throw new Error(`No note at "${note.path}" any more: it was deleted.`);
        const text = await this.app.vault.cachedRead(note);
        return readTouchLog(text, this.settings.touchHeading, readableKinds(this.settings.touchKinds)).map(({ line: _line, ...touch }) => touch);
      },
      logGroupTouch: (paths, touch) => actions.recorded(`logged a group touch`, (rec) => logGroupTouch(this.services, paths.map(normalizePath), touch, undefined, rec)),
      snooze: (note, until) => actions.recorded(`snoozed ${nameOf(note.path)}`, (rec) => writer.recordingTo(rec).snooze(note, until)),
      fade: (note, reason) => actions.recorded(`let ${nameOf(note.path)} fade`, (rec) => writer.recordingTo(rec).fade(note, reason)),
      resume: (note) => actions.recorded(`resumed ${nameOf(note.path)}`, (rec) => writer.recordingTo(rec).resume(note)),
    });
  }
}
