import type { CachedMetadata, TFile } from "obsidian";
import type { LocalDate } from "../core/shared/dates";
import { propertiesProblem } from "../core/notes/frontmatter-edit";
import { readLogFacts } from "../core/touches/log-facts";
import { findSyncDamage } from "../core/sync/sync-damage";
import type { FactsStore } from "./device-cache";
import type { Introduction } from "../core/touches/introductions";
import { PROMISES_CODEC, type NotePromises } from "./note-promises";
import { sharedDay } from "../core/shared/day-strings";
import { StatKeyed, type FactsCodec, type FileStat } from "./stat-keyed";

/** What the index needs from a contact note's text (the metadata cache has the rest). */
export interface NoteFacts {
  /** The days in the note's touch log, oldest first, each once. */
  readonly dates: readonly LocalDate[];
  /** Why the note's properties can't be written, or null when they can. */
  readonly problem: string | null;
  /** How a merge of two devices' versions damaged the note, in one line; null when it didn't. */
  readonly damage: string | null;
  /** The days on which every line of the touch log is theirs (←), oldest first. */
  readonly theirDays: readonly LocalDate[];
  /** The introductions in the touch log. */
  readonly introductions: readonly Introduction[];
}

/** The settings that decide what a note's text says. */
export interface FactsSettings {
  touchHeading: string;
  touchKinds: readonly string[];
  properties: { lastTouch: string };
}

/**
 * The stored form of one contact note: mtime, size, the touch-log days (see
 * `encodeDays`), the problem, the damage, their days (encoded the same way), and
 * the introductions as `[date, other or null, dismissed]`.
 */
type StoredIntro = [LocalDate, string | null, boolean];
type Stored = [number, number, string, string | null, string | null, string, StoredIntro[]];

/** Bump when reading a note gives different facts than before, so old caches are dropped. */
const FORMAT = 5;

/**
 * Days are stored as four base-36 digits each, counting from 1900-01-01 (up to the
 * year 6498), and read back through one shared table: equal days share one string,
 * and ten thousand touch logs decode in a few milliseconds. A log with a day outside
 * that range is stored as its days joined with commas, after a `~`.
 */
const EPOCH = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;
const WIDTH = 4;
const MAX_DAY = 36 ** WIDTH - 1;
const dayStrings: (LocalDate | undefined)[] = [];

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function dayNumber(date: LocalDate): number {
  const n = (Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - EPOCH) / DAY_MS;
  return Number.isInteger(n) && n >= 0 && n <= MAX_DAY && dayString(n) === date ? n : -1;
}

function dayString(n: number): LocalDate {
  let s = dayStrings[n];
  if (s === undefined) {
    const d = new Date(EPOCH + n * DAY_MS);
    s = sharedDay(`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`);
    dayStrings[n] = s;
  }
  return s;
}

export function encodeDays(dates: readonly LocalDate[]): string {
  const numbers = dates.map(dayNumber);
  if (numbers.some((n) => n < 0)) return `~${dates.join(",")}`;
  return numbers.map((n) => n.toString(36).padStart(WIDTH, "0")).join("");
}

/** Reads stored days back, oldest first and each once (a cache file changed by hand is put in order). */
export function decodeDays(encoded: string): LocalDate[] {
  if (encoded.startsWith("~")) return encoded === "~" ? [] : sortedDays(encoded.slice(1).split(","));
  const out: LocalDate[] = new Array<LocalDate>(encoded.length / WIDTH);
  let inOrder = true;
  let previous = -1;
  for (let i = 0, k = 0; i < encoded.length; i += WIDTH, k++) {
    let n = 0;
    for (let j = i; j < i + WIDTH; j++) {
      const c = encoded.charCodeAt(j);
      n = n * 36 + (c <= 57 ? c - 48 : c - 87);
    }
    if (n <= previous) inOrder = false;
    previous = n;
    out[k] = dayString(n);
  }
  return inOrder ? out : sortedDays(out);
}

