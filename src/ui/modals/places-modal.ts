import { SuggestModal } from "obsidian";
import type { AgendaEntry } from "../../core/planning/agenda";
import { quietHoursOf } from "../../core/contacts/local-time";
import { peopleIn, placeCounts, type PlaceCount } from "../../core/contacts/places";
import type { Host } from "../host";
import { lastTouchText } from "../shared/contact-text";
import { renderLocalTime } from "../shared/place-parts";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../sidebar/relationships-view";
import { KIT_MODAL, KitModal } from "../shared/kit-modal";

function people(n: number): string {
  return `${n} ${n === 1 ? "person" : "people"}`;
}

/** "Who's in…?": every place in the notes with how many people are there; picking one lists them. */
export class PlacesModal extends SuggestModal<PlaceCount> {
  constructor(private readonly host: Host) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    this.setPlaceholder("Which place? Type to narrow");
    this.emptyStateText = "No contact has a location yet. Add one with the row menu's “Set place and time zone…”, or a location property.";
  }

  getSuggestions(query: string): PlaceCount[] {
    const q = query.trim().replace(/^@/, "").toLowerCase();
    const all = placeCounts(this.host.index.all());
    return q ? all.filter((p) => p.place.toLowerCase().includes(q)) : all;
  }

  renderSuggestion(value: PlaceCount, el: HTMLElement): void {
    el.createDiv({ text: value.place });
    el.createDiv({ cls: "kit-suggestion-meta", text: people(value.count) });
  }

  onChooseSuggestion(value: PlaceCount): void {
    new PlacePeopleModal(this.host, value.place).open();
  }
}

/** The people in one place, the most overdue first: each one click from a touch or their note. */
export class PlacePeopleModal extends KitModal {
  constructor(
    private readonly host: Host,
    private readonly place: string,
  ) {
    super(host.app);
  }

  people(): AgendaEntry[] {
    return peopleIn(this.host.index.all(), this.place, this.host.today(), this.host.resolved.tiers);
  }

  override onOpen(): void {
    const { contentEl, host } = this;
    const entries = this.people();
    this.setTitle(`Who's in ${this.place}`);
    contentEl.addClass("kit-place-people");
    const intro = contentEl.createDiv({ cls: "kit-place-intro" });
    intro.createSpan({ cls: "kit-muted", text: `${people(entries.length)}, the most overdue first.` });
    const show = intro.createEl("button", { text: "Show in the view" });
    show.addEventListener("click", () => void this.showInView());
    const today = host.today();
    const now = host.now();
    for (const { contact, due } of entries) {
      const row = contentEl.createDiv({ cls: `kit-part-row kit-state-${due.state}`, attr: { "data-path": contact.path } });
      const main = row.createDiv({ cls: "kit-row-main" });
      const name = main.createEl("a", { cls: "kit-name", text: contact.name, href: "#", attr: { "aria-label": `Open ${contact.name}'s note` } });
      name.addEventListener("click", (event) => {
        event.preventDefault();
        this.close();
        void host.app.workspace.openLinkText(contact.path, "", event.ctrlKey || event.metaKey);
      });
      const meta = main.createDiv({ cls: "kit-meta" });
      meta.createSpan({ text: `${contact.tier.label} · ${lastTouchText(contact, today)}` });
      renderLocalTime(meta, contact, now, quietHoursOf(host.settings), false);
      const log = row.createEl("button", { text: "Log touch", attr: { "aria-label": `Log a touch with ${contact.name} today` } });
      log.addEventListener("click", () => {
        log.disabled = true;
        void host.actions.logTouch(contact).then((logged) => {
          log.setText(logged ? "Logged" : "Log touch");
          log.disabled = logged;
        });
      });
    }
  }

  /** The relationships view, filtered to this place, so the list stays at hand while the modal closes. */
  private async showInView(): Promise<void> {
    this.close();
    await this.host.openRelationshipsView();
    const view = this.app.workspace.getLeavesOfType(VIEW_TYPE_RELATIONSHIPS)[0]?.view;
    if (view instanceof RelationshipsView) view.filterByPlace(this.place);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
