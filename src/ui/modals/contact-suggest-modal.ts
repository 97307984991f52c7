import { FuzzySuggestModal, type FuzzyMatch } from "obsidian";
import { buildAgenda } from "../../core/planning/agenda";
import type { Contact } from "../../core/contacts/contact";
import type { Host } from "../host";
import { lastTouchText } from "../shared/contact-text";
import { KIT_MODAL } from "../shared/kit-modal";

/** Picks a contact by name, the most pressing first. */
export class ContactSuggestModal extends FuzzySuggestModal<Contact> {
  constructor(
    private readonly host: Host,
    private readonly onPick: (contact: Contact) => void,
    /** Which contacts to offer; everyone by default. */
    private readonly only: (contact: Contact) => boolean = () => true,
  ) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    this.setPlaceholder(host.index.size === 0 ? "No contacts yet: create one with “new contact”" : "Pick a contact");
  }

  getItems(): Contact[] {
    const agenda = buildAgenda(this.host.index.all(), this.host.today(), this.host.resolved.tiers);
    return [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed, ...agenda.paused].map((e) => e.contact).filter(this.only);
  }

  getItemText(contact: Contact): string {
    return contact.name;
  }

  override renderSuggestion(match: FuzzyMatch<Contact>, el: HTMLElement): void {
    const contact = match.item;
    el.addClass("kit-suggestion");
    el.createDiv({ cls: "kit-suggestion-name", text: contact.name });
    el.createDiv({ cls: "kit-suggestion-meta", text: `${contact.tier.label} · ${lastTouchText(contact, this.host.today())}` });
  }

  onChooseItem(contact: Contact): void {
    this.onPick(contact);
  }
}
