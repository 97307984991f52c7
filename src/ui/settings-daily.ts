import { Setting, normalizePath } from "obsidian";
import { DAILY_TOUCH_LINE_MODES, DEFAULT_SETTINGS, MENTION_MODES, type DailyTouchLine } from "../core/settings";
import type { MentionMode } from "../core/mentions";
import { describeDailySource } from "../obsidian/daily-note-settings";
import type KeepInTouchPlugin from "../obsidian/plugin";

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
export function displayDailySettings(containerEl: HTMLElement, plugin: KeepInTouchPlugin, redraw: () => void): void {
  const settings = plugin.settings;
  const save = () => void plugin.saveSettings();
  const daily = plugin.dailyNoteSettings();

  new Setting(containerEl).setName("Daily notes").setHeading();
  const sourceText =
    daily.source === "keep-in-touch"
      ? "Neither the core Daily notes plugin nor Periodic Notes is enabled, so the folder, format and template below are used."
      : `Daily notes follow ${describeDailySource(daily.source)}: folder "${daily.config.folder || "/"}", format "${daily.config.format}"${daily.config.template ? `, template "${daily.config.template}"` : ""}.`;
  new Setting(containerEl).setName("Where daily notes are").setDesc([sourceText, ...daily.notes].join(" "));

  if (daily.source === "keep-in-touch") {
    new Setting(containerEl)
      .setName("Daily notes folder")
      .addText((text) =>
        text
          .setPlaceholder("Vault root")
          .setValue(settings.dailyFolder)
          .onChange((value) => {
            settings.dailyFolder = value.trim() === "" ? "" : normalizePath(value.trim());
            save();
          }),
      );
    new Setting(containerEl)
      .setName("Daily note format")
      .setDesc("Moment.js tokens; a path like YYYY/MM/YYYY-MM-DD makes subfolders.")
      .addText((text) =>
        text
          .setPlaceholder(DEFAULT_SETTINGS.dailyFormat)
          .setValue(settings.dailyFormat)
          .onChange((value) => {
            settings.dailyFormat = value.trim() || DEFAULT_SETTINGS.dailyFormat;
            save();
          }),
      );
    new Setting(containerEl)
      .setName("Daily note template")
      .setDesc("A note whose text new daily notes start from. Leave empty for none.")
      .addText((text) =>
        text
          .setPlaceholder("Templates/daily")
          .setValue(settings.dailyTemplate)
          .onChange((value) => {
            settings.dailyTemplate = value.trim() === "" ? "" : normalizePath(value.trim());
            save();
          }),
      );
  }

  new Setting(containerEl)
    .setName("Add logged touches to the daily note")
    .setDesc("A touch also adds a line with a link to the contact, its kind and note, to that day's daily note.")
    .addDropdown((dropdown) => {
      for (const mode of DAILY_TOUCH_LINE_MODES) dropdown.addOption(mode, TOUCH_LINE_LABELS[mode]);
      dropdown.setValue(settings.dailyTouchLine).onChange((value) => {
        settings.dailyTouchLine = DAILY_TOUCH_LINE_MODES.find((m) => m === value) ?? "existing";
        save();
      });
    });
  headingSetting(containerEl, "Daily note heading for touches", "dailyHeading", plugin);
  headingSetting(containerEl, "Touch plan heading", "planHeading", plugin);
  new Setting(containerEl)
    .setName("People in the touch plan")
    .setDesc("How many of the most overdue people the touch plan lists.")
    .addText((text) => {
      text.inputEl.type = "number";
      text.inputEl.min = "1";
      text.setValue(String(settings.planSize)).onChange((value) => {
        const size = Number(value);
        if (!Number.isInteger(size) || size < 1) return;
        settings.planSize = size;
        save();
      });
    });

  new Setting(containerEl).setName("Mentions").setHeading();
  new Setting(containerEl)
    .setName("Links that count as touches")
    .setDesc("A link to a contact in a daily note (or a note named like one) counts as a touch on that day. Links in open tasks, embeds, code and quotes never count.")
    .addDropdown((dropdown) => {
      for (const mode of MENTION_MODES) dropdown.addOption(mode, MENTION_LABELS[mode]);
      dropdown.setValue(settings.mentionMode).onChange((value) => {
        settings.mentionMode = MENTION_MODES.find((m) => m === value) ?? "all";
        save();
        redraw();
      });
    });
  if (settings.mentionMode === "heading") headingSetting(containerEl, "Mentions heading", "mentionHeading", plugin);
  new Setting(containerEl)
    .setName("Opt-out property")
    .setDesc("A contact with this property set to true doesn't count mentions.")
    .addText((text) =>
      text
        .setPlaceholder(DEFAULT_SETTINGS.mentionOptOutProperty)
        .setValue(settings.mentionOptOutProperty)
        .onChange((value) => {
          settings.mentionOptOutProperty = value.trim() || DEFAULT_SETTINGS.mentionOptOutProperty;
          save();
        }),
    );
  new Setting(containerEl)
    .setName("Count notes with a date property")
    .setDesc("For one note per meeting: a note with this property counts as a dated note.")
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
    );
}

function headingSetting(containerEl: HTMLElement, name: string, key: "dailyHeading" | "planHeading" | "mentionHeading", plugin: KeepInTouchPlugin): void {
  new Setting(containerEl).setName(name).addText((text) =>
    text
      .setPlaceholder(DEFAULT_SETTINGS[key])
      .setValue(plugin.settings[key])
      .onChange((value) => {
        plugin.settings[key] = value.trim() || DEFAULT_SETTINGS[key];
        void plugin.saveSettings();
      }),
  );
}
