import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { plural } from "../../core/shared/dates";
import type { ChangedContacts } from "../../obsidian/contact-index";
import type { Host } from "../host";
import { AgendaModel, type ModelEntry } from "../../core/planning/agenda-model";
import { ContactRows } from "./contact-row";
import { quietHoursOf } from "../../core/contacts/local-time";
import { onEachMinute } from "./place-clock";
import { renderOnIndexChange } from "../shared/live-render";
import { PracticeSections } from "./practice-sections";
import { WeekPlanSection } from "./week-plan-section";
import { onRowClick, onRowKeyDown, type RowHost, type RowSection } from "./row-events";
import { NewContactModal } from "../modals/new-contact-modal";
import { addMapWizardButton, UnclassifiedPart } from "./unclassified-part";
import { CompanySection } from "./company-section";
import { ViewToolbar } from "./view-toolbar";
import { WindowedRows, type RowSource } from "./windowed-rows";

export const VIEW_TYPE_RELATIONSHIPS = "keep-in-touch-relationships";

/** Rows drawn above and below what is on screen, so scrolling and Tab find rows ready. */
const OVERSCAN = 5;
/** Without a layout (a hidden sidebar), the rows of a typical sidebar are drawn from the top. */
const ROWS_WITHOUT_LAYOUT = 24;
/** The row height CSS gives (`--kit-row-height`) until one row has been measured. */
const FALLBACK_ROW_PX = 44;

const NO_ROWS: RowSource<ModelEntry> = { length: 0, at: () => undefined as unknown as ModelEntry };

/** Several lists read as one, without copying them. */
function joinedSource(lists: readonly RowSource<ModelEntry>[]): RowSource<ModelEntry> {
  return {
    length: lists.reduce((n, l) => n + l.length, 0),
    at: (i) => {
      for (const list of lists) {
        if (i < list.length) return list.at(i);
        i -= list.length;
      }
      throw new RangeError("row out of range");
    },
  };
}

/**
 * The sidebar: who is overdue, who is due soon, and a count of everyone else. The
 * lists are windowed (only the rows on screen are in the DOM) and kept current one
 * contact at a time, so a vault of ten thousand contacts paints as fast as one of
 * ten, and a change redraws only the rows it moves.
 */
