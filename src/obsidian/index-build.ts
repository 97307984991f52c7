import type { App, TFile } from "obsidian";
import type { Contact } from "../core/contacts/contact";
import type { LocalDate } from "../core/shared/dates";
import { MentionIndex } from "../core/daily/mention-index";
import type { SyncConflict } from "./conflict-copies";
import type { ContactStore, StoreContents } from "./contact-store";
import { DatedNotes } from "./dated-notes";
import type { BuildStats } from "./index-stats";
import { readUncachedFacts, sourceOf, type NoteFactsCache, type NoteSource } from "./note-facts";
import { PromiseTracker } from "./promise-tracker";
import type { SliceClock } from "./slice-clock";

/** Notes named between two looks at the clock while listing the vault. */
const NAMES_PER_LOOK = 2048;

/** What one build's scan of the vault found, for the store and the build's stats. */
export interface VaultScan extends StoreContents {
  /** Notes that may hold open tasks: read for promises once the build is done. */
  withTasks: TFile[];
  /** Contact notes read because their facts weren't cached. */
  reads: number;
  steps: BuildStats["steps"];
}

export interface ScanContext {
  app: App;
  store: ContactStore;
  facts: NoteFactsCache;
  today: () => LocalDate;
  clock: SliceClock;
  /** When the build started, for the time its first step took. */
  started: number;
  /** Yields to the UI; true when a newer build took over meanwhile. */
  superseded: () => Promise<boolean>;
  /** Whether this build is still the newest. */
  current: () => boolean;
}

/**
 * Reads every note's metadata, and the text of contact notes whose facts aren't
 * cached, and resolves every contact, in slices that yield to the UI. Changes
 * nothing in the store; null when a newer build took over.
 */
export async function scanVault(context: ScanContext): Promise<VaultScan | null> {
  const { store, facts, clock, superseded } = context;
  const { vault, metadataCache } = context.app;
  const { settings } = store.settings;
  const dated = store.datedReader();
  // Loading the cache and listing the files are each a good part of a slice: not in the same one.
  if (await superseded()) return null;
  const sources = new Map<string, NoteSource>();
  const mentions = new MentionIndex();
  const unread: TFile[] = [];
  const loaded = performance.now();
  clock.step = "list";
  const files = vault.getMarkdownFiles();
  // The names of 100,000 notes take a slice of their own: a part at a time, with a look at the clock between.
  const names = new Map<string, string | null>();
  for (let from = 0; from < files.length; from += NAMES_PER_LOOK) {
    if (clock.due() && (await superseded())) return null;
    DatedNotes.namesOf(files, names, from, Math.min(files.length, from + NAMES_PER_LOOK));
  }
  store.dated.useNames(names);
  if (clock.due() && (await superseded())) return null;
  clock.step = "scan";
  let scannedFiles = 0;
  const withTasks: TFile[] = [];
  const conflicts = new Map<string, SyncConflict>();
  for (const file of files) {
    const cache = metadataCache.getFileCache(file);
    const { contact, copy } = store.classify(file, cache);
    if (copy) conflicts.set(file.path, copy);
    if (PromiseTracker.mayHoldPromises(cache, contact)) withTasks.push(file);
    if (contact) {
      const known = facts.get(file);
      if (known) sources.set(file.path, sourceOf(file.path, cache, known));
      else unread.push(file);
    } else if (cache) {
      const date = dated.dateOf(file, cache);
      if (date) dated.recordNew(mentions, file, cache, date);
    }
    // A look at the clock every 64 notes: 256 daily notes, each with links to resolve, could hold a slice well past its budget.
    if ((++scannedFiles & 63) === 0 && clock.due() && (await superseded())) return null;
  }
  const scanned = performance.now();
  clock.step = "read";
  const complete = await readUncachedFacts(
    unread,
    facts,
    (file) => store.read(file),
    settings,
    async (file, read) => {
      if (!context.current()) return false;
      sources.set(file.path, sourceOf(file.path, metadataCache.getFileCache(file), read));
      return !(clock.due() && (await superseded()));
    },
  );
  if (!complete) return null;
  const read = performance.now();
  clock.step = "resolve";
  const day = context.today();
  const contacts = new Map<string, Contact>();
  let resolved = 0;
  for (const source of sources.values()) {
    contacts.set(source.path, store.resolve(source, mentions, day));
    if ((++resolved & 63) === 0 && clock.due() && (await superseded())) return null;
  }
  const steps = { load: loaded - context.started, scan: scanned - loaded, read: read - scanned, resolve: performance.now() - read };
  return { sources, mentions, contacts, conflicts, day, withTasks, reads: unread.length, steps };
}
