// The device a test runs on: its own IndexedDB (fake-indexeddb, an in-memory
// implementation of the standard) and its own localStorage (happy-dom's). Every vault
// opened on one device shares them, as in Obsidian, where they belong to the window,
// not to the vault. Each test starts on a fresh device; a test can switch devices.
import { IDBFactory } from "fake-indexeddb";

/** A device's IndexedDB: empty, and separate from every other device's. */
export function newDeviceStorage(): IDBFactory {
  return new IDBFactory();
}

/** Makes `window.indexedDB` this device's; undefined: a device that has none (or refuses it). */
export function useDeviceStorage(storage: IDBFactory | undefined): void {
  Object.defineProperty(window, "indexedDB", { value: storage, configurable: true, writable: true });
  Object.defineProperty(globalThis, "indexedDB", { value: storage, configurable: true, writable: true });
}

/** A fresh device for the next test: empty IndexedDB, localStorage and sessionStorage. */
export function resetDevice(): void {
  useDeviceStorage(newDeviceStorage());
  window.localStorage.clear();
  window.sessionStorage.clear();
}
