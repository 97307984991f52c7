import { companyGroups, describeCompanyGroup, type CompanyGroup } from "../../core/import/companies";
import type { Contact } from "../../core/contacts/contact";
import { TrackedContacts } from "../../core/contacts/tracked-contacts";
import type { Host } from "../host";
import { AlumniModal } from "../import/alumni-modal";
import { collapsiblePart, type OpenParts } from "./collapsible-part";

/** Companies listed at once; the rest are a search away in "Alumni of…". */
const SHOWN = 30;
/** The part's id in the view's saved state. */
const PART = "companies";

function namesACompany(contact: Contact): boolean {
  return contact.company !== null || contact.pastCompanies.length > 0;
}

/**
 * "By company" in the relationships view: the companies people work at now or used
 * to, with how many of each; choosing one filters the view to them (and offers the
 * alumni check-in, in a bar under the toolbar while the filter holds). There only when
 * some contact names a company; closed at first, and the grouping is only worked out
 * while open.
 */
export class CompanySection {
  private active: { key: string; name: string } | null = null;
  private signature = "";
  /** Who names a company, kept as the index changes rather than by a look at everyone each time. */
  private readonly withCompany = new TrackedContacts(namesACompany, (a, b) => a === b || (a.company === b.company && a.pastCompanies.join("\n") === b.pastCompanies.join("\n")));

  constructor(
    private readonly host: Host,
    private readonly parent: HTMLElement,
    /** Where the bar of a chosen company goes: under the toolbar, in sight while the list is filtered. */
    private readonly barParent: HTMLElement,
    private readonly parts: OpenParts,
    /** Filters the view to a company's people (its key), or shows everyone again (null). */
    private readonly onFilter: (companyKey: string | null) => void,
  ) {}

  /** `changed`: the contacts the index says changed, null when anyone may have. Returns whether it drew the part again. */
  render(changed: readonly string[] | null = null): boolean {
    this.withCompany.update(this.host.index, changed);
    const shown = this.withCompany.size > 0 || this.active !== null;
    const open = shown && this.parts.isOpen(PART);
    const groups = open ? companyGroups(this.host.index.all()) : null;
    const signature = JSON.stringify([shown, open, this.active, groups?.length, groups?.slice(0, SHOWN).map((g) => [g.key, g.name, g.current.length, g.former.length])]);
    if (signature === this.signature) return false;
    this.signature = signature;
    this.parent.empty();
    this.barParent.empty();
    if (this.active) this.renderActive(this.active);
    if (!shown) return true;
    const details = collapsiblePart(this.parent, { id: PART, title: "By company", count: groups ? String(groups.length) : undefined }, this.parts, (body) => {
      if (groups) this.renderGroups(body, groups);
    });
    // Opening works the grouping out; it is drawn again with it.
    details.addEventListener("toggle", () => void this.render());
    return true;
  }

  /** Filters the view to one company's people; null shows everyone. */
  choose(group: Pick<CompanyGroup, "key" | "name"> | null): void {
    this.active = group && this.active?.key !== group.key ? { key: group.key, name: group.name } : null;
    this.onFilter(this.active?.key ?? null);
    this.render();
  }

  private renderActive(active: { key: string; name: string }): void {
    const bar = this.barParent.createDiv({ cls: "kit-company-filter" });
    bar.createSpan({ cls: "kit-company-filter-label", text: `${active.name}: now and before` });
    const checkIn = bar.createEl("button", { text: "Alumni check-in" });
    checkIn.addEventListener("click", () => new AlumniModal(this.host, active.key).open());
    const clear = bar.createEl("button", { text: "Show everyone", cls: "kit-company-clear" });
    clear.addEventListener("click", () => this.choose(null));
  }

  private renderGroups(details: HTMLElement, groups: CompanyGroup[]): void {
    const list = details.createDiv({ cls: "kit-company-list" });
    for (const group of groups.slice(0, SHOWN)) {
      const button = list.createEl("button", { cls: "kit-company", attr: { "aria-pressed": String(this.active?.key === group.key), "data-company": group.key } });
      button.createSpan({ cls: "kit-company-name", text: group.name });
      button.createSpan({ cls: "kit-muted", text: describeCompanyGroup(group) });
      button.addEventListener("click", () => this.choose(group));
    }
    if (groups.length > SHOWN) details.createDiv({ cls: "kit-muted kit-part-more", text: `${groups.length - SHOWN} more companies: find one with the command "Alumni of…".` });
  }
}
