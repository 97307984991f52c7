import { ItemView, MarkdownView, Notice, Plugin, PluginSettingTab, Setting, TFile, type App, type WorkspaceLeaf } from "obsidian";
import { describe, expect, it } from "vitest";
import { isLoaded, listenerCount } from "../fake/events";
import { clickRibbonIcon, closeApps, createFakeApp, disposeApps, findSetting, getView, isCommandAvailable, loadPlugin, notices, openSettingTab, runCommand, selectOption, settle, triggerLayoutReady, typeText, unloadPlugin } from "../fake/harness";

const VIEW = "selftest-people";

class PeopleView extends ItemView {
  opened = 0;
  closed = 0;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW;
  }

  getDisplayText(): string {
    return "People";
  }

  override async onOpen(): Promise<void> {
    await Promise.resolve();
    this.opened++;
    const root = this.containerEl.children[1] as HTMLElement;
    root.empty();
    root.createEl("h4", { text: "People" });
    const list = root.createEl("ul", { cls: "people" });
    for (const f of this.app.vault.getMarkdownFiles()) list.createEl("li", { text: f.basename });
    this.addAction("refresh-cw", "Refresh", () => this.opened++);
  }

  override async onClose(): Promise<void> {
    this.closed++;
  }
}

interface Settings {
  name: string;
  enabled: boolean;
  mode: string;
}

class SelfTestPlugin extends Plugin {
  override settings: Settings = { name: "", enabled: false, mode: "a" };
  readyCalls = 0;
  creates: string[] = [];

  override async onload(): Promise<void> {
    this.settings = Object.assign({ name: "", enabled: false, mode: "a" }, (await this.loadData()) as Partial<Settings> | null);
    this.registerView(VIEW, (leaf) => new PeopleView(leaf));
    this.addRibbonIcon("users", "Open people", () => void this.activate());
    this.addCommand({ id: "hello", name: "Say hello", callback: () => new Notice("hello") });
    this.addCommand({
      id: "note-only",
      name: "Active note",
      checkCallback: (checking) => {
        const file = this.app.workspace.getActiveFile();
        if (!file) return false;
        if (!checking) new Notice(`active: ${file.path}`);
        return true;
      },
    });
    this.addCommand({ id: "stamp", name: "Stamp", editorCallback: (editor) => editor.replaceSelection("STAMP") });
    this.addCommand({ id: "slow", name: "Slow", callback: async () => {
      await new Promise((r) => setTimeout(r, 5));
      new Notice("slow done");
    } });
    this.addSettingTab(new SelfTestTab(this.app, this));
    this.registerEvent(this.app.vault.on("create", (f) => this.creates.push(f.path)));
    this.app.workspace.onLayoutReady(() => this.readyCalls++);
  }

  async activate(): Promise<void> {
    const leaf = this.app.workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: VIEW, active: true });
    await this.app.workspace.revealLeaf(leaf);
  }

  async save(): Promise<void> {
    await this.saveData(this.settings);
  }
}

class SelfTestTab extends PluginSettingTab {
  constructor(app: App, readonly owner: SelfTestPlugin) {
    super(app, owner);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    new Setting(containerEl).setName("Profile").setHeading();
    new Setting(containerEl)
      .setName("Name")
      .setDesc("Your name")
      .addText((t) =>
        t.setValue(this.owner.settings.name).onChange(async (v) => {
          this.owner.settings.name = v;
          await this.owner.save();
        }),
      );
    new Setting(containerEl).setName("Enabled").addToggle((t) => t.setValue(this.owner.settings.enabled).onChange((v) => (this.owner.settings.enabled = v)));
    new Setting(containerEl).setName("Mode").addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue(this.owner.settings.mode).onChange((v) => (this.owner.settings.mode = v)));
    new Setting(containerEl).setName("Reset").addButton((b) => b.setButtonText("Reset").setCta().onClick(() => new Notice("reset")));
  }
}

