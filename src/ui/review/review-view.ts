import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { touchesByDay } from "../../core/insight/history";
import { buildReview, type Review } from "../../core/insight/review";
import { REVIEW_PERIODS, type ReviewPeriodDays } from "../../core/insight/review-period";
import { describePeriod } from "../../core/insight/review-text";
import type { Touch } from "../../core/touches/touch-line";
import type { Host } from "../host";
import { TouchHistory } from "../../obsidian/touch-history";
import { ContactSuggestModal } from "../modals/contact-suggest-modal";
import { renderTouchHeatmap } from "../shared/history-chart";
import { renderOnIndexChange } from "../shared/live-render";
import { drawDriftAndCooling, drawInitiative, drawReciprocity, drawSegments, drawSuggestions, drawTiers, drawTopics } from "./review-sections";

export const VIEW_TYPE_REVIEW = "keep-in-touch-review";

function isPeriod(value: unknown): value is ReviewPeriodDays {
  return REVIEW_PERIODS.some((p) => p === value);
}

/**
 * The review: a monthly, quarterly or yearly look back over the whole network. It
 * shows figures and suggestions; nothing is sent or decided for the user, and the
 * only write is a tier suggestion the user applies with a click.
 */
export class ReviewView extends ItemView {
  private periodDays: ReviewPeriodDays = 90;
  /** Whose calendar is shown: one contact's note path, or null for everyone. */
  private calendarPath: string | null = null;
  private readonly history: TouchHistory;
  private bodyEl!: HTMLElement;
  private periodSelect!: HTMLSelectElement;
  private generation = 0;
  /** The review on show, for the buttons that act on it. */
  private review: Review | null = null;
  /** How many times the review was drawn; lets tests wait for a redraw. */
  renders = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Host,
  ) {
    super(leaf);
    this.history = new TouchHistory(this.app, () => host.settings);
  }

  getViewType(): string {
    return VIEW_TYPE_REVIEW;
  }

  getDisplayText(): string {
    return "Review";
  }

  override getIcon(): string {
    return "clipboard-list";
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), periodDays: this.periodDays };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const days = (state as { periodDays?: unknown } | null)?.periodDays;
    if (isPeriod(days) && days !== this.periodDays) {
      this.periodDays = days;
      if (this.periodSelect) this.periodSelect.value = String(days);
      if (this.bodyEl) await this.refresh();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass("kit-review");
    const toolbar = root.createDiv({ cls: "kit-review-toolbar" });
    toolbar.createEl("h3", { text: "Review" });
    this.periodSelect = toolbar.createEl("select", { cls: "dropdown kit-review-period", attr: { "aria-label": "Period to review" } });
    for (const days of REVIEW_PERIODS) this.periodSelect.createEl("option", { value: String(days), text: `Last ${days} days` });
    this.periodSelect.value = String(this.periodDays);
    this.registerDomEvent(this.periodSelect, "change", () => {
      const days = Number(this.periodSelect.value);
      if (!isPeriod(days)) return;
      this.periodDays = days;
      void this.refresh();
      this.app.workspace.requestSaveLayout();
    });
    this.bodyEl = root.createDiv({ cls: "kit-review-body" });
    this.registerDomEvent(root, "click", (event) => this.onClick(event));
    this.registerDomEvent(root, "keydown", (event) => {
      const node = event.targetNode;
      if (event.key === "Enter" && node?.instanceOf(Element) && node.hasAttribute("data-explain")) this.host.notices.show(node.getAttr("data-explain") ?? "");
    });
    // A note's touch log can change without changing its days (an arrow, an exchange word): forget what it said.
    this.registerEvent(this.app.vault.on("modify", (file) => this.history.forget([file.path])));
    renderOnIndexChange(this, this.host.index, (changed) => {
      this.history.forget(changed);
      void this.refresh();
    });
    await this.refresh();
  }

  /** Reads what is missing of the touch logs, then draws; a newer refresh wins over an older one still reading. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    if (!this.host.index.isBuilt) {
      this.bodyEl.empty();
      this.bodyEl.createDiv({ cls: "kit-review-empty", text: "Reading your notes…" });
      return;
    }
    const contacts = this.host.index.all();
    const touches = await this.history.load(contacts.map((c) => c.path));
    if (generation !== this.generation) return;
    const review = buildReview({
      contacts,
      touches,
      tiers: this.host.resolved.tiers,
      today: this.host.today(),
      periodDays: this.periodDays,
      coolingBelow: this.host.settings.coolingBelow,
    });
    this.draw(review, contacts.filter((c) => c.status !== "paused"), touches);
  }

  private draw(review: Review, active: readonly Contact[], touches: ReadonlyMap<string, readonly Touch[]>): void {
    this.renders++;
    this.review = review;
    const body = this.bodyEl;
    body.empty();
    const paused = review.paused > 0 ? ` Leaves out ${review.paused} paused ${review.paused === 1 ? "contact" : "contacts"}.` : "";
    body.createDiv({ cls: "kit-review-summary", text: `${review.people} ${review.people === 1 ? "person" : "people"}, ${describePeriod(review.period)}.${paused}` });
    if (review.people === 0) {
      body.createDiv({ cls: "kit-review-empty", text: "No contacts to review yet." });
      return;
    }
    drawTiers(this.section(body, "Tiers: on time", "tiers"), review);
    drawSegments(this.section(body, "Segment sizes", "segments"), review);
    drawReciprocity(this.section(body, "Reciprocity", "reciprocity"), review);
    drawInitiative(this.section(body, "Initiative", "initiative"), review);
    drawDriftAndCooling(this.section(body, "Drifting and cooling", "drift"), review);
    drawSuggestions(this.section(body, "Tier suggestions", "suggestions"), review);
    drawTopics(this.section(body, "Topics", "topics"), review);
    this.drawCalendar(this.section(body, "Whole-network calendar", "calendar"), active, touches);
  }

  private section(parent: HTMLElement, title: string, key: string): HTMLElement {
    const section = parent.createDiv({ cls: "kit-review-section", attr: { "data-section": key } });
    section.createEl("h4", { cls: "kit-review-heading", text: title });
    return section;
  }

  private drawCalendar(section: HTMLElement, active: readonly Contact[], touches: ReadonlyMap<string, readonly Touch[]>): void {
    const today = this.host.today();
    const person = this.calendarPath === null ? undefined : active.find((c) => c.path === this.calendarPath);
    const controls = section.createDiv({ cls: "kit-review-calendar-controls" });
    controls.createSpan({ cls: "kit-review-calendar-who", text: person ? person.name : "Everyone" });
    controls.createEl("button", { cls: "kit-review-pick-person", text: "Choose a person…" });
    if (person) controls.createEl("button", { cls: "kit-review-everyone", text: "Show everyone" });
    if (person) {
      const loggedDates = new Set((touches.get(person.path) ?? []).map((t) => t.date));
      renderTouchHeatmap(section, touchesByDay([{ name: person.name, touchDates: person.touchDates, loggedDates }], today), { today, label: `Touches with ${person.name}` });
    } else {
      const sources = active.map((c) => ({ name: c.name, touchDates: c.touchDates }));
      renderTouchHeatmap(section, touchesByDay(sources, today), { today, label: "Touches with everyone" });
    }
  }

  private onClick(event: MouseEvent): void {
    const node = event.targetNode;
    const target = node?.instanceOf(Element) ? node : node?.parentElement;
    if (!target) return;
    const apply = target.closest<HTMLButtonElement>("button.kit-review-apply");
    if (apply) {
      void this.applySuggestion(apply);
      return;
    }
    if (target.closest(".kit-review-pick-person")) {
      new ContactSuggestModal(this.host, (contact) => this.showCalendarOf(contact.path), (c) => c.status !== "paused").open();
      return;
    }
    if (target.closest(".kit-review-everyone")) {
      this.showCalendarOf(null);
      return;
    }
    const link = target.closest<HTMLElement>(".kit-review-name[data-path]");
    if (link) {
      event.preventDefault();
      void this.app.workspace.openLinkText(link.getAttr("data-path") ?? "", "", event.ctrlKey || event.metaKey);
      return;
    }
    // A tap shows the same words as a hover: touch screens have no hover.
    const explain = target.closest("[data-explain]")?.getAttr("data-explain");
    if (explain) this.host.notices.show(explain);
  }

  private showCalendarOf(path: string | null): void {
    this.calendarPath = path;
    void this.refresh();
  }

  /** Writes the suggested tier into the contact's note, as one step to undo; the review redraws when the index sees the change. */
  private async applySuggestion(button: HTMLButtonElement): Promise<void> {
    const suggestion = this.review?.suggestions.find((s) => s.path === button.getAttr("data-path"));
    if (!suggestion) return;
    button.disabled = true;
    const { name, path, to } = suggestion;
    const done = await this.host.actions.acceptTierSuggestion({ name, path }, to);
    if (!done) button.disabled = false;
  }
}
