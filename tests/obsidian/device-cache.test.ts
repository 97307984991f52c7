import { IDBObjectStore } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import type { App } from "../fake/app";
import { createFakeApp, loadPlugin, newDeviceStorage, notices, settle, tick, triggerLayoutReady, unloadPlugin, useDeviceStorage } from "../fake/harness";
import type { SeedFile } from "../fake/vault";
import KeepInTouchPlugin from "../../src/main";
import { storedCache, storedCaches } from "./device-cache-fixture";
import { nextRebuild, note } from "./start-plugin";

const PLUGIN_DIR = ".obsidian/plugins/keep-in-touch";
const OLD_CACHE = `${PLUGIN_DIR}/index-cache.json`;
const MTIME = Date.UTC(2026, 10, 1);
const SAM = "People/Sam Rivera.md";

const FILES: Record<string, SeedFile> = {
  [SAM]: { text: note("tier: ally", "## Touches\n- 2026-10-01 call\n"), mtime: MTIME },
  "People/Ana Souza.md": { text: note("tier: mentor\nlast_touch: 2026-09-20"), mtime: MTIME },
  "People/Kenji.md": { text: note("tier: peer"), mtime: MTIME },
};

const WRITES = ["write", "writeBinary", "append", "appendBinary", "process", "remove", "rename", "copy", "mkdir", "rmdir", "trashSystem", "trashLocal"] as const;

/** Every change made through the adapter under the plugin's folder from now on, as `method path`. */
function watchPluginFolder(app: App): string[] {
  const seen: string[] = [];
  const adapter = app.vault.adapter as unknown as Record<string, (path: string, ...rest: unknown[]) => Promise<unknown>>;
  for (const method of WRITES) {
    const original = adapter[method]?.bind(adapter);
    if (!original) continue;
    vi.spyOn(adapter, method).mockImplementation((path: string, ...rest: unknown[]) => {
      if (path.startsWith(`${PLUGIN_DIR}/`) || path === PLUGIN_DIR) seen.push(`${method} ${path}`);
      return original(path, ...rest);
    });
  }
  return seen;
}

/** The files under the plugin's folder, as a sync tool would see them. */
function pluginFolderFiles(app: App): string[] {
  return [...app.vault.adapter.hiddenFiles.keys()].filter((path) => path.startsWith(`${PLUGIN_DIR}/`)).sort();
}

async function flush(app: App): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await settle(app);
    await tick();
  }
}

/** One session on the current device: start, wait for the index, run `during`, quit. */
async function session(app: App, during?: (plugin: KeepInTouchPlugin) => Promise<void>) {
  const plugin = await loadPlugin(KeepInTouchPlugin, app);
  plugin.now = () => new Date(2026, 10, 22, 12);
  await triggerLayoutReady(app);
  await plugin.api.ready;
  await flush(app);
  const reads = plugin.index.lastBuild.reads;
  if (during) await during(plugin);
  await flush(app);
  await unloadPlugin(app, plugin);
  await flush(app);
  return { plugin, reads };
}

/** The vault as a sync tool leaves it on another device: every note (with its modification time) and every file of the config folder, copied. */
function syncedCopy(from: App, appId: string): App {
  const files: Record<string, SeedFile> = {};
  for (const file of from.vault.getMarkdownFiles()) files[file.path] = { text: from.vault.peekText(file.path) ?? "", mtime: file.stat.mtime };
  const app = createFakeApp({ files, appId });
  for (const folder of from.vault.adapter.hiddenFolders) app.vault.adapter.hiddenFolders.add(folder);
  for (const [path, entry] of from.vault.adapter.hiddenFiles) app.vault.adapter.hiddenFiles.set(path, { ...entry });
  return app;
}

