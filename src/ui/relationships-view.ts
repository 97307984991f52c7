import { ItemView, Menu, setIcon, type WorkspaceLeaf } from "obsidian";
import { buildAgenda, type AgendaEntry, type AgendaFilter } from "../core/agenda";
import { describeRhythm } from "../core/contact";
import { addDaysTo, plural } from "../core/dates";
import type KeepInTouchPlugin from "../obsidian/plugin";
import { lastTouchText } from "./contact-text";
import { renderOnIndexChange } from "./live-render";
import { LogTouchModal } from "./log-touch-modal";
import { NewContactModal } from "./new-contact-modal";
import { SNOOZE_MONTH_DAYS, SNOOZE_WEEK_DAYS } from "./snooze-modal";

export const VIEW_TYPE_RELATIONSHIPS = "keep-in-touch-relationships";

/** The sidebar: who is overdue, who is due soon, and a count of everyone else. */
export class RelationshipsView extends ItemView {
  private filter: AgendaFilter = {};
  private listEl!: HTMLElement;
  private tierSelect!: HTMLSelectElement;
  /** Whether the user opened the list of everyone else; kept across redraws. */
  private restOpen = false;
  /** How many times the list was drawn; lets tests check that one change means one redraw. */
  renders = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: KeepInTouchPlugin,
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

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass("kit-view");
    this.buildToolbar(root.createDiv({ cls: "kit-toolbar" }));
    this.listEl = root.createDiv({ cls: "kit-list" });
    renderOnIndexChange(this, this.plugin.index, () => this.render());
    this.render();
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
    await Promise.resolve();
  }

  private buildToolbar(toolbar: HTMLElement): void {
    this.tierSelect = toolbar.createEl("select", { cls: "dropdown kit-tier-filter", attr: { "aria-label": "Filter by tier" } });
    this.fillTierOptions();
    this.tierSelect.addEventListener("change", () => {
      this.filter = { ...this.filter, tierId: this.tierSelect.value || undefined };
      this.render();
    });
    const search = toolbar.createEl("input", {
      cls: "kit-text-filter",
      type: "search",
      attr: { placeholder: "Filter by name or topic", "aria-label": "Filter by name or topic" },
    });
    search.addEventListener("input", () => {
      this.filter = { ...this.filter, text: search.value };
      this.render();
    });
  }

  private fillTierOptions(): void {
    const current = this.tierSelect.value;
    this.tierSelect.empty();
    this.tierSelect.createEl("option", { text: "All tiers", value: "" });
    for (const tier of this.plugin.resolved.tiers) this.tierSelect.createEl("option", { text: tier.label, value: tier.id });
    this.tierSelect.value = this.plugin.resolved.tiers.some((t) => t.id === current) ? current : "";
    if (this.tierSelect.value !== current) this.filter = { ...this.filter, tierId: undefined };
  }

  render(): void {
    this.renders++;
    const { index } = this.plugin;
    const today = this.plugin.today();
    this.fillTierOptions();
    this.listEl.empty();
    if (!index.isBuilt) {
      this.listEl.createDiv({ cls: "kit-empty", text: "Reading your contacts…" });
      return;
    }
    if (index.size === 0) {
      this.renderEmpty();
      return;
    }
    const agenda = buildAgenda(index.all(), today, this.plugin.resolved.tiers, this.filter);
    this.renderSection("Overdue", "overdue", agenda.overdue, "Nobody is overdue.");
    this.renderSection("Due soon", "due", agenda.dueSoon, "Nobody is due soon.");
    const rest = [...agenda.ok, ...agenda.snoozed, ...agenda.paused];
    const details = this.listEl.createEl("details", { cls: "kit-rest" });
    const parts = [`${plural(agenda.ok.length, "other")} on track`];
    if (agenda.snoozed.length > 0) parts.push(`${agenda.snoozed.length} snoozed`);
    if (agenda.paused.length > 0) parts.push(`${agenda.paused.length} paused`);
    details.createEl("summary", { cls: "kit-rest-summary", text: parts.join(", ") });
    // Rows for everyone else are only drawn when the user opens the list.
    const drawRest = () => {
      if (details.querySelector(".kit-row") === null) for (const entry of rest) this.renderRow(details, entry);
    };
    if (this.restOpen) {
      details.open = true;
      drawRest();
    }
    details.addEventListener("toggle", () => {
      this.restOpen = details.open;
      if (details.open) drawRest();
    });
  }

  private renderEmpty(): void {
    const empty = this.listEl.createDiv({ cls: "kit-empty" });
    const folder = this.plugin.settings.contactsFolder || "the contacts folder";
    empty.createEl("p", { text: `No contacts yet. Notes in ${folder}/, notes with a ${this.plugin.settings.properties.tier} property and notes with the contact tag show up here.` });
    const button = empty.createEl("button", { text: "New contact", cls: "mod-cta" });
    button.addEventListener("click", () => new NewContactModal(this.plugin).open());
  }

  private renderSection(title: string, state: string, entries: AgendaEntry[], emptyText: string): void {
    const section = this.listEl.createDiv({ cls: `kit-section kit-section-${state}` });
    const header = section.createDiv({ cls: "kit-section-header" });
    header.createSpan({ cls: "kit-section-title", text: title });
    header.createSpan({ cls: "kit-count", text: String(entries.length) });
    if (entries.length === 0) {
      section.createDiv({ cls: "kit-none", text: emptyText });
      return;
    }
    for (const entry of entries) this.renderRow(section, entry);
  }

  private renderRow(parent: HTMLElement, entry: AgendaEntry): void {
    const { contact, due } = entry;
    const today = this.plugin.today();
    const row = parent.createDiv({ cls: `kit-row kit-state-${due.state}`, attr: { "data-path": contact.path } });
    const main = row.createDiv({ cls: "kit-row-main" });
    const name = main.createEl("a", { cls: "kit-name", text: contact.name, href: "#", attr: { title: `Open ${contact.name}` } });
    name.addEventListener("click", (event: MouseEvent) => {
      event.preventDefault();
      void this.app.workspace.openLinkText(contact.path, "", event.ctrlKey || event.metaKey);
    });
    const meta = main.createDiv({ cls: "kit-meta" });
    meta.createSpan({ cls: "kit-tier", text: contact.tier.label, attr: { title: describeRhythm(contact) } });
    const when = due.state === "snoozed" && contact.snoozeUntil ? `snoozed until ${contact.snoozeUntil}` : lastTouchText(contact, today);
    const source = contact.lastTouchSource;
    if (source && source !== contact.path && due.state !== "snoozed") {
      // The last touch was a mention: show where, and open that note on click.
      const link = meta.createEl("a", { cls: "kit-last-touch kit-source", text: when, href: "#", attr: { title: `Mentioned in ${source}` } });
      link.addEventListener("click", (event: MouseEvent) => {
        event.preventDefault();
        void this.app.workspace.openLinkText(source, "", event.ctrlKey || event.metaKey);
      });
    } else {
      meta.createSpan({ cls: "kit-last-touch", text: when });
    }
    if (contact.warnings.length > 0) {
      const warn = meta.createSpan({ cls: "kit-warning", attr: { "aria-label": contact.warnings.join("\n"), title: contact.warnings.join("\n") } });
      setIcon(warn, "alert-triangle");
    }

    const actions = row.createDiv({ cls: "kit-actions" });
    const log = actions.createEl("button", { cls: "kit-log clickable-icon", attr: { "aria-label": `Log a touch with ${contact.name} today` } });
    setIcon(log, "check");
    log.addEventListener("click", () => void this.plugin.logTouchWithNotice(contact));
    const more = actions.createEl("button", { cls: "kit-more clickable-icon", attr: { "aria-label": "More actions" } });
    setIcon(more, "more-vertical");
    more.addEventListener("click", (event: MouseEvent) => this.showRowMenu(entry, event));
  }

  private showRowMenu(entry: AgendaEntry, event: MouseEvent): void {
    const { contact, due } = entry;
    const today = this.plugin.today();
    const menu = new Menu();
    menu.addItem((item) =>
      item
        .setTitle("Log touch with details…")
        .setIcon("pencil")
        .onClick(() => new LogTouchModal(this.plugin, contact).open()),
    );
    menu.addItem((item) =>
      item
        .setTitle("Snooze 1 week")
        .setIcon("alarm-clock")
        .onClick(() => void this.plugin.snoozeWithNotice(contact, addDaysTo(today, SNOOZE_WEEK_DAYS))),
    );
    menu.addItem((item) =>
      item
        .setTitle("Snooze 1 month")
        .setIcon("alarm-clock")
        .onClick(() => void this.plugin.snoozeWithNotice(contact, addDaysTo(today, SNOOZE_MONTH_DAYS))),
    );
    if (due.state === "snoozed") {
      menu.addItem((item) =>
        item
          .setTitle("Wake now")
          .setIcon("sun")
          .onClick(() => void this.plugin.snoozeWithNotice(contact, null)),
      );
    }
    menu.addItem((item) =>
      item
        .setTitle("Open note")
        .setIcon("file-text")
        .onClick(() => void this.app.workspace.openLinkText(contact.path, "", false)),
    );
    menu.showAtMouseEvent(event);
  }
}
