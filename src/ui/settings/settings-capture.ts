import type { SettingsHost } from "../host";
import { textSetting, wholeNumberSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Words separated by commas, each once. */
function list(value: string): string[] {
  return [...new Set(value.split(",").map((v) => v.trim()).filter((v) => v !== ""))];
}

/** Who the user is in the exports a capture reads, and what a capture keeps. */
export function displayCaptureSettings(sink: SettingsSink, host: SettingsHost): void {
  const settings = host.settings;
  const save = () => void host.saveSettings();
  sink.heading("Capture", "Touches found in calendar, chat and mail exports. A capture asks for these the first time it needs them.");
  textSetting(sink, {
    name: "Your names in chats",
    desc: "How WhatsApp and Telegram exports name you, separated by commas: your messages are told apart from theirs by it.",
    placeholder: "Alex Morgan",
    value: settings.captureMe.join(", "),
    onChange: (value) => {
      settings.captureMe = list(value);
      save();
    },
  });
  textSetting(sink, {
    name: "Your email addresses",
    desc: "Separated by commas: mail from them is mail you sent, and in a calendar they are you.",
    placeholder: "you@example.com",
    value: settings.captureEmails.join(", "),
    onChange: (value) => {
      settings.captureEmails = list(value).map((v) => v.toLowerCase());
      save();
    },
  });
  sink.row(
    "Event titles as notes",
    "A captured meeting's note is the event's title. Off, the touch line has only the date, the kind and who reached out.",
    (setting) =>
      void setting.addToggle((toggle) =>
        toggle.setValue(settings.captureTitles).onChange((on) => {
          settings.captureTitles = on;
          save();
        }),
      ),
  );
  wholeNumberSetting(sink, {
    name: "Most people per mail or event",
    desc: "Mail and events with more people than this are a gathering, not a touch, and aren't captured.",
    min: 1,
    value: settings.captureMaxPeople,
    onChange: (n) => {
      settings.captureMaxPeople = n;
      save();
    },
  });
}
