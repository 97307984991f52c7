import type { Contact } from "../../core/contacts/contact";
import { describeUpcoming, upcomingDates, type UpcomingDate } from "../../core/contacts/important-dates";
import { comparePromises } from "../../core/conversation/promises";
import { groupPromises } from "../../core/conversation/promise-text";
import type { Host } from "../host";
import { TrackedContacts, type ContactLookup } from "../../core/contacts/tracked-contacts";
import { collapsiblePart, type OpenParts } from "./collapsible-part";
import { openNote } from "./open-note";
import { promiseRows } from "./promise-rows";

/** At most this many rows in each of these lists; the rest is counted. */
const SHOWN = 20;

/**
 * The parts of the view for the practice beyond due dates: open promises (one row a
 * task, most pressing first, tick to keep), important dates coming up, and the paused
 * people, who can be resumed. Each is there only when it has something, closed until
 * opened; short lists, so they are drawn in full each time.
 */
export class PracticeSections {
  constructor(
    private readonly host: Host,
    private readonly parts: OpenParts,
  ) {}

  /**
   * Draws the parts, unless nothing they show has changed since the last time: a
   * change to someone without promises, dates or a pause redraws nothing here, and
   * costs only a look at that one contact (`changed`: the paths the index named,
   * null when anyone may have changed). Returns whether it drew them.
   */
  render(parent: HTMLElement, index: ContactLookup, changed: readonly string[] | null): boolean {
    const today = this.host.today();
    const moved = this.shown.update(index, today === this.day ? changed : null);
    if (!moved && today === this.day && (parent.childElementCount > 0 || this.shown.size === 0)) return false;
    this.day = today;
    const relevant = this.shown.contacts();
    parent.empty();
    this.renderPromises(parent, relevant);
    this.renderDates(parent, relevant);
    this.renderPaused(parent, relevant);
    return true;
  }

  /** The contacts drawn, and the day they were drawn for. */
  private readonly shown = new TrackedContacts(isShown, (a, b) => a === b || shownAs(a) === shownAs(b));
  private day = "";

  private renderPromises(parent: HTMLElement, contacts: readonly Contact[]): void {
    const today = this.host.today();
    const active = contacts.filter((c) => c.promises.length > 0);
    if (active.length === 0) return;
    // One row a task: a promise that names two people is one promise.
    const grouped = groupPromises(active, (c) => c.promises, comparePromises);
    const late = grouped.filter((g) => g.promise.due !== null && g.promise.due < today).length;
    collapsiblePart(parent, { id: "promises", title: "Promises", count: String(grouped.length), alert: late > 0 ? `${late} late` : undefined }, this.parts, (details) => {
      promiseRows(this.host, details, grouped.slice(0, SHOWN));
      if (grouped.length > SHOWN) details.createDiv({ cls: "kit-muted kit-part-more", text: `${grouped.length - SHOWN} more` });
    });
  }

  private renderDates(parent: HTMLElement, contacts: readonly Contact[]): void {
    const today = this.host.today();
    const rows: { u: UpcomingDate; contact: Contact }[] = [];
    for (const contact of contacts) {
      if (contact.importantDates.length === 0) continue;
      for (const u of upcomingDates(contact.importantDates, today, this.host.settings.upcomingDays)) rows.push({ u, contact });
    }
    if (rows.length === 0) return;
    rows.sort((a, b) => a.u.daysUntil - b.u.daysUntil || a.contact.name.localeCompare(b.contact.name));
    collapsiblePart(parent, { id: "dates", title: "Upcoming dates", count: String(rows.length) }, this.parts, (details) => {
      for (const { u, contact } of rows.slice(0, SHOWN)) {
        const row = details.createDiv({ cls: "kit-part-row kit-date", attr: { "data-path": contact.path } });
        const main = row.createDiv({ cls: "kit-row-main" });
        openNote(this.host, main.createEl("a", { cls: "kit-name", text: contact.name, href: "#" }), contact.path);
        main.createDiv({ cls: "kit-meta", text: `${describeUpcoming(u)} · ${u.on}` });
      }
      if (rows.length > SHOWN) details.createDiv({ cls: "kit-muted kit-part-more", text: `${rows.length - SHOWN} more` });
    });
  }

  private renderPaused(parent: HTMLElement, contacts: readonly Contact[]): void {
    const paused = contacts.filter((c) => c.status === "paused");
    if (paused.length === 0) return;
    collapsiblePart(parent, { id: "paused", title: "Paused", count: String(paused.length) }, this.parts, (details) => {
      paused.sort((a, b) => a.name.localeCompare(b.name));
      for (const contact of paused.slice(0, SHOWN)) {
        const row = details.createDiv({ cls: "kit-part-row kit-paused-row", attr: { "data-path": contact.path } });
        const main = row.createDiv({ cls: "kit-row-main" });
        openNote(this.host, main.createEl("a", { cls: "kit-name", text: contact.name, href: "#" }), contact.path);
        main.createDiv({ cls: "kit-meta", text: contact.fadeReason ? `${contact.tier.label} · ${contact.fadeReason}` : contact.tier.label });
        const resume = row.createEl("button", { cls: "kit-resume", text: "Resume", attr: { "aria-label": `Resume ${contact.name}` } });
        resume.addEventListener("click", () => void this.host.actions.resume(contact));
      }
      if (paused.length > SHOWN) details.createDiv({ cls: "kit-muted kit-part-more", text: `${paused.length - SHOWN} more: resume them from their notes or the command` });
    });
  }
}

/** Whether these parts are about a contact: one with promises, yearly dates or a pause. */
function isShown(contact: Contact): boolean {
  return contact.promises.length > 0 || contact.importantDates.length > 0 || contact.status === "paused";
}

/** What these parts show of a contact: two versions alike here need no redraw. */
function shownAs(c: Contact): string {
  const promises = c.promises.map((p) => p.raw).join("\u0000");
  const dates = c.importantDates.map((d) => `${d.key}${d.month}-${d.day}-${d.year ?? ""}`).join(",");
  return `${c.path}|${c.name}|${c.status}|${c.fadeReason ?? ""}|${promises}|${dates}`;
}
