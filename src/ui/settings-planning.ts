import { Setting } from "obsidian";
import type KeepInTouchPlugin from "../obsidian/plugin";
import { wholeNumberSetting } from "./setting-fields";

/** Settings for the weekly batch plan and its forecast. */
export function displayPlanningSettings(containerEl: HTMLElement, plugin: KeepInTouchPlugin): void {
  new Setting(containerEl).setName("Planning").setHeading();
  wholeNumberSetting(containerEl, {
    name: "Weekly capacity",
    desc: "How many people you mean to reach in a week. This week's plan suggests up to this many, and the forecast spreads the weeks ahead so none holds more.",
    min: 1,
    value: plugin.settings.weeklyCapacity,
    onChange: (capacity) => {
      plugin.settings.weeklyCapacity = capacity;
      void plugin.saveSettings();
    },
  });
}
