import { Setting, type TFile } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { Touch, TouchDirection, TouchExchange } from "../../core/touches/touch-line";
import { ChipGroup } from "../shared/chip-group";
import { kindChips, touchDateSetting } from "../settings/setting-fields";
import type { Host } from "../host";
import { messageOf } from "../../core/shared/errors";
import { KitModal } from "../shared/kit-modal";
import { fillStarter } from "../../core/conversation/starters";
import { INTRO_KIND } from "../../core/touches/introductions";
import type { StarterTemplate } from "../../core/settings";
import { starterValues } from "../../obsidian/starters-source";
import { GiveFirstLine } from "../shared/give-first-line";
import { ContactSuggestModal } from "./contact-suggest-modal";

const DIRECTION_KEYS: Record<string, TouchDirection> = { KeyO: "out", KeyI: "in", KeyM: "mutual" };
const EXCHANGE_KEYS: Record<string, TouchExchange> = { KeyG: "gave", KeyA: "asked", KeyE: "exchanged" };

/**
 * Asks for the date (today by default), kind, who reached out, what was exchanged
 * and a note, then logs the touch. Each field is one tap, or one keystroke:
 * Alt+1–9 picks a kind, Alt+O/I/M who reached out, Alt+G/A/E the exchange.
 */
export class LogTouchModal extends KitModal {
  private date: string;
  private note = "";
  private promise = "";
  private kinds!: ChipGroup<string>;
  private directions!: ChipGroup<TouchDirection>;
  private exchanges!: ChipGroup<TouchExchange>;
  private errorEl: HTMLElement | null = null;
  /** For an introduction: the other person, whose note gets the touch too. */
  introduced: Pick<Contact, "path" | "name"> | null = null;
  private introSetting!: Setting;
  giveFirst!: GiveFirstLine;
  private submitting = false;
  /** Held from opening, so a rename while the modal is open still writes to the right note. */
  private readonly file: TFile | null;

  constructor(
    private readonly host: Host,
    private readonly contact: Pick<Contact, "path" | "name">,
    /** Called after the touch landed. */
    private readonly onLogged?: () => void,
    /** Fields to start with, e.g. the "resource" kind from the topic finder. */
    private readonly preset: Partial<Omit<Touch, "date">> = {},
  ) {
    super(host.app);
    this.date = host.today();
    this.file = host.app.vault.getFileByPath(contact.path);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`Log a touch with ${this.contact.name}`);
    contentEl.addClass("kit-log-touch");

    touchDateSetting(contentEl, this.host.today(), this.date, (value) => (this.date = value));
    this.kinds = kindChips(contentEl, this.host.settings.touchKinds, this.preset.kind, true);
    this.introSetting = new Setting(contentEl).setName("Introduced to");
    this.introSetting.settingEl.addClass("kit-intro-with");
    this.introSetting.addButton((button) => button.setButtonText("Choose a person…").onClick(() => this.chooseIntroduced()));
    this.showIntroduced();
    this.kinds.onChange(() => this.showIntroduced());
    this.directions = new ChipGroup(
      new Setting(contentEl).setName("Who reached out").controlEl,
      "Who reached out",
      [
        { value: "out", text: "→ I did", key: "O", title: "I reached out" },
        { value: "in", text: "← They did", key: "I", title: "They reached out" },
        { value: "mutual", text: "↔ Both", key: "M", title: "We both did" },
      ],
      this.preset.direction,
    );
    this.exchanges = new ChipGroup(
      new Setting(contentEl).setName("Exchange").controlEl,
      "Exchange",
      [
        { value: "gave", text: "Gave", key: "G", title: "I gave something, asked nothing" },
        { value: "asked", text: "Asked", key: "A", title: "I asked for something" },
        { value: "exchanged", text: "Both", key: "E", title: "We both gave and asked" },
      ],
      this.preset.exchange,
    );
    this.giveFirst = new GiveFirstLine(contentEl, this.host, this.contact, (starter) => void this.copyStarter(starter));
    this.giveFirst.show(this.exchanges.value === "asked");
    this.exchanges.onChange((value) => this.giveFirst.show(value === "asked"));
    this.scope.register(["Alt"], null, (event: KeyboardEvent) => this.onShortcut(event));

