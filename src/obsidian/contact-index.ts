import { Events, TFile, getAllTags, getLinkpath, moment, type App, type CachedMetadata, type EventRef } from "obsidian";
import { basenameOf, getProperty, isContactNote, resolveContact, type Contact, type ContactSource } from "../core/contact";
import { parseDateValue, type LocalDate } from "../core/dates";
import { dateOfDailyNotePath, dateOfFileName } from "../core/daily-notes";
import { propertiesProblem } from "../core/frontmatter-edit";
import { MentionIndex } from "../core/mention-index";
import { countedLinks, type NoteStructure } from "../core/mentions";
import type { ResolvedSettings } from "../core/settings";
import { readTouchLog } from "../core/touch-log";
import type { DailyNoteSettings } from "./daily-note-settings";

/** How long one build chunk may hold the main thread before yielding to the UI. */
const CHUNK_BUDGET_MS = 12;

/** Counters that let tests check how much work an update did, without timing it. */
export interface IndexWork {
  /** Notes whose text was read from the vault. */
  reads: number;
  /** Contacts (re)resolved from their note. */
  resolved: number;
  /** Full builds. */
  builds: number;
}

/** What a contact's own note says; mentions and today are added when it is resolved. */
type NoteSource = Omit<ContactSource, "mentions" | "today">;

/**
 * Every contact in the vault, kept current from the metadata cache and vault events,
 * with the mentions of contacts in dated notes (daily notes, meeting notes). A change
 * touches only the note that changed and the contacts it mentions; only a settings
 * change rebuilds. Fires `changed` after the contacts changed.
 */
export class ContactIndex extends Events {
  private sources = new Map<string, NoteSource>();
  private contacts = new Map<string, Contact>();
  private mentions = new MentionIndex();
  private settings: ResolvedSettings;
  private daily: DailyNoteSettings;
  private day: LocalDate;
  private generation = 0;
  private built = false;
  private building = false;
  /** Paths that changed while a build ran; handled again when it finishes, so no change is lost. */
  private changedDuringBuild = new Set<string>();
  private resolveReady!: () => void;
  /** Resolves once the first full build is done. */
  readonly ready: Promise<void>;
  readonly work: IndexWork = { reads: 0, resolved: 0, builds: 0 };

