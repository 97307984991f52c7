// Fake of Obsidian's MetadataCache. The cache is computed from each Markdown
// file's text. As in Obsidian (where a worker parses files), updates after a write
// are asynchronous: `getFileCache` keeps returning the previous cache until the
// `changed` event fires on a later macrotask, then `resolve` per file and `resolved`.
import type * as O from "obsidian";
import { Events, type EventRef } from "./events";
import { TFile, type TAbstractFile } from "./files";
import { getLinkpath } from "./frontmatter";
import { LinkIndex } from "./links";
import { computeMetadata } from "./markdown";
import { realSetTimeout } from "./timers";
import type { Vault } from "./vault";


const isMarkdown = (f: TAbstractFile): f is TFile => f instanceof TFile && f.extension === "md";

export class MetadataCache extends Events implements O.MetadataCache {
  private readonly _resolved: Record<string, Record<string, number>> = {};
  private readonly _unresolved: Record<string, Record<string, number>> = {};
  /** links are re-resolved lazily after silent seeding (keeps big seeds fast) */
  private resolveDirty = false;
  /** Files by path and name for link resolution, rebuilt after a file is added, removed or renamed (as Obsidian keeps its lookup tables current). */
  private linkIndex: LinkIndex | null = null;

  private readonly caches = new Map<string, O.CachedMetadata>();
  private readonly pending = new Set<string>();
  private needsResolve = false;
  private scheduled = false;
  private flushing = false;
  /** Test helper: delay (ms) before a scheduled cache update runs. */
  delayMs = 0;

  constructor(private readonly vault: Vault) {
    super();
    vault._onSeed = (file) => {
      if (isMarkdown(file)) this.caches.set(file.path, computeMetadata(vault.peekText(file.path) ?? ""));
      this.resolveDirty = true;
      this.linkIndex = null;
    };
    vault.on("create", (file) => {
      this.linkIndex = null;
      if (isMarkdown(file)) this.enqueue(file.path);
      // A new file can be where other notes' links now go.
      this.requestResolve();
    });
    vault.on("modify", (file) => {
      if (isMarkdown(file)) this.enqueue(file.path);
    });
    vault.on("delete", (file) => {
      this.linkIndex = null;
      if (!(file instanceof TFile)) return;
      const prev = this.caches.get(file.path) ?? null;
      this.caches.delete(file.path);
      this.pending.delete(file.path);
      delete this._resolved[file.path];
      delete this._unresolved[file.path];
      if (isMarkdown(file)) this.trigger("deleted", file, prev);
      this.requestResolve();
    });
    vault.on("rename", (file, oldPath: string) => {
      this.linkIndex = null;
      if (!(file instanceof TFile)) return;
      const prev = this.caches.get(oldPath);
      this.caches.delete(oldPath);
      if (this.pending.delete(oldPath)) this.pending.add(file.path);
      delete this._resolved[oldPath];
      delete this._unresolved[oldPath];
      if (isMarkdown(file)) {
        if (prev) this.caches.set(file.path, prev);
        else this.enqueue(file.path);
      }
      this.requestResolve();
    });
  }

  get resolvedLinks(): Record<string, Record<string, number>> {
    if (this.resolveDirty) this.resolveAll();
    return this._resolved;
  }

