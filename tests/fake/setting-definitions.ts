// How Obsidian 1.13+ draws a settings tab from getSettingDefinitions() instead of
// calling display(): groups under headings, one .setting-item per definition; a
// `render` definition gets a fresh Setting row (its name and description already
// set) to fill; `control` definitions read and write through get/setControlValue.
import type * as O from "obsidian";
import { Setting } from "./setting";

function isShown(visible: boolean | (() => boolean) | undefined): boolean {
  return typeof visible === "function" ? visible() : visible !== false;
}

function isGroup(item: O.SettingDefinitionItem): item is O.SettingDefinitionGroup {
  return "type" in item && (item.type === "group" || item.type === "list");
}

function isPage(item: O.SettingDefinitionItem | O.SettingGroupItem): item is O.SettingDefinitionPage {
  return "type" in item && item.type === "page";
}

/** A row for one definition, in the group's list element. */
function renderDefinition(tab: O.SettingTab, parent: HTMLElement, def: O.SettingDefinition, group: O.SettingGroup): void {
  if (!isShown(def.visible)) return;
  const setting = new Setting(parent).setName(def.name);
  if (def.desc !== undefined) setting.setDesc(def.desc);
  if ("render" in def && def.render) {
    def.render(setting, group);
    return;
  }
  if ("action" in def && def.action) {
    const action = def.action;
    // The whole row is the button.
    setting.settingEl.addClass("mod-clickable");
    setting.settingEl.addEventListener("click", () => action(setting.settingEl, 0));
    return;
  }
  if (!("control" in def) || !def.control) return;
  const control = def.control;
  const stored = tab.getControlValue(control.key);
  const value = typeof stored === "string" || typeof stored === "number" || typeof stored === "boolean" ? stored : undefined;
  const save = (v: unknown) => void tab.setControlValue(control.key, v);
  switch (control.type) {
    case "toggle":
      setting.addToggle((t) => t.setValue(value === true).onChange(save));
      break;
    case "dropdown":
      setting.addDropdown((d) => d.addOptions(control.options).setValue(value === undefined ? "" : String(value)).onChange(save));
      break;
    default:
      setting.addText((t) => t.setValue(value === undefined ? "" : String(value)).onChange(save));
  }
}

/** Draws the tab's definitions into its container, as Obsidian 1.13 does when they are not empty. */
export function renderSettingDefinitions(tab: O.SettingTab): void {
  const container = tab.containerEl;
  container.empty();
  const groupStub = { listEl: container } as unknown as O.SettingGroup;
  for (const item of tab.settingItems) {
    if (isGroup(item)) {
      if (!isShown(item.visible)) continue;
      const groupEl = container.createDiv({ cls: ["setting-group", ...(item.cls ? [item.cls] : [])] });
      if (item.heading) new Setting(groupEl).setName(item.heading).setHeading();
      const listEl = groupEl.createDiv({ cls: "setting-items" });
      const group = { listEl } as unknown as O.SettingGroup;
      for (const child of item.items ?? []) {
        if (isPage(child)) continue; // Pages open on their own screen; not drawn inline.
        renderDefinition(tab, listEl, child, group);
      }
    } else if (!isPage(item)) {
      renderDefinition(tab, container, item, groupStub);
    }
  }
}
