import { Setting } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { addDaysTo, isLocalDate } from "../../core/shared/dates";
import type { Host } from "../host";
import { KitModal } from "../shared/kit-modal";

export const SNOOZE_WEEK_DAYS = 7;
export const SNOOZE_MONTH_DAYS = 30;

/** Snooze for a week, a month or until a chosen date; or wake a snoozed contact. */
export class SnoozeModal extends KitModal {
  private until: string;

  constructor(
    private readonly host: Host,
    private readonly contact: Contact,
  ) {
    super(host.app);
    this.until = addDaysTo(host.today(), 14);
  }

  override onOpen(): void {
    const { contentEl } = this;
    const today = this.host.today();
    this.setTitle(`Snooze ${this.contact.name}`);
    if (this.contact.snoozeUntil && this.contact.snoozeUntil > today) {
      contentEl.createEl("p", { text: `Snoozed until ${this.contact.snoozeUntil}.`, cls: "kit-muted" });
    }
    new Setting(contentEl)
      .setName("For a while")
      .addButton((b) => b.setButtonText("One week").onClick(() => void this.snooze(addDaysTo(today, SNOOZE_WEEK_DAYS))))
      .addButton((b) => b.setButtonText("One month").onClick(() => void this.snooze(addDaysTo(today, SNOOZE_MONTH_DAYS))));
    new Setting(contentEl)
      .setName("Until a date")
      .setDesc("The contact comes back on this day.")
      .addText((text) => {
        text.inputEl.type = "date";
        text.inputEl.setAttr("aria-label", "Snooze until");
        text.inputEl.min = addDaysTo(today, 1);
        text.setValue(this.until).onChange((value) => (this.until = value));
      })
      .addButton((b) =>
        b
          .setButtonText("Snooze")
          .setCta()
          .onClick(() => void this.snoozeUntilChosen()),
      );
    if (this.contact.snoozeUntil && this.contact.snoozeUntil > today) {
      new Setting(contentEl).setName("Wake now").addButton((b) => b.setButtonText("Wake now").onClick(() => void this.snooze(null)));
    }
  }

  private async snoozeUntilChosen(): Promise<void> {
    if (!isLocalDate(this.until) || this.until <= this.host.today()) {
      this.contentEl.querySelector(".kit-error")?.remove();
      this.contentEl.createDiv({ cls: "kit-error", text: "Pick a day after today." });
      return;
    }
    await this.snooze(this.until);
  }

  private async snooze(until: string | null): Promise<void> {
    if (await this.host.actions.snooze(this.contact, until)) this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