  get unresolvedLinks(): Record<string, Record<string, number>> {
    if (this.resolveDirty) this.resolveAll();
    return this._unresolved;
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    return this.links().resolve(linkpath, sourcePath);
  }

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): O.CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
    const md = file.extension === "md" && omitMdExtension;
    const name = md ? file.basename : file.name;
    if (this.getFirstLinkpathDest(name, sourcePath)?.path === file.path) return name;
    return md ? file.path.slice(0, -3) : file.path;
  }

  override on(name: "changed", callback: (file: TFile, data: string, cache: O.CachedMetadata) => any, ctx?: any): EventRef;
  override on(name: "deleted", callback: (file: TFile, prevCache: O.CachedMetadata | null) => any, ctx?: any): EventRef;
  override on(name: "resolve", callback: (file: TFile) => any, ctx?: any): EventRef;
  override on(name: "resolved", callback: () => any, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
    return super.on(name, callback, ctx);
  }

  // ---- test helpers (not Obsidian API) -------------------------------------------

  /** Test helper: true when no cache update is waiting to run. */
  get isSettled(): boolean {
    return !this.scheduled && !this.flushing && this.pending.size === 0 && !this.needsResolve;
  }

  /**
   * Test helper: wait until every pending cache update has fired its events
   * (including updates caused by handlers of those events). Uses real timers.
   */
  async settle(maxRounds = 1000): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      // Let promise chains (plugin handlers awaiting vault writes) progress first.
      await new Promise<void>((r) => realSetTimeout(r, 0));
      if (this.isSettled) return;
      if (!this.flushing && !this.scheduled) this.flushNow();
    }
    throw new Error("metadataCache.settle(): cache never settled (a write loop in an event handler?)");
  }

  /** Test helper: run pending cache updates now, synchronously, firing their events. */
  flushNow(): void {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.size || this.needsResolve) {
        const paths = [...this.pending];
        this.pending.clear();
        const changed: TFile[] = [];
        for (const path of paths) {
          const file = this.vault.getFileByPath(path);
          const text = this.vault.peekText(path);
          if (!file || text === null) continue;
          const cache = computeMetadata(text);
          this.caches.set(path, cache);
          changed.push(file);
          this.trigger("changed", file, text, cache);
        }
        // Links resolve by the set of files alone: after edits only, only the edited files' links change.
        if (this.needsResolve || this.resolveDirty) this.resolveAll();
        else for (const file of changed) this.resolveFile(file, this.links());
        this.needsResolve = false;
        for (const file of changed) if (this.vault.getFileByPath(file.path) === file) this.trigger("resolve", file);
        if (!this.pending.size && !this.needsResolve) this.trigger("resolved");
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Test helper: compute every Markdown file's cache now without events (what indexing at startup leaves). */
  indexAll(): void {
    for (const file of this.vault.getMarkdownFiles()) this.caches.set(file.path, computeMetadata(this.vault.peekText(file.path) ?? ""));
    this.pending.clear();
    this.resolveAll();
  }

  // ---- internals ----------------------------------------------------------------

  private links(): LinkIndex {
    return (this.linkIndex ??= new LinkIndex(this.vault.getFiles()));
  }

  private enqueue(path: string): void {
    this.pending.add(path);
    this.schedule();
  }

  private requestResolve(): void {
    this.needsResolve = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    realSetTimeout(() => {
      this.scheduled = false;
      this.flushNow();
    }, this.delayMs);
  }

  /** Recompute resolvedLinks / unresolvedLinks for every Markdown file (in place). */
  private resolveAll(): void {
    this.resolveDirty = false;
    const index = this.links();
    const resolved = this._resolved;
    const unresolved = this._unresolved;
    for (const k of Object.keys(resolved)) delete resolved[k];
    for (const k of Object.keys(unresolved)) delete unresolved[k];
    for (const file of this.vault.getMarkdownFiles()) this.resolveFile(file, index);
  }

  /** Recompute resolvedLinks / unresolvedLinks for one Markdown file. */
  private resolveFile(file: TFile, index: LinkIndex): void {
    const res: Record<string, number> = {};
    const unres: Record<string, number> = {};
    const cache = this.caches.get(file.path);
    const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
    for (const ref of refs) {
      const linkpath = getLinkpath(ref.link);
      if (linkpath === "") continue;
      const dest = index.resolve(linkpath, file.path);
      if (dest) res[dest.path] = (res[dest.path] ?? 0) + 1;
      else unres[linkpath] = (unres[linkpath] ?? 0) + 1;
    }
    this._resolved[file.path] = res;
    this._unresolved[file.path] = unres;
  }
}
