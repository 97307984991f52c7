import { Events, TFile, type App, type CachedMetadata, type EventRef } from "obsidian";
import type { AgendaModel } from "../core/planning/agenda-model";
import type { Contact } from "../core/contacts/contact";
import type { LocalDate } from "../core/shared/dates";
import type { ResolvedSettings } from "../core/settings";
import type { SyncConflict } from "./conflict-copies";
import { ContactStore } from "./contact-store";
import type { DailyNoteSettings } from "./daily-note-settings";
import { scanVault } from "./index-build";
import { IndexChanges } from "./index-changes";
import type { BuildStats, ChangedContacts, IndexWork } from "./index-stats";
import { NoteFactsCache } from "./note-facts";
import { SliceClock } from "./slice-clock";

export type { BuildStats, ChangedContacts, IndexWork } from "./index-stats";

/** The facts cache is written this long after the last change, not on every keystroke. */
const SAVE_DELAY_MS = 10_000;

/**
 * Every contact in the vault, kept current from the metadata cache and vault events,
 * with the mentions of contacts in dated notes (daily notes, meeting notes). A change
 * touches only the note that changed and the contacts it mentions; only a settings
 * change rebuilds. What a contact's text says (its touch log, whether its properties
 * can be written) and what any note's open tasks are is cached by mtime and size,
 * across sessions, so a startup reads only the notes that changed. Fires `changed` with the paths of the contacts that changed.
 */
export class ContactIndex extends Events {
  private readonly store: ContactStore;
  private readonly changes: IndexChanges;
  private generation = 0;
  /** Set when the plugin unloads. */
  private stopped = false;
  private built = false;
  private building = false;
  /** Paths that changed while a build ran; handled again when it finishes, so no change is lost. */
  private changedDuringBuild = new Set<string>();
  private saveTimer: number | null = null;
  /** Settles once the open tasks read after the latest build are in (a benchmark waits for it; the plugin doesn't need to). */
  promisesScanned: Promise<void> = Promise.resolve();
  private resolveReady!: () => void;
  /** Resolves once the first full build is done. */
  readonly ready: Promise<void>;
  readonly work: IndexWork = { reads: 0, promiseReads: 0, resolved: 0, builds: 0 };
  lastBuild: BuildStats = { ms: 0, slices: 0, longestSliceMs: 0, longestSliceStep: "", reads: 0, steps: { load: 0, scan: 0, read: 0, resolve: 0, finish: 0 } };

