// Fake of Obsidian's App, plus the internal registries plugins commonly reach
// (app.plugins, app.internalPlugins, app.commands, app.setting, app.viewRegistry).
import type * as O from "obsidian";
import { Commands } from "./commands";
import { Events } from "./events";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import { Keymap, Scope } from "./utils";
import { showSettingTab } from "./setting";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

/** Obsidian's app.viewRegistry (internal API): view factories and extensions. */
export class ViewRegistry {
  readonly viewByType: Record<string, O.ViewCreator> = {};
  readonly typeByExtension: Record<string, string> = { md: "markdown" };

  registerView(type: string, creator: O.ViewCreator): void {
    if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.viewByType[type] = creator;
  }

  unregisterView(type: string): void {
    delete this.viewByType[type];
  }

  registerExtensions(extensions: string[], viewType: string): void {
    for (const ext of extensions) {
      if (this.typeByExtension[ext]) throw new Error(`Attempting to register an existing file extension "${ext}"`);
      this.typeByExtension[ext] = viewType;
    }
  }

  unregisterExtensions(extensions: string[]): void {
    for (const ext of extensions) delete this.typeByExtension[ext];
  }
}

export class RenderContext implements O.RenderContext {
  hoverPopover: O.HoverPopover | null = null;
}

export class SecretStorage extends Events implements O.SecretStorage {
  private readonly secrets = new Map<string, string>();

  setSecret(id: string, secret: string): void {
    this.secrets.set(id, secret);
    this.trigger("changed", id);
  }

  getSecret(id: string): string | null {
    return this.secrets.get(id) ?? null;
  }

  listSecrets(): string[] {
    return [...this.secrets.keys()];
  }
}

/** Internal API shape of app.plugins (community plugins). */
export class PluginRegistry {
  readonly plugins: Record<string, O.Plugin> = {};
  readonly manifests: Record<string, O.PluginManifest> = {};
  readonly enabledPlugins = new Set<string>();

  getPlugin(id: string): O.Plugin | null {
    return this.plugins[id] ?? null;
  }

  async disablePlugin(id: string): Promise<void> {
    const plugin = this.plugins[id];
    if (!plugin) return;
    plugin.unload();
    delete this.plugins[id];
    this.enabledPlugins.delete(id);
  }
}

/** Internal API shape of a core plugin: app.internalPlugins.plugins[id]. */
export interface InternalPlugin {
  enabled: boolean;
  instance: { id: string; name: string; options: Record<string, unknown> };
  enable(): void;
  disable(): void;
}

/** Core plugins present in every vault, with their default enabled state. */
const CORE_PLUGINS: Record<string, boolean> = {
  "file-explorer": true,
  "global-search": true,
  switcher: true,
  graph: true,
  backlink: true,
  canvas: true,
  "outgoing-link": true,
  "tag-pane": true,
  properties: true,
  "page-preview": true,
  "daily-notes": true,
  templates: true,
  "note-composer": true,
  "command-palette": true,
  "editor-status": true,
  bookmarks: true,
  outline: true,
  "word-count": true,
  "file-recovery": true,
  bases: true,
  "slash-command": false,
  "markdown-importer": false,
  "zk-prefixer": false,
  "random-note": false,
  slides: false,
  "audio-recorder": false,
  workspaces: false,
  publish: false,
  sync: false,
};

/** Internal API shape of app.internalPlugins (core plugins). */
export class InternalPluginRegistry {
  readonly plugins: Record<string, InternalPlugin> = {};

  constructor() {
    for (const [id, enabled] of Object.entries(CORE_PLUGINS)) this.set(id, { enabled });
  }

  getPluginById(id: string): InternalPlugin | null {
    return this.plugins[id] ?? null;
  }

  getEnabledPluginById(id: string): InternalPlugin["instance"] | null {
    const p = this.plugins[id];
    return p?.enabled ? p.instance : null;
  }

  /** Test helper: set a core plugin's enabled flag and/or options (e.g. Daily notes' folder and format). */
  set(id: string, spec: { enabled?: boolean; options?: Record<string, unknown> }): InternalPlugin {
    const existing = this.plugins[id];
    const plugin: InternalPlugin = existing ?? {
      enabled: false,
      instance: { id, name: id, options: {} },
      enable() {
        this.enabled = true;
      },
      disable() {
        this.enabled = false;
      },
    };
    if (spec.enabled !== undefined) plugin.enabled = spec.enabled;
    if (spec.options) plugin.instance.options = { ...spec.options };
    this.plugins[id] = plugin;
    return plugin;
  }
}

