import type { SettingsHost } from "../host";
import type { SettingsSink } from "./settings-sink";

/** Settings for the review. */
export function displayReviewSettings(sink: SettingsSink, host: SettingsHost): void {
  sink.heading("Review");
  sink.row(
    "Cooling below",
    "In the review, a contact whose warmth has fallen below this many percent is listed as cooling. Warmth halves every half-life of the tier without a touch.",
    (setting) =>
      void setting.addText((text) => {
        text.inputEl.type = "number";
        text.inputEl.min = "1";
        text.inputEl.max = "99";
        text.setPlaceholder("25").setValue(String(Math.round(host.settings.coolingBelow * 100)));
        text.onChange((value) => {
          const percent = Number(value);
          // Only whole percentages strictly between 0 and 100 are a line warmth can fall below.
          if (!Number.isInteger(percent) || percent < 1 || percent > 99) return;
          host.settings.coolingBelow = percent / 100;
          void host.saveSettings();
        });
      }),
  );
}