  constructor(
    private readonly app: App,
    settings: ResolvedSettings,
    private readonly today: () => LocalDate,
    private readonly dailySettings: () => DailyNoteSettings,
    private readonly facts: NoteFactsCache = new NoteFactsCache(null),
  ) {
    super();
    this.store = new ContactStore(app, settings, dailySettings(), today(), this.work);
    this.changes = new IndexChanges(app, this.store, facts);
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  get isBuilt(): boolean {
    return this.built;
  }

  all(): Contact[] {
    this.followCalendar();
    return [...this.store.contacts.values()];
  }

  get(path: string): Contact | undefined {
    this.followCalendar();
    return this.store.contacts.get(path);
  }

  /** The days a contact's touch log has a line on (not the days it is mentioned elsewhere), oldest first. */
  loggedTouchDates(path: string): readonly LocalDate[] {
    return this.store.sources.get(path)?.facts.dates ?? [];
  }

  get size(): number {
    return this.store.contacts.size;
  }

  /** Contact notes' conflict copies, left by sync tools, oldest name first. */
  syncConflicts(): SyncConflict[] {
    return [...this.store.conflicts.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * Everyone's due state, in the view's order as far as it has been read: kept
   * current as contacts change (one change moves one entry), so a view that opens
   * only draws its rows. Worked out again on a new day or with new tiers.
   */
  agenda(): AgendaModel {
    this.followCalendar();
    return this.store.agenda();
  }

  /** The daily-note settings the index is using. */
  get dailyNotes(): DailyNoteSettings {
    return this.store.daily;
  }

  /** Subscribes to changes, with the paths of the contacts that changed (null: any of them). */
  onChange(callback: (changed: ChangedContacts) => void): EventRef {
    return this.on("changed", (changed: unknown) => callback(Array.isArray(changed) ? (changed as string[]) : null));
  }

  /** Event subscriptions for the plugin to register, so they end when it unloads. */
  listeners(): EventRef[] {
    const { metadataCache, vault } = this.app;
    const { dated } = this.store;
    return [
      metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)),
      vault.on("create", () => dated.filesChanged()),
      vault.on("rename", (file, oldPath) => {
        dated.filesChanged();
        if (file instanceof TFile) void this.onRename(file, oldPath);
      }),
      vault.on("delete", (file) => {
        dated.filesChanged();
        this.onDelete(file.path);
      }),
    ];
  }

  updateSettings(settings: ResolvedSettings): Promise<void> {
    this.store.settings = settings;
    return this.build();
  }

  /**
   * Called now and then: rebuilds when the daily-note settings changed (other plugins
   * don't announce that), and re-resolves when the day changed (a note dated in the
   * future starts counting on its day).
   */
  async refresh(): Promise<void> {
    if (!this.built) return;
    if (JSON.stringify(this.dailySettings().config) !== JSON.stringify(this.store.daily.config)) {
      await this.build();
      return;
    }
    if (this.today() !== this.store.day) {
      this.followCalendar();
      this.trigger("changed", null);
    }
  }

  /**
   * When the plugin unloads: a build under way stops at its next step instead of
   * running on (yielding to a UI that is gone), and no build starts after.
   */
  stop(): void {
    this.stopped = true;
    this.generation++;
  }

  /** Writes the facts cache now (when the plugin unloads), instead of a little later. */
  async saveCache(): Promise<void> {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.facts.save();
  }

  /** Writes the facts cache and lets go of the device storage: the plugin is unloading. */
  async closeCache(): Promise<void> {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.facts.close();
  }

  /**
   * Reads every note's metadata, and the text of contact notes whose facts aren't
   * cached, in slices that yield to the UI. A newer build supersedes an older one.
   */
  async build(): Promise<void> {
    if (this.stopped) return;
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    const started = performance.now();
    this.building = true;
    this.work.builds++;
    this.store.daily = this.dailySettings();
    const { touchHeading, properties } = this.store.settings.settings;
    // Facts read under another heading, or another name for last_touch, say something else.
    await this.facts.load(`${touchHeading}|${properties.lastTouch}`);
    if (!current()) return;
    const clock = new SliceClock();
    clock.step = "load";
    // Asked before yielding too: a build that was stopped or superseded yields no more.
    const superseded = async () => {
      if (!current()) return true;
      await clock.yield();
      return !current();
    };
    const scan = await scanVault({ app: this.app, store: this.store, facts: this.facts, today: this.today, clock, superseded, current, started });
    if (!scan) return;
    this.store.replace(scan);
    if (clock.due() && (await superseded())) return;
    clock.step = "finish";
    const finishing = performance.now();
    this.agenda();
    this.facts.keepOnly(scan.sources);
    this.facts.keepPromisesOnly(new Set(scan.withTasks.map((file) => file.path)));
    // Changes that arrived while the build ran are handled now, against the new state.
    while (this.changedDuringBuild.size > 0) {
      const [path] = this.changedDuringBuild;
      this.changedDuringBuild.delete(path as string);
      await this.changes.reload(path as string);
      if (!current()) return;
    }
    clock.end();
    this.built = true;
    this.building = false;
    this.lastBuild = { ms: performance.now() - started, slices: clock.slices, longestSliceMs: clock.longest, longestSliceStep: clock.longestStep, reads: scan.reads, steps: { ...scan.steps, finish: performance.now() - finishing } };
    this.trigger("changed", null);
    this.resolveReady();
    this.saveSoon();
    this.promisesScanned = this.scanPromises(generation, scan.withTasks);
  }

  /** After a build: bring in the open tasks of the notes that may hold promises (cached, or read), then show them. */
  private async scanPromises(generation: number, files: readonly TFile[]): Promise<void> {
    const { store } = this;
    const affected = await store.promises.scan(
      files,
      (file, cache) => store.isContact(file, cache),
      () => generation === this.generation,
      this.changes,
    );
    if (generation === this.generation) this.announce(store.reresolve(affected));
  }

  private saveSoon(): void {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = null;
      void this.facts.save();
    }, SAVE_DELAY_MS);
  }

  private followCalendar(): void {
    this.store.followCalendar(this.today());
  }

  /** Before the first build nothing is tracked; during a build a change is queued. True when handled. */
  private queuedDuringBuild(...paths: string[]): boolean {
    if (this.generation === 0) return true;
    if (!this.building) return false;
    for (const path of paths) this.changedDuringBuild.add(path);
    return true;
  }

  private announce(changed: Set<string>): void {
    this.saveSoon();
    if (changed.size > 0) this.trigger("changed", [...changed]);
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (this.queuedDuringBuild(file.path)) return;
    this.announce(this.changes.changed(file, data, cache));
  }

  private onDelete(path: string): void {
    if (this.queuedDuringBuild(path)) return;
    const copies = this.changes.copiesOf(path);
    this.announce(this.changes.deleted(path));
    void this.reloadCopies(copies);
  }

  private async onRename(file: TFile, oldPath: string): Promise<void> {
    if (this.queuedDuringBuild(file.path, oldPath)) return;
    const copies = this.changes.copiesOf(oldPath);
    this.announce(await this.changes.renamed(file, oldPath));
    await this.reloadCopies(copies);
  }

  /** Copies whose original was deleted or renamed are looked at again: without an original, a copy is a contact. */
  private async reloadCopies(paths: readonly string[]): Promise<void> {
    for (const path of paths) this.announce(await this.changes.reload(path));
  }
}
