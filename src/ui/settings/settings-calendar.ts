import type { Setting } from "obsidian";
import { DAYS_BEFORE_CHOICES, DEFAULT_DATE_ALARM, DEFAULT_TOUCH_ALARM, minutesOfTime, type HeadsUp } from "../../core/calendar/alarms";
import { icsPathProblem } from "../../core/calendar/ics";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { NAME_DISCLOSURE_LABELS, NAME_DISCLOSURES, isNameDisclosure, type NameDisclosure } from "../../core/sharing/privacy";
import type { SettingsHost } from "../host";
import { pathSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

const NONE = "none";

function daysLabel(days: number): string {
  if (days === 0) return "On the day";
  if (days === 1) return "The day before";
  if (days === 7) return "A week before";
  if (days === 14) return "Two weeks before";
  return `${days} days before`;
}

/**
 * A heads-up: a dropdown of how many days before (or none) and the time of day. The
 * time is kept while the heads-up is off, so turning it back on restores it.
 */
function headsUpControls(setting: Setting, initial: HeadsUp | null, fallback: HeadsUp, save: (value: HeadsUp | null) => void): void {
  let time = initial?.time ?? fallback.time;
  let days: number | null = initial?.daysBefore ?? null;
  let timeInput: HTMLInputElement | null = null;
  const choices: number[] = [...DAYS_BEFORE_CHOICES];
  if (days !== null && !choices.includes(days)) choices.push(days);
  setting.addDropdown((dropdown) => {
    dropdown.addOption(NONE, "None");
    for (const n of choices.sort((a, b) => a - b)) dropdown.addOption(String(n), daysLabel(n));
    dropdown.setValue(days === null ? NONE : String(days)).onChange((value) => {
      days = value === NONE ? null : Number(value);
      if (timeInput) timeInput.disabled = days === null;
      save(days === null ? null : { daysBefore: days, time });
    });
  });
  setting.addText((text) => {
    timeInput = text.inputEl;
    text.inputEl.type = "time";
    text.inputEl.setAttr("aria-label", "Time of the heads-up");
    text.inputEl.disabled = days === null;
    text.setValue(time).onChange((value) => {
      if (minutesOfTime(value) === null) return;
      time = value;
      if (days !== null) save({ daysBefore: days, time });
    });
  });
}

function namesControl(setting: Setting, value: NameDisclosure, save: (value: NameDisclosure) => void): void {
  setting.addDropdown((dropdown) => {
    for (const mode of NAME_DISCLOSURES) dropdown.addOption(mode, NAME_DISCLOSURE_LABELS[mode]);
    dropdown.setValue(value).onChange((chosen) => {
      if (isNameDisclosure(chosen)) save(chosen);
    });
  });
}

function toggleControl(setting: Setting, value: boolean, save: (value: boolean) => void): void {
  setting.addToggle((toggle) => toggle.setValue(value).onChange(save));
}

/** Where "Export calendar (.ics)" writes its file, the heads-ups its events carry, and how much of each person it holds. */
export function displayCalendarSettings(sink: SettingsSink, host: SettingsHost): void {
  const settings = host.settings;
  const save = () => void host.saveSettings();
  sink.heading("Calendar feed");
  pathSetting(sink, {
    name: "Calendar file",
    desc: "Export calendar (.ics) writes birthdays, anniversaries and planned touches here, replacing the file each time. Import it into a calendar app, or subscribe to it where the vault is synced.",
    placeholder: DEFAULT_SETTINGS.icsPath,
    value: settings.icsPath,
    kind: "file",
    empty: DEFAULT_SETTINGS.icsPath,
    refuse: icsPathProblem,
    save: (path) => {
      settings.icsPath = path;
      save();
    },
  });
  sink.row("Heads-up for planned touches", "When the calendar app reminds you of a planned touch, at that time on your phone's clock.", (setting) =>
    headsUpControls(setting, settings.touchAlarm, DEFAULT_TOUCH_ALARM, (value) => {
      settings.touchAlarm = value;
      save();
    }),
  );
  sink.row("Heads-up for dates", "When it reminds you of a birthday or another date, early enough for a card or a message.", (setting) =>
    headsUpControls(setting, settings.dateAlarm, DEFAULT_DATE_ALARM, (value) => {
      settings.dateAlarm = value;
      save();
    }),
  );
  sink.row("Names in the calendar", "How people are named in the feed, which may end up in a cloud calendar. Counts only says how many, never who.", (setting) =>
    namesControl(setting, settings.feedNames, (value) => {
      settings.feedNames = value;
      save();
    }),
  );
  sink.row("Topics and notes in the calendar", "Add each person's topics and the note of your last touch to their events. Off keeps what you wrote in the vault.", (setting) =>
    toggleControl(setting, settings.feedDetails, (value) => {
      settings.feedDetails = value;
      save();
    }),
  );

  sink.heading("Terminal digest", "The short message keep-in-touch-agenda --digest prints for cron to mail or send as a notification. It reads these from the vault.");
  sink.row("Names in the digest", "How people are named in the message. Counts only says how many, never who.", (setting) =>
    namesControl(setting, settings.digestNames, (value) => {
      settings.digestNames = value;
      save();
    }),
  );
  sink.row("Topics, notes and promises in the digest", "Add topics, the note of your last touch and the words of each promise. Off, a promise is only \"a promise due Friday\".", (setting) =>
    toggleControl(setting, settings.digestDetails, (value) => {
      settings.digestDetails = value;
      save();
    }),
  );
}
