import { Component, FuzzySuggestModal, type FuzzyMatch } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { alumniByUrgency, companyGroups, companyKey, describeCompanyGroup, type CompanyGroup } from "../../core/import/companies";
import type { Host } from "../host";
import { lastTouchText } from "../shared/contact-text";
import { GroupTouchModal } from "../modals/group-touch-modal";
import { renderOnIndexChange } from "../shared/live-render";
import { KIT_MODAL, KitModal } from "../shared/kit-modal";

/** More people than a check-in can mean one by one: the list stops here and says how many are left. */
const SHOWN = 200;

/** "Alumni of…": picks a company, current or past, then shows its people. */
export class CompanyPickerModal extends FuzzySuggestModal<CompanyGroup> {
  constructor(private readonly host: Host) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    this.setPlaceholder("Pick a company: where people work now or used to");
    this.emptyStateText = "No contact names a company yet. Import your LinkedIn connections, or add company and past_companies to notes.";
  }

  getItems(): CompanyGroup[] {
    return companyGroups(this.host.index.all());
  }

  getItemText(group: CompanyGroup): string {
    return group.name;
  }

  override renderSuggestion(match: FuzzyMatch<CompanyGroup>, el: HTMLElement): void {
    el.addClass("kit-suggestion");
    el.createDiv({ cls: "kit-suggestion-name", text: match.item.name });
    el.createDiv({ cls: "kit-suggestion-meta", text: describeCompanyGroup(match.item) });
  }

  onChooseItem(group: CompanyGroup): void {
    new AlumniModal(this.host, group.key).open();
  }
}

/**
 * A company's people, those there now and those who moved on, most overdue first:
 * the yearly alumni check-in as a list with a log button on each row and one for
 * a group touch with everyone.
 */
export class AlumniModal extends KitModal {
  private readonly live = new Component();
  private listEl!: HTMLElement;

  constructor(
    private readonly host: Host,
    private readonly key: string,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    this.modalEl.addClass("kit-alumni");
    this.contentEl.createEl("p", { cls: "kit-muted", text: "Most overdue first. Congratulate them on a new role, ask how the old team is doing: these are your easiest warm introductions." });
    this.listEl = this.contentEl.createDiv({ cls: "kit-alumni-list" });
    this.live.load();
    renderOnIndexChange(this.live, this.host.index, () => this.render());
    this.render();
  }

  override onClose(): void {
    this.live.unload();
    this.contentEl.empty();
  }

  private group(): CompanyGroup | undefined {
    return companyGroups(this.host.index.all()).find((g) => g.key === this.key);
  }

  /** The people as the index knows them now: a logged touch moves its row. */
  render(): void {
    const group = this.group();
    this.setTitle(`Alumni of ${group?.name ?? "a company"}`);
    this.listEl.empty();
    if (!group) {
      this.listEl.createDiv({ cls: "kit-empty", text: "Nobody's note names this company any more." });
      return;
    }
    const people = alumniByUrgency(group, this.host.today());
    this.listEl.createDiv({ cls: "kit-muted", text: describeCompanyGroup(group) });
    for (const contact of people.slice(0, SHOWN)) this.row(contact);
    if (people.length > SHOWN) this.listEl.createDiv({ cls: "kit-muted", text: `${people.length - SHOWN} more not shown.` });
    const all = this.listEl.createEl("button", { cls: "mod-cta kit-alumni-group", text: `Log a group touch with all ${people.length}` });
    all.addEventListener("click", () => {
      this.close();
      new GroupTouchModal(this.host, people.map((c) => c.path)).open();
    });
  }

  private row(contact: Contact): void {
    const row = this.listEl.createDiv({ cls: "kit-alumni-row", attr: { "data-path": contact.path } });
    const text = row.createDiv({ cls: "kit-alumni-text" });
    const name = text.createEl("a", { cls: "kit-name", text: contact.name, href: "#" });
    name.addEventListener("click", (event) => {
      event.preventDefault();
      this.close();
      void this.app.workspace.openLinkText(contact.path, "", event.ctrlKey || event.metaKey);
    });
    text.createDiv({ cls: "kit-muted", text: `${whereNow(contact, this.key)} · ${lastTouchText(contact, this.host.today())}` });
    const log = row.createEl("button", { cls: "kit-log", text: "Log", attr: { "aria-label": `Log a touch with ${contact.name}` } });
    log.addEventListener("click", () => void this.host.actions.logTouch(contact));
  }
}

/** "there now as Designer", or "now at Globex" for someone who left. */
function whereNow(contact: Contact, key: string): string {
  if (contact.company !== null && companyKey(contact.company) === key) return contact.role ? `there now as ${contact.role}` : "there now";
  return contact.company ? `left; now at ${contact.company}` : "left";
}
