import { Setting } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { describeLocalTime, localTimeOf, quietHoursOf, resolveTimeZoneName } from "../../core/contacts/local-time";
import { placeChangeOf, type PlaceChange, type PlaceForm } from "../../core/contacts/places";
import type { Host } from "../host";
import { PlaceChecklist } from "./place-checklist";
import { TimeZoneSuggest } from "./place-zone-suggest";
import { KitModal } from "../shared/kit-modal";

/**
 * Where someone is and their time zone: for one contact (from the row menu, the
 * fields hold what the note says; an emptied field removes it), or for several at
 * once (blank fields leave each note's own value, and "clear" empties it). Every
 * note written is one step to undo.
 */
export class SetPlaceModal extends KitModal {
  private checklist: PlaceChecklist | null = null;
  private readonly form: PlaceForm;
  /** The time-zone field's list of names. */
  zoneSuggest!: TimeZoneSuggest;
  private zoneHintEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private running = false;

  constructor(
    private readonly host: Host,
    /** One contact, or null to pick several. */
    private readonly one: Contact | null,
    private readonly preselected: readonly string[] = [],
  ) {
    super(host.app);
    this.form = { location: one?.location ?? "", timezone: one?.timezone ?? "", clearLocation: false, clearTimezone: false };
  }

  override onOpen(): void {
    const { contentEl } = this;
    const { one } = this;
    contentEl.addClass("kit-set-place");
    this.setTitle(one ? `Place and time zone of ${one.name}` : "Set place and time zone for several");
    if (!one) {
      this.checklist = new PlaceChecklist(this.host, contentEl);
      for (const path of this.preselected) this.checklist.select(path);
    }
    const keep = one ? "Empty removes it." : "Leave empty to keep each note's own.";
    new Setting(contentEl)
      .setName("Location")
      .setDesc(`Free text, spelled as you'll search for it (shown as @Lisbon). ${keep}`)
      .addText((text) => {
        text.inputEl.addClass("kit-place-location");
        text.setPlaceholder("Lisbon").setValue(this.form.location).onChange((value) => (this.form.location = value));
      });
    if (!one) this.clearToggle("Clear location", "Empty the location of everyone selected.", (on) => (this.form.clearLocation = on));
    new Setting(contentEl)
      .setName("Time zone")
      .setDesc(`An IANA name such as Asia/Kolkata or America/New_York. ${keep}`)
      .addText((text) => {
        text.inputEl.addClass("kit-place-zone");
        text.setPlaceholder("Type a city to search").setValue(this.form.timezone);
        const update = (value: string) => {
          this.form.timezone = value;
          this.showZoneHint();
        };
        text.onChange(update);
        this.zoneSuggest = new TimeZoneSuggest(this.app, text.inputEl, () => this.host.now(), () => quietHoursOf(this.host.settings), update);
      });
    this.zoneHintEl = contentEl.createDiv({ cls: "kit-place-zone-hint", attr: { "aria-live": "polite" } });
    this.showZoneHint();
    if (!one) this.clearToggle("Clear time zone", "Empty the time zone of everyone selected.", (on) => (this.form.clearTimezone = on));
    this.statusEl = contentEl.createDiv({ cls: "kit-group-status", attr: { "aria-live": "polite" } });
    new Setting(contentEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Save")
          .setCta()
          .onClick(() => void this.submit()),
      );
  }

  private clearToggle(name: string, desc: string, onChange: (on: boolean) => void): void {
    new Setting(this.contentEl).setName(name).setDesc(desc).addToggle((toggle) => toggle.setValue(false).onChange(onChange));
  }

  /** The time there now for a zone that is known, or why it isn't, as the user types. */
  private showZoneHint(): void {
    const typed = this.form.timezone.trim();
    const zone = resolveTimeZoneName(typed);
    this.zoneHintEl.toggleClass("kit-error", typed !== "" && zone === null);
    if (typed === "") this.zoneHintEl.setText("");
    else if (zone === null) this.zoneHintEl.setText(`"${typed}" is not a time zone Obsidian knows.`);
    else this.zoneHintEl.setText(describeLocalTime(localTimeOf(zone, this.host.now(), quietHoursOf(this.host.settings))));
  }

  /** Writes the place and zone to every chosen note; returns whether all of them took it. */
  async submit(): Promise<boolean> {
    if (this.running) return false;
    // For one contact an emptied field means "remove it"; for several it means "leave each as it is".
    const form = this.one ? { ...this.form, clearLocation: this.form.location.trim() === "", clearTimezone: this.form.timezone.trim() === "" } : this.form;
    const result = placeChangeOf(form);
    if (!result.ok) {
      this.statusEl.setText(result.reason);
      return false;
    }
    const paths = this.one ? [this.one.path] : [...(this.checklist?.selected ?? [])];
    if (paths.length === 0) {
      this.statusEl.setText("Pick at least one person.");
      return false;
    }
    this.running = true;
    try {
      return await this.write(paths, result.change);
    } finally {
      this.running = false;
    }
  }

  private async write(paths: readonly string[], change: PlaceChange): Promise<boolean> {
    // The whole batch is one step to undo.
    const failed = await this.host.actions.setPlace(paths, change, this.one, (done, total) => {
      if (total > 1) this.statusEl.setText(`Writing ${done} of ${total}…`);
    });
    if (failed.length === 0) this.close();
    else this.statusEl.setText(failed.join("\n"));
    return failed.length === 0;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