/** Internal API shape of app.setting (the settings modal). */
export class SettingRegistry {
  readonly pluginTabs: O.PluginSettingTab[] = [];
  /** Test helper: the tab currently shown, if any. */
  activeTab: O.SettingTab | null = null;
  private readonly ids = new Map<O.PluginSettingTab, string>();

  addSettingTab(tab: O.PluginSettingTab, pluginId: string): void {
    this.pluginTabs.push(tab);
    this.ids.set(tab, pluginId);
  }

  removeSettingTab(tab: O.PluginSettingTab): void {
    const i = this.pluginTabs.indexOf(tab);
    if (i >= 0) this.pluginTabs.splice(i, 1);
    this.ids.delete(tab);
    if (this.activeTab === tab) this.close();
  }

  /** Shows a plugin's tab like the settings modal does: attaches its containerEl and calls display(). */
  openTabById(pluginId: string): O.PluginSettingTab | null {
    const tab = this.pluginTabs.find((t) => this.ids.get(t) === pluginId) ?? null;
    if (!tab) return null;
    this.close();
    this.activeTab = tab;
    document.body.appendChild(tab.containerEl);
    showSettingTab(tab);
    return tab;
  }

  /** Closes the settings modal: hide() on the active tab. */
  close(): void {
    const tab = this.activeTab;
    if (!tab) return;
    this.activeTab = null;
    tab.hide();
    tab.containerEl.detach();
  }
}

export class App implements O.App {
  keymap = new Keymap();
  scope = new Scope();
  vault: Vault;
  metadataCache: MetadataCache;
  workspace: Workspace;
  fileManager: FileManager;
  lastEvent: O.UserEvent | null = null;
  renderContext = new RenderContext();
  secretStorage = new SecretStorage();

  // internal APIs that exist in Obsidian (not in obsidian.d.ts)
  readonly plugins = new PluginRegistry();
  readonly internalPlugins = new InternalPluginRegistry();
  readonly commands: Commands;
  readonly viewRegistry = new ViewRegistry();
  readonly setting = new SettingRegistry();

  // registries for what plugins register (test helpers)
  readonly appEl: HTMLElement;
  readonly ribbonEl: HTMLElement;
  readonly statusBarEl: HTMLElement;
  readonly protocolHandlers = new Map<string, O.ObsidianProtocolHandler>();
  readonly codeBlockProcessors = new Map<string, (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<any> | void>();
  readonly postProcessors: O.MarkdownPostProcessor[] = [];
  readonly hoverLinkSources = new Map<string, O.HoverLinkSource>();
  readonly basesViews = new Map<string, O.BasesViewRegistration>();
  readonly editorExtensions: unknown[] = [];
  readonly editorSuggests: O.EditorSuggest<any>[] = [];
  readonly cliHandlers = new Map<string, { description: string; flags: O.CliFlags | null; handler: O.CliHandler }>();
  /**
   * Obsidian's id for this vault on this device (internal API, not in obsidian.d.ts): it
   * prefixes the vault's keys in the window's localStorage and names its IndexedDB
   * databases. Stable for a vault on one device; another device has another.
   */
  readonly appId: string;

  constructor(vaultName?: string, appId?: string) {
    this.vault = new Vault(vaultName);
    this.appId = appId ?? appIdFor(this.vault.getName());
    this.metadataCache = new MetadataCache(this.vault);
    this.workspace = new Workspace(this, this.viewRegistry);
    this.fileManager = new FileManager(this);
    this.commands = new Commands(this);
    this.appEl = document.createElement("div");
    this.appEl.className = "app-container";
    this.ribbonEl = this.appEl.createDiv({ cls: "workspace-ribbon side-dock-ribbon mod-left" });
    this.appEl.appendChild(this.workspace.containerEl);
    this.statusBarEl = this.appEl.createDiv({ cls: "status-bar" });
  }

  isDarkMode(): boolean {
    return false;
  }

  /** Like Obsidian: the window's localStorage (one per device, shared by every vault), under `<appId>-<key>`, as JSON. */
  loadLocalStorage(key: string): any {
    const text = window.localStorage.getItem(`${this.appId}-${key}`);
    if (text === null) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) window.localStorage.removeItem(`${this.appId}-${key}`);
    else window.localStorage.setItem(`${this.appId}-${key}`, JSON.stringify(data));
  }
}

/** A vault's id on the test device: 16 hex digits from its name, so every session of one vault gets the same. */
function appIdFor(vaultName: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < vaultName.length; i++) {
    a = Math.imul(a ^ vaultName.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ vaultName.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}
