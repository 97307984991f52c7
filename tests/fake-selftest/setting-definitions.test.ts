import { PluginSettingTab, Plugin, Setting, type App, type SettingDefinitionItem } from "obsidian";
import { describe, expect, it } from "vitest";
import { createFakeApp, findSetting, loadPlugin, openSettingTab, setApiVersion, typeText } from "../fake/harness";

class DualTab extends PluginSettingTab {
  displays = 0;

  constructor(app: App, plugin: Plugin, private readonly values: { name: string }) {
    super(app, plugin);
  }

  override display(): void {
    this.displays++;
    this.containerEl.empty();
    new Setting(this.containerEl).setName("Old way").addText((t) => t.setValue(this.values.name));
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return [
      { type: "group", heading: "People", items: [{ name: "Name", desc: "Who", render: (s) => void s.addText((t) => t.setValue(this.values.name).onChange((v) => (this.values.name = v))) }] },
      { name: "Hidden", visible: () => false, render: (s) => void s.setDesc("never") },
      { name: "Loose", control: { type: "toggle", key: "flag" } },
    ];
  }
}

class DualPlugin extends Plugin {
  values = { name: "Sam" };
  override settings: Record<string, unknown> = { flag: true };

  override onload(): void {
    this.addSettingTab(new DualTab(this.app, this, this.values));
  }
}

describe("declarative settings (Obsidian 1.13)", () => {
  it("draws the definitions instead of calling display(), names and descriptions set, hidden ones left out", async () => {
    const app = createFakeApp();
    const plugin = await loadPlugin(DualPlugin, app);
    const tab = openSettingTab(app) as DualTab;
    expect(tab.displays).toBe(0);
    const heading = tab.containerEl.querySelector(".setting-item-heading .setting-item-name");
    expect(heading?.textContent).toBe("People");
    const name = findSetting(tab.containerEl, "Name");
    expect(name.querySelector(".setting-item-description")?.textContent).toBe("Who");
    typeText(name.querySelector("input") as HTMLInputElement, "Ana");
    expect(plugin.values.name).toBe("Ana");
    expect(() => findSetting(tab.containerEl, "Hidden")).toThrow();
    expect(findSetting(tab.containerEl, "Loose").querySelector<HTMLElement>(".checkbox-container")?.hasClass("is-enabled")).toBe(true);
  });

  it("calls display() on an Obsidian older than 1.13", async () => {
    setApiVersion("1.12.7");
    const app = createFakeApp();
    await loadPlugin(DualPlugin, app);
    const tab = openSettingTab(app) as DualTab;
    expect(tab.displays).toBe(1);
    expect(findSetting(tab.containerEl, "Old way")).toBeTruthy();
  });
});
