import { Component, Setting } from "obsidian";
import { describeRhythm, type Contact } from "../../core/contacts/contact";
import { getProperty } from "../../core/contacts/contact-rule";
import { daysBetween, formatAgo, parseDateValue } from "../../core/shared/dates";
import { driftOf } from "../../core/insight/drift";
import { monthlyHistory, touchesByDay } from "../../core/insight/history";
import { describeUpcoming, upcomingDates } from "../../core/contacts/important-dates";
import { describeWarmth, warmthOf } from "../../core/insight/warmth";
import { describeLocalTime, localTimeOf, quietHoursOf } from "../../core/contacts/local-time";
import { describePromiseDue, promiseDisplay } from "../../core/conversation/promise-text";
import type { Host } from "../host";
import { renderMonthlyBars, renderTouchHeatmap } from "../shared/history-chart";
import { renderOnIndexChange } from "../shared/live-render";
import { LogTouchModal } from "./log-touch-modal";
import { KitModal } from "../shared/kit-modal";

/** A whole year ahead, so every important date shows when it next comes round. */
const DATES_AHEAD_DAYS = 366;

/**
 * Everything about one person on one screen: rhythm, warmth, drift, a year of
 * touches, open promises, topics and dates. It stays current while open: logging a
 * touch from it (or editing the note) redraws it.
 */
export class ContactDetailModal extends KitModal {
  private contact: Contact;
  private live: Component | null = null;
  /** Each draw's number; a log read for an older draw is dropped. */
  private draw = 0;
  /** The days in the contact's touch log, once read for this draw. */
  private loggedDays: ReadonlySet<string> | null = null;

  constructor(
    private readonly host: Host,
    contact: Contact,
  ) {
    super(host.app);
    this.contact = contact;
  }

  override onOpen(): void {
    this.modalEl.addClass("kit-detail-modal");
    this.live = new Component();
    this.live.load();
    renderOnIndexChange(this.live, this.host.index, (changed) => {
      if (changed !== null && !changed.includes(this.contact.path)) return;
      const current = this.host.index.get(this.contact.path);
      if (current) this.contact = current;
      this.render();
    });
    this.render();
  }

  override onClose(): void {
    this.live?.unload();
    this.live = null;
    this.contentEl.empty();
  }

