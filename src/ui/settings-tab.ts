import { App, PluginSettingTab, Setting, normalizePath, type TextComponent } from "obsidian";
import { DEFAULT_SETTINGS, DEFAULT_TOUCH_KINDS } from "../core/settings";
import type { PropertyKeys } from "../core/settings";
import { defaultHalfLife } from "../core/tiers";
import { isReadableKind } from "../core/touch-line";
import type KeepInTouchPlugin from "../obsidian/plugin";
import { displayDailySettings } from "./settings-daily";
import { displayPracticeSettings } from "./settings-practice";
import { displayPlanningSettings } from "./settings-planning";
import { displayReachOutSettings } from "./settings-reach-out";
import { displayStarterSettings } from "./settings-starters";
import { displayCalendarSettings } from "./settings-calendar";
import { displayReviewSettings } from "./settings-review";
import { displayPlacesSettings } from "./settings-places";
import { displayImportSettings } from "./settings-import";
import { textSetting, wholeNumberSetting } from "./setting-fields";

const PROPERTY_LABELS: Record<keyof PropertyKeys, [string, string]> = {
  tier: ["Tier", "Which tier a contact is in, by id or label."],
  cadence: ["Cadence", "A contact's own rhythm, overriding the tier: 10d, 3w, 2m, 1y or a number of days."],
  lastTouch: ["Last touch", "The date of the last touch. The plugin writes it; edits by hand count too."],
  topics: ["Topics", "Relevance tags, as a list or separated by commas."],
  snoozeUntil: ["Snooze until", "Until this date the contact stays off the due lists."],
  status: ["Status", "Active, or paused to keep the note without tracking it."],
  location: ["Location", "Where the person lives or works, as free text: shown as @Lisbon."],
  timezone: ["Time zone", "An IANA time zone such as Asia/Kolkata, for the person's local time."],
  company: ["Company", "Where the person works now."],
  role: ["Role", "The person's role or position."],
  pastCompanies: ["Past companies", "Companies the person has left, as a list."],
  email: ["Email", "Filled by imports."],
  phone: ["Phone", "Filled by imports."],
  linkedin: ["LinkedIn", "The profile address, filled by imports."],
  met: ["Met", "When you met or connected, filled by imports."],
};

