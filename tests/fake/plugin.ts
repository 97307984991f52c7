// Fake of Obsidian's Plugin base class. Everything a plugin registers is undone
// by unload(). `load()` awaits `onload()` like Obsidian's plugin loader.
import type * as O from "obsidian";
import type { App } from "./app";
import { Component } from "./events";
import { setIcon, setTooltip } from "./utils";

function host(app: O.App): App {
  return app as unknown as App;
}

export abstract class Plugin extends Component implements O.Plugin {
  app: O.App;
  manifest: O.PluginManifest;
  settings?: unknown;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- same signature as obsidian.d.ts (the loader awaits it)
  override onload(): Promise<void> | void {}

  /** Like Obsidian's plugin loader: awaits onload(), then loads children. */
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Obsidian's plugin loader awaits load(), which awaits onload()
  override async load(): Promise<void> {
    if (this._loaded) return;
    this._loaded = true;
    await this.onload();
    for (const child of this._children.slice()) child.load();
  }

  addRibbonIcon(icon: O.IconName, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = host(this.app).ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "data-plugin": this.manifest.id } });
    setIcon(el, icon);
    setTooltip(el, title);
    el.addEventListener("click", (evt) => {
      callback(evt);
    });
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = host(this.app).statusBarEl.createDiv({ cls: `status-bar-item plugin-${this.manifest.id.replace(/[^a-z0-9-]/gi, "-").toLowerCase()}` });
    this.register(() => el.detach());
    return el;
  }

  addCommand(command: O.Command): O.Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    host(this.app).commands.addCommand(command);
    this.register(() => host(this.app).commands.removeCommand(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    host(this.app).commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: O.PluginSettingTab): void {
    const registry = host(this.app).setting;
    registry.addSettingTab(settingTab, this.manifest.id);
    this.register(() => registry.removeSettingTab(settingTab));
  }

  registerView(type: string, viewCreator: O.ViewCreator): void {
    const app = host(this.app);
    app.viewRegistry.registerView(type, viewCreator);
    this.register(() => {
      app.viewRegistry.unregisterView(type);
      app.workspace._onViewUnregistered(type);
    });
  }

  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    const app = host(this.app);
    app.hoverLinkSources.set(id, info);
    this.register(() => app.hoverLinkSources.delete(id));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    const app = host(this.app);
    app.viewRegistry.registerExtensions(extensions, viewType);
    this.register(() => app.viewRegistry.unregisterExtensions(extensions));
  }

  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
    const app = host(this.app);
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    app.postProcessors.push(postProcessor);
    this.register(() => app.postProcessors.splice(app.postProcessors.indexOf(postProcessor) >>> 0, 1));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<any> | void, sortOrder?: number): O.MarkdownPostProcessor {
    const app = host(this.app);
    if (app.codeBlockProcessors.has(language)) throw new Error(`A code block processor for "${language}" is already registered`);
    app.codeBlockProcessors.set(language, handler);
    const pp: O.MarkdownPostProcessor = () => {};
    if (sortOrder !== undefined) pp.sortOrder = sortOrder;
    this.register(() => app.codeBlockProcessors.delete(language));
    return pp;
  }

  registerBasesView(viewId: string, registration: O.BasesViewRegistration): boolean {
    const app = host(this.app);
    if (app.basesViews.has(viewId)) return false;
    app.basesViews.set(viewId, registration);
    this.register(() => app.basesViews.delete(viewId));
    return true;
  }

  registerEditorExtension(extension: unknown): void {
    const app = host(this.app);
    app.editorExtensions.push(extension);
    this.register(() => app.editorExtensions.splice(app.editorExtensions.indexOf(extension) >>> 0, 1));
  }

  registerObsidianProtocolHandler(action: string, handler: O.ObsidianProtocolHandler): void {
    const app = host(this.app);
    app.protocolHandlers.set(action, handler);
    this.register(() => app.protocolHandlers.delete(action));
  }

  registerEditorSuggest(editorSuggest: O.EditorSuggest<any>): void {
    const app = host(this.app);
    app.editorSuggests.push(editorSuggest);
    this.register(() => app.editorSuggests.splice(app.editorSuggests.indexOf(editorSuggest) >>> 0, 1));
  }

  registerCliHandler(command: string, description: string, flags: O.CliFlags | null, handler: O.CliHandler): void {
    const app = host(this.app);
    app.cliHandlers.set(command, { description, flags, handler });
    this.register(() => app.cliHandlers.delete(command));
  }

  /** Reads `<plugin dir>/data.json` (null when there is none). */
  async loadData(): Promise<any> {
    const path = `${this._pluginDir()}/data.json`;
    const adapter = this.app.vault.adapter;
    if (!(await adapter.exists(path))) return null;
    return JSON.parse(await adapter.read(path));
  }

  /** Writes `<plugin dir>/data.json` (pretty-printed JSON, like Obsidian). */
  async saveData(data: any): Promise<void> {
    const dir = this._pluginDir();
    const adapter = this.app.vault.adapter;
    if (!(await adapter.exists(dir))) await adapter.mkdir(dir);
    await adapter.write(`${dir}/data.json`, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}

  private _pluginDir(): string {
    return this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
  }
}
