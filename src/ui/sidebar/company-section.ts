import { companyGroups, describeCompanyGroup, type CompanyGroup } from "../../core/import/companies";
import type { Component } from "obsidian";
import type { Host } from "../host";
import { AlumniModal } from "../import/alumni-modal";
import { renderOnIndexChange } from "../shared/live-render";

/** Companies listed at once; the rest are a search away in "Alumni of…". */
const SHOWN = 30;

/**
 * "By company" in the relationships view: the companies people work at now or used
 * to, with how many of each; choosing one filters the view to them (and offers the
 * alumni check-in). Closed at first: the grouping is only worked out while open.
 */
export class CompanySection {
  private open = false;
  private active: { key: string; name: string } | null = null;
  private signature = "";

  constructor(
    private readonly host: Host,
    private readonly parent: HTMLElement,
    /** Filters the view to a company's people (its key), or shows everyone again (null). */
    private readonly onFilter: (companyKey: string | null) => void,
  ) {}

  /** Draws the part into a view and keeps it current while the view is open. */
  static attach(view: Component, host: Host, parent: HTMLElement, onFilter: (companyKey: string | null) => void): CompanySection {
    const part = new CompanySection(host, parent, onFilter);
    renderOnIndexChange(view, host.index, () => part.render());
    part.render();
    return part;
  }

  render(): void {
    const groups = this.open ? companyGroups(this.host.index.all()) : null;
    const signature = JSON.stringify([this.active, groups?.length, groups?.slice(0, SHOWN).map((g) => [g.key, g.name, g.current.length, g.former.length])]);
    if (signature === this.signature && this.parent.childElementCount > 0) return;
    this.signature = signature;
    this.parent.empty();
    if (this.active) this.renderActive(this.active);
    const details = this.parent.createEl("details", { cls: "kit-part kit-companies" });
    const summary = details.createEl("summary", { cls: "kit-section-header" });
    summary.createSpan({ cls: "kit-section-title", text: "By company" });
    if (groups) summary.createSpan({ cls: "kit-count", text: String(groups.length) });
    details.open = this.open;
    details.addEventListener("toggle", () => {
      if (details.open === this.open) return;
      this.open = details.open;
      this.render();
    });
    if (groups) this.renderGroups(details, groups);
  }

  /** Filters the view to one company's people; null shows everyone. */
  choose(group: Pick<CompanyGroup, "key" | "name"> | null): void {
    this.active = group && this.active?.key !== group.key ? { key: group.key, name: group.name } : null;
    this.onFilter(this.active?.key ?? null);
    this.render();
  }

  private renderActive(active: { key: string; name: string }): void {
    const bar = this.parent.createDiv({ cls: "kit-company-filter" });
    bar.createSpan({ cls: "kit-company-filter-label", text: `${active.name}: now and before` });
    const checkIn = bar.createEl("button", { text: "Alumni check-in" });
    checkIn.addEventListener("click", () => new AlumniModal(this.host, active.key).open());
    const clear = bar.createEl("button", { text: "Show everyone", cls: "kit-company-clear" });
    clear.addEventListener("click", () => this.choose(null));
  }

  private renderGroups(details: HTMLElement, groups: CompanyGroup[]): void {
    if (groups.length === 0) {
      details.createDiv({ cls: "kit-muted kit-companies-empty", text: "No contact names a company yet. Import your LinkedIn connections, or add company to a note." });
      return;
    }
    const list = details.createDiv({ cls: "kit-company-list" });
    for (const group of groups.slice(0, SHOWN)) {
      const button = list.createEl("button", { cls: "kit-company", attr: { "aria-pressed": String(this.active?.key === group.key), "data-company": group.key } });
      button.createSpan({ cls: "kit-company-name", text: group.name });
      button.createSpan({ cls: "kit-muted", text: describeCompanyGroup(group) });
      button.addEventListener("click", () => this.choose(group));
    }
    if (groups.length > SHOWN) details.createDiv({ cls: "kit-muted", text: `${groups.length - SHOWN} more companies: find one with the command "Alumni of…".` });
  }
}
