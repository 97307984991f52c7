import { Setting, type App } from "obsidian";
import { KitModal } from "../shared/kit-modal";

/** How a question's "no" reads and what it does; by default Cancel, which only closes. */
export interface ConfirmChoice {
  /** The words of the button that says no. */
  cancelText?: string;
  /** Runs when the window closes without a yes: its "no" button, Escape or the close button. */
  onCancel?: () => void;
  /** False for a yes that changes nothing the user can't get back: Obsidian's accent colour instead of its red. */
  warning?: boolean;
}

/** Asks one yes-or-no question before something that can't be taken back; only the button says yes. */
export class ConfirmModal extends KitModal {
  private confirmed = false;

  constructor(
    app: App,
    private readonly title: string,
    private readonly message: string,
    private readonly confirmText: string,
    private readonly onConfirm: () => void,
    /** Lines listed under the message, one change each, so the user sees what the button does. */
    private readonly items: readonly string[] = [],
    private readonly choice: ConfirmChoice = {},
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
      .addButton((b) => b.setButtonText(this.choice.cancelText ?? "Cancel").onClick(() => this.close()))
      .addButton((b) => {
        if (this.choice.warning === false) b.setCta();
        // Obsidian's own red for a button that replaces something (the class setWarning set before it was deprecated).
        else b.buttonEl.addClass("mod-warning");
        b.setButtonText(this.confirmText).onClick(() => this.confirm());
      });
  }

  override onClose(): void {
    if (!this.confirmed) this.choice.onCancel?.();
  }

  confirm(): void {
    this.confirmed = true;
    this.close();
    this.onConfirm();
  }
}
