import { normalizePath } from "obsidian";
import { icsPathProblem } from "../../core/calendar/ics";
import { DEFAULT_SETTINGS } from "../../core/settings";
import type { SettingsHost } from "../host";
import { textSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Where "Export calendar (.ics)" writes its file. */
export function displayCalendarSettings(sink: SettingsSink, host: SettingsHost): void {
  const settings = host.settings;
  sink.heading("Calendar feed");
  let problemEl: HTMLElement | null = null;
  textSetting(sink, {
    name: "Calendar file",
    desc: "Export calendar (.ics) writes birthdays, anniversaries and planned touches here, replacing the file each time. Import it into a calendar app, or subscribe to it where the vault is synced.",
    placeholder: DEFAULT_SETTINGS.icsPath,
    value: settings.icsPath,
    onChange: (value) => {
      const path = value.trim() === "" ? DEFAULT_SETTINGS.icsPath : normalizePath(value.trim());
      const problem = icsPathProblem(path);
      problemEl?.setText(problem ?? "");
      if (problem) return;
      settings.icsPath = path;
      void host.saveSettings();
    },
    then: (setting) => (problemEl = setting.descEl.createDiv({ cls: "kit-error" })),
  });
}
