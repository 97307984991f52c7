import type KeepInTouchPlugin from "../../plugin/plugin";
import { wholeNumberSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Settings for the weekly batch plan and its forecast. */
export function displayPlanningSettings(sink: SettingsSink, plugin: KeepInTouchPlugin): void {
  sink.heading("Planning");
  wholeNumberSetting(sink, {
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
