import { requireApiVersion, type SettingDefinition, type SettingDefinitionGroup } from "obsidian";
import { describe, expect, it } from "vitest";
import { click, findSetting, openSettingTab, setApiVersion, typeText } from "../../fake/harness";
import { note, startPlugin } from "../../obsidian/start-plugin";

const VAULT = { "People/Sam.md": note("tier: ally") };

/** Headings and row names as drawn, in order. */
function drawn(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll(".setting-item")).map((el) => `${el.hasClass("setting-item-heading") ? "# " : ""}${el.querySelector(".setting-item-name")?.textContent ?? ""}`);
}

describe("settings on Obsidian 1.13 and before", () => {
  it("draws the same settings, in the same order, from the definitions (1.13+) and from display() (older)", async () => {
    const { app } = await startPlugin(VAULT);
    const declarative = drawn(openSettingTab(app).containerEl);
    app.setting.close();
    setApiVersion("1.12.7");
    const imperative = drawn(openSettingTab(app).containerEl);
    expect(declarative.length).toBeGreaterThan(40);
    expect(declarative).toEqual(imperative);
  });

  it("gives Obsidian's settings search a name and description for every setting", async () => {
    const { app } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    // What Obsidian 1.13 stored from getSettingDefinitions() when it opened the tab.
    let groups: SettingDefinitionGroup[] = [];
    if (requireApiVersion("1.13.0")) groups = tab.settingItems as SettingDefinitionGroup[];
    expect(groups.length).toBeGreaterThan(10);
    const rows = groups.flatMap((g) => (g.items ?? []) as SettingDefinition[]).filter((d) => d.searchable !== false);
    const names = rows.map((d) => d.name);
    for (const name of ["Contacts folder", "Touch kinds", "Weekly capacity", "Calendar file", "Next time heading", "Quiet hours start", "Starters note", "Default tier"]) expect(names).toContain(name);
    expect(names.filter((n) => n.trim() === "")).toEqual([]);
    expect(groups.map((g) => g.heading)).toContain("Message starters");
  });

  it("draws again after a change that adds a row, in both ways", async () => {
    for (const version of ["1.13.1", "1.12.7"]) {
      setApiVersion(version);
      const { app, plugin } = await startPlugin(VAULT);
      const tab = openSettingTab(app);
      const tiers = () => tab.containerEl.querySelectorAll(".kit-tier-setting").length;
      expect(tiers()).toBe(4);
      click(findSetting(tab.containerEl, "Add a tier").querySelector("button") as HTMLElement);
      await new Promise((r) => setTimeout(r, 0));
      expect(tiers()).toBe(5);
      typeText(findSetting(tab.containerEl, "Weekly capacity").querySelector("input") as HTMLInputElement, "7");
      expect(plugin.settings.weeklyCapacity).toBe(7);
      app.setting.close();
    }
  });
});
