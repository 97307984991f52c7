import { Setting } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { StarterTemplate } from "../../core/settings";
import { fillStarter, type StarterValues } from "../../core/conversation/starters";
import type { Touch } from "../../core/touches/touch-line";
import type { Host } from "../host";
import { messageOf } from "../../core/shared/errors";
import { LogTouchModal } from "./log-touch-modal";
import { KitModal } from "../shared/kit-modal";
import { GiveFirstLine } from "../shared/give-first-line";

/** Starters that give something; an ask is the one that asks. */
const GIVING_KINDS = new Set(["congrats", "resource", "intro", "micro-support"]);

/** What the log-touch modal starts with after this starter was copied: its kind, I reached out, what was exchanged. */
export function touchPresetFor(starter: StarterTemplate, touchKinds: readonly string[]): Partial<Omit<Touch, "date">> {
  const preset: Partial<Omit<Touch, "date">> = { direction: "out" };
  const kind = touchKinds.find((k) => k.toLowerCase() === starter.kind.toLowerCase());
  if (kind) preset.kind = kind;
  if (starter.kind === "ask") preset.exchange = "asked";
  else if (GIVING_KINDS.has(starter.kind)) preset.exchange = "gave";
  return preset;
}

/** Why a placeholder had no value, for the note under the text. */
const MISSING_REASONS: Record<string, string> = {
  name: "no name",
  first_name: "no first name",
  topic: "no topic in the note",
  last_touch_note: "no note on the last touch",
};

/**
 * The chosen starter, filled from the note, in a text box to edit; Copy puts it on
 * the clipboard. The plugin never sends anything: the user pastes it where they talk.
 */
export class StarterModal extends KitModal {
  private textEl!: HTMLTextAreaElement;
  private copied = false;

  constructor(
    private readonly host: Host,
    private readonly contact: Pick<Contact, "path" | "name">,
    private readonly starter: StarterTemplate,
    private readonly values: StarterValues,
    /** After a long silence: a first line that picks up from last time, and why it is there. */
    private readonly wayBack: { line: string; why: string } | null = null,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`${this.starter.label} for ${this.contact.name}`);
    contentEl.addClass("kit-starter-modal");
    const filled = fillStarter(this.starter.text, this.values);

    this.textEl = contentEl.createEl("textarea", { cls: "kit-starter-text", attr: { rows: "7", "aria-label": "Message" } });
    this.textEl.value = this.wayBack ? `${this.wayBack.line}\n\n${filled.text}` : filled.text;
    if (this.wayBack) contentEl.createDiv({ cls: "kit-muted kit-way-back", text: this.wayBack.why });
    if (this.starter.kind.toLowerCase() === "ask") {
      // About to ask: what was given and asked lately, and a giving starter to send first when asking outweighs giving.
      new GiveFirstLine(contentEl, this.host, this.contact, (giving) => {
        this.close();
        new StarterModal(this.host, this.contact, giving, this.values).open();
      }).show(true);
    }

    if (filled.missing.length > 0) {
      const reasons = filled.missing.map((key) => MISSING_REASONS[key] ?? key).join(", ");
      contentEl.createDiv({ cls: "kit-starter-missing", text: `Left out a line that needed a value: ${reasons}.` });
    }
    if (filled.unknown.length > 0) {
      const names = filled.unknown.map((key) => `{{${key}}}`).join(", ");
      contentEl.createDiv({ cls: "kit-error kit-starter-unknown", text: `Unknown placeholder left as written: ${names}. Known ones are {{name}}, {{first_name}}, {{topic}} and {{last_touch_note}}.` });
    }
    contentEl.createDiv({ cls: "kit-muted kit-starter-hint", text: "Replace the words in [brackets], then copy and paste it where you talk. The plugin never sends anything." });

    const buttons = new Setting(contentEl).setClass("kit-modal-buttons");
    buttons.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()));
    buttons.addButton((button) =>
      button
        .setButtonText("Copy")
        .setCta()
        .onClick(() => void this.copy().then((ok) => ok && this.offerLogTouch(buttons))),
    );
    window.setTimeout(() => this.textEl.focus(), 0);
  }

  /** The message as the user left it. */
  get text(): string {
    return this.textEl.value;
  }

  /** Copies the text; when the clipboard refuses, says so and selects it for copying by hand. */
  async copy(): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(this.textEl.value);
      this.host.notices.show(`Copied the message for ${this.contact.name}. Paste it where you talk with them.`);
      return true;
    } catch (error) {
      this.host.notices.show(`Couldn't copy to the clipboard (${messageOf(error)}). Select the text and copy it by hand.`, 8000);
      this.textEl.focus();
      this.textEl.select();
      return false;
    }
  }

  /** Once copied, logging the touch is one step away, with the starter's kind already chosen. */
  private offerLogTouch(buttons: Setting): void {
    if (this.copied) return;
    this.copied = true;
    buttons.addButton((button) =>
      button.setButtonText("Log touch…").onClick(() => {
        this.close();
        new LogTouchModal(this.host, this.contact, undefined, touchPresetFor(this.starter, this.host.settings.touchKinds)).open();
      }),
    );
  }
}
