import { Setting, setIcon } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { FuelItem } from "../../core/conversation/fuel";
import type { Host } from "../host";
import { KitModal } from "../shared/kit-modal";

/** A fuel item as a list entry: its words, a task mark when it is one, its nested lines under it. */
export function renderFuelItem(el: HTMLElement, item: FuelItem): void {
  if (item.task) setIcon(el.createSpan({ cls: "kit-fuel-task", attr: { "aria-label": "Task" } }), "square");
  el.createSpan({ cls: "kit-fuel-text", text: item.text });
  if (item.details.length === 0) return;
  const nested = el.createEl("ul", { cls: "kit-fuel-details" });
  for (const detail of item.details) nested.createEl("li", { text: detail });
}

/**
 * After a touch: which of the things noted for next time came up? The chosen ones are
 * cleared from the note (with their nested lines), the rest stay for the time after.
 */
export class FuelClearModal extends KitModal {
  private readonly chosen = new Set<FuelItem>();

  constructor(
    private readonly host: Host,
    private readonly contact: Pick<Contact, "path" | "name">,
    private readonly items: readonly FuelItem[],
  ) {
    super(host.app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Used in this conversation?");
    contentEl.addClass("kit-fuel-clear");
    contentEl.createEl("p", { cls: "kit-muted", text: `Tick what you talked about with ${this.contact.name} to clear it from next time. The rest stays.` });
    const list = contentEl.createEl("ul", { cls: "kit-fuel-choices" });
    let first: HTMLInputElement | null = null;
    for (const item of this.items) {
      const label = list.createEl("li").createEl("label", { cls: "kit-fuel-choice" });
      const box = label.createEl("input", { type: "checkbox" });
      first ??= box;
      box.addEventListener("change", () => {
        if (box.checked) this.chosen.add(item);
        else this.chosen.delete(item);
      });
      renderFuelItem(label.createDiv({ cls: "kit-fuel-choice-body" }), item);
    }
    // Enter clears what is ticked, unless it is pressing a focused button (Keep them all).
    this.scope.register([], "Enter", (event: KeyboardEvent) => {
      if (event.targetNode?.instanceOf(HTMLButtonElement)) return true;
      void this.clear();
      return false;
    });
    new Setting(contentEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Keep them all").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Clear them")
          .setCta()
          .onClick(() => void this.clear()),
      );
    const focus = first;
    if (focus) window.setTimeout(() => focus.focus(), 0);
  }

  /** Clears the ticked items in one write, one step to undo; with nothing ticked it just closes. */
  async clear(): Promise<boolean> {
    const chosen = this.items.filter((item) => this.chosen.has(item));
    if (chosen.length === 0) {
      this.close();
      return true;
    }
    const cleared = await this.host.actions.clearFuel(this.contact, chosen);
    if (cleared) this.close();
    return cleared;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
