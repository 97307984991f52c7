import { buildAgenda } from "../../core/planning/agenda";
import type { Contact } from "../../core/contacts/contact";
import type { Host } from "../host";

/** How many matching people the list shows at once; the search narrows the rest. */
const SHOWN = 100;

/**
 * A searchable list of contacts with a checkbox each, showing where each one is now.
 * The search is the view's filter, so "@Lisbon" finds everyone in Lisbon, and
 * "Select all shown" takes them all at once.
 */
export class PlaceChecklist {
  readonly selected = new Set<string>();
  private query = "";
  private readonly listEl: HTMLElement;
  private readonly countEl: HTMLElement;
  private shown: Contact[] = [];

  constructor(
    private readonly host: Host,
    parent: HTMLElement,
  ) {
    const bar = parent.createDiv({ cls: "kit-place-bar" });
    const search = bar.createEl("input", { type: "search", cls: "kit-group-search", attr: { placeholder: "Find people by name, topic or @place", "aria-label": "Find people" } });
    search.addEventListener("input", () => {
      this.query = search.value;
      this.render();
    });
    const all = bar.createEl("button", { text: "Select all shown" });
    all.addEventListener("click", () => {
      for (const contact of this.shown) this.selected.add(contact.path);
      this.render();
    });
    this.countEl = parent.createDiv({ cls: "kit-muted kit-group-count", attr: { "aria-live": "polite" } });
    this.listEl = parent.createDiv({ cls: "kit-group-list" });
    // One listener for every box: the list is drawn again as the search changes.
    this.listEl.addEventListener("change", (event) => {
      const box = event.target;
      const path = box instanceof HTMLInputElement ? box.getAttr("data-path") : null;
      if (!path || !(box instanceof HTMLInputElement)) return;
      if (box.checked) this.selected.add(path);
      else this.selected.delete(path);
      this.updateCount();
    });
    this.render();
    window.setTimeout(() => search.focus(), 0);
  }

  /** Ticks or unticks one person by path. */
  select(path: string, on = true): void {
    if (on) this.selected.add(path);
    else this.selected.delete(path);
    this.render();
  }

  private render(): void {
    const agenda = buildAgenda(this.host.index.all(), this.host.today(), this.host.resolved.tiers, { text: this.query });
    const matches = [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed, ...agenda.paused].map((e) => e.contact);
    this.shown = matches.slice(0, SHOWN);
    this.listEl.empty();
    for (const contact of this.shown) {
      const label = this.listEl.createEl("label", { cls: "kit-group-item" });
      label.createEl("input", { type: "checkbox", attr: { "data-path": contact.path } }).checked = this.selected.has(contact.path);
      label.createSpan({ text: contact.name });
      const where = [contact.location ? `@${contact.location}` : null, contact.timezone].filter((part) => part !== null).join(" · ");
      label.createSpan({ cls: "kit-muted", text: where || "no place yet" });
    }
    if (matches.length > SHOWN) this.listEl.createDiv({ cls: "kit-muted", text: `${matches.length - SHOWN} more match; narrow the search to see them.` });
    this.updateCount();
  }

  private updateCount(): void {
    this.countEl.setText(`${this.selected.size} selected`);
  }
}
