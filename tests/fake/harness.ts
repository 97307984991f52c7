// Test helpers for the fake Obsidian API (NOT part of Obsidian's API).
// Import them from tests as `../fake/harness` (the plugin itself imports "obsidian").
import type * as O from "obsidian";
import repoManifest from "../../manifest.json";
import { App } from "./app";
import type { SeedFile } from "./vault";
import { Modal, openModals, SuggestModal } from "./modal";
import { AbstractInputSuggest } from "./suggest";
import { noticeLog } from "./notice";
import { Menu } from "./menu";
import { realSetTimeout } from "./timers";

export interface FakeAppOptions {
  /** Files to create before the app starts, path → text (stored exactly as given). */
  files?: Record<string, SeedFile>;
  /** Extra (empty) folders. */
  folders?: string[];
  /** data.json content per plugin id, read by Plugin.loadData(). */
  pluginData?: Record<string, unknown>;
  /** Core plugin state, e.g. { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } }. */
  internalPlugins?: Record<string, { enabled?: boolean; options?: Record<string, unknown> }>;
  /** Vault config (app.vault.getConfig), e.g. { useMarkdownLinks: true }. */
  config?: Record<string, unknown>;
  vaultName?: string;
  /** Obsidian's id of the vault on this device (default: one made from the vault's name, the same every session). */
  appId?: string;
  /** Attach the app's DOM (workspace, ribbon, status bar) to document.body. Default true. */
  attach?: boolean;
}

/**
 * A started vault: files seeded silently and fully indexed (cache computed, links resolved),
 * layout NOT ready yet — call `triggerLayoutReady(app)` after loading the plugin.
 */
export function createFakeApp(options: FakeAppOptions = {}): App {
  const app = new App(options.vaultName, options.appId);
  for (const [key, value] of Object.entries(options.config ?? {})) app.vault.setConfig(key, value);
  for (const folder of options.folders ?? []) app.vault.seedFolder(folder);
  for (const [path, content] of Object.entries(options.files ?? {})) app.vault.seed(path, content);
  for (const [id, data] of Object.entries(options.pluginData ?? {})) {
    const dir = `${app.vault.configDir}/plugins/${id}`;
    app.vault.adapter.hiddenFolders.add(app.vault.configDir).add(`${app.vault.configDir}/plugins`).add(dir);
    const now = Date.now();
    app.vault.adapter.hiddenFiles.set(`${dir}/data.json`, { text: JSON.stringify(data, null, 2), ctime: now, mtime: now });
  }
  for (const [id, spec] of Object.entries(options.internalPlugins ?? {})) app.internalPlugins.set(id, spec);
  app.metadataCache.indexAll();
  if (options.attach !== false) document.body.appendChild(app.appEl);
  liveApps.add(app);
  return app;
}

const liveApps = new Set<App>();
/** Apps whose DOM is gone but whose plugins still run, until the test file ends. */
const startedApps = new Set<App>();

/** Default manifest: the repository's manifest.json, with `dir` set like Obsidian does. */
export function defaultManifest(overrides: Partial<O.PluginManifest> = {}): O.PluginManifest {
  const m = { ...(repoManifest as O.PluginManifest), ...overrides };
  return { ...m, dir: m.dir ?? `.obsidian/plugins/${m.id}` };
}

/** Constructs the plugin, registers it in app.plugins and awaits `load()` (which awaits `onload()`). */
export async function loadPlugin<P extends O.Plugin>(PluginClass: new (app: O.App, manifest: O.PluginManifest) => P, app: App, manifest: Partial<O.PluginManifest> = {}): Promise<P> {
  const m = defaultManifest(manifest);
  const plugin = new PluginClass(app, m);
  app.plugins.manifests[m.id] = m;
  app.plugins.plugins[m.id] = plugin;
  app.plugins.enabledPlugins.add(m.id);
  await (plugin.load() as unknown as Promise<void>);
  return plugin;
}

/** Unloads the plugin (everything it registered is removed) and lets async cleanups run. */
export async function unloadPlugin(app: App, plugin: O.Plugin): Promise<void> {
  await app.plugins.disablePlugin(plugin.manifest.id);
  await tick();
}

export interface LayoutReadyOptions {
  /** Fire vault `create` for every file and folder first, as Obsidian does while loading the vault. Default false. */
  replayCreateEvents?: boolean;
  /** Fire metadataCache `resolved` afterwards, as when the initial index completes. Default true. */
  fireResolved?: boolean;
}