  render(): void {
    const { contact } = this;
    const today = this.host.today();
    const draw = ++this.draw;
    this.loggedDays = null;
    const { contentEl } = this;
    contentEl.empty();
    this.setTitle(contact.name);

    const facts = contentEl.createDiv({ cls: "kit-detail-facts" });
    fact(facts, "Tier", `${contact.tier.label}, ${describeRhythm(contact)}`, "kit-detail-tier");
    fact(facts, "Last touch", contact.lastTouch === null ? "Never" : `${contact.lastTouch}, ${formatAgo(daysBetween(contact.lastTouch, today))}`, "kit-detail-last-touch");
    if (contact.location !== null || contact.timezone !== null) {
      const time = contact.timezone === null ? null : describeLocalTime(localTimeOf(contact.timezone, this.host.now(), quietHoursOf(this.host.settings)));
      fact(facts, "Place", [contact.location, time].filter((part) => part !== null).join(", "), "kit-detail-place");
    }
    if (contact.status === "paused") fact(facts, "Paused", contact.fadeReason ?? "No reason given", "kit-detail-paused");
    else if (contact.snoozeUntil !== null && contact.snoozeUntil > today) fact(facts, "Snoozed", `until ${contact.snoozeUntil}`, "kit-detail-snoozed");

    const warmth = warmthOf(contact, today);
    const warmthEl = fact(facts, "Warmth", "", "kit-detail-warmth");
    const explanation = `Warmth: ${describeWarmth(warmth)}`;
    // The same ten-step bar as the rows: its class carries the width, so no inline style.
    warmthEl.createSpan({ cls: "kit-warmth", attr: { role: "img", "aria-label": explanation, "data-warmth": String(Math.round(warmth.value * 10)) } }).createSpan({ cls: "kit-warmth-fill" });
    warmthEl.createSpan({ cls: "kit-detail-explain", text: describeWarmth(warmth) });
    const drift = driftOf(contact, today);
    fact(facts, "Rhythm", drift.explanation, drift.drifting ? "kit-detail-drift kit-detail-drifting" : "kit-detail-drift");

    const history = this.part("Last 12 months", "kit-detail-history");
    this.drawHistory(history);
    const calendar = contentEl.createEl("details", { cls: "kit-detail-calendar" });
    calendar.createEl("summary", { text: "Every day of the year" });
    const calendarBody = calendar.createDiv();
    calendar.addEventListener("toggle", () => {
      if (calendar.open && calendarBody.childElementCount === 0) this.drawCalendar(calendarBody);
    });
    void this.readLoggedDays(draw, history, calendarBody);

    this.renderLists(today);
    this.renderWarnings();
    new Setting(contentEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Open note").onClick(() => this.openNote()))
      .addButton((b) =>
        b
          .setButtonText("Log touch…")
          .setCta()
          .onClick(() => new LogTouchModal(this.host, this.contact).open()),
      );
  }

  /**
   * The bars first from the touch days alone; then, once the touch log is read, with
   * the days recorded in the contact's own note (its log, its last-touch property)
   * told from mentions in dated notes.
   */
  private async readLoggedDays(draw: number, history: HTMLElement, calendarBody: HTMLElement): Promise<void> {
    const logged = new Set<string>();
    try {
      for (const touch of await this.host.api.getTouches(this.contact.path)) logged.add(touch.date);
      const file = this.app.vault.getFileByPath(this.contact.path);
      const frontmatter = file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
      const property = parseDateValue(getProperty(frontmatter, this.host.settings.properties.lastTouch));
      if (property.ok) logged.add(property.date);
    } catch {
      // Without the log (a note just renamed, say) the bars still count every touch day.
      return;
    }
    if (draw !== this.draw) return;
    this.loggedDays = logged;
    this.drawHistory(history);
    if (calendarBody.childElementCount > 0) this.drawCalendar(calendarBody);
  }

  private drawHistory(parent: HTMLElement): void {
    parent.querySelector(".kit-history-bars")?.remove();
    renderMonthlyBars(parent, monthlyHistory(this.contact.touchDates, this.host.today(), this.loggedDays ?? undefined), `Touches with ${this.contact.name}, month by month`);
  }

  private drawCalendar(parent: HTMLElement): void {
    parent.empty();
    const today = this.host.today();
    const loggedDates = this.loggedDays ?? undefined;
    const days = touchesByDay([{ name: this.contact.name, touchDates: this.contact.touchDates, loggedDates }], today);
    renderTouchHeatmap(parent, days, { today, label: `Touches with ${this.contact.name}` });
  }

  private renderLists(today: string): void {
    const { contact } = this;
    if (contact.promises.length > 0) {
      const list = this.part("Open promises", "kit-detail-promises").createEl("ul");
      for (const promise of contact.promises) {
        // As people read it: names for links, the due date said once.
        const item = list.createEl("li", { text: promiseDisplay(promise.text).plain });
        const when = describePromiseDue(promise.due, today);
        if (when) item.createSpan({ cls: when.late ? "kit-late" : "kit-muted", text: `, ${when.text}` });
        if (promise.path !== contact.path) item.createSpan({ cls: "kit-muted", text: ` — in ${promise.path.replace(/\.md$/i, "")}` });
      }
    }
    if (contact.topics.length > 0) this.part("Topics", "kit-detail-topics").createDiv({ text: contact.topics.join(", ") });
    if (contact.importantDates.length > 0) {
      const list = this.part("Important dates", "kit-detail-dates").createEl("ul");
      for (const upcoming of upcomingDates(contact.importantDates, today, DATES_AHEAD_DAYS)) {
        const { date } = upcoming;
        const written = `${date.year === null ? "" : `${date.year}-`}${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
        list.createEl("li", { text: `${describeUpcoming(upcoming)} (${written})` });
      }
    }
  }

  private renderWarnings(): void {
    if (this.contact.warnings.length === 0) return;
    const list = this.part("Problems in the note", "kit-detail-warnings").createEl("ul");
    for (const warning of this.contact.warnings) list.createEl("li", { text: warning });
  }

  private part(title: string, cls: string): HTMLElement {
    const el = this.contentEl.createDiv({ cls: `kit-detail-part ${cls}` });
    el.createDiv({ cls: "kit-detail-part-title", text: title });
    return el;
  }

  private openNote(): void {
    this.close();
    void this.host.app.workspace.openLinkText(this.contact.path, "", false);
  }
}

/** One labelled line of the facts at the top; returns the value's element. */
function fact(parent: HTMLElement, label: string, value: string, cls: string): HTMLElement {
  const row = parent.createDiv({ cls: `kit-detail-fact ${cls}` });
  row.createSpan({ cls: "kit-detail-label", text: label });
  return row.createSpan({ cls: "kit-detail-value", text: value });
}
