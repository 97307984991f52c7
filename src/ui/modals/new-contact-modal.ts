import { Setting } from "obsidian";
import type { Host } from "../host";
import { messageOf } from "../../core/shared/errors";
import { KitModal } from "../shared/kit-modal";

/** Creates a contact note in the contacts folder with a tier, then opens it. */
export class NewContactModal extends KitModal {
  private name = "";
  private tierId: string;
  private errorEl: HTMLElement | null = null;

  constructor(private readonly host: Host) {
    super(host.app);
    this.tierId = host.resolved.defaultTier.id;
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("New contact");
    new Setting(contentEl).setName("Name").addText((text) => {
      text.setPlaceholder("Full name").onChange((value) => (this.name = value));
      text.inputEl.addEventListener("keydown", (event: KeyboardEvent) => {
        if (event.key === "Enter" && !event.isComposing) {
          event.preventDefault();
          void this.submit();
        }
      });
      window.setTimeout(() => text.inputEl.focus(), 0);
    });
    new Setting(contentEl).setName("Tier").addDropdown((dropdown) => {
      for (const tier of this.host.resolved.tiers) dropdown.addOption(tier.id, tier.label);
      dropdown.setValue(this.tierId).onChange((value) => (this.tierId = value));
    });
    this.errorEl = contentEl.createDiv({ cls: "kit-error" });
    new Setting(contentEl).setClass("kit-modal-buttons").addButton((b) =>
      b
        .setButtonText("Create")
        .setCta()
        .onClick(() => void this.submit()),
    );
  }

  async submit(): Promise<boolean> {
    try {
      const file = await this.host.actions.createContact(this.name, this.tierId);
      this.close();
      await this.app.workspace.getLeaf(false).openFile(file);
      return true;
    } catch (error) {
      this.errorEl?.setText(messageOf(error));
      return false;
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
