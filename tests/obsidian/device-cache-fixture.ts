// Reads and writes the facts cache where the plugin keeps it on the test's device:
// the record named by the vault's id in the "keep-in-touch" IndexedDB database.

function openCacheDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = window.indexedDB.open("keep-in-touch", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("facts-cache");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("open failed"));
  });
}

async function withRecords<T>(mode: IDBTransactionMode, step: (records: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openCacheDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction("facts-cache", mode);
      const request = step(transaction.objectStore("facts-cache"));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error ?? new Error("transaction failed"));
    });
  } finally {
    db.close();
  }
}

/** What this device holds as the vault's facts cache, or null. */
export async function storedCache(appId: string): Promise<unknown> {
  return (await withRecords<unknown>("readonly", (records) => records.get(appId))) ?? null;
}

/** Puts a cache on this device for the vault, as a previous session would have (null: none). */
export async function putStoredCache(appId: string, value: unknown): Promise<void> {
  await withRecords("readwrite", (records) => (value === null ? records.delete(appId) : records.put(value, appId)));
}

/** Every vault's cache this device holds, by the vault's id. */
export async function storedCaches(): Promise<string[]> {
  return (await withRecords<IDBValidKey[]>("readonly", (records) => records.getAllKeys())).map(String);
}
