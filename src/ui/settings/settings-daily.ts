import { DAILY_TOUCH_LINE_MODES, DEFAULT_SETTINGS, MENTION_MODES, type DailyTouchLine } from "../../core/settings";
import type { MentionMode } from "../../core/daily/mentions";
import { describeDailySource } from "../../obsidian/daily-note-settings";
import { dailyNotesProblem } from "../../obsidian/vault-paths";
import type { SettingsHost } from "../host";
import { pathSetting, textSetting, wholeNumberSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

const TOUCH_LINE_LABELS: Record<DailyTouchLine, string> = {
  existing: "Only if today's note exists",
  create: "Create today's note if needed",
  off: "Never",
};

const MENTION_LABELS: Record<MentionMode, string> = {
  all: "Every link",
  heading: "Only links under a heading",
  off: "None",
};

/** The daily notes and mentions sections of the settings tab. */
export function displayDailySettings(sink: SettingsSink, host: SettingsHost, redraw: () => void): void {
  const settings = host.settings;
  const save = () => void host.saveSettings();
  const daily = host.dailyNoteSettings();

  sink.heading("Daily notes");
  const sourceText =
    daily.source === "keep-in-touch"
      ? "Neither the core Daily notes plugin nor Periodic Notes is enabled, so the folder, format and template below are used."
      : `Daily notes follow ${describeDailySource(daily.source)}: folder "${daily.config.folder || "/"}", format "${daily.config.format}"${daily.config.template ? `, template "${daily.config.template}"` : ""}.`;
  // Another plugin's folder or format is checked by the same rule as this plugin's own: daily notes stay inside the vault.
  const elsewhere = daily.source === "keep-in-touch" ? null : dailyNotesProblem(daily.config.folder, daily.config.format, host.today());
  sink.row("Where daily notes are", [sourceText, ...daily.notes].join(" "), (setting) => {
    if (elsewhere) setting.descEl.createDiv({ cls: "kit-error", text: `${elsewhere} Change it in that plugin's settings.` });
  });

  if (daily.source === "keep-in-touch") {
    pathSetting(sink, {
      name: "Daily notes folder",
      placeholder: "Vault root",
      value: settings.dailyFolder,
      kind: "folder",
      save: (path) => {
        settings.dailyFolder = path;
        save();
      },
    });
    let formatProblemEl: HTMLElement | null = null;
    /** The format to save, or null when it can't name the day's note in the vault; says why beside the field. */
    const checkFormat = (value: string): string | null => {
      const format = value.trim() || DEFAULT_SETTINGS.dailyFormat;
      const problem = dailyNotesProblem(settings.dailyFolder, format, host.today());
      formatProblemEl?.setText(problem ?? "");
      return problem === null ? format : null;
    };
    textSetting(sink, {
      name: "Daily note format",
      desc: "Moment.js tokens; a path like YYYY/MM/YYYY-MM-DD makes subfolders.",
      placeholder: DEFAULT_SETTINGS.dailyFormat,
      value: settings.dailyFormat,
      onChange: (value) => {
        const format = checkFormat(value);
        if (format === null) return;
        settings.dailyFormat = format;
        save();
      },
      then: (setting) => {
        formatProblemEl = setting.descEl.createDiv({ cls: "kit-error" });
        checkFormat(settings.dailyFormat);
      },
    });
    pathSetting(sink, {
      name: "Daily note template",
      desc: "A note whose text new daily notes start from. Leave empty for none.",
      placeholder: "Templates/daily",
      value: settings.dailyTemplate,
      kind: "file",
      save: (path) => {
        settings.dailyTemplate = path;
        save();
      },
    });
  }

  sink.row(
    "Add logged touches to the daily note",
    "A touch also adds a line with a link to the contact, its kind and note, to that day's daily note.",
    (setting) =>
      void setting.addDropdown((dropdown) => {
        for (const mode of DAILY_TOUCH_LINE_MODES) dropdown.addOption(mode, TOUCH_LINE_LABELS[mode]);
        dropdown.setValue(settings.dailyTouchLine).onChange((value) => {
          settings.dailyTouchLine = DAILY_TOUCH_LINE_MODES.find((m) => m === value) ?? "existing";
          save();
        });
      }),
  );
  headingSetting(sink, "Daily note heading for touches", "dailyHeading", host);
  headingSetting(sink, "Touch plan heading", "planHeading", host);
  wholeNumberSetting(sink, {
    name: "People in the touch plan",
    desc: "How many of the most overdue people the touch plan lists.",
    min: 1,
    value: settings.planSize,
    onChange: (size) => {
      settings.planSize = size;
      save();
    },
  });

  sink.heading("Mentions");
  sink.row(
    "Links that count as touches",
    "A link to a contact in a daily note (or a note named like one) counts as a touch on that day. Links in open tasks, embeds, code and quotes never count.",
    (setting) =>
      void setting.addDropdown((dropdown) => {
        for (const mode of MENTION_MODES) dropdown.addOption(mode, MENTION_LABELS[mode]);
        dropdown.setValue(settings.mentionMode).onChange((value) => {
          settings.mentionMode = MENTION_MODES.find((m) => m === value) ?? "all";
          save();
          redraw();
        });
      }),
  );
  if (settings.mentionMode === "heading") headingSetting(sink, "Mentions heading", "mentionHeading", host);
  textSetting(sink, {
    name: "Opt-out property",
    desc: "A contact with this property set to true doesn't count mentions.",
    placeholder: DEFAULT_SETTINGS.mentionOptOutProperty,
    value: settings.mentionOptOutProperty,
    onChange: (value) => {
      settings.mentionOptOutProperty = value.trim() || DEFAULT_SETTINGS.mentionOptOutProperty;
      save();
    },
  });
  sink.row(
    "Count notes with a date property",
    "For one note per meeting: a note with this property counts as a dated note.",
    (setting) =>
      void setting
        .addToggle((toggle) =>
          toggle.setValue(settings.countDatePropertyNotes).onChange((value) => {
            settings.countDatePropertyNotes = value;
            save();
          }),
        )
        .addText((text) =>
          text
            .setPlaceholder(DEFAULT_SETTINGS.datePropertyKey)
            .setValue(settings.datePropertyKey)
            .onChange((value) => {
              settings.datePropertyKey = value.trim() || DEFAULT_SETTINGS.datePropertyKey;
              save();
            }),
        ),
  );
}

function headingSetting(sink: SettingsSink, name: string, key: "dailyHeading" | "planHeading" | "mentionHeading", host: SettingsHost): void {
  textSetting(sink, {
    name,
    placeholder: DEFAULT_SETTINGS[key],
    value: host.settings[key],
    onChange: (value) => {
      host.settings[key] = value.trim() || DEFAULT_SETTINGS[key];
      void host.saveSettings();
    },
  });
}
