import { DEFAULT_SETTINGS } from "../../core/settings";
import type { SettingsHost } from "../host";
import { textSetting, wholeNumberSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Settings for promises, important dates, fading and reciprocity. */
export function displayPracticeSettings(sink: SettingsSink, host: SettingsHost, redraw: () => void): void {
  const settings = host.settings;
  const save = () => void host.saveSettings();

  sink.heading("Promises and dates");
  textSetting(sink, {
    name: "Promises heading",
    desc: "Promises added when logging a touch become open tasks under this heading in the contact's note.",
    placeholder: DEFAULT_SETTINGS.promiseHeading,
    value: settings.promiseHeading,
    onChange: (value) => {
      settings.promiseHeading = value.trim() || DEFAULT_SETTINGS.promiseHeading;
      save();
    },
  });
  textSetting(sink, {
    name: "Fade reason property",
    desc: "Where letting a contact fade writes its optional reason.",
    placeholder: DEFAULT_SETTINGS.fadeReasonProperty,
    value: settings.fadeReasonProperty,
    onChange: (value) => {
      settings.fadeReasonProperty = value.trim() || DEFAULT_SETTINGS.fadeReasonProperty;
      save();
    },
  });
  wholeNumberSetting(sink, {
    name: "Days ahead for upcoming dates",
    desc: "Birthdays and anniversaries this many days ahead show as upcoming.",
    min: 0,
    value: settings.upcomingDays,
    onChange: (days) => {
      settings.upcomingDays = days;
      save();
    },
  });

  sink.row("Date properties", "Properties that hold a yearly date, like 1990-04-17 or --04-17 without a year. An anniversary shows how many years it has been.");
  settings.dateKeys.forEach((dateKey, i) => {
    sink.row(
      `Date property: ${dateKey.label || dateKey.key || "new"}`,
      undefined,
      (setting) =>
        void setting
          .setClass("kit-date-key-setting")
          .addText((text) =>
            text
              .setPlaceholder("Property")
              .setValue(dateKey.key)
              .onChange((value) => {
                dateKey.key = value.trim();
                save();
              }),
          )
          .addText((text) =>
            text
              .setPlaceholder("Label")
              .setValue(dateKey.label)
              .onChange((value) => {
                dateKey.label = value.trim() || dateKey.key;
                save();
              }),
          )
          .addToggle((toggle) =>
            toggle
              .setTooltip("Anniversary: show the years")
              .setValue(dateKey.anniversary)
              .onChange((value) => {
                dateKey.anniversary = value;
                save();
              }),
          )
          .addExtraButton((b) =>
            b
              .setIcon("trash")
              .setTooltip("Remove")
              .onClick(() => {
                settings.dateKeys.splice(i, 1);
                void host.saveSettings().then(redraw);
              }),
          ),
    );
  });
  sink.row(
    "Add a date property",
    undefined,
    (setting) =>
      void setting.addButton((b) =>
        b.setButtonText("Add date property").onClick(() => {
          settings.dateKeys.push({ key: "", label: "", anniversary: false });
          void host.saveSettings().then(redraw);
        }),
      ),
  );

  sink.heading("Reciprocity");
  wholeNumberSetting(sink, {
    name: "Days to reply",
    desc: "When someone reached out (← in the touch log) and no touch of yours follows within this many days, a reply is owed: they go to the top of the due list. 0 flags it at once.",
    min: 0,
    value: settings.replyWithinDays,
    onChange: (days) => {
      settings.replyWithinDays = days;
      save();
    },
  });
  wholeNumberSetting(sink, {
    name: "Follow up on an introduction after",
    desc: "Days after an introduction that both people show \"how did the intro go?\", until a touch with them answers it or you dismiss it. 0 turns it off.",
    min: 0,
    value: settings.introFollowUpDays,
    onChange: (days) => {
      settings.introFollowUpDays = days;
      save();
    },
  });
}