describe("Plugin + Workspace", () => {
  it("loads, queues onLayoutReady until the layout is ready, registers commands with prefixed ids", async () => {
    const app = createFakeApp({ files: { "Ann.md": "" } });
    const plugin = await loadPlugin(SelfTestPlugin, app, { id: "selftest", name: "Self test" });
    expect(plugin.readyCalls).toBe(0);
    await triggerLayoutReady(app);
    expect(plugin.readyCalls).toBe(1);
    app.workspace.onLayoutReady(() => plugin.readyCalls++); // already ready: runs immediately
    expect(plugin.readyCalls).toBe(2);
    expect(Object.keys(app.commands.commands)).toEqual(["selftest:hello", "selftest:note-only", "selftest:stamp", "selftest:slow"]);
    expect(app.commands.commands["selftest:hello"]?.name).toBe("Self test: Say hello");
    expect(app.plugins.plugins.selftest).toBe(plugin);
  });

  it("opens its view in a right sidebar leaf laid out like Obsidian", async () => {
    const app = createFakeApp({ files: { "Ann.md": "", "Bob.md": "" } });
    await loadPlugin(SelfTestPlugin, app, { id: "selftest" });
    await triggerLayoutReady(app);
    clickRibbonIcon(app, "Open people");
    await settle(app);
    const leaves = app.workspace.getLeavesOfType(VIEW);
    expect(leaves).toHaveLength(1);
    const leaf = leaves[0] as WorkspaceLeaf;
    expect(leaf.getRoot()).toBe(app.workspace.rightSplit);
    const view = getView<PeopleView>(app, VIEW);
    expect(view).toBeInstanceOf(PeopleView);
    expect(view?.opened).toBe(1);
    expect(view?.containerEl.children[0]?.hasClass("view-header")).toBe(true);
    expect(view?.contentEl).toBe(view?.containerEl.children[1]);
    expect(Array.from(view?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent)).toEqual(["Ann", "Bob"]);
    expect(app.workspace.getMostRecentLeaf(app.workspace.rightSplit)).toBe(leaf);
    expect(document.body.contains(view?.contentEl ?? null)).toBe(true);
    leaf.detach();
    await settle(app);
    expect(view?.closed).toBe(1);
    expect(app.workspace.getLeavesOfType(VIEW)).toEqual([]);
  });

  it("ensureSideLeaf reuses the leaf; a deferred leaf loads on reveal", async () => {
    const app = createFakeApp();
    await loadPlugin(SelfTestPlugin, app, { id: "selftest" });
    const deferred = app.workspace.addDeferredLeaf(VIEW, "right");
    expect(deferred.isDeferred).toBe(true);
    expect(deferred.view).not.toBeInstanceOf(PeopleView);
    const leaf = await app.workspace.ensureSideLeaf(VIEW, "right", { active: true });
    expect(leaf).toBe(deferred);
    expect(leaf.isDeferred).toBe(false);
    expect(leaf.view).toBeInstanceOf(PeopleView);
  });

  it("runs commands with callback, checkCallback and editorCallback semantics", async () => {
    const app = createFakeApp({ files: { "Ann.md": "hello" } });
    await loadPlugin(SelfTestPlugin, app, { id: "selftest" });
    await triggerLayoutReady(app);
    expect(await runCommand(app, "hello")).toBe(true);
    expect(isCommandAvailable(app, "note-only")).toBe(false);
    expect(await runCommand(app, "note-only")).toBe(false);
    expect(await runCommand(app, "stamp")).toBe(false); // no active Markdown view
    const opened: Array<string | null> = [];
    app.workspace.on("file-open", (f) => opened.push(f?.path ?? null));
    await app.workspace.openLinkText("Ann", "", false);
    expect(opened).toEqual(["Ann.md"]);
    expect(app.workspace.getActiveFile()?.path).toBe("Ann.md");
    expect(await runCommand(app, "selftest:note-only")).toBe(true);
    expect(await runCommand(app, "stamp")).toBe(true);
    const md = app.workspace.getActiveViewOfType(MarkdownView);
    expect(md?.editor.getValue()).toBe("STAMPhello");
    await md?.save();
    expect(app.vault.peekText("Ann.md")).toBe("STAMPhello");
    expect(await runCommand(app, "slow")).toBe(true); // awaits the async callback
    expect(notices()).toEqual(["hello", "active: Ann.md", "slow done"]);
  });

  it("settings tab: text input, toggle, dropdown and button fire their callbacks; data round-trips", async () => {
    const app = createFakeApp({ pluginData: { selftest: { name: "Ann" } } });
    const plugin = await loadPlugin(SelfTestPlugin, app, { id: "selftest" });
    expect(plugin.settings).toEqual({ name: "Ann", enabled: false, mode: "a" });
    const tab = openSettingTab(app, "selftest");
    const input = findSetting(tab.containerEl, "Name").querySelector("input") as HTMLInputElement;
    expect(input.value).toBe("Ann");
    typeText(input, "Bob");
    await settle(app);
    expect(plugin.settings.name).toBe("Bob");
    expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/selftest/data.json"))).toEqual({ name: "Bob", enabled: false, mode: "a" });
    (findSetting(tab.containerEl, "Enabled").querySelector(".checkbox-container") as HTMLElement).click();
    expect(plugin.settings.enabled).toBe(true);
    selectOption(findSetting(tab.containerEl, "Mode").querySelector("select") as HTMLSelectElement, "b");
    expect(plugin.settings.mode).toBe("b");
    const button = findSetting(tab.containerEl, "Reset").querySelector("button") as HTMLButtonElement;
    expect(button.hasClass("mod-cta")).toBe(true);
    button.click();
    expect(notices()).toEqual(["reset"]);
    expect(findSetting(tab.containerEl, "Profile").hasClass("setting-item-heading")).toBe(true);
  });

  it("unload detaches everything the plugin registered", async () => {
    const app = createFakeApp();
    const before = listenerCount(app.vault, "create");
    const plugin = await loadPlugin(SelfTestPlugin, app, { id: "selftest" });
    expect(listenerCount(app.vault, "create")).toBe(before + 1);
    await app.vault.create("x.md", "");
    expect(plugin.creates).toEqual(["x.md"]);
    await unloadPlugin(app, plugin);
    expect(listenerCount(app.vault, "create")).toBe(before);
    expect(app.commands.commands).toEqual({});
    expect(app.ribbonEl.children.length).toBe(0);
    expect(app.setting.pluginTabs).toEqual([]);
    expect(app.viewRegistry.viewByType[VIEW]).toBeUndefined();
    await app.vault.create("y.md", "");
    expect(plugin.creates).toEqual(["x.md"]);
  });

  it("after a test an app's DOM is gone; after the file its plugins are unloaded too", async () => {
    const app = createFakeApp();
    const plugin = await loadPlugin(SelfTestPlugin, app, { id: "selftest" });
    disposeApps();
    expect(app.appEl.isConnected).toBe(false);
    expect(isLoaded(plugin)).toBe(true);
    closeApps();
    expect(isLoaded(plugin)).toBe(false);
    await app.vault.create("x.md", "");
    expect(plugin.creates).toEqual([]);
  });

  it("openLinkText creates a missing note like a click on an unresolved link", async () => {
    const app = createFakeApp();
    await app.workspace.openLinkText("New person", "", true);
    expect(app.vault.getFileByPath("New person.md")).toBeInstanceOf(TFile);
    expect(app.workspace.getActiveFile()?.path).toBe("New person.md");
  });
});