  constructor(
    private readonly app: App,
    settings: ResolvedSettings,
    private readonly today: () => LocalDate,
    private readonly dailySettings: () => DailyNoteSettings,
  ) {
    super();
    this.settings = settings;
    this.daily = dailySettings();
    this.day = today();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
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

  /** The daily-note settings the index is using. */
  get dailyNotes(): DailyNoteSettings {
    return this.daily;
  }

  /** Event subscriptions for the plugin to register, so they end when it unloads. */
  listeners(): EventRef[] {
    const { metadataCache, vault } = this.app;
    return [
      metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)),
      vault.on("rename", (file, oldPath) => {
        if (file instanceof TFile) void this.onRename(file, oldPath);
      }),
      vault.on("delete", (file) => this.onDelete(file.path)),
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
      this.trigger("changed");
    }
  }

  /** Reads every note, in chunks that yield to the UI. A newer build supersedes an older one. */
  async build(): Promise<void> {
    const generation = ++this.generation;
    this.building = true;
    this.work.builds++;
    this.daily = this.dailySettings();
    const sources = new Map<string, NoteSource>();
    const mentions = new MentionIndex();
    let chunkStart = performance.now();
    for (const file of this.app.vault.getMarkdownFiles()) {
      const cache = this.app.metadataCache.getFileCache(file);
      if (this.isContact(file, cache)) {
        const text = await this.read(file);
        if (generation !== this.generation) return;
        sources.set(file.path, this.sourceFrom(file, text, cache));
      } else {
        this.recordMentions(mentions, file, cache);
      }
      if (performance.now() - chunkStart > CHUNK_BUDGET_MS) {
        await yieldToUi();
        if (generation !== this.generation) return;
        chunkStart = performance.now();
      }
    }
    this.sources = sources;
    this.mentions = mentions;
    this.day = this.today();
    this.contacts = new Map();
    for (const path of sources.keys()) this.resolveEntry(path);
    const changed = [...this.changedDuringBuild];
    this.changedDuringBuild.clear();
    for (const path of changed) {
      await this.reload(path);
      if (generation !== this.generation) return;
    }
    this.built = true;
    this.building = false;
    this.trigger("changed");
    this.resolveReady();
  }

  private followCalendar(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    for (const path of this.sources.keys()) this.resolveEntry(path);
  }

  private isContact(file: TFile, cache: CachedMetadata | null): boolean {
    const tags = cache ? (getAllTags(cache) ?? []) : [];
    return isContactNote(file.path, cache?.frontmatter, tags, this.settings);
  }

  private async read(file: TFile): Promise<string> {
    this.work.reads++;
    return this.app.vault.cachedRead(file);
  }

  private sourceFrom(file: TFile, text: string, cache: CachedMetadata | null): NoteSource {
    const { settings } = this.settings;
    const problem = propertiesProblem(text);
    return {
      path: file.path,
      frontmatter: problem ? undefined : cache?.frontmatter,
      propertiesProblem: problem,
      loggedTouchDates: readTouchLog(text, settings.touchHeading, settings.touchKinds).map((t) => t.date),
    };
  }

  /** Re-resolves one contact from its stored note data and its mentions; no I/O. */
  private resolveEntry(path: string): boolean {
    const source = this.sources.get(path);
    if (!source) return this.contacts.delete(path);
    this.work.resolved++;
    const optOut = getProperty(source.frontmatter, this.settings.settings.mentionOptOutProperty);
    const ignoresMentions = optOut === true || (typeof optOut === "string" && /^(true|yes)$/i.test(optOut.trim()));
    this.contacts.set(path, resolveContact({ ...source, mentions: ignoresMentions ? [] : this.mentions.mentionsOf(path), today: this.day }, this.settings));
    return true;
  }

  /** The day a note is about, if it is a dated note: a daily note, a file named like one, or (optionally) a note with a date property. */
  private dateOf(file: TFile, cache: CachedMetadata | null): LocalDate | null {
    const { config } = this.daily;
    const daily = dateOfDailyNotePath(file.path, config, moment) ?? dateOfFileName(file.path, config, moment);
    if (daily) return daily;
    const { settings } = this.settings;
    if (!settings.countDatePropertyNotes) return null;
    const value = getProperty(cache?.frontmatter, settings.datePropertyKey);
    if (value === undefined || value === null || value === "") return null;
    const parsed = parseDateValue(value);
    return parsed.ok ? parsed.date : null;
  }

  /** Records a note's counted links if it is a dated note (forgetting old ones otherwise); returns the targets affected. */
  private recordMentions(into: MentionIndex, file: TFile, cache: CachedMetadata | null): Set<string> {
    const date = cache ? this.dateOf(file, cache) : null;
    if (!date || !cache) return into.remove(file.path);
    const { settings } = this.settings;
    const links = countedLinks(structureOf(cache), { mode: settings.mentionMode, heading: settings.mentionHeading });
    const targets: string[] = [];
    const unresolved: string[] = [];
    for (const link of links) {
      const dest = this.app.metadataCache.getFirstLinkpathDest(link, file.path);
      if (dest) targets.push(dest.path);
      else unresolved.push(basenameOf(link));
    }
    return into.set(file.path, date, targets, unresolved);
  }

  /** Brings one note up to date from its cache and (for contacts) its text; true when contacts changed. */
  private apply(file: TFile, cache: CachedMetadata | null, text: string | null): boolean {
    const affected = new Set<string>();
    let changed = false;
    if (text !== null && this.isContact(file, cache)) {
      const isNew = !this.sources.has(file.path);
      for (const t of this.mentions.remove(file.path)) affected.add(t);
      this.sources.set(file.path, this.sourceFrom(file, text, cache));
      affected.add(file.path);
      // Links written before this contact existed resolve to it now.
      if (isNew) for (const notePath of this.mentions.notesLinkingTo(file.basename)) this.reloadDatedNote(notePath, affected);
    } else {
      if (this.sources.delete(file.path)) changed = this.contacts.delete(file.path) || changed;
      for (const t of this.recordMentions(this.mentions, file, cache)) affected.add(t);
    }
    for (const path of affected) if (this.sources.has(path)) changed = this.resolveEntry(path) || changed;
    return changed;
  }

  private reloadDatedNote(notePath: string, affected: Set<string>): void {
    const file = this.app.vault.getFileByPath(notePath);
    if (!file) return;
    for (const t of this.recordMentions(this.mentions, file, this.app.metadataCache.getFileCache(file))) affected.add(t);
  }

  /** Handles a path again from the vault as it is now (used after a build for changes it may have missed). */
  private async reload(path: string): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file || file.extension !== "md") {
      this.forget(path);
      return;
    }
    const cache = this.app.metadataCache.getFileCache(file);
    this.apply(file, cache, this.isContact(file, cache) ? await this.read(file) : null);
  }

  private forget(path: string): boolean {
    let changed = false;
    if (this.sources.delete(path)) changed = this.contacts.delete(path) || changed;
    for (const t of this.mentions.remove(path)) if (this.sources.has(t)) changed = this.resolveEntry(t) || changed;
    return changed;
  }

  /** Before the first build nothing is tracked; during a build a change is queued. True when handled. */
  private queuedDuringBuild(...paths: string[]): boolean {
    if (this.generation === 0) return true;
    if (!this.building) return false;
    for (const path of paths) this.changedDuringBuild.add(path);
    return true;
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (this.queuedDuringBuild(file.path)) return;
    if (this.apply(file, cache, data)) this.trigger("changed");
  }

  private onDelete(path: string): void {
    if (this.queuedDuringBuild(path)) return;
    if (this.forget(path)) this.trigger("changed");
  }

  private async onRename(file: TFile, oldPath: string): Promise<void> {
    if (this.queuedDuringBuild(file.path, oldPath)) return;
    // Mentions follow a renamed contact; Obsidian also rewrites the links, which arrive as changes.
    this.mentions.renameTarget(oldPath, file.path);
    let changed = this.forget(oldPath);
    if (file.extension === "md") {
      const cache = this.app.metadataCache.getFileCache(file);
      const text = this.isContact(file, cache) ? await this.read(file) : null;
      changed = this.apply(file, cache, text) || changed;
    }
    if (changed) this.trigger("changed");
  }
}

/** The metadata cache's view of a note, reduced to what decides which links count. */
function structureOf(cache: CachedMetadata): NoteStructure {
  return {
    links: (cache.links ?? []).map((l) => ({ link: getLinkpath(l.link), line: l.position.start.line })),
    listItems: (cache.listItems ?? []).map((li) => ({ line: li.position.start.line, endLine: li.position.end.line, task: li.task })),
    sections: (cache.sections ?? []).map((s) => ({ type: s.type, line: s.position.start.line, endLine: s.position.end.line })),
    headings: (cache.headings ?? []).map((h) => ({ heading: h.heading, level: h.level, line: h.position.start.line })),
  };
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