export class RelationshipsView extends ItemView {
  private toolbar!: ViewToolbar;
  private listEl!: HTMLElement;
  /** Promises, upcoming dates and paused people: short lists, drawn above the windowed ones. */
  private practiceEl!: HTMLElement;
  private practice!: PracticeSections;
  private weekPlan: WeekPlanSection | null = null;
  /** Whether the user opened the list of everyone else; kept across redraws and restarts. */
  private restOpen = false;
  private model: AgendaModel | null = null;
  private sections: RowSection[] = [];
  private parts: { overdue: HTMLElement; due: HTMLElement; rest: HTMLDetailsElement; summary: HTMLElement } | null = null;
  private rowHeight = 0;
  private frame = 0;
  private readonly rowRenderer = new ContactRows(
    () => this.host.today(),
    () => this.host.now(),
    () => quietHoursOf(this.host.settings),
  );
  /** How many times the list was drawn; lets tests check that one change means one redraw. */
  renders = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Host,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_RELATIONSHIPS;
  }

  getDisplayText(): string {
    return "Relationships";
  }

  override getIcon(): string {
    return "users";
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), restOpen: this.restOpen };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const restOpen = (state as { restOpen?: unknown } | null)?.restOpen;
    if (typeof restOpen === "boolean" && restOpen !== this.restOpen) {
      this.restOpen = restOpen;
      if (this.parts) this.parts.rest.open = restOpen;
      this.updateWindows();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass("kit-view");
    this.toolbar = new ViewToolbar(this.host, root.createDiv({ cls: "kit-toolbar" }), () => this.render());
    UnclassifiedPart.attach(this, this.host, root.createDiv({ cls: "kit-unclassified-host" }));
    this.weekPlan = new WeekPlanSection(this.host, root.createDiv({ cls: "kit-week-plan-host" }));
    this.register(this.weekPlan.listen());
    CompanySection.attach(this, this.host, root.createDiv({ cls: "kit-companies-host" }), (company) => this.toolbar.filterByCompany(company));
    this.practiceEl = root.createDiv({ cls: "kit-practice" });
    this.listEl = root.createDiv({ cls: "kit-list", attr: { tabindex: "0", role: "region", "aria-label": "Contacts" } });
    const rowHost: RowHost = { host: this.host, entry: (path) => this.model?.entry(path), sections: () => this.sections, filterByPlace: (place) => this.filterByPlace(place) };
    this.registerDomEvent(this.listEl, "click", (event) => onRowClick(rowHost, event));
    this.registerDomEvent(this.listEl, "keydown", (event) => onRowKeyDown(rowHost, event));
    this.registerDomEvent(this.listEl, "scroll", () => this.updateSoon());
    this.register(() => window.cancelAnimationFrame(this.frame));
    this.practice = new PracticeSections(this.app, this.host);
    renderOnIndexChange(this, this.host.index, (changed) => this.render(changed));
    onEachMinute(
      this,
      () => this.host.now(),
      () => this.updateWindows(),
    );
    this.render();
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
    this.model = null;
    this.parts = null;
    this.sections = [];
    await Promise.resolve();
  }

  override onResize(): void {
    this.rowHeight = 0;
    this.updateWindows();
  }

  /**
   * Draws the lists. After a change to some contacts (their paths), only those move;
   * anything else (a rebuild, a new day, a filter, new tiers) works the lists out again.
   */
  render(changed: ChangedContacts = null): void {
    this.renderPractice(changed);
    this.renders++;
    const { index } = this.host;
    this.toolbar.fillTierOptions();
    if (!index.isBuilt || index.size === 0) {
      this.model = null;
      this.parts = null;
      this.sections = [];
      this.listEl.empty();
      if (!index.isBuilt) this.listEl.createDiv({ cls: "kit-empty", text: "Reading your contacts…" });
      else this.renderEmpty();
      return;
    }
    this.model = this.modelFor(changed);
    if (!this.parts) this.buildSections();
    this.updateHeaders();
    this.updateWindows();
  }

  /**
   * Without a filter the view shows the index's own agenda, which the index keeps in
   * order as contacts change. A filter gets an agenda of its own, kept here.
   */
  private modelFor(changed: ChangedContacts): AgendaModel {
    const { index } = this.host;
    if (!this.toolbar.filtering) return index.agenda();
    const { filter } = this.toolbar;
    const today = this.host.today();
    const model = this.model;
    if (model && model !== index.agenda() && changed !== null && model.today === today && model.filter === filter && model.tiers === this.host.resolved.tiers) {
      for (const path of changed) model.update(path, index.get(path));
      return model;
    }
    const own = new AgendaModel(this.host.resolved.tiers, today, filter);
    own.rebuild(index.all());
    return own;
  }

  private renderEmpty(): void {
    const empty = this.listEl.createDiv({ cls: "kit-empty" });
    const folder = this.host.settings.contactsFolder || "the contacts folder";
    empty.createEl("p", { text: `No contacts yet. Notes in ${folder}/, notes with a ${this.host.settings.properties.tier} property and notes with the contact tag show up here.` });
    const button = empty.createEl("button", { text: "New contact", cls: "mod-cta" });
    button.addEventListener("click", () => new NewContactModal(this.host).open());
    addMapWizardButton(empty, this.host);
  }

  private buildSections(): void {
    this.listEl.empty();
    const section = (title: string, state: string): HTMLElement => {
      const el = this.listEl.createDiv({ cls: `kit-section kit-section-${state}` });
      const header = el.createDiv({ cls: "kit-section-header" });
      header.createSpan({ cls: "kit-section-title", text: title });
      header.createSpan({ cls: "kit-count" });
      return el;
    };
    const overdue = section("Overdue", "overdue");
    const due = section("Due soon", "due");
    const rest = this.listEl.createEl("details", { cls: "kit-rest" });
    const summary = rest.createEl("summary", { cls: "kit-rest-summary" });
    rest.open = this.restOpen;
    // Rows for everyone else are only drawn while the list is open.
    rest.addEventListener("toggle", () => {
      if (this.restOpen === rest.open) return;
      this.restOpen = rest.open;
      this.updateWindows();
    });
    this.parts = { overdue, due, rest, summary };
    const lists = () => (this.model as AgendaModel).lists;
    this.sections = [
      { rows: new WindowedRows(overdue, this.rowRenderer, "Overdue"), source: () => lists().overdue, open: () => true },
      { rows: new WindowedRows(due, this.rowRenderer, "Due soon"), source: () => lists().due, open: () => true },
      { rows: new WindowedRows(rest, this.rowRenderer, "Everyone else"), source: () => joinedSource([lists().ok, lists().snoozed, lists().paused]), open: () => this.restOpen },
    ];
  }

  /** Counts, the "nobody" lines and the summary of everyone else. */
  private updateHeaders(): void {
    const { model, parts } = this;
    if (!model || !parts) return;
    const { lists } = model;
    const header = (el: HTMLElement, count: number, none: string) => {
      // Looked for in the header and the section's last child, not through all the rows.
      const countEl = el.firstElementChild?.querySelector(".kit-count");
      if (countEl && countEl.textContent !== String(count)) countEl.setText(String(count));
      const noneEl = el.lastElementChild?.hasClass("kit-none") ? el.lastElementChild : null;
      if (count === 0 && !noneEl) el.createDiv({ cls: "kit-none", text: none });
      if (count > 0) noneEl?.remove();
    };
    header(parts.overdue, lists.overdue.length, "Nobody is overdue.");
    header(parts.due, lists.due.length, "Nobody is due soon.");
    const summary = [`${plural(lists.ok.length, "other")} on track`];
    if (lists.snoozed.length > 0) summary.push(`${lists.snoozed.length} snoozed`);
    if (lists.paused.length > 0) summary.push(`${lists.paused.length} paused`);
    const text = summary.join(", ");
    if (parts.summary.textContent !== text) parts.summary.setText(text);
  }

  /** Redraws the windows at the next frame (scrolling fires many events per frame). */
  private updateSoon(): void {
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.updateWindows();
    });
  }

  /** Which rows of each list are on screen (plus some), and only those drawn. */
  private updateWindows(): void {
    if (!this.model) return;
    const sources = this.sections.map((s) => (s.open() ? s.source() : NO_ROWS));
    const viewport = this.listEl.clientHeight;
    if (viewport <= 0) {
      // No layout (a hidden sidebar, or no renderer at all): the first rows, from the top.
      let budget = ROWS_WITHOUT_LAYOUT;
      this.sections.forEach((s, i) => {
        const source = sources[i] as RowSource<ModelEntry>;
        const last = Math.min(source.length, budget);
        budget -= last;
        s.rows.show(source, 0, last);
      });
      return;
    }
    const measured = this.rowHeight > 0;
    const rowHeight = measured ? this.rowHeight : FALLBACK_ROW_PX;
    const top = this.listEl.getBoundingClientRect().top;
    // Sizes first, then every position is read before any window is drawn: one layout, not one per list.
    this.sections.forEach((s, i) => s.rows.setLength((sources[i] as RowSource<ModelEntry>).length));
    const tops = this.sections.map((s) => s.rows.el.getBoundingClientRect().top - top);
    this.sections.forEach((s, i) => {
      const y = tops[i] as number;
      s.rows.show(sources[i] as RowSource<ModelEntry>, Math.floor(-y / rowHeight) - OVERSCAN, Math.ceil((viewport - y) / rowHeight) + OVERSCAN);
    });
    if (!measured) {
      const row = this.listEl.querySelector(".kit-row");
      const height = row?.getBoundingClientRect().height ?? 0;
      if (height > 0) {
        this.rowHeight = height;
        if (Math.abs(height - FALLBACK_ROW_PX) > 1) this.updateWindows();
      }
    }
  }

  /** Shows only the people in one place, as if "@Lisbon" had been typed in the filter. */
  filterByPlace(place: string): void {
    this.toolbar.filterByPlace(place);
  }

  private renderPractice(changed: ChangedContacts): void {
    if (this.practiceEl && this.host.index.isBuilt) this.practice.render(this.practiceEl, this.host.index, changed);
    if (this.host.index.isBuilt) this.weekPlan?.render();
  }
}
