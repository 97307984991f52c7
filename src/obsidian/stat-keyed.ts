import type { TFile } from "obsidian";

/** A file's modification time and size: what a cached fact is valid for. */
export interface FileStat {
  mtime: number;
  size: number;
}

/** The stored form of one note's facts: its mtime and size first, then the facts. */
export type StoredFacts = readonly [number, number, ...unknown[]];

/** How one kind of fact is kept in the cache file. */
export interface FactsCodec<T, S extends StoredFacts> {
  encode(stat: FileStat, value: T): S;
  decode(stored: S): T;
  isStored(value: unknown): value is S;
}

interface Entry<T, S> extends FileStat {
  /** Decoded on first use: a startup only pays for the notes it looks at. */
  value: T | { stored: S };
}

/**
 * Facts read from notes' text, keyed by path and valid while the file's mtime and
 * size are what they were when its text was read.
 */
export class StatKeyed<T, S extends StoredFacts> {
  private entries = new Map<string, Entry<T, S>>();
  /** Whether anything changed since the entries were loaded or last stored. */
  dirty = false;

  constructor(private readonly codec: FactsCodec<T, S>) {}

  get size(): number {
    return this.entries.size;
  }

  /** Empties the map; with `stored`, fills it from a cache file's section (anything malformed is skipped). */
  reset(stored?: Record<string, unknown>): void {
    this.entries = new Map();
    this.dirty = stored === undefined;
    for (const [path, value] of Object.entries(stored ?? {})) {
      if (this.codec.isStored(value)) this.entries.set(path, { mtime: value[0], size: value[1], value: { stored: value } });
    }
  }

  /** The facts of this file, if they were read from the file as it is now. */
  get(file: TFile): T | null {
    const entry = this.entries.get(file.path);
    if (!entry || entry.mtime !== file.stat.mtime || entry.size !== file.stat.size) return null;
    if (isStoredForm(entry.value)) entry.value = this.codec.decode(entry.value.stored);
    return entry.value;
  }

  /**
   * Remembers facts read from `text`, as valid for `stat` (the file's stat before the
   * read). Nothing is remembered if the file changed during the read, and they are
   * only stored when the text has the size the stat says (it is the file as it is now).
   */
  set(file: TFile, value: T, text: string, stat: FileStat = file.stat): void {
    if (file.stat.mtime !== stat.mtime || file.stat.size !== stat.size) return;
    const size = byteLength(text) === stat.size ? stat.size : -1;
    this.entries.set(file.path, { mtime: stat.mtime, size, value });
    this.dirty = true;
  }

  delete(path: string): void {
    if (this.entries.delete(path)) this.dirty = true;
  }

  /** A renamed file keeps its text and stat, so its facts move with it. */
  rename(oldPath: string, newPath: string): void {
    const entry = this.entries.get(oldPath);
    if (!entry) return;
    this.entries.delete(oldPath);
    this.entries.set(newPath, entry);
    this.dirty = true;
  }

  /** Forgets every note not among these paths. */
  keepOnly(paths: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const path of this.entries.keys()) {
      if (!paths.has(path)) {
        this.entries.delete(path);
        this.dirty = true;
      }
    }
  }

  /** The entries in their stored form, leaving out those whose text didn't match the file's size. */
  stored(): Record<string, S> {
    const out: Record<string, S> = {};
    for (const [path, entry] of this.entries) {
      if (entry.size < 0) continue;
      out[path] = isStoredForm(entry.value) ? entry.value.stored : this.codec.encode(entry, entry.value);
    }
    return out;
  }
}

function isStoredForm<T, S>(value: T | { stored: S }): value is { stored: S } {
  return typeof value === "object" && value !== null && "stored" in value;
}

/** UTF-8 length of a text, to check it is the text whose size the file's stat reports. */
function byteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // A surrogate pair: 2 code units, 4 bytes.
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}
