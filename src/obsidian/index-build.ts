import { getLinkpath, type App, type TFile } from "obsidian";
import type { Contact } from "../core/contacts/contact";
import type { LocalDate } from "../core/shared/dates";
import { MentionIndex } from "../core/daily/mention-index";
import type { SyncConflict } from "./conflict-copies";
import type { ContactStore, StoreContents } from "./contact-store";
import { NoteNames } from "./dated-notes";
import type { BuildStats } from "./index-stats";
import { readUncachedFacts, sourceOf, type NoteFactsCache, type NoteSource } from "./note-facts";
import { PromiseTracker } from "./promise-tracker";
import type { SliceClock } from "./slice-clock";

/** Notes scanned between two looks at the clock. */
const NOTES_PER_LOOK = 64;
/** Notes whose names are looked at between two looks at the clock. */
const NAMES_PER_LOOK = 4096;

/** What one build's scan of the vault found, for the store and the build's stats. */
export interface VaultScan extends StoreContents {
  /** Notes that may hold open tasks: read for promises once the build is done. */
  withTasks: TFile[];
  /** Contact notes read because their facts weren't cached. */
  reads: number;
  steps: Omit<BuildStats["steps"], "finish">;
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
  if (clock.due() && (await superseded())) return null;
  clock.step = "scan";
  const withTasks: TFile[] = [];
  const conflicts = new Map<string, SyncConflict>();
  // Dated notes, with their counted links: recorded once the names those links ask about are known.
  const names = new NoteNames();
  const datedFiles: TFile[] = [];
  const datedDays: LocalDate[] = [];
  const datedLinks: string[][] = [];
  /** One part of the list, without a look at the clock: a loop with no await in it runs at full speed. */
  const scanPart = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const file = files[i];
      if (file === undefined) continue;
      const cache = metadataCache.getFileCache(file);
      const { contact, copy } = store.classify(file, cache);
      if (copy) conflicts.set(file.path, copy);
      if (PromiseTracker.mayHoldPromises(cache, contact)) {
        withTasks.push(file);
        // The promises read after the build resolve these links.
        for (const link of cache?.links ?? []) names.ask(getLinkpath(link.link));
      }
      if (contact) {
        const known = facts.get(file);
        if (known) sources.set(file.path, sourceOf(file.path, cache, known));
        else unread.push(file);
      } else if (cache) {
        const date = dated.dateOf(file, cache);
        if (date === null) continue;
        const links = dated.countedLinks(cache);
        for (const link of links) names.ask(link);
        datedFiles.push(file);
        datedDays.push(date);
        datedLinks.push(links);
      }
    }
  };
  // A look at the clock every 64 notes: 256 daily notes could hold a slice well past its budget.
  for (let from = 0; from < files.length; from += NOTES_PER_LOOK) {
    scanPart(from, Math.min(files.length, from + NOTES_PER_LOOK));
    if (clock.due() && (await superseded())) return null;
  }
  // Only the names the links asked about are kept: a look-up per note, a part of the vault at a time.
  clock.step = "names";
  for (let from = 0; from < files.length; from += NAMES_PER_LOOK) {
    names.look(files, from, Math.min(files.length, from + NAMES_PER_LOOK));
    if (clock.due() && (await superseded())) return null;
  }
  store.dated.useNames(names);
  clock.step = "mentions";
  for (const [i, file] of datedFiles.entries()) {
    dated.recordNew(mentions, file, datedDays[i] as LocalDate, datedLinks[i] ?? []);
    if ((i & 63) === 63 && clock.due() && (await superseded())) return null;
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