describe("the facts cache on the device", () => {
  it("is kept in this device's IndexedDB under the vault's id, never in the vault", async () => {
    const app = createFakeApp({ files: FILES, appId: "0123456789abcdef" });
    const first = await session(app);
    expect(first.reads).toBe(3);
    expect(await storedCaches()).toEqual(["0123456789abcdef"]);
    expect(JSON.stringify(await storedCache("0123456789abcdef"))).toContain(SAM);
    expect(pluginFolderFiles(app)).toEqual([]);
    expect((await session(app)).reads).toBe(0);
  });

  it("reads an older version's synced cache file once, then removes it", async () => {
    // An older version's session left its cache in the plugin folder.
    const before = createFakeApp({ files: FILES });
    await session(before);
    const oldCache = JSON.stringify(await storedCache(before.appId));
    useDeviceStorage(newDeviceStorage());
    const app = createFakeApp({ files: FILES });
    await app.vault.adapter.mkdir(PLUGIN_DIR);
    await app.vault.adapter.write(OLD_CACHE, oldCache);
    const updated = await session(app);
    expect(updated.reads).toBe(0);
    expect(pluginFolderFiles(app)).toEqual([]);
    expect(await storedCache(app.appId)).not.toBeNull();
    expect((await session(app)).reads).toBe(0);
    // A damaged old file is removed all the same.
    useDeviceStorage(newDeviceStorage());
    await app.vault.adapter.write(OLD_CACHE, "{not json");
    expect((await session(app)).reads).toBe(3);
    expect(pluginFolderFiles(app)).toEqual([]);
  });

  it("lets two devices sharing one synced folder each keep their own cache, and write none into the folder", async () => {
    const laptopStorage = newDeviceStorage();
    const phoneStorage = newDeviceStorage();
    useDeviceStorage(laptopStorage);
    const laptop = createFakeApp({ files: FILES, appId: "1aa7091aa7091aa7" });
    const laptopWrites = watchPluginFolder(laptop);
    const first = await session(laptop, (plugin) => plugin.api.logTouch(SAM, { date: "2026-11-20", kind: "call" }));
    expect(first.reads).toBe(3);

    useDeviceStorage(phoneStorage);
    const phone = syncedCopy(laptop, "9401e9401e9401e0");
    const phoneWrites = watchPluginFolder(phone);
    const onPhone = await session(phone, (plugin) => plugin.api.logTouch("People/Kenji.md", { date: "2026-11-21" }));
    expect(onPhone.reads).toBe(3);
    expect((await session(phone)).reads).toBe(0);

    useDeviceStorage(laptopStorage);
    const back = syncedCopy(phone, "1aa7091aa7091aa7");
    const again = await session(back);
    // Only the note changed on the phone is read again: the laptop's own cache was on the laptop all along.
    expect(again.reads).toBe(1);
    expect((await session(back)).reads).toBe(0);

    expect(laptopWrites).toEqual([]);
    expect(phoneWrites).toEqual([]);
    expect(pluginFolderFiles(laptop)).toEqual([]);
    expect(pluginFolderFiles(phone)).toEqual([]);
    expect(pluginFolderFiles(back)).toEqual([]);
    expect(await storedCaches()).toEqual(["1aa7091aa7091aa7"]);
    useDeviceStorage(phoneStorage);
    expect(await storedCaches()).toEqual(["9401e9401e9401e0"]);
  });

  it("changes no file in the plugin's folder when the index is rebuilt; a settings change writes data.json alone", async () => {
    const app = createFakeApp({ files: FILES, pluginData: { "keep-in-touch": {} } });
    await session(app, async (plugin) => {
      const writes = watchPluginFolder(app);
      await plugin.index.build();
      await plugin.index.saveCache();
      expect(writes).toEqual([]);
      plugin.settings.touchHeading = "## Log";
      const rebuilt = nextRebuild(plugin);
      await plugin.saveSettings();
      await rebuilt;
      await plugin.index.saveCache();
      expect(writes).toEqual([`write ${PLUGIN_DIR}/data.json`]);
    });
    expect(pluginFolderFiles(app)).toEqual([`${PLUGIN_DIR}/data.json`]);
  });
});

describe("a device whose storage fails", () => {
  it("without IndexedDB: the plugin works without a cache, says why once in the console and writes no file", async () => {
    useDeviceStorage(undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const app = createFakeApp({ files: FILES });
    const first = await session(app, (plugin) => plugin.api.logTouch(SAM, { date: "2026-11-20" }));
    expect(first.reads).toBe(3);
    expect(first.plugin.api.getContacts().find((c) => c.path === SAM)?.lastTouch).toBe("2026-11-20");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/index cache can't open this device's storage .* each start reads the contact notes again/);
    expect(notices()).toEqual([]);
    expect(pluginFolderFiles(app)).toEqual([]);
    expect((await session(app)).reads).toBe(3);
  });

  it("when the database can't be opened, or a write is refused for the quota: the same, and no note is touched", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const storage = newDeviceStorage();
    vi.spyOn(storage, "open").mockImplementation(() => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    });
    useDeviceStorage(storage);
    const app = createFakeApp({ files: FILES });
    expect((await session(app)).reads).toBe(3);
    expect(warn).toHaveBeenCalledTimes(1);

    warn.mockClear();
    useDeviceStorage(newDeviceStorage());
    const quota = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const before = app.vault.peekText(SAM);
    const full = await session(app);
    expect(full.reads).toBe(3);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/can't write to this device's storage \(The quota has been exceeded\.\)/);
    expect(app.vault.peekText(SAM)).toBe(before);
    quota.mockRestore();
  });
});