/** Reads a contact note's facts from its text: the touch log's days, who started them, its introductions, whether the properties can be written, and sync damage. */
export function factsFromText(text: string, settings: FactsSettings): NoteFacts {
  const log = readLogFacts(text, settings.touchHeading, settings.touchKinds);
  return {
    dates: sortedDays(log.dates),
    problem: propertiesProblem(text),
    damage: findSyncDamage(text, settings.properties.lastTouch),
    theirDays: log.theirDays.length === 0 ? NONE : log.theirDays.map(sharedDay),
    introductions: log.introductions.length === 0 ? NO_INTRODUCTIONS : log.introductions,
  };
}

/** Most notes have neither: one shared empty list each. */
const NONE: readonly LocalDate[] = [];
const NO_INTRODUCTIONS: readonly Introduction[] = [];

function sortedDays(dates: readonly LocalDate[]): LocalDate[] {
  // Most logs are written oldest first, each day once: then they only need sharing.
  for (let i = 1; i < dates.length; i++) if ((dates[i - 1] as LocalDate) >= (dates[i] as LocalDate)) return [...new Set(dates)].sort().map(sharedDay);
  return dates.map(sharedDay);
}

const FACTS_CODEC: FactsCodec<NoteFacts, Stored> = {
  encode: (stat, facts) => [
    stat.mtime,
    stat.size,
    encodeDays(facts.dates),
    facts.problem,
    facts.damage,
    encodeDays(facts.theirDays),
    facts.introductions.map((i) => [i.date, i.other, i.dismissed]),
  ],
  decode: ([, , days, problem, damage, theirs, intros]) => ({
    dates: decodeDays(days),
    problem,
    damage,
    theirDays: theirs === "" ? NONE : decodeDays(theirs),
    introductions: intros.length === 0 ? NO_INTRODUCTIONS : intros.map(([date, other, dismissed]) => ({ date: sharedDay(date), other, dismissed })),
  }),
  isStored,
};

/**
 * What the index has read from notes' text, keyed by path and valid while the file's
 * mtime and size are what they were when its text was read: each contact note's facts,
 * and the open tasks of every note that may hold a promise. Kept on the device between
 * sessions, so a startup reads only the notes that changed since (in Obsidian or outside it).
 */
export class NoteFactsCache {
  private readonly notes = new StatKeyed(FACTS_CODEC);
  private readonly tasks = new StatKeyed(PROMISES_CODEC);
  private loadedKey: string | null = null;

  /** `version`: the plugin's; a new version reads every note once, in case it reads them differently. */
  constructor(
    private readonly store: FactsStore | null,
    private readonly version = "",
  ) {}

  /** How many contact notes' facts are cached. */
  get size(): number {
    return this.notes.size;
  }

  /**
   * Loads the stored cache once, for these settings: facts read under another touch
   * heading or by another version are dropped.
   */
  async load(key: string): Promise<void> {
    const fullKey = `${FORMAT}|${this.version}|${key}`;
    if (this.loadedKey === fullKey) return;
    const first = this.loadedKey === null;
    this.loadedKey = fullKey;
    this.notes.reset();
    this.tasks.reset();
    if (!first || !this.store) return;
    // A missing or damaged cache only means reading every note once.
    const stored = await this.store.read().catch(() => null);
    if (!isStoredCache(stored) || stored.key !== fullKey) return;
    this.notes.reset(stored.notes);
    this.tasks.reset(stored.promises);
  }

  /** A contact note's facts, if they were read from the file as it is now. */
  get(file: TFile): NoteFacts | null {
    return this.notes.get(file);
  }

  /** Remembers a contact note's facts read from `text` when the file had `stat`. */
  set(file: TFile, facts: NoteFacts, text: string, stat?: FileStat): void {
    this.notes.set(file, facts, text, stat);
  }

  /** A note's open tasks, if they were read from the file as it is now. */
  promisesOf(file: TFile): NotePromises | null {
    return this.tasks.get(file);
  }

  /** Remembers a note's open tasks read from `text` when the file had `stat`. */
  setPromises(file: TFile, promises: NotePromises, text: string, stat?: FileStat): void {
    this.tasks.set(file, promises, text, stat);
  }

  /** Forgets a note's contact facts (it is gone, or no longer a contact). */
  delete(path: string): void {
    this.notes.delete(path);
  }

  /** Forgets a note's open tasks (it is gone, or holds no promise any more). */
  deletePromises(path: string): void {
    this.tasks.delete(path);
  }

