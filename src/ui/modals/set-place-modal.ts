import { Modal, Setting } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { describeLocalTime, localTimeOf, quietHoursOf, resolveTimeZoneName } from "../../core/contacts/local-time";
import { placeChangeOf, placeWrites, type PlaceChange, type PlaceForm } from "../../core/contacts/places";
import type KeepInTouchPlugin from "../../plugin/plugin";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder } from "../../obsidian/undo-history";
import { PlaceChecklist } from "./place-checklist";
import { TimeZoneSuggest } from "./place-zone-suggest";

function people(n: number): string {
  return `${n} ${n === 1 ? "person" : "people"}`;
}

/** "set the place to Porto and cleared the time zone for Ana Souza": the notice's words and the undo step's label. */
function describeChange(change: PlaceChange, who: string): string {
  const part = (value: string | null | undefined, what: string) => (value === undefined ? null : value === null ? `cleared the ${what}` : `set the ${what} to ${value}`);
  return `${[part(change.location, "place"), part(change.timezone, "time zone")].filter((p) => p !== null).join(" and ")} for ${who}`;
}

/**
 * Where someone is and their time zone: for one contact (from the row menu, the
 * fields hold what the note says; an emptied field removes it), or for several at
 * once (blank fields leave each note's own value, and "clear" empties it). Every
 * note written is one step to undo.
 */
export class SetPlaceModal extends Modal {
  private checklist: PlaceChecklist | null = null;
  private readonly form: PlaceForm;
  /** The time-zone field's list of names. */
  zoneSuggest!: TimeZoneSuggest;
  private zoneHintEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private running = false;

  constructor(
    private readonly plugin: KeepInTouchPlugin,
    /** One contact, or null to pick several. */
    private readonly one: Contact | null,
    private readonly preselected: readonly string[] = [],
  ) {
    super(plugin.app);
    this.form = { location: one?.location ?? "", timezone: one?.timezone ?? "", clearLocation: false, clearTimezone: false };
  }

  override onOpen(): void {
    const { contentEl } = this;
    const { one } = this;
    contentEl.addClass("kit-set-place");
    this.setTitle(one ? `Place and time zone of ${one.name}` : "Set place and time zone for several");
    if (!one) {
      this.checklist = new PlaceChecklist(this.plugin, contentEl);
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
        this.zoneSuggest = new TimeZoneSuggest(this.app, text.inputEl, () => this.plugin.now(), () => quietHoursOf(this.plugin.settings), update);
      });
    this.zoneHintEl = contentEl.createDiv({ cls: "kit-place-zone-hint", attr: { "aria-live": "polite" } });
    this.showZoneHint();
    if (!one) this.clearToggle("Clear time zone", "Empty the time zone of everyone selected.", (on) => (this.form.clearTimezone = on));
    this.statusEl = contentEl.createDiv({ cls: "kit-group-status", attr: { "aria-live": "polite" } });
    new Setting(contentEl)
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
    else this.zoneHintEl.setText(describeLocalTime(localTimeOf(zone, this.plugin.now(), quietHoursOf(this.plugin.settings))));
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
    const { plugin } = this;
    // The whole batch is one step to undo.
    const recorder = new ChangeRecorder();
    const writer = plugin.writer.recordingTo(recorder);
    const failed: string[] = [];
    let changed = 0;
    for (const [i, path] of paths.entries()) {
      if (paths.length > 1) this.statusEl.setText(`Writing ${i + 1} of ${paths.length}…`);
      const file = this.app.vault.getFileByPath(path);
      const writes = placeWrites(file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined, change, plugin.settings.properties);
      try {
        for (const [key, value] of writes) await writer.setProperty(path, key, value);
        if (writes.length > 0) changed++;
      } catch (error) {
        failed.push(`Couldn't write to ${plugin.index.get(path)?.name ?? path}: ${messageOf(error)}`);
      }
    }
    const who = this.one && changed === 1 ? this.one.name : people(changed);
    const done = describeChange(change, who);
    const lines = [changed > 0 ? `${done.charAt(0).toUpperCase()}${done.slice(1)}.` : failed.length === 0 ? "Nothing to change: the notes already say that." : "Nothing was changed.", ...failed];
    plugin.noticeWithUndo(lines.join("\n"), plugin.undo.push(done, recorder), failed.length > 0 ? 10000 : 5000);
    if (failed.length === 0) this.close();
    else this.statusEl.setText(failed.join("\n"));
    return failed.length === 0;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
