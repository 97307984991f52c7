import { Events, TFile, type App, type CachedMetadata, type EventRef } from "obsidian";
import { AgendaModel } from "../core/agenda-model";
import { resolveContact, type Contact } from "../core/contact";
import { ignoresMentions } from "../core/mention-sources";
import type { LocalDate } from "../core/dates";
import { MentionIndex } from "../core/mention-index";
import type { ResolvedSettings } from "../core/settings";
import type { DailyNoteSettings } from "./daily-note-settings";
import { PromiseTracker } from "./promise-tracker";
import { ContactNotes } from "./contact-notes";
import { DatedNotes } from "./dated-notes";
import type { BuildStats, ChangedContacts, IndexWork } from "./index-stats";
import { NoteFactsCache, factsFromText, readUncachedFacts, sourceOf, type NoteFacts, type NoteSource } from "./note-facts";
import { SliceClock } from "./slice-clock";

export type { BuildStats, ChangedContacts, IndexWork } from "./index-stats";

/** The facts cache is written this long after the last change, not on every keystroke. */
const SAVE_DELAY_MS = 10_000;


/**
 * Every contact in the vault, kept current from the metadata cache and vault events,
 * with the mentions of contacts in dated notes (daily notes, meeting notes). A change
 * touches only the note that changed and the contacts it mentions; only a settings
 * change rebuilds. What a contact's text says (its touch log, whether its properties
 * can be written) is cached by mtime and size, across sessions, so a startup reads
 * only the notes that changed. Fires `changed` with the paths of the contacts that changed.
 */
export class ContactIndex extends Events {
  private sources = new Map<string, NoteSource>();
  private contacts = new Map<string, Contact>();
  private mentions = new MentionIndex();
  private readonly promises: PromiseTracker;
  private settings: ResolvedSettings;
  private daily: DailyNoteSettings;
  private day: LocalDate;
  private generation = 0;
  private built = false;
  private building = false;
  /** Paths that changed while a build ran; handled again when it finishes, so no change is lost. */
  private changedDuringBuild = new Set<string>();
  private saveTimer: number | null = null;
  private readonly dated: DatedNotes;
  private contactNotes: { settings: ResolvedSettings; test: ContactNotes } | null = null;
  private agendaModel: AgendaModel | null = null;
  private resolveReady!: () => void;
  /** Resolves once the first full build is done. */
  readonly ready: Promise<void>;
  readonly work: IndexWork = { reads: 0, resolved: 0, builds: 0 };
  lastBuild: BuildStats = { ms: 0, slices: 0, longestSliceMs: 0, longestSliceStep: "", reads: 0, steps: { load: 0, scan: 0, read: 0, resolve: 0 } };

  constructor(
    private readonly app: App,
    settings: ResolvedSettings,
    private readonly today: () => LocalDate,
    private readonly dailySettings: () => DailyNoteSettings,
    private readonly facts: NoteFactsCache = new NoteFactsCache(null),
  ) {
    super();
    this.promises = new PromiseTracker(app);
    this.settings = settings;
    this.daily = dailySettings();
    this.day = today();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.dated = new DatedNotes(app);
  }

  get isBuilt(): boolean {
    return this.built;
  }

  all(): Contact[] {
    this.followCalendar();
    return [...this.contacts.values()];
  }

  get(path: string): Contact | undefined {
    this.followCalendar();
    return this.contacts.get(path);
  }

  get size(): number {
    return this.contacts.size;
  }

  /**
   * Everyone's due state, in the view's order as far as it has been read: kept
   * current as contacts change (one change moves one entry), so a view that opens
   * only draws its rows. Worked out again on a new day or with new tiers.
   */
  agenda(): AgendaModel {
    this.followCalendar();
    const model = this.agendaModel;
    if (model && model.today === this.day && model.tiers === this.settings.tiers) return model;
    this.agendaModel = new AgendaModel(this.settings.tiers, this.day, {});
    this.agendaModel.rebuild(this.contacts.values());
    return this.agendaModel;
  }

  /** Sets or removes one contact, keeping the agenda in step. */
  private setContact(path: string, contact: Contact | undefined): void {
    if (contact) this.contacts.set(path, contact);
    else this.contacts.delete(path);
    this.agendaModel?.update(path, contact);
  }

