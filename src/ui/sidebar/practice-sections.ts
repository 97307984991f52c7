import { setIcon, type App } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { daysBetween } from "../../core/shared/dates";
import { describeUpcoming, upcomingDates, type UpcomingDate } from "../../core/contacts/important-dates";
import { comparePromises, type PromiseTask } from "../../core/conversation/promises";
import type { Host } from "../host";
import { TrackedContacts, type ContactLookup } from "../../core/contacts/tracked-contacts";

/** At most this many rows in each of these lists; the rest is counted. */
const SHOWN = 20;

/**
 * The parts of the view for the practice beyond due dates: open promises (overdue
 * first, tick to keep), important dates coming up, and the paused people, who can be
 * resumed. Short lists, so they are drawn in full each time.
 */
export class PracticeSections {
  constructor(
    private readonly app: App,
    private readonly host: Host,
  ) {}

  /**
   * Draws the parts, unless nothing they show has changed since the last time: a
   * change to someone without promises, dates or a pause redraws nothing here, and
   * costs only a look at that one contact (`changed`: the paths the index named,
   * null when anyone may have changed).
   */
  render(parent: HTMLElement, index: ContactLookup, changed: readonly string[] | null): void {
    const today = this.host.today();
    const moved = this.shown.update(index, today === this.day ? changed : null);
    if (!moved && today === this.day && (parent.childElementCount > 0 || this.shown.size === 0)) return;
    this.day = today;
    const relevant = this.shown.contacts();
    parent.empty();
    this.renderPromises(parent, relevant);
    this.renderDates(parent, relevant);
    this.renderPaused(parent, relevant);
  }

  /** Which parts the user opened or closed, kept across redraws. */
  private readonly open = new Map<string, boolean>();
  /** The contacts drawn, and the day they were drawn for. */
  private readonly shown = new TrackedContacts(isShown, (a, b) => a === b || shownAs(a) === shownAs(b));
  private day = "";

  /** A collapsible part whose rows are only drawn while it is open, so the DOM stays small. */
  private section(parent: HTMLElement, title: string, cls: string, count: number, openByDefault: boolean, drawRows: (el: HTMLElement) => void): void {
    const details = parent.createEl("details", { cls: `kit-part ${cls}` });
    const summary = details.createEl("summary", { cls: "kit-section-header" });
    summary.createSpan({ cls: "kit-section-title", text: title });
    summary.createSpan({ cls: "kit-count", text: String(count) });
    let drawn = false;
    const draw = () => {
      if (drawn || !details.open) return;
      drawn = true;
      drawRows(details);
    };
    details.open = this.open.get(cls) ?? openByDefault;
    draw();
    details.addEventListener("toggle", () => {
      this.open.set(cls, details.open);
      draw();
    });
  }

  private nameLink(parent: HTMLElement, contact: Contact): void {
    const link = parent.createEl("a", { cls: "kit-name", text: contact.name, href: "#" });
    link.addEventListener("click", (event: MouseEvent) => {
      event.preventDefault();
      void this.app.workspace.openLinkText(contact.path, "", event.ctrlKey || event.metaKey);
    });
  }

  private renderPromises(parent: HTMLElement, contacts: readonly Contact[]): void {
    const today = this.host.today();
    let count = 0;
    let overdue = 0;
    for (const contact of contacts) {
      count += contact.promises.length;
      for (const promise of contact.promises) if (promise.due !== null && promise.due < today) overdue++;
    }
    if (count === 0) return;
    // The list is only made, and sorted, when the part is open: the counts need neither.
    const sorted = () => {
      const promises: { promise: PromiseTask; contact: Contact }[] = [];
      for (const contact of contacts) for (const promise of contact.promises) promises.push({ promise, contact });
      return promises.sort((a, b) => comparePromises(a.promise, b.promise) || a.contact.name.localeCompare(b.contact.name));
    };
    this.section(parent, overdue > 0 ? `Promises, ${overdue} overdue` : "Promises", "kit-promises", count, overdue > 0, (details) => this.promiseRows(details, sorted()));
  }

  private promiseRows(details: HTMLElement, promises: { promise: PromiseTask; contact: Contact }[]): void {
    const today = this.host.today();
    for (const { promise, contact } of promises.slice(0, SHOWN)) {
      const row = details.createDiv({ cls: "kit-part-row kit-promise", attr: { "data-path": promise.path, "data-line": String(promise.line) } });
      const box = row.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox", attr: { "aria-label": `Mark "${promise.text}" as done` } });
      box.addEventListener("change", () => void this.keep(promise, contact, false));
      const main = row.createDiv({ cls: "kit-row-main" });
      main.createDiv({ cls: "kit-promise-text", text: promise.text });
      const meta = main.createDiv({ cls: "kit-meta" });
      this.nameLink(meta, contact);
      if (promise.due) {
        const late = daysBetween(promise.due, today);
        meta.createSpan({ cls: late > 0 ? "kit-late" : "kit-due-date", text: late > 0 ? `due ${promise.due}, ${late} ${late === 1 ? "day" : "days"} late` : `due ${promise.due}` });
      }
      const log = row.createEl("button", { cls: "clickable-icon kit-keep-and-log", attr: { "aria-label": `Done, and log a follow-through touch with ${contact.name}` } });
      setIcon(log, "check-check");
      log.addEventListener("click", () => void this.keep(promise, contact, true));
    }
    if (promises.length > SHOWN) details.createDiv({ cls: "kit-muted", text: `${promises.length - SHOWN} more` });
  }

  /** Ticks the promise in its note; optionally logs the follow-through as a touch. Both are one step to undo. */
  async keep(promise: PromiseTask, contact: Contact, logTouch: boolean): Promise<void> {
    await this.host.actions.keepPromise(promise, contact, logTouch);
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
    this.section(parent, "Upcoming dates", "kit-dates", rows.length, true, (details) => {
      for (const { u, contact } of rows.slice(0, SHOWN)) {
        const row = details.createDiv({ cls: "kit-part-row kit-date", attr: { "data-path": contact.path } });
        const main = row.createDiv({ cls: "kit-row-main" });
        this.nameLink(main, contact);
        main.createDiv({ cls: "kit-meta", text: `${describeUpcoming(u)} · ${u.on}` });
      }
      if (rows.length > SHOWN) details.createDiv({ cls: "kit-muted", text: `${rows.length - SHOWN} more` });
    });
  }

  private renderPaused(parent: HTMLElement, contacts: readonly Contact[]): void {
    const paused = contacts.filter((c) => c.status === "paused");
    if (paused.length === 0) return;
    this.section(parent, "Paused", "kit-paused", paused.length, false, (details) => {
      paused.sort((a, b) => a.name.localeCompare(b.name));
      for (const contact of paused.slice(0, SHOWN)) {
        const row = details.createDiv({ cls: "kit-part-row kit-paused-row", attr: { "data-path": contact.path } });
        const main = row.createDiv({ cls: "kit-row-main" });
        this.nameLink(main, contact);
        main.createDiv({ cls: "kit-meta", text: contact.fadeReason ? `${contact.tier.label} · ${contact.fadeReason}` : contact.tier.label });
        const resume = row.createEl("button", { cls: "kit-resume", text: "Resume", attr: { "aria-label": `Resume ${contact.name}` } });
        resume.addEventListener("click", () => void this.host.actions.resume(contact));
      }
      if (paused.length > SHOWN) details.createDiv({ cls: "kit-muted", text: `${paused.length - SHOWN} more: resume them from their notes or the command` });
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
