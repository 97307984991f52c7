import { Events, TFile, getAllTags, type App, type CachedMetadata, type EventRef } from "obsidian";
import { isContactNote, resolveContact, type Contact } from "../core/contact";
import { propertiesProblem } from "../core/frontmatter-edit";
import type { ResolvedSettings } from "../core/settings";
import { readTouchLog } from "../core/touch-log";

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

/**
 * Every contact in the vault, kept current from the metadata cache and vault events.
 * A change touches only the note that changed; only a settings change rebuilds.
 * Fires `changed` after the contacts changed.
 */
export class ContactIndex extends Events {
  private contacts = new Map<string, Contact>();
  private settings: ResolvedSettings;
  private generation = 0;
  private built = false;
  private building = false;
  /** Paths that changed while a build ran; re-read when it finishes, so no change is lost. */
  private changedDuringBuild = new Set<string>();
  private resolveReady!: () => void;
  /** Resolves once the first full build is done. */
  readonly ready: Promise<void>;
  readonly work: IndexWork = { reads: 0, resolved: 0, builds: 0 };

  constructor(
    private readonly app: App,
    settings: ResolvedSettings,
  ) {
    super();
    this.settings = settings;
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  get isBuilt(): boolean {
    return this.built;
  }

  all(): Contact[] {
    return [...this.contacts.values()];
  }

  get(path: string): Contact | undefined {
    return this.contacts.get(path);
  }

  get size(): number {
    return this.contacts.size;
  }

  /** Event subscriptions for the plugin to register, so they end when it unloads. */
  listeners(): EventRef[] {
    const { metadataCache, vault } = this.app;
    return [
      metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)),
      vault.on("rename", (file, oldPath) => {
        if (file instanceof TFile) void this.onRename(file, oldPath);
      }),
      vault.on("delete", (file) => {
        if (this.noteChangeDuringBuild(file.path)) return;
        if (this.contacts.delete(file.path)) this.trigger("changed");
      }),
    ];
  }

  updateSettings(settings: ResolvedSettings): Promise<void> {
    this.settings = settings;
    return this.build();
  }

  /** Reads every contact note, in chunks that yield to the UI. A newer build supersedes an older one. */
  async build(): Promise<void> {
    const generation = ++this.generation;
    this.building = true;
    this.work.builds++;
    const next = new Map<string, Contact>();
    const files = this.app.vault.getMarkdownFiles();
    let chunkStart = performance.now();
    for (const file of files) {
      const cache = this.app.metadataCache.getFileCache(file);
      if (this.isContact(file, cache)) {
        const contact = await this.resolveFromVault(file, cache);
        if (generation !== this.generation) return;
        next.set(file.path, contact);
      }
      if (performance.now() - chunkStart > CHUNK_BUDGET_MS) {
        await yieldToUi();
        if (generation !== this.generation) return;
        chunkStart = performance.now();
      }
    }
    const changed = [...this.changedDuringBuild];
    this.changedDuringBuild.clear();
    for (const path of changed) {
      const file = this.app.vault.getFileByPath(path);
      const cache = file ? this.app.metadataCache.getFileCache(file) : null;
      if (file && file.extension === "md" && this.isContact(file, cache)) next.set(path, await this.resolveFromVault(file, cache));
      else next.delete(path);
      if (generation !== this.generation) return;
    }
    this.contacts = next;
    this.built = true;
    this.building = false;
    this.trigger("changed");
    this.resolveReady();
  }

  private isContact(file: TFile, cache: CachedMetadata | null): boolean {
    const tags = cache ? (getAllTags(cache) ?? []) : [];
    return isContactNote(file.path, cache?.frontmatter, tags, this.settings);
  }

  private async resolveFromVault(file: TFile, cache: CachedMetadata | null): Promise<Contact> {
    this.work.reads++;
    const text = await this.app.vault.cachedRead(file);
    return this.resolve(file, text, cache);
  }

  private resolve(file: TFile, text: string, cache: CachedMetadata | null): Contact {
    this.work.resolved++;
    const { settings } = this.settings;
    const problem = propertiesProblem(text);
    return resolveContact(
      {
        path: file.path,
        frontmatter: problem ? undefined : cache?.frontmatter,
        propertiesProblem: problem,
        loggedTouchDates: readTouchLog(text, settings.touchHeading, settings.touchKinds).map((t) => t.date),
      },
      this.settings,
    );
  }

  private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
    if (this.noteChangeDuringBuild(file.path)) return;
    if (this.isContact(file, cache)) {
      this.contacts.set(file.path, this.resolve(file, data, cache));
      this.trigger("changed");
    } else if (this.contacts.delete(file.path)) {
      this.trigger("changed");
    }
  }

  /** Before the first build nothing is tracked; during a build a change is queued. True when handled. */
  private noteChangeDuringBuild(...paths: string[]): boolean {
    if (this.generation === 0) return true;
    if (!this.building) return false;
    for (const path of paths) this.changedDuringBuild.add(path);
    return true;
  }

  private async onRename(file: TFile, oldPath: string): Promise<void> {
    if (this.noteChangeDuringBuild(file.path, oldPath)) return;
    const had = this.contacts.delete(oldPath);
    const cache = this.app.metadataCache.getFileCache(file);
    if (file.extension === "md" && this.isContact(file, cache)) {
      this.contacts.set(file.path, await this.resolveFromVault(file, cache));
      this.trigger("changed");
    } else if (had) {
      this.trigger("changed");
    }
  }
}

function yieldToUi(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
