import { Setting, type App } from "obsidian";
import { KitModal } from "../shared/kit-modal";

/** Asks one yes-or-no question before something that can't be taken back; only the button says yes. */
export class ConfirmModal extends KitModal {
  constructor(
    app: App,
    private readonly title: string,
    private readonly message: string,
    private readonly confirmText: string,
    private readonly onConfirm: () => void,
    /** Lines listed under the message, one change each, so the user sees what the button does. */
    private readonly items: readonly string[] = [],
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    this.contentEl.createEl("p", { cls: "kit-muted", text: this.message });
    if (this.items.length > 0) {
      const list = this.contentEl.createEl("ul");
      for (const item of this.items) list.createEl("li", { text: item });
    }
    new Setting(this.contentEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) => {
        // Obsidian's own red for a button that replaces something (the class setWarning set before it was deprecated).
        b.buttonEl.addClass("mod-warning");
        b.setButtonText(this.confirmText).onClick(() => this.confirm());
      });
  }

  confirm(): void {
    this.close();
    this.onConfirm();
  }
}