  /** A renamed file keeps its text and stat, so its facts move with it. */
  rename(oldPath: string, newPath: string): void {
    this.notes.rename(oldPath, newPath);
    this.tasks.rename(oldPath, newPath);
  }

  /** Forgets every note that is no longer a contact. */
  keepOnly(paths: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    this.notes.keepOnly(paths);
  }

  /** Forgets the open tasks of every note that may no longer hold a promise. */
  keepPromisesOnly(paths: ReadonlySet<string>): void {
    this.tasks.keepOnly(paths);
  }

  /** Writes the cache if anything changed since it was loaded or last saved. */
  async save(): Promise<void> {
    if (!(this.notes.dirty || this.tasks.dirty) || !this.store || this.loadedKey === null) return;
    this.notes.dirty = this.tasks.dirty = false;
    try {
      await this.store.write({ key: this.loadedKey, notes: this.notes.stored(), promises: this.tasks.stored() });
    } catch {
      this.notes.dirty = true; // Try again next time; the cache is only a shortcut.
    }
  }

  /** Writes what is pending and lets go of the storage (the plugin is unloading). */
  async close(): Promise<void> {
    await this.save();
    await this.store?.close();
  }
}

interface StoredCache {
  key: string;
  notes: Record<string, unknown>;
  promises?: Record<string, unknown>;
}

function isStoredCache(value: unknown): value is StoredCache {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.key === "string" && typeof v.notes === "object" && v.notes !== null && (v.promises === undefined || (typeof v.promises === "object" && v.promises !== null));
}

function isStored(value: unknown): value is Stored {
  return (
    Array.isArray(value) &&
    value.length === 7 &&
    typeof value[0] === "number" &&
    typeof value[1] === "number" &&
    typeof value[2] === "string" &&
    (value[3] === null || typeof value[3] === "string") &&
    (value[4] === null || typeof value[4] === "string") &&
    typeof value[5] === "string" &&
    Array.isArray(value[6]) &&
    (value[6] as unknown[]).every(isStoredIntro)
  );
}

function isStoredIntro(value: unknown): value is StoredIntro {
  return Array.isArray(value) && value.length === 3 && typeof value[0] === "string" && (value[1] === null || typeof value[1] === "string") && typeof value[2] === "boolean";
}

/**
 * What a contact's own note says: its properties (as the metadata cache holds them)
 * and the facts read from its text (as the facts cache holds them), pointed at rather
 * than copied field by field, so each contact's note costs one small object more.
 * Mentions, promises and today are added when it is resolved.
 */
export interface NoteSource {
  readonly path: string;
  /** Undefined when the note has no properties, or they can't be used (`facts.problem` says why). */
  readonly frontmatter: Record<string, unknown> | undefined;
  readonly facts: NoteFacts;
}

export function sourceOf(path: string, cache: CachedMetadata | null, facts: NoteFacts): NoteSource {
  return { path, frontmatter: facts.problem ? undefined : cache?.frontmatter, facts };
}

/** Contact notes read at once when their facts aren't cached: the reads overlap instead of waiting one by one. */
const READ_BATCH = 64;

/**
 * Reads the notes whose facts aren't cached, a batch at a time, and caches what they
 * say. `onFacts` returns false to stop (a newer build took over); then so does this.
 */
export async function readUncachedFacts(
  files: readonly TFile[],
  cache: NoteFactsCache,
  read: (file: TFile) => Promise<string>,
  settings: FactsSettings,
  onFacts: (file: TFile, facts: NoteFacts) => Promise<boolean>,
): Promise<boolean> {
  for (let i = 0; i < files.length; i += READ_BATCH) {
    const batch = files.slice(i, i + READ_BATCH);
    // The stat as it was before the read: facts are only cached as valid for the text they came from.
    const stats = batch.map((file) => ({ mtime: file.stat.mtime, size: file.stat.size }));
    const texts = await Promise.all(batch.map(read));
    for (const [k, file] of batch.entries()) {
      const text = texts[k] as string;
      const facts = factsFromText(text, settings);
      cache.set(file, facts, text, stats[k]);
      if (!(await onFacts(file, facts))) return false;
    }
  }
  return true;
}