    new Setting(contentEl).setName("Note").addText((text) => {
      text.setPlaceholder("What you talked about, what you promised");
      text.onChange((value) => (this.note = value));
      text.inputEl.addClass("kit-note-input");
      text.inputEl.addEventListener("keydown", (event: KeyboardEvent) => {
        if (event.key === "Enter" && !event.isComposing) {
          event.preventDefault();
          void this.submit();
        }
      });
      window.setTimeout(() => text.inputEl.focus(), 0);
    });

    new Setting(contentEl)
      .setName("Promise")
      .setDesc("Something you said you'd do; it becomes an open task in their note.")
      .addText((text) => {
        text.setPlaceholder("Send the onboarding checklist 📅 2026-12-01").onChange((value) => (this.promise = value));
        text.inputEl.addClass("kit-promise-input");
      });

    this.errorEl = contentEl.createDiv({ cls: "kit-error" });
    this.errorEl.hide();

    new Setting(contentEl)
      .setClass("kit-modal-buttons")
      .addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText("Log touch")
          .setCta()
          .onClick(() => void this.submit()),
      );
  }

  /** Logs the touch; on failure the modal stays open with the reason, so nothing typed is lost. */
  async submit(): Promise<boolean> {
    if (this.submitting) return false;
    this.submitting = true;
    try {
      // The touch, its daily-note line and the promise are one step to undo.
      const path = this.file?.path ?? this.contact.path;
      const touch = { date: this.date, kind: this.kinds.value, direction: this.directions.value, exchange: this.exchanges.value, note: this.note };
      const introduced = this.isIntro() ? (this.introduced ?? undefined) : undefined;
      await this.host.actions.logTouchWithPromise(this.contact, path, touch, this.promise, introduced);
      this.close();
      this.onLogged?.();
      return true;
    } catch (error) {
      this.showError(`Couldn't log this touch: ${messageOf(error)}`);
      return false;
    } finally {
      this.submitting = false;
    }
  }

  private isIntro(): boolean {
    return this.kinds.value?.toLowerCase() === INTRO_KIND;
  }

  /** "Introduced to" shows for an introduction only, with the person chosen so far. */
  private showIntroduced(): void {
    this.introSetting.settingEl.toggle(this.isIntro());
    this.introSetting.setDesc(
      `${this.introduced ? `${this.introduced.name}: ` : "Someone else you keep a note for: "}logged on both notes, each linking the other.${this.followUpWords()}`,
    );
  }

  private followUpWords(): string {
    const days = this.host.settings.introFollowUpDays;
    return days > 0 ? ` In ${days} days both ask how it went.` : "";
  }

  chooseIntroduced(): ContactSuggestModal {
    const modal = new ContactSuggestModal(
      this.host,
      (picked) => {
        this.introduced = { path: picked.path, name: picked.name };
        this.showIntroduced();
      },
      (c) => c.path !== this.contact.path,
    );
    modal.open();
    return modal;
  }

  /** Copies the suggested giving starter, filled for this person: something to send before the ask. */
  private async copyStarter(starter: StarterTemplate): Promise<void> {
    const contact = this.host.index.get(this.contact.path) ?? { ...this.contact, topics: [] };
    const text = fillStarter(starter.text, await starterValues(this.host, contact)).text;
    try {
      await navigator.clipboard.writeText(text);
      this.host.notices.show(`Copied “${starter.label}” for ${this.contact.name}: send it before you ask.`);
    } catch (error) {
      this.host.notices.show(`Couldn't copy to the clipboard (${messageOf(error)}).`, 8000);
    }
  }

  /** Alt+digit, Alt+O/I/M, Alt+G/A/E: one keystroke per field, even while typing the note. */
  onShortcut(event: KeyboardEvent): boolean {
    const digit = /^Digit([1-9])$/.exec(event.code);
    const kind = digit ? this.host.settings.touchKinds[Number(digit[1]) - 1] : undefined;
    if (kind !== undefined) this.kinds.toggle(kind);
    else if (DIRECTION_KEYS[event.code]) this.directions.toggle(DIRECTION_KEYS[event.code] as TouchDirection);
    else if (EXCHANGE_KEYS[event.code]) this.exchanges.toggle(EXCHANGE_KEYS[event.code] as TouchExchange);
    else return true;
    event.preventDefault();
    return false;
  }

  private showError(message: string): void {
    if (!this.errorEl) return;
    this.errorEl.setText(message);
    this.errorEl.show();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
