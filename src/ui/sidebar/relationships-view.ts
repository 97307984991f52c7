import { ItemView, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { plural } from "../../core/shared/dates";
import type { ChangedContacts } from "../../obsidian/contact-index";
import type { Host } from "../host";
import { AgendaModel, type ModelEntry } from "../../core/planning/agenda-model";
import { ContactRows } from "./contact-row";
import { quietHoursOf } from "../../core/contacts/local-time";
import { onEachMinute } from "./place-clock";
import { renderOnIndexChange } from "../shared/live-render";
import { PartsBelow } from "./parts-below";
import { onRowClick, onRowContextMenu, onRowKeyDown, type RowHost, type RowSection } from "./row-events";
import { SyncConflictsPart } from "./sync-conflicts-part";
import { ViewToolbar } from "./view-toolbar";
import { WindowedRows, type RowSource, type RowWork } from "./windowed-rows";
import type { OpenParts } from "./collapsible-part";
import { renderEmptyState } from "./empty-state";
import { onLongPress } from "../shared/long-press";

export const VIEW_TYPE_RELATIONSHIPS = "keep-in-touch-relationships";

/** Rows drawn above and below what is on screen, so scrolling and Tab find rows ready (from the frame after the first paint on). */
const OVERSCAN = 5;
/** Without a layout (a hidden sidebar), the rows a typical sidebar shows are drawn from the top. */
const SCREEN_ROWS_WITHOUT_LAYOUT = 19;
/** The row height CSS gives (`--kit-row-height`) until one row has been measured. */
const FALLBACK_ROW_PX = 44;
/** From this width of the list on, rows have a third line of facts (`.is-wide` in CSS). */
const WIDE_LIST_PX = 460;

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
 * The sidebar: who is overdue and who is due soon, first, under one compact toolbar;
 * a count of everyone else; then the practice (this week's plan, promises, dates,
 * companies, paused people, people without a tier), each part a closed heading until
 * opened. The lists are windowed (only the rows on screen are in the DOM) and kept
 * current one contact at a time, so a vault of ten thousand contacts paints as fast as
 * one of ten, and a change redraws only the rows it moves.
 *
 * Which parts are open (the list of everyone else too) is the view's state: Obsidian
 * keeps it with the workspace layout, which is each device's own, so it outlives
 * redraws and restarts.
 */
export class RelationshipsView extends ItemView {
  private toolbar!: ViewToolbar;
  private toolbarEl!: HTMLElement;
  private listEl!: HTMLElement;
  /** The people: overdue, due soon and everyone else; or the empty state. */
  private peopleEl!: HTMLElement;
  /** The practice, below the people: drawn only when there is someone to show. */
  private areaEl!: HTMLElement;
  /** This week's plan, promises, dates, paused people, companies and people without a tier. */
  private below: PartsBelow | null = null;
  /** Whether the user opened the list of everyone else. */
  private restOpen = false;
  /** Which practice parts the user opened, by id. */
  private openParts: Record<string, boolean> = {};
  private readonly parts: OpenParts = {
    isOpen: (id) => this.openParts[id] ?? false,
    setOpen: (id, open) => {
      this.openParts = { ...this.openParts, [id]: open };
      this.app.workspace.requestSaveLayout();
    },
  };
  private model: AgendaModel | null = null;
  private sections: RowSection[] = [];
  private sectionEls: { overdue: HTMLElement; due: HTMLElement; caughtUp: HTMLElement; rest: HTMLDetailsElement; summary: HTMLElement } | null = null;
  private rowHeight = 0;
  /** Whether the list is wide enough for the rows' third line; without a layout (a hidden sidebar), it is not. */
  private wide = false;
  private frame = 0;
  /** Whether the first paint is over: until the frame after it, only the rows on screen are drawn, without the rows around them. */
  private settled = false;
  private readonly rowRenderer = new ContactRows({
    today: () => this.host.today(),
    now: () => this.host.now(),
    quietHours: () => quietHoursOf(this.host.settings),
    upcomingDays: () => this.host.settings.upcomingDays,
    wide: () => this.wide,
  });
  /** How many times the list was drawn; lets tests check that one change means one redraw. */
  renders = 0;
  /** Rows created and removed in every list since the view opened. */
  private readonly rowWork: RowWork = { created: 0, removed: 0 };

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

  /** The work done since the view opened, for tests and the benchmark to count: rows created and removed, parts below the lists drawn again. */
  get work(): { rowsCreated: number; rowsRemoved: number; partsRedrawn: number } {
    return { rowsCreated: this.rowWork.created, rowsRemoved: this.rowWork.removed, partsRedrawn: this.below?.work.redrawn ?? 0 };
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), restOpen: this.restOpen, openParts: this.openParts };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const saved = state as { restOpen?: unknown; openParts?: unknown } | null;
    const restOpen = saved?.restOpen;
    if (typeof restOpen === "boolean" && restOpen !== this.restOpen) {
      this.restOpen = restOpen;
      if (this.sectionEls) this.sectionEls.rest.open = restOpen;
      this.updateWindows();
    }
    const openParts = saved?.openParts;
    if (openParts && typeof openParts === "object") {
      this.openParts = Object.fromEntries(Object.entries(openParts).filter((e): e is [string, boolean] => typeof e[1] === "boolean"));
      this.below?.redraw();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass("kit-view");
    this.toolbarEl = root.createDiv({ cls: "kit-toolbar" });
    this.toolbar = new ViewToolbar(this.host, this.toolbarEl, () => this.render(), () => this.below?.weekPlan.reveal());
    const filterBar = root.createDiv({ cls: "kit-filter-bar" });
    // Conflict copies a sync tool left are named above the people, where they are seen.
    SyncConflictsPart.attach(this, this.host, root.createDiv({ cls: "kit-sync-conflicts-host" }));
    this.listEl = root.createDiv({ cls: "kit-list", attr: { tabindex: "0", role: "region", "aria-label": "Contacts" } });
    this.peopleEl = this.listEl.createDiv({ cls: "kit-people" });
    this.areaEl = this.listEl.createDiv({ cls: "kit-practice-area", attr: { role: "region", "aria-label": "Practice" } });
    this.below = new PartsBelow(
      this,
      this.host,
      {
        weekPlan: this.areaEl.createDiv({ cls: "kit-week-plan-host" }),
        practice: this.areaEl.createDiv({ cls: "kit-practice" }),
        companies: this.areaEl.createDiv({ cls: "kit-companies-host" }),
        unclassified: this.areaEl.createDiv({ cls: "kit-unclassified-host" }),
        companyBar: filterBar,
        anyoneListed: () => this.anyoneListed(),
        filterByCompany: (company) => this.toolbar.filterByCompany(company),
      },
      this.parts,
    );
    this.register(this.below.weekPlan.listen());
    const rowHost: RowHost = { host: this.host, entry: (path) => this.model?.entry(path), sections: () => this.sections, filterByPlace: (place) => this.filterByPlace(place) };
    this.registerDomEvent(this.peopleEl, "click", (event) => onRowClick(rowHost, event));
    this.registerDomEvent(this.peopleEl, "keydown", (event) => onRowKeyDown(rowHost, event));
    // A right click, or a long press on a phone, opens the row's menu with everything the row leaves out.
    this.registerDomEvent(this.peopleEl, "contextmenu", (event) => onRowContextMenu(rowHost, event));
    onLongPress(this, this.peopleEl, (target, at) => onRowContextMenu(rowHost, { target, at }));
    this.registerDomEvent(this.listEl, "scroll", () => this.updateSoon());
    this.register(() => window.cancelAnimationFrame(this.frame));
    renderOnIndexChange(this, this.host.index, (changed) => this.render(changed));
    onEachMinute(
      this,
      () => this.host.now(),
      () => this.updateWindows(),
    );
    this.wide = this.measureWide();
    // The people on screen first; the rows around them, and the parts below (which look at everyone), in the next frame.
    this.below.drawSoon();
    this.render();
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.settled = true;
      this.updateWindows();
    });
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
    this.model = null;
    this.sectionEls = null;
    this.sections = [];
    await Promise.resolve();
  }

  override onResize(): void {
    this.rowHeight = 0;
    const wide = this.measureWide();
    if (wide !== this.wide && this.sectionEls) {
      // Rows of the other width are drawn afresh, with or without their third line.
      this.wide = wide;
      this.sectionEls = null;
      this.render();
      return;
    }
    this.wide = wide;
    this.updateWindows();
  }

  /** Whether the list is wide enough for the rows' third line; says so to CSS too, so both agree on one width. */
  private measureWide(): boolean {
    const wide = this.listEl.clientWidth >= WIDE_LIST_PX;
    this.contentEl.toggleClass("is-wide", wide);
    return wide;
  }

  /**
   * Draws the lists. After a change to some contacts (their paths), only those move;
   * anything else (a rebuild, a new day, a filter, new tiers) works the lists out again.
   */
  render(changed: ChangedContacts = null): void {
    this.renders++;
    const { index } = this.host;
    const someone = index.isBuilt && index.size > 0;
    // Until there is someone to show, the view shows only how to get started: no filter, no menu, no practice.
    this.toolbarEl.toggle(someone);
    this.areaEl.toggle(someone);
    if (!someone) {
      this.model = null;
      this.sectionEls = null;
      this.sections = [];
      this.peopleEl.empty();
      if (!index.isBuilt) this.peopleEl.createDiv({ cls: "kit-empty", text: "Reading your contacts…" });
      else renderEmptyState(this.peopleEl, this.host);
      return;
    }
    this.below?.draw(changed);
    this.toolbar.fillTierOptions();
    this.model = this.modelFor(changed);
    if (!this.sectionEls) this.buildSections();
    this.updateHeaders();
    this.updateWindows();
  }

  /** Whether anyone is on the lists (everyone paused leaves no one to plan for). */
  private anyoneListed(): boolean {
    const { lists } = this.host.index.agenda();
    return lists.overdue.length + lists.due.length + lists.ok.length + lists.snoozed.length > 0;
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

  private buildSections(): void {
    this.peopleEl.empty();
    const section = (title: string, state: string): HTMLElement => {
      const el = this.peopleEl.createDiv({ cls: `kit-section kit-section-${state}` });
      const header = el.createDiv({ cls: "kit-section-header" });
      header.createSpan({ cls: "kit-section-title", text: title });
      header.createSpan({ cls: "kit-count" });
      return el;
    };
    const overdue = section("Overdue", "overdue");
    const due = section("Due soon", "due");
    // With nobody overdue or due, one quiet line takes the place of the two empty lists.
    const caughtUp = this.peopleEl.createDiv({ cls: "kit-caught-up" });
    const rest = this.peopleEl.createEl("details", { cls: "kit-rest" });
    const summaryEl = rest.createEl("summary", { cls: "kit-rest-summary" });
    setIcon(summaryEl.createSpan({ cls: "kit-part-chevron" }), "chevron-right");
    const summary = summaryEl.createSpan({ cls: "kit-rest-text" });
    rest.open = this.restOpen;
    // Rows for everyone else are only drawn while the list is open.
    rest.addEventListener("toggle", () => {
      if (this.restOpen === rest.open) return;
      this.restOpen = rest.open;
      this.app.workspace.requestSaveLayout();
      this.updateWindows();
    });
    this.sectionEls = { overdue, due, caughtUp, rest, summary };
    const lists = () => (this.model as AgendaModel).lists;
    this.sections = [
      { rows: new WindowedRows(overdue, this.rowRenderer, "Overdue", this.rowWork), source: () => lists().overdue, open: () => true },
      { rows: new WindowedRows(due, this.rowRenderer, "Due soon", this.rowWork), source: () => lists().due, open: () => true },
      { rows: new WindowedRows(rest, this.rowRenderer, "Everyone else", this.rowWork), source: () => joinedSource([lists().ok, lists().snoozed, lists().paused]), open: () => this.restOpen },
    ];
  }

  /** Counts, the "nobody" lines and the summary of everyone else. */
  private updateHeaders(): void {
    const { model, sectionEls: parts } = this;
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
    const caughtUp = lists.overdue.length === 0 && lists.due.length === 0;
    this.peopleEl.toggleClass("is-caught-up", caughtUp);
    const calm = !caughtUp ? "" : this.toolbar.filtering ? "Nobody here is overdue or due soon." : "Nobody is overdue or due soon: everyone is within their rhythm.";
    if (parts.caughtUp.textContent !== calm) parts.caughtUp.setText(calm);
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
    const overscan = this.settled ? OVERSCAN : 0;
    const sources = this.sections.map((s) => (s.open() ? s.source() : NO_ROWS));
    const viewport = this.listEl.clientHeight;
    if (viewport <= 0) {
      // No layout (a hidden sidebar, or no renderer at all): the first rows, from the top.
      let budget = SCREEN_ROWS_WITHOUT_LAYOUT + overscan;
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
      s.rows.show(sources[i] as RowSource<ModelEntry>, Math.floor(-y / rowHeight) - overscan, Math.ceil((viewport - y) / rowHeight) + overscan);
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
}