/** Simulates the end of startup: runs onLayoutReady callbacks, then (by default) metadataCache `resolved`. */
export async function triggerLayoutReady(app: App, options: LayoutReadyOptions = {}): Promise<void> {
  if (options.replayCreateEvents) for (const f of app.vault.getAllLoadedFiles()) if (f.path !== "/") app.vault.trigger("create", f);
  app.workspace.triggerLayoutReady();
  if (options.fireResolved !== false) app.metadataCache.trigger("resolved");
  await tick();
}

/** Resolves after pending microtasks and one (real-time) macrotask, even under vi.useFakeTimers(). */
export function tick(): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, 0));
}

/** Waits until the metadata cache has processed every pending change (alias of app.metadataCache.settle()). */
export function settle(app: App): Promise<void> {
  return app.metadataCache.settle();
}

/** Finds a command by full id ("plugin-id:cmd") or by the plugin-local id when unambiguous. */
export function getCommand(app: App, id: string): O.Command {
  const exact = app.commands.findCommand(id);
  if (exact) return exact;
  const matches = Object.values(app.commands.commands).filter((c) => c.id.endsWith(`:${id}`));
  if (matches.length === 1 && matches[0]) return matches[0];
  throw new Error(`No command "${id}"; registered: ${Object.keys(app.commands.commands).join(", ") || "none"}`);
}

/** Whether the command palette would offer the command right now. */
export function isCommandAvailable(app: App, id: string): boolean {
  return app.commands.isAvailable(getCommand(app, id));
}

/**
 * Runs a command like the palette/hotkey: editor commands need an active MarkdownView,
 * checkCallback(true) must return true before checkCallback(false) runs. Awaits an async
 * callback's promise. Resolves to whether the command ran.
 */
export async function runCommand(app: App, id: string): Promise<boolean> {
  const ran = app.commands.executeCommand(getCommand(app, id));
  await app.commands.lastResult;
  return ran;
}

/** Clicks the ribbon icon with this tooltip (title). */
export function clickRibbonIcon(app: App, title: string): void {
  const el = Array.from(app.ribbonEl.querySelectorAll<HTMLElement>(".side-dock-ribbon-action")).find((e) => e.getAttribute("aria-label") === title);
  if (!el) throw new Error(`No ribbon icon "${title}"`);
  el.click();
}

/** Opens the settings tab of a plugin (default: this repo's plugin) and returns it after display(). */
export function openSettingTab(app: App, pluginId: string = defaultManifest().id): O.PluginSettingTab {
  const tab = app.setting.openTabById(pluginId);
  if (!tab) throw new Error(`Plugin "${pluginId}" has no setting tab`);
  return tab;
}

/** The `.setting-item` whose name is `name` (exact text) inside `root`. */
export function findSetting(root: HTMLElement, name: string): HTMLElement {
  const items = Array.from(root.querySelectorAll<HTMLElement>(".setting-item"));
  const hit = items.find((el) => el.querySelector(".setting-item-name")?.textContent === name);
  if (!hit) throw new Error(`No setting named "${name}"; have: ${items.map((el) => JSON.stringify(el.querySelector(".setting-item-name")?.textContent)).join(", ")}`);
  return hit;
}

