/** Counters that let tests check how much work an update did, without timing it. */
export interface IndexWork {
  /** Contact notes whose text was read from the vault for their facts. */
  reads: number;
  /** Notes whose text was read from the vault for their open tasks. */
  promiseReads: number;
  /** Contacts (re)resolved from their note. */
  resolved: number;
  /** Full builds. */
  builds: number;
}

/** How the last full build went: for the benchmark and for anyone curious. */
export interface BuildStats {
  ms: number;
  /** Slices the build ran in, and the longest one: no slice should be a long task. */
  slices: number;
  longestSliceMs: number;
  /** The step the longest slice was in: load, list, scan, names, mentions, read, resolve or finish. */
  longestSliceStep: string;
  /** Contact notes read because their facts weren't cached (all of them on a first start). */
  reads: number;
  /**
   * Milliseconds (wall time) per step: loading the cache, scanning the notes (with
   * their names and mentions), reading texts, resolving contacts, and finishing
   * (the agenda worked out, changes made meanwhile handled).
   */
  steps: { load: number; scan: number; read: number; resolve: number; finish: number };
}

/** Paths of the contacts that changed, or null when every contact may have (a rebuild, a new day). */
export type ChangedContacts = readonly string[] | null;
