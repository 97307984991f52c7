import { DEFAULT_SETTINGS } from "../../core/settings";
import { parseHeadingSetting } from "../../core/touches/touch-log";
import type { SettingsHost } from "../host";
import type { SettingsSink } from "./settings-sink";

/** Why a fuel heading can't be used, or null: it can't share a heading the plugin writes other lines under. */
export function fuelHeadingProblem(heading: string, host: SettingsHost): string | null {
  const text = (h: string) => parseHeadingSetting(h).text.trim().toLowerCase();
  const fuel = text(heading);
  if (fuel === "") return "Give the heading some words, such as ## Next time.";
  if (fuel === text(host.settings.touchHeading)) return "That is the touch log's heading: the fuel needs a heading of its own.";
  if (fuel === text(host.settings.promiseHeading)) return "That is the promises' heading: the fuel needs a heading of its own.";
  return null;
}

/** Settings for the reach-out queue. */
export function displayReachOutSettings(sink: SettingsSink, host: SettingsHost): void {
  sink.heading("Reach out");
  const desc =
    "What to ask or share the next time you talk is jotted as list items under this heading in a contact's note. The reach-out queue shows them, and adds the heading at the end of a note that lacks it.";
  sink.row("Next time heading", desc, (setting) => {
    const problemEl = setting.descEl.createDiv({ cls: "kit-error" });
    problemEl.hide();
    setting.addText((text) =>
      text
        .setPlaceholder(DEFAULT_SETTINGS.fuelHeading)
        .setValue(host.settings.fuelHeading)
        .onChange((value) => {
          const heading = value.trim() || DEFAULT_SETTINGS.fuelHeading;
          const problem = fuelHeadingProblem(heading, host);
          problemEl.setText(problem ?? "");
          problemEl.toggle(problem !== null);
          if (problem) return;
          host.settings.fuelHeading = heading;
          void host.saveSettings();
        }),
    );
  });
}
