import type { SettingsHost } from "../host";
import { wholeNumberSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Settings for the weekly batch plan and its forecast. */
export function displayPlanningSettings(sink: SettingsSink, host: SettingsHost): void {
  sink.heading("Planning");
  wholeNumberSetting(sink, {
    name: "Weekly capacity",
    desc: "How many people you mean to reach in a week. This week's plan suggests up to this many, and the forecast spreads the weeks ahead so none holds more.",
    min: 1,
    value: host.settings.weeklyCapacity,
    onChange: (capacity) => {
      host.settings.weeklyCapacity = capacity;
      void host.saveSettings();
    },
  });
}
