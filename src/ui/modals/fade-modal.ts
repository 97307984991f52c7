import { Setting } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { Host } from "../host";
import { KitModal } from "../shared/kit-modal";

/** "Permission to let some relationships naturally fade": pause a contact, with an optional reason. */
export class FadeModal extends KitModal {
  private reason = "";

  constructor(
    private readonly host: Host,
    private readonly contact: Contact,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`Let ${this.contact.name} fade`);
    contentEl.createEl("p", { cls: "kit-muted", text: "They leave every due list. The note stays as it is, and you can resume them any time from the view's paused list." });
    new Setting(contentEl).setName("Reason").setDesc("Optional, for your future self.").addText((text) => text.setPlaceholder("We drifted apart").onChange((value) => (this.reason = value)));
    new Setting(contentEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Let fade")
          .setCta()
          .onClick(() => void this.submit()),
      );
  }

  setReason(reason: string): void {
    this.reason = reason;
  }

  async submit(): Promise<boolean> {
    const ok = await this.host.actions.fade(this.contact, this.reason);
    if (ok) this.close();
    return ok;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