/** Every setting takes effect as it is changed, without a restart. */
export class KeepInTouchSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: KeepInTouchPlugin,
  ) {
    super(app, plugin);
  }

  override display(): void {
    this.draw();
  }

  /** Draws every setting; called again after a change that adds, removes or moves rows. */
  private draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    containerEl.addClass("kit-settings");
    const settings = this.plugin.settings;
    const save = () => void this.plugin.saveSettings();

    const problems = this.plugin.resolved.problems;
    if (problems.length > 0) {
      const box = containerEl.createDiv({ cls: "kit-settings-problems" });
      for (const problem of problems) box.createDiv({ cls: "kit-error", text: problem });
    }

    new Setting(containerEl).setName("Contacts").setHeading();
    textSetting(containerEl, {
      name: "Contacts folder",
      desc: "Notes in this folder and its subfolders are contacts. Leave empty to use only the tier property and the tag.",
      placeholder: DEFAULT_SETTINGS.contactsFolder,
      value: settings.contactsFolder,
      onChange: (value) => {
        settings.contactsFolder = value.trim() === "" ? "" : normalizePath(value.trim());
        save();
      },
    });
    textSetting(containerEl, {
      name: "Contact tag",
      desc: "Notes with this tag are contacts too, wherever they are. Leave empty to turn this off.",
      placeholder: "Tag name",
      value: settings.contactTag,
      onChange: (value) => {
        settings.contactTag = value.trim().replace(/^#/, "");
        save();
      },
    });

    new Setting(containerEl).setName("Properties").setHeading();
    for (const key of Object.keys(PROPERTY_LABELS) as (keyof PropertyKeys)[]) {
      const [name, desc] = PROPERTY_LABELS[key];
      textSetting(containerEl, {
        name,
        desc,
        placeholder: DEFAULT_SETTINGS.properties[key],
        value: settings.properties[key],
        onChange: (value) => {
          settings.properties[key] = value.trim() || DEFAULT_SETTINGS.properties[key];
          save();
        },
      });
    }

    this.displayTiers(containerEl);

    new Setting(containerEl).setName("Touch log").setHeading();
    textSetting(containerEl, {
      name: "Touch heading",
      desc: "Touches are logged as list items under this heading, which is added at the end of a note that lacks it.",
      placeholder: DEFAULT_SETTINGS.touchHeading,
      value: settings.touchHeading,
      onChange: (value) => {
        settings.touchHeading = value.trim() || DEFAULT_SETTINGS.touchHeading;
        save();
      },
    });
    new Setting(containerEl)
      .setName("Touch kinds")
      .setDesc("The kinds offered when logging a touch, separated by commas.")
      .addTextArea((text) =>
        text
          .setPlaceholder(DEFAULT_TOUCH_KINDS.join(", "))
          .setValue(settings.touchKinds.join(", "))
          .onChange((value) => {
            settings.touchKinds = value
              .split(",")
              .map((k) => k.trim().replace(/\s+/g, "-"))
              .filter((k) => k !== "" && isReadableKind(k));
            save();
          }),
      );
    wholeNumberSetting(containerEl, {
      name: "Due soon window",
      desc: "For contacts with their own cadence: how many days before it they show as due soon.",
      min: 0,
      value: settings.dueSoonDays,
      onChange: (days) => {
        settings.dueSoonDays = days;
        save();
      },
    });
    displayDailySettings(containerEl, this.plugin, () => this.draw());
    displayPracticeSettings(containerEl, this.plugin, () => this.draw());
    displayPlanningSettings(containerEl, this.plugin);
    displayReachOutSettings(containerEl, this.plugin);
    displayStarterSettings(containerEl, this.plugin, () => this.draw());
    displayCalendarSettings(containerEl, this.plugin);
    displayReviewSettings(containerEl, this.plugin);
    displayPlacesSettings(containerEl, this.plugin);
    displayImportSettings(containerEl, this.plugin);
  }

  private displayTiers(containerEl: HTMLElement): void {
    const settings = this.plugin.settings;
    const save = () => void this.plugin.saveSettings();
    const saveAndRedraw = async () => {
      await this.plugin.saveSettings();
      this.draw();
    };

    new Setting(containerEl)
      .setName("Tiers")
      .setDesc("Each tier is a range: due once the first cadence has passed since the last touch, overdue after the second. The half-life is how long warmth takes to fall by half without a touch. Cadences: 10d, 3w, 2m, 1y.")
      .setHeading();
    settings.tiers.forEach((tier, i) => {
      const field = (key: "label" | "dueFrom" | "overdueAfter" | "halfLife", placeholder: string) => (text: TextComponent) =>
        text
          .setPlaceholder(placeholder)
          .setValue(tier[key] ?? defaultHalfLife(tier.id))
          .onChange((value) => {
            tier[key] = value.trim();
            save();
          });
      new Setting(containerEl)
        .setClass("kit-tier-setting")
        .addText(field("label", "Label"))
        .addText(field("dueFrom", "Due from"))
        .addText(field("overdueAfter", "Overdue after"))
        .addText(field("halfLife", "Half-life"))
        .addExtraButton((b) =>
          b
            .setIcon("arrow-up")
            .setTooltip("Move up")
            .setDisabled(i === 0)
            .onClick(() => {
              if (i === 0) return;
              const [moved] = settings.tiers.splice(i, 1);
              if (moved) settings.tiers.splice(i - 1, 0, moved);
              void saveAndRedraw();
            }),
        )
        .addExtraButton((b) =>
          b
            .setIcon("trash")
            .setTooltip("Remove tier")
            .setDisabled(settings.tiers.length <= 1)
            .onClick(() => {
              if (settings.tiers.length <= 1) return;
              settings.tiers.splice(i, 1);
              if (settings.defaultTier === tier.id) settings.defaultTier = settings.tiers[0]?.id ?? "";
              void saveAndRedraw();
            }),
        )
        .setName(`Tier id: ${tier.id}`);
    });
    new Setting(containerEl).addButton((b) =>
      b.setButtonText("Add tier").onClick(() => {
        const ids = new Set(settings.tiers.map((t) => t.id));
        let n = settings.tiers.length + 1;
        while (ids.has(`tier-${n}`)) n++;
        settings.tiers.push({ id: `tier-${n}`, label: `Tier ${n}`, dueFrom: "4w", overdueAfter: "8w", halfLife: defaultHalfLife(`tier-${n}`) });
        void saveAndRedraw();
      }),
    );
    new Setting(containerEl)
      .setName("Default tier")
      .setDesc("For contacts without a tier, or with one these settings don't know.")
      .addDropdown((dropdown) => {
        for (const tier of settings.tiers) dropdown.addOption(tier.id, tier.label || tier.id);
        dropdown.setValue(settings.defaultTier).onChange((value) => {
          settings.defaultTier = value;
          save();
        });
      });
  }
}
