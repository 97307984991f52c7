import type { App, CachedMetadata, TFile } from "obsidian";
import type { ContactStore } from "./contact-store";
import { factsFromText, sourceOf, type NoteFacts, type NoteFactsCache } from "./note-facts";
import { notePromisesFromText, type NotePromises } from "./note-promises";
import { PromiseTracker } from "./promise-tracker";

/**
 * Brings the store up to date after one note changed, was renamed or was deleted:
 * only that note and the contacts it mentions are resolved again. Each handler
 * returns the paths of the contacts that changed.
 */
export class IndexChanges {
  constructor(
    private readonly app: App,
    private readonly store: ContactStore,
    private readonly facts: NoteFactsCache,
  ) {}

  /** The metadata cache has new data for a note, with its text. */
  changed(file: TFile, data: string, cache: CachedMetadata): Set<string> {
    const { store } = this;
    let facts: NoteFacts | null = null;
    const { contact, copy } = store.classify(file, cache);
    const copyChanged = store.noteCopy(file.path, copy);
    if (contact) {
      const { settings } = store.settings;
      // The event carries the note's text: nothing is read from disk.
      facts = factsFromText(data, settings);
      this.facts.set(file, facts, data);
    }
    const changed = this.apply(file, cache, facts);
    const isContact = facts !== null;
    const promises = notePromisesFromText(data, cache, isContact);
    if (PromiseTracker.mayHoldPromises(cache, isContact)) this.facts.setPromises(file, promises, data);
    else this.facts.deletePromises(file.path);
    for (const path of store.reresolve(store.promises.update(file, promises, cache, isContact))) changed.add(path);
    // A conflict copy is no contact, but the view lists it: its path says the list changed.
    if (copyChanged) changed.add(file.path);
    return changed;
  }

  /** The conflict copies of a note (whose original was deleted or renamed: they are looked at again). */
  copiesOf(path: string): string[] {
    return [...this.store.conflicts.values()].filter((c) => c.original === path).map((c) => c.path);
  }

  deleted(path: string): Set<string> {
    this.facts.deletePromises(path);
    const changed = this.forget(path);
    for (const p of this.store.reresolve(this.store.promises.remove(path))) changed.add(p);
    return changed;
  }

  async renamed(file: TFile, oldPath: string): Promise<Set<string>> {
    const { store } = this;
    // Mentions follow a renamed contact; Obsidian also rewrites the links, which arrive as changes.
    store.mentions.renameTarget(oldPath, file.path);
    store.promises.rename(oldPath, file.path);
    this.facts.rename(oldPath, file.path);
    const changed = this.forget(oldPath);
    if (file.extension === "md") {
      const cache = this.app.metadataCache.getFileCache(file);
      const { contact, copy } = store.classify(file, cache);
      if (store.noteCopy(file.path, copy)) changed.add(file.path);
      const facts = contact ? await this.factsOf(file) : null;
      for (const path of this.apply(file, cache, facts)) changed.add(path);
      for (const path of store.reresolve(store.promises.remove(oldPath))) changed.add(path);
      if (PromiseTracker.mayHoldPromises(cache, facts !== null)) {
        const promises = await this.promisesOf(file, cache, facts !== null);
        for (const path of store.reresolve(store.promises.update(file, promises, cache, facts !== null))) changed.add(path);
      }
    }
    return changed;
  }

  /** Handles a path again from the vault as it is now (used after a build for changes it may have missed). */
  async reload(path: string): Promise<Set<string>> {
    const file = this.app.vault.getFileByPath(path);
    if (!file || file.extension !== "md") return this.forget(path);
    const cache = this.app.metadataCache.getFileCache(file);
    const { contact, copy } = this.store.classify(file, cache);
    const copyChanged = this.store.noteCopy(path, copy);
    const changed = this.apply(file, cache, contact ? await this.factsOf(file) : null);
    if (copyChanged) changed.add(path);
    return changed;
  }

  /** Records a note's mentions if it is a dated note, forgetting old ones otherwise. */
  private updateMentions(file: TFile, cache: CachedMetadata | null): Set<string> {
    const dated = this.store.datedReader();
    const date = cache ? dated.dateOf(file, cache) : null;
    return date && cache ? dated.record(this.store.mentions, file, cache, date) : this.store.mentions.remove(file.path);
  }

  /**
   * Brings one note up to date from its cache and, for a contact, the facts of its
   * text (null when it is not a contact). Returns the paths of the contacts that changed.
   */
  private apply(file: TFile, cache: CachedMetadata | null, facts: NoteFacts | null): Set<string> {
    const { store } = this;
    const affected = new Set<string>();
    const changed = new Set<string>();
    if (facts !== null) {
      const isNew = !store.sources.has(file.path);
      for (const t of store.mentions.remove(file.path)) affected.add(t);
      store.sources.set(file.path, sourceOf(file.path, cache, facts));
      affected.add(file.path);
      // Links written before this contact existed resolve to it now.
      if (isNew) for (const notePath of store.mentions.notesLinkingTo(file.basename)) this.reloadDatedNote(notePath, affected);
    } else {
      if (this.forgetContact(file.path)) changed.add(file.path);
      for (const t of this.updateMentions(file, cache)) affected.add(t);
    }
    for (const path of store.reresolve(affected)) changed.add(path);
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
    const text = await this.store.read(file);
    const { settings } = this.store.settings;
    const facts = factsFromText(text, settings);
    this.facts.set(file, facts, text, stat);
    return facts;
  }

  /** A note's open tasks: cached when its mtime and size haven't changed (and it was read as it is now, a contact or not), read otherwise. */
  async promisesOf(file: TFile, cache: CachedMetadata | null, isContact: boolean): Promise<NotePromises> {
    const cached = this.facts.promisesOf(file);
    if (cached && (cached.own !== null || !isContact)) return cached;
    const stat = { mtime: file.stat.mtime, size: file.stat.size };
    const text = await this.store.readForPromises(file);
    const promises = notePromisesFromText(text, cache, isContact);
    this.facts.setPromises(file, promises, text, stat);
    return promises;
  }

  private forgetContact(path: string): boolean {
    this.facts.delete(path);
    if (!this.store.sources.delete(path)) return false;
    const had = this.store.contacts.has(path);
    this.store.setContact(path, undefined);
    return had;
  }

  private forget(path: string): Set<string> {
    const changed = this.forgetContact(path) || this.store.noteCopy(path, null) ? new Set([path]) : new Set<string>();
    for (const t of this.store.reresolve(this.store.mentions.remove(path))) changed.add(t);
    return changed;
  }
}