/** Types into an input/textarea: sets the value and dispatches `input` then `change`. */
export function typeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Picks an option of a <select> and dispatches `change`. */
export function selectOption(el: HTMLSelectElement, value: string): void {
  if (!Array.from(el.options).some((o) => o.value === value)) throw new Error(`No option "${value}"`);
  el.value = value;
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Dispatches a click (MouseEvent, bubbling) on an element. */
export function click(el: Element): void {
  el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
}

export { openModals } from "./modal";

/** The most recently opened modal that is still open, typed as the caller expects. */
export function lastModal<T = O.Modal>(): T | null {
  return (openModals[openModals.length - 1] as unknown as T) ?? null;
}

type Suggester = O.SuggestModal<any> | O.AbstractInputSuggest<any>;

function suggester(s: Suggester): SuggestModal<unknown> | AbstractInputSuggest<unknown> {
  if (s instanceof SuggestModal || s instanceof AbstractInputSuggest) return s;
  throw new Error("Not a fake SuggestModal / AbstractInputSuggest");
}

/** Waits for `modal.open()`'s onOpen() (and, for suggest modals, the first suggestions). */
export async function modalReady(modal: O.Modal): Promise<void> {
  const m = modal as unknown as Modal;
  await m._opened;
  if (m instanceof SuggestModal) await m._updating;
}

/** Types `query` in a SuggestModal / AbstractInputSuggest and waits for the suggestions to render. */
export async function setSuggestQuery(s: Suggester, query: string): Promise<void> {
  const f = suggester(s);
  const input = f instanceof SuggestModal ? f.inputEl : f._inputEl;
  if (input instanceof HTMLInputElement) input.value = query;
  else input.textContent = query;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await f._updating;
}

/** The values currently suggested (what getSuggestions returned, after `limit`). */
export function currentSuggestions<T>(s: O.SuggestModal<T> | O.AbstractInputSuggest<T>): T[] {
  return suggester(s)._values as T[];
}

/** The rendered `.suggestion-item` elements. */
export function suggestionEls(s: Suggester): HTMLElement[] {
  const f = suggester(s);
  const root = f instanceof SuggestModal ? f.resultContainerEl : f.suggestEl;
  return Array.from(root.querySelectorAll<HTMLElement>(".suggestion-item"));
}

/** Clicks the i-th suggestion (SuggestModal closes, then onChooseSuggestion runs). */
export async function chooseSuggestion(s: Suggester, index: number): Promise<void> {
  const el = suggestionEls(s)[index];
  if (!el) throw new Error(`No suggestion #${index}`);
  click(el);
  await tick();
}

export { noticeLog, type NoticeRecord } from "./notice";
export { setApiVersion } from "./utils";

/** Current text of every notice shown during this test, in order. */
export function notices(): string[] {
  return noticeLog.map((n) => n.message);
}


/** The last menu shown (Menu.lastShown). */
export function lastMenu(): Menu | null {
  return Menu.lastShown;
}

/** Runs the code block processor registered for `language` on `source`; returns the element it rendered into. */
export async function renderCodeBlock(app: App, language: string, source: string, sourcePath = ""): Promise<HTMLElement> {
  const handler = app.codeBlockProcessors.get(language);
  if (!handler) throw new Error(`No code block processor for "${language}"`);
  const el = document.createElement("div");
  document.body.appendChild(el);
  const children: O.MarkdownRenderChild[] = [];
  const ctx: O.MarkdownPostProcessorContext = {
    docId: "doc",
    sourcePath,
    frontmatter: app.metadataCache.getCache(sourcePath)?.frontmatter,
    addChild: (child) => {
      children.push(child);
      child.load();
    },
    getSectionInfo: () => null,
  };
  await handler(source, el, ctx);
  return el;
}

/** Calls the protocol handler for an `obsidian://action?key=value` URL. */
export async function openObsidianUrl(app: App, url: string): Promise<void> {
  const u = new URL(url);
  const action = u.hostname || u.pathname.replace(/^\/+/, "");
  const handler = app.protocolHandlers.get(action);
  if (!handler) throw new Error(`No protocol handler for "${action}"`);
  const params: O.ObsidianProtocolData = { action };
  u.searchParams.forEach((v, k) => (params[k] = v === "" ? "true" : v));
  await handler(params);
}

/** The view in the first leaf of `type`, cast to the plugin's view class (null if none / deferred). */
export function getView<T>(app: App, type: string): T | null {
  const leaf = app.workspace.getLeavesOfType(type)[0];
  return leaf && !leaf.isDeferred ? (leaf.view as unknown as T) : null;
}

/** Removes every app's DOM (setup.ts runs this after each test); its plugins run on until closeApps(). */
export function disposeApps(): void {
  for (const app of liveApps) {
    app.setting.close();
    app.appEl.remove();
    startedApps.add(app);
  }
  liveApps.clear();
}

/**
 * Closes every app the test file started, as quitting Obsidian would: unloads its
 * plugins, so their timers, intervals and listeners on the window and the document
 * end (setup.ts runs this after each file: test files share a worker, and nothing a
 * file started may run on into the next one).
 */
export function closeApps(): void {
  disposeApps();
  for (const app of startedApps) for (const plugin of Object.values(app.plugins.plugins)) plugin.unload();
  startedApps.clear();
}

export { newDeviceStorage, useDeviceStorage } from "./device";
