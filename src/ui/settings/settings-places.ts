import type { SettingsHost } from "../host";
import type { SettingsSink } from "./settings-sink";

/** A dropdown of the hours of the day, 00:00 to 23:00. */
function hourSetting(sink: SettingsSink, name: string, desc: string, value: number, onChange: (hour: number) => void): void {
  sink.row(
    name,
    desc,
    (setting) =>
      void setting.addDropdown((dropdown) => {
        for (let hour = 0; hour < 24; hour++) dropdown.addOption(String(hour), `${String(hour).padStart(2, "0")}:00`);
        dropdown.setValue(String(value)).onChange((chosen) => onChange(Number(chosen)));
      }),
  );
}

/** Quiet hours for contacts' local times, and the status-bar count. */
export function displayPlacesSettings(sink: SettingsSink, host: SettingsHost): void {
  const { settings } = host;
  sink.heading("Places and time zones");
  hourSetting(sink, "Quiet hours start", "From this hour, in their own time zone, a contact's local time is marked with a moon: too late to call.", settings.quietHoursFrom, (hour) => {
    settings.quietHoursFrom = hour;
    void host.saveSettings();
  });
  hourSetting(sink, "Quiet hours end", "Until this hour, their time, it is too early to call. The same hour as the start turns the marking off.", settings.quietHoursTo, (hour) => {
    settings.quietHoursTo = hour;
    void host.saveSettings();
  });
  sink.row(
    "Count in the status bar",
    "Show how many people are overdue and due today at the bottom of the window (desktop only). Click it to open the relationships view.",
    (setting) =>
      void setting.addToggle((toggle) =>
        toggle.setValue(settings.showStatusBar).onChange((on) => {
          settings.showStatusBar = on;
          host.refreshStatusBar();
          void host.saveSettings();
        }),
      ),
  );
}
