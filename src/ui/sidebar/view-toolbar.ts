import { setIcon } from "obsidian";
import type { AgendaFilter } from "../../core/planning/agenda";
import { placeFilterText } from "../../core/contacts/places";
import type { Host } from "../host";
import { showViewMenu } from "./view-menu";

/**
 * The top of the relationships view, one compact line: the text filter (name, topic or
 * @place), the tier filter, and one menu button for everything else (reach out, plan the
 * week, a group touch, new contacts, import, the review). Holds the view's filter, a
 * company chosen in the company section included; every change makes a new filter
 * object, so the view can tell an agenda made for an older filter.
 */
export class ViewToolbar {
  private current: AgendaFilter = {};
  private readonly tierSelect: HTMLSelectElement;
  private readonly searchEl: HTMLInputElement;
  private tiersShown: readonly unknown[] | null = null;

  constructor(
    private readonly host: Host,
    toolbar: HTMLElement,
    private readonly onFilter: () => void,
    /** Opens this week's plan in the view. */
    planWeek: () => void,
  ) {
    const search = toolbar.createEl("input", {
      cls: "kit-text-filter",
      type: "search",
      attr: { placeholder: "Filter", "aria-label": "Filter by name, topic or @place", title: "Filter by name, topic or @place" },
    });
    this.searchEl = search;
    search.addEventListener("input", () => this.setFilter({ text: search.value }));
    this.tierSelect = toolbar.createEl("select", { cls: "dropdown kit-tier-filter", attr: { "aria-label": "Filter by tier" } });
    this.fillTierOptions();
    this.tierSelect.addEventListener("change", () => this.setFilter({ tierId: this.tierSelect.value || undefined }));
    const menu = toolbar.createEl("button", { cls: "clickable-icon kit-view-menu", attr: { "aria-label": "Reach out, plan and more" } });
    setIcon(menu, "more-horizontal");
    menu.addEventListener("click", (event) => showViewMenu(this.host, event, menu, planWeek));
  }

  get filter(): AgendaFilter {
    return this.current;
  }

  /** Whether any filter is set: without one the view shows the index's own agenda. */
  get filtering(): boolean {
    return Boolean(this.current.text?.trim() || this.current.tierId || this.current.company);
  }

  /** Shows only the people of one company (null: every company). */
  filterByCompany(company: string | null): void {
    this.setFilter({ company: company ?? undefined });
  }

  /** Shows only the people in one place, as if "@Lisbon" had been typed in the filter. */
  filterByPlace(place: string): void {
    this.searchEl.value = placeFilterText(place);
    this.searchEl.dispatchEvent(new Event("input"));
  }

  /** The tier options, drawn again only when the tiers in settings change. */
  fillTierOptions(): void {
    const { tiers } = this.host.resolved;
    if (this.tiersShown === tiers) return;
    this.tiersShown = tiers;
    const current = this.tierSelect.value;
    this.tierSelect.empty();
    this.tierSelect.createEl("option", { text: "All tiers", value: "" });
    for (const tier of tiers) this.tierSelect.createEl("option", { text: tier.label, value: tier.id });
    this.tierSelect.value = tiers.some((t) => t.id === current) ? current : "";
    if (this.tierSelect.value !== current) this.current = { ...this.current, tierId: undefined };
  }

  private setFilter(change: AgendaFilter): void {
    this.current = { ...this.current, ...change };
    this.onFilter();
  }
}
