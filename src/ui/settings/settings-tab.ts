import { App, PluginSettingTab, type Plugin, requireApiVersion, type SettingDefinitionItem, type TextComponent } from "obsidian";
import { DEFAULT_SETTINGS, DEFAULT_TOUCH_KINDS } from "../../core/settings";
import type { PropertyKeys } from "../../core/settings";
import { defaultHalfLife } from "../../core/contacts/tiers";
import { isReadableKind } from "../../core/touches/touch-line";
import type { SettingsHost } from "../host";
import { displayDailySettings } from "./settings-daily";
import { displayPracticeSettings } from "./settings-practice";
import { displayPlanningSettings } from "./settings-planning";
import { displayReachOutSettings } from "./settings-reach-out";
import { displayStarterSettings } from "./settings-starters";
import { displayCalendarSettings } from "./settings-calendar";
import { displayReviewSettings } from "./settings-review";
import { displayPlacesSettings } from "./settings-places";
import { displayImportSettings } from "./settings-import";
import { displayCaptureSettings } from "./settings-capture";
import { pathSetting, textSetting, wholeNumberSetting } from "./setting-fields";
import { ContainerSink, DefinitionSink, type SettingsSink } from "./settings-sink";

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
  email: ["Email", "Filled by imports; capture matches mail and invitations by it."],
  emails: ["Other emails", "More addresses of the person, as a list: capture matches them too."],
  phone: ["Phone", "Filled by imports; capture matches chat senders shown as a number by it."],
  linkedin: ["LinkedIn", "The profile address, filled by imports."],
  met: ["Met", "When you met or connected, filled by imports."],
  capture: ["Capture", "Set to never, and the person's touches found by a capture start unticked."],
};

/** Every setting takes effect as it is changed, without a restart. */
export class KeepInTouchSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    owner: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, owner);
  }

  /** Obsidian before 1.13 calls this, and the tab draws itself from the same description. */
  override display(): void {
    this.draw();
  }

  private draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    containerEl.addClass("kit-settings");
    this.describe(new ContainerSink(containerEl));
  }

  /** Obsidian 1.13+ draws these instead of calling display(), and finds every setting in its search. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    this.containerEl.addClass("kit-settings");
    const sink = new DefinitionSink();
    this.describe(sink);
    return sink.items;
  }

  /** Leaving the tab (or closing the settings) is when a change that wants a question, such as new tiers, has settled. */
  override hide(): void {
    super.hide();
    this.host.settingsClosed();
  }

  /** After a change that adds, removes or moves rows: 1.13+ reads the definitions again, older versions redraw. */
  private redraw(): void {
    if (requireApiVersion("1.13.0")) this.update();
    else this.draw();
  }

  /** Every setting, in order, once for both ways of drawing the tab. */
  private describe(sink: SettingsSink): void {
    const settings = this.host.settings;
    const save = () => void this.host.saveSettings();

    const problems = this.host.resolved.problems;
    if (problems.length > 0) {
      sink.row("Problems with these settings", undefined, (setting) => {
        setting.setClass("kit-settings-problems");
        for (const problem of problems) setting.descEl.createDiv({ cls: "kit-error", text: problem });
      });
    }

    sink.heading("Contacts");
    pathSetting(sink, {
      name: "Contacts folder",
      desc: "Notes in this folder and its subfolders are contacts. Leave empty to use only the tier property and the tag.",
      placeholder: DEFAULT_SETTINGS.contactsFolder,
      value: settings.contactsFolder,
      kind: "folder",
      save: (path) => {
        settings.contactsFolder = path;
        save();
      },
    });
    textSetting(sink, {
      name: "Contact tag",
      desc: "Notes with this tag are contacts too, wherever they are. Leave empty to turn this off.",
      placeholder: "Tag name",
      value: settings.contactTag,
      onChange: (value) => {
        settings.contactTag = value.trim().replace(/^#/, "");
        save();
      },
    });

    sink.heading("Properties");
    for (const key of Object.keys(PROPERTY_LABELS) as (keyof PropertyKeys)[]) {
      const [name, desc] = PROPERTY_LABELS[key];
      textSetting(sink, {
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

    this.describeTiers(sink);

    sink.heading("Touch log");
    textSetting(sink, {
      name: "Touch heading",
      desc: "Touches are logged as list items under this heading, which is added at the end of a note that lacks it.",
      placeholder: DEFAULT_SETTINGS.touchHeading,
      value: settings.touchHeading,
      onChange: (value) => {
        settings.touchHeading = value.trim() || DEFAULT_SETTINGS.touchHeading;
        save();
      },
    });
    sink.row(
      "Touch kinds",
      "The kinds offered when logging a touch, separated by commas. Meeting, message, email and call are always read as kinds, since a capture writes them.",
      (setting) =>
        void setting.addTextArea((text) =>
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
        ),
    );
    wholeNumberSetting(sink, {
      name: "Due soon window",
      desc: "For contacts with their own cadence: how many days before it they show as due soon.",
      min: 0,
      value: settings.dueSoonDays,
      onChange: (days) => {
        settings.dueSoonDays = days;
        save();
      },
    });
    displayDailySettings(sink, this.host, () => this.redraw());
    displayPracticeSettings(sink, this.host, () => this.redraw());
    displayPlanningSettings(sink, this.host);
    displayReachOutSettings(sink, this.host);
    displayStarterSettings(sink, this.host, () => this.redraw());
    displayCalendarSettings(sink, this.host);
    displayReviewSettings(sink, this.host);
    displayPlacesSettings(sink, this.host);
    displayImportSettings(sink, this.host);
    displayCaptureSettings(sink, this.host);
  }

  private describeTiers(sink: SettingsSink): void {
    const settings = this.host.settings;
    const save = () => void this.host.saveSettings();
    const saveAndRedraw = async () => {
      await this.host.saveSettings();
      this.redraw();
    };

    sink.heading(
      "Tiers",
      "Each tier is a range: due once the first cadence has passed since the last touch, overdue after the second. The half-life is how long warmth takes to fall by half without a touch. Cadences: 10d, 3w, 2m, 1y.",
    );
    settings.tiers.forEach((tier, i) => {
      const field = (key: "label" | "dueFrom" | "overdueAfter" | "halfLife", placeholder: string) => (text: TextComponent) =>
        text
          .setPlaceholder(placeholder)
          .setValue(tier[key] ?? defaultHalfLife(tier.id))
          .onChange((value) => {
            tier[key] = value.trim();
            save();
          });
      sink.row(
        `Tier id: ${tier.id}`,
        undefined,
        (setting) =>
          void setting
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
            ),
      );
    });
    sink.row(
      "Add a tier",
      undefined,
      (setting) =>
        void setting.addButton((b) =>
          b.setButtonText("Add tier").onClick(() => {
            const ids = new Set(settings.tiers.map((t) => t.id));
            let n = settings.tiers.length + 1;
            while (ids.has(`tier-${n}`)) n++;
            settings.tiers.push({ id: `tier-${n}`, label: `Tier ${n}`, dueFrom: "4w", overdueAfter: "8w", halfLife: defaultHalfLife(`tier-${n}`) });
            void saveAndRedraw();
          }),
        ),
    );
    sink.row(
      "Default tier",
      "For contacts without a tier, or with one these settings don't know.",
      (setting) =>
        void setting.addDropdown((dropdown) => {
          for (const tier of settings.tiers) dropdown.addOption(tier.id, tier.label || tier.id);
          dropdown.setValue(settings.defaultTier).onChange((value) => {
            settings.defaultTier = value;
            save();
          });
        }),
    );
  }
}
