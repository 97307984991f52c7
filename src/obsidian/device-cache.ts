import { normalizePath, type App, type DataAdapter } from "obsidian";
import { messageOf } from "../core/shared/errors";

/** Where the facts cache lives between sessions. */
export interface FactsStore {
  /** The stored cache as it was written, or null when there is none or it can't be had. */
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** Lets go of the storage once the writes asked for so far are done (the plugin is unloading). */
  close(): Promise<void>;
}

/** One database for every vault on the device; each vault's cache is one record in it. */
const DATABASE = "keep-in-touch";
const RECORDS = "facts-cache";

/**
 * Which vault this is, on this device: Obsidian's own id for the vault (the one it
 * keys its metadata cache and `loadLocalStorage` with), else its name. The id is
 * device-local too: the same vault on a phone and a laptop has two.
 */
export function vaultKeyOf(app: App): string {
  const { vault } = app;
  const id = (app as unknown as { appId?: unknown }).appId;
  return typeof id === "string" && id !== "" ? id : `vault:${vault.getName()}`;
}

/**
 * The file an older version kept its cache in, inside the plugin's folder, where sync
 * tools copy it between devices. Read once, so the first start after the update is
 * still fast, and removed.
 */
export interface LegacyCacheFile {
  /** The old cache, parsed, or null; the file is gone afterwards. */
  takeOnce(): Promise<unknown>;
}

export function legacyCacheFileIn(adapter: DataAdapter, pluginDir: string): LegacyCacheFile {
  const path = normalizePath(`${pluginDir}/index-cache.json`);
  return {
    async takeOnce() {
      if (!(await adapter.exists(path))) return null;
      let value: unknown = null;
      try {
        value = JSON.parse(await adapter.read(path)) as unknown;
      } catch {
        value = null; // A damaged old cache only means reading every note once.
      }
      await adapter.remove(path).catch(() => undefined);
      return value;
    },
  };
}

/**
 * The facts cache in this device's IndexedDB, under the vault's key: never in the
 * vault, so no sync tool copies it and two devices never overwrite each other's.
 * Any failure (no IndexedDB, a private or full storage, a quota) is said once in the
 * console and the plugin goes on without a cache: it is only a shortcut, and the
 * notes are the data.
 */
export class DeviceFactsStore implements FactsStore {
  private db: Promise<IDBDatabase | null> | null = null;
  private failed = false;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    /** The device's IndexedDB, asked for when first needed. */
    private readonly databases: () => IDBFactory | undefined,
    private readonly key: string,
    private readonly legacy: LegacyCacheFile | null,
    private readonly warn: (message: string) => void,
  ) {}

  async read(): Promise<unknown> {
    const db = await this.open();
    let value: unknown = null;
    if (db) {
      value = (await this.run(db, "readonly", (records) => records.get(this.key)).catch((error: unknown) => this.fail("read from", error))) ?? null;
    }
    const old = this.legacy ? await this.legacy.takeOnce() : null;
    if (value === null && old !== null) {
      // Moved to this device as it is, so the next start is as fast as this one.
      await this.write(old);
      return old;
    }
    return value;
  }

  write(value: unknown): Promise<void> {
    const write = this.pending.then(async () => {
      const db = await this.open();
      if (db) await this.run(db, "readwrite", (records) => records.put(value, this.key)).catch((error: unknown) => this.fail("write to", error));
    });
    this.pending = write;
    return write;
  }

  async close(): Promise<void> {
    await this.pending;
    const db = this.db ? await this.db : null;
    db?.close();
    this.db = Promise.resolve(null);
  }

  private open(): Promise<IDBDatabase | null> {
    this.db ??= new Promise<IDBDatabase | null>((resolve) => {
      const factory = this.databases();
      if (!factory) {
        resolve(this.fail("open", new Error("this device offers no IndexedDB")));
        return;
      }
      try {
        const request = factory.open(DATABASE, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(RECORDS);
        request.onsuccess = () => {
          const db = request.result;
          // Another window upgrading the database: step aside rather than block it.
          db.onversionchange = () => db.close();
          resolve(db);
        };
        request.onerror = () => resolve(this.fail("open", request.error));
        request.onblocked = () => resolve(this.fail("open", new Error("the database is held by another window")));
      } catch (error) {
        resolve(this.fail("open", error));
      }
    });
    return this.db;
  }

  private run(db: IDBDatabase, mode: IDBTransactionMode, step: (records: IDBObjectStore) => IDBRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.failed) {
        resolve(null);
        return;
      }
      const transaction = db.transaction(RECORDS, mode);
      const request = step(transaction.objectStore(RECORDS));
      transaction.oncomplete = () => resolve(request.result as unknown);
      transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error("the transaction failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("the transaction was aborted"));
    });
  }

  /** Says once why the cache is off, and turns it off for this session. */
  private fail(what: string, error: unknown): null {
    if (!this.failed) {
      this.failed = true;
      this.warn(`Keep in Touch: the index cache can't ${what} this device's storage (${messageOf(error)}), so each start reads the contact notes again. Nothing in the notes is affected.`);
    }
    return null;
  }
}