  /** The daily-note settings the index is using. */
  get dailyNotes(): DailyNoteSettings {
    return this.daily;
  }

  /** Subscribes to changes, with the paths of the contacts that changed (null: any of them). */
  onChange(callback: (changed: ChangedContacts) => void): EventRef {
    return this.on("changed", (changed: unknown) => callback(Array.isArray(changed) ? (changed as string[]) : null));
  }

  /** Event subscriptions for the plugin to register, so they end when it unloads. */
  listeners(): EventRef[] {
    const { metadataCache, vault } = this.app;
    return [
      metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)),
      vault.on("create", () => this.dated.filesChanged()),
      vault.on("rename", (file, oldPath) => {
        this.dated.filesChanged();
        if (file instanceof TFile) void this.onRename(file, oldPath);
      }),
      vault.on("delete", (file) => {
        this.dated.filesChanged();
        this.onDelete(file.path);
      }),
    ];
  }

  updateSettings(settings: ResolvedSettings): Promise<void> {
    this.settings = settings;
    return this.build();
  }

  /**
   * Called now and then: rebuilds when the daily-note settings changed (other plugins
   * don't announce that), and re-resolves when the day changed (a note dated in the
   * future starts counting on its day).
   */
  async refresh(): Promise<void> {
    if (!this.built) return;
    if (JSON.stringify(this.dailySettings().config) !== JSON.stringify(this.daily.config)) {
      await this.build();
      return;
    }
    if (this.today() !== this.day) {
      this.followCalendar();
      this.trigger("changed", null);
    }
  }

  /** Writes the facts cache now (when the plugin unloads), instead of a little later. */
  async saveCache(): Promise<void> {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.facts.save();
  }

  /**
   * Reads every note's metadata, and the text of contact notes whose facts aren't
   * cached, in slices that yield to the UI. A newer build supersedes an older one.
   */
  async build(): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    this.building = true;
    this.work.builds++;
    this.daily = this.dailySettings();
    const { settings } = this.settings;
    await this.facts.load(settings.touchHeading);
    if (generation !== this.generation) return;
    const clock = new SliceClock();
    clock.step = "load";
    const dated = this.dated.reader(this.daily.config, this.settings.settings);
    const superseded = async () => {
      await clock.yield();
      return generation !== this.generation;
    };
    // Loading the cache and listing the files are each a good part of a slice: not in the same one.
    if (await superseded()) return;
    const sources = new Map<string, NoteSource>();
    const mentions = new MentionIndex();
    const unread: TFile[] = [];
    const loaded = performance.now();
    clock.step = "list";
    const files = this.app.vault.getMarkdownFiles();
    if (clock.due() && (await superseded())) return;
    clock.step = "scan";
    let scannedFiles = 0;
    const withTasks: TFile[] = [];
    for (const file of files) {
      const cache = this.app.metadataCache.getFileCache(file);
      const contact = this.isContact(file, cache);
      if (PromiseTracker.mayHoldPromises(cache, contact)) withTasks.push(file);
      if (contact) {
        const facts = this.facts.get(file);
        if (facts) sources.set(file.path, sourceOf(file.path, cache, facts));
        else unread.push(file);
      } else if (cache) {
        const date = dated.dateOf(file, cache);
        if (date) dated.record(mentions, file, cache, date);
      }
      if ((++scannedFiles & 255) === 0 && clock.due() && (await superseded())) return;
    }
    const scanned = performance.now();
    clock.step = "read";
    const complete = await readUncachedFacts(unread, this.facts, (file) => this.read(file), settings, async (file, facts) => {
      if (generation !== this.generation) return false;
      sources.set(file.path, sourceOf(file.path, this.app.metadataCache.getFileCache(file), facts));
      return !(clock.due() && (await superseded()));
    });
    if (!complete) return;
    const read = performance.now();
    clock.step = "resolve";
    const day = this.today();
    const contacts = new Map<string, Contact>();
    let resolved = 0;
    for (const source of sources.values()) {
      contacts.set(source.path, this.resolve(source, mentions, day));
      if ((++resolved & 63) === 0 && clock.due() && (await superseded())) return;
    }
    const steps = { load: loaded - started, scan: scanned - loaded, read: read - scanned, resolve: performance.now() - read };
    this.sources = sources;
    this.mentions = mentions;
    this.contacts = contacts;
    this.day = day;
    this.agendaModel = null;
    if (clock.due() && (await superseded())) return;
    clock.step = "finish";
    this.agenda();
    this.facts.keepOnly(sources);
    // Changes that arrived while the build ran are handled now, against the new state.
    while (this.changedDuringBuild.size > 0) {
      const [path] = this.changedDuringBuild;
      this.changedDuringBuild.delete(path as string);
      await this.reload(path as string);
      if (generation !== this.generation) return;
    }
    clock.end();
    this.built = true;
    this.building = false;
    this.lastBuild = { ms: performance.now() - started, slices: clock.slices, longestSliceMs: clock.longest, longestSliceStep: clock.longestStep, reads: unread.length, steps };
    this.trigger("changed", null);
    this.resolveReady();
    this.saveSoon();
    void this.scanPromises(generation, withTasks);
  }

  /** After a build: read the notes that hold open tasks, then show their promises. */
  private async scanPromises(generation: number, files: readonly TFile[]): Promise<void> {
    const affected = await this.promises.scan(files, (file, cache) => this.isContact(file, cache), () => generation === this.generation);
    if (generation === this.generation) this.announce(this.reresolve(affected));
  }

  /** Re-resolves these contacts from stored data; returns the ones that exist. */
  private reresolve(paths: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    for (const path of paths) {
      const source = this.sources.get(path);
      if (!source) continue;
      this.setContact(path, this.resolve(source, this.mentions, this.day));
      changed.add(path);
    }
    return changed;
  }

  private saveSoon(): void {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = null;
      void this.facts.save();
    }, SAVE_DELAY_MS);
  }

  private followCalendar(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    for (const source of this.sources.values()) this.contacts.set(source.path, this.resolve(source, this.mentions, today));
  }

  private isContact(file: TFile, cache: CachedMetadata | null): boolean {
    if (this.contactNotes?.settings !== this.settings) this.contactNotes = { settings: this.settings, test: new ContactNotes(this.settings) };
    return this.contactNotes.test.isContact(file.path, cache);
  }

  private async read(file: TFile): Promise<string> {
    this.work.reads++;
    return this.app.vault.cachedRead(file);
  }

  /** A contact from its note's data and its mentions; no I/O. */
  private resolve(source: NoteSource, mentions: MentionIndex, today: LocalDate): Contact {
    this.work.resolved++;
    let mentioned = mentions.mentionsOf(source.path);
    if (mentioned.length > 0 && ignoresMentions(source.frontmatter, this.settings.settings)) mentioned = [];
    const { path, frontmatter, propertiesProblem, loggedTouchDates } = source;
    const promises = propertiesProblem ? [] : this.promises.promisesOf(path);
    return resolveContact({ path, frontmatter, propertiesProblem, loggedTouchDates, mentions: mentioned, promises, today }, this.settings);
  }

  /** Records a note's mentions if it is a dated note, forgetting old ones otherwise. */
  private updateMentions(file: TFile, cache: CachedMetadata | null): Set<string> {
    const dated = this.dated.reader(this.daily.config, this.settings.settings);
    const date = cache ? dated.dateOf(file, cache) : null;
    return date && cache ? dated.record(this.mentions, file, cache, date) : this.mentions.remove(file.path);
  }

  /**
   * Brings one note up to date from its cache and, for a contact, the facts of its
   * text (null when it is not a contact). Returns the paths of the contacts that changed.
   */
  private apply(file: TFile, cache: CachedMetadata | null, facts: NoteFacts | null): Set<string> {
    const affected = new Set<string>();
    const changed = new Set<string>();
    if (facts !== null) {
      const isNew = !this.sources.has(file.path);
      for (const t of this.mentions.remove(file.path)) affected.add(t);
      this.sources.set(file.path, sourceOf(file.path, cache, facts));
      affected.add(file.path);
      // Links written before this contact existed resolve to it now.
      if (isNew) for (const notePath of this.mentions.notesLinkingTo(file.basename)) this.reloadDatedNote(notePath, affected);
    } else {
      if (this.forgetContact(file.path)) changed.add(file.path);
      for (const t of this.updateMentions(file, cache)) affected.add(t);
    }
    for (const path of affected) {
      const source = this.sources.get(path);
      if (!source) continue;
      this.setContact(path, this.resolve(source, this.mentions, this.day));
      changed.add(path);
    }
    return changed;
  }

  private reloadDatedNote(notePath: string, affected: Set<string>): void {
    const file = this.app.vault.getFileByPath(notePath);
    if (!file) return;
    for (const t of this.updateMentions(file, this.app.metadataCache.getFileCache(file))) affected.add(t);
  }

  /** A contact note's facts: cached when its mtime and size haven't changed, read otherwise. */
  private async factsOf(file: TFile): Promise<NoteFacts> {
    const cached = this.facts.get(file);
    if (cached) return cached;
    const stat = { mtime: file.stat.mtime, size: file.stat.size };
    const text = await this.read(file);
    const { settings } = this.settings;
    const facts = factsFromText(text, settings.touchHeading, settings.touchKinds);
    if (file.stat.mtime === stat.mtime && file.stat.size === stat.size) this.facts.set(file, facts, text, stat);
    return facts;
  }

  /** Handles a path again from the vault as it is now (used after a build for changes it may have missed). */
  private async reload(path: string): Promise<Set<string>> {
    const file = this.app.vault.getFileByPath(path);
    if (!file || file.extension !== "md") return this.forget(path);
    const cache = this.app.metadataCache.getFileCache(file);
    return this.apply(file, cache, this.isContact(file, cache) ? await this.factsOf(file) : null);
  }

  private forgetContact(path: string): boolean {
    this.facts.delete(path);
    if (!this.sources.delete(path)) return false;
    const had = this.contacts.has(path);
    this.setContact(path, undefined);
    return had;
  }

  private forget(path: string): Set<string> {
    const changed = new Set<string>();
    if (this.forgetContact(path)) changed.add(path);
    for (const t of this.mentions.remove(path)) {
      const source = this.sources.get(t);
      if (!source) continue;
      this.setContact(t, this.resolve(source, this.mentions, this.day));
      changed.add(t);
    }
    return changed;
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
    let facts: NoteFacts | null = null;
    if (this.isContact(file, cache)) {
      const { settings } = this.settings;
      // The event carries the note's text: nothing is read from disk.
      facts = factsFromText(data, settings.touchHeading, settings.touchKinds);
      this.facts.set(file, facts, data);
    }
    const changed = this.apply(file, cache, facts);
    for (const path of this.reresolve(this.promises.update(file, data, cache, facts !== null))) changed.add(path);
    this.announce(changed);
  }

  private onDelete(path: string): void {
    if (this.queuedDuringBuild(path)) return;
    const changed = this.forget(path);
    for (const p of this.reresolve(this.promises.remove(path))) changed.add(p);
    this.announce(changed);
  }

  private async onRename(file: TFile, oldPath: string): Promise<void> {
    if (this.queuedDuringBuild(file.path, oldPath)) return;
    // Mentions follow a renamed contact; Obsidian also rewrites the links, which arrive as changes.
    this.mentions.renameTarget(oldPath, file.path);
    this.promises.rename(oldPath, file.path);
    this.facts.rename(oldPath, file.path);
    const changed = this.forget(oldPath);
    if (file.extension === "md") {
      const cache = this.app.metadataCache.getFileCache(file);
      const facts = this.isContact(file, cache) ? await this.factsOf(file) : null;
      for (const path of this.apply(file, cache, facts)) changed.add(path);
      for (const path of this.reresolve(this.promises.remove(oldPath))) changed.add(path);
      if (PromiseTracker.mayHoldPromises(cache, facts !== null)) {
        const text = await this.app.vault.cachedRead(file);
        for (const path of this.reresolve(this.promises.update(file, text, cache, facts !== null))) changed.add(path);
      }
    }
    this.announce(changed);
  }
}
