import { Modal, Notice, Setting, type TFile } from "obsidian";
import type { Contact } from "../core/contact";
import type KeepInTouchPlugin from "../obsidian/plugin";
import { messageOf } from "../obsidian/plugin";

/** Asks for the date (today by default), kind and a note, then logs the touch. */
export class LogTouchModal extends Modal {
  private date: string;
  private kind = "";
  private note = "";
  private errorEl: HTMLElement | null = null;
  private submitting = false;
  /** Held from opening, so a rename while the modal is open still writes to the right note. */
  private readonly file: TFile | null;

  constructor(
    private readonly plugin: KeepInTouchPlugin,
    private readonly contact: Pick<Contact, "path" | "name">,
    /** Called after the touch landed. */
    private readonly onLogged?: () => void,
  ) {
    super(plugin.app);
    this.date = plugin.today();
    this.file = plugin.app.vault.getFileByPath(contact.path);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`Log a touch with ${this.contact.name}`);
    contentEl.addClass("kit-log-touch");

    new Setting(contentEl).setName("Date").addText((text) => {
      text.inputEl.type = "date";
      text.inputEl.max = this.plugin.today();
      text.setValue(this.date).onChange((value) => (this.date = value));
    });

    new Setting(contentEl).setName("Kind").addDropdown((dropdown) => {
      dropdown.addOption("", "None");
      for (const kind of this.plugin.settings.touchKinds) dropdown.addOption(kind, kind);
      dropdown.setValue(this.kind).onChange((value) => (this.kind = value));
    });

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

    this.errorEl = contentEl.createDiv({ cls: "kit-error" });
    this.errorEl.hide();

    new Setting(contentEl)
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
      const path = this.file?.path ?? this.contact.path;
      const { touch: logged } = await this.plugin.logTouch(path, { date: this.date, kind: this.kind || undefined, note: this.note });
      new Notice(`Logged a touch with ${this.contact.name}${logged.date === this.plugin.today() ? "" : ` on ${logged.date}`}.`);
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

  private showError(message: string): void {
    if (!this.errorEl) return;
    this.errorEl.setText(message);
    this.errorEl.show();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
