import { MarkdownRenderChild, setIcon, type App, type Plugin } from "obsidian";
import { allClearText, buildBlockAgenda, type BlockRow, type BlockSectionRows } from "../../core/planning/block-agenda";
import { findBlockContact, parseBlockOptions, type BlockSection } from "../../core/planning/block-options";
import { describeRhythm, type Contact } from "../../core/contacts/contact";
import { monthlyHistory } from "../../core/insight/history";
import { describeWarmth, warmthOf, warmthPercent } from "../../core/insight/warmth";
import type { Host } from "../host";
import { lastTouchText } from "../shared/contact-text";
import { renderMonthlyBars } from "../shared/history-chart";
import { renderOnIndexChange } from "../shared/live-render";

/** The code block language: ```keep-in-touch … ``` renders the agenda in place. */
export const AGENDA_BLOCK_LANGUAGE = "keep-in-touch";

const SECTION_TITLES: Record<BlockSection, string> = { overdue: "Overdue", due: "Due soon", upcoming: "Upcoming", dates: "Dates" };

/** Lets any note (a daily-note template, say) hold a live agenda. */
export function registerAgendaBlock(owner: Pick<Plugin, "registerMarkdownCodeBlockProcessor">, host: Host): void {
  owner.registerMarkdownCodeBlockProcessor(AGENDA_BLOCK_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new AgendaBlock(host, source, el, ctx.sourcePath));
  });
}

/** One rendered block. Redraws when the index changes (and when the day changes) until Obsidian unloads it. */
export class AgendaBlock extends MarkdownRenderChild {
  private readonly app: App;
  /** How many times the block was drawn; lets tests check that one change means one redraw. */
  renders = 0;

  constructor(
    private readonly host: Host,
    private readonly source: string,
    containerEl: HTMLElement,
    private readonly sourcePath: string,
  ) {
    super(containerEl);
    this.app = host.app;
  }

  override onload(): void {
    this.containerEl.addClass("kit-block");
    renderOnIndexChange(this, this.host.index, () => this.render());
    this.render();
  }

  render(): void {
    this.renders++;
    const root = this.containerEl;
    const { index, resolved } = this.host;
    const today = this.host.today();
    root.empty();
    // Options are read on every draw: the tiers they name can change in settings.
    const { options, errors } = parseBlockOptions(this.source, resolved.tiers, this.host.settings.upcomingDays);
    if (errors.length > 0) {
      this.renderErrors(errors);
      return;
    }
    if (!index.isBuilt) {
      root.createDiv({ cls: "kit-block-empty", text: "Reading your contacts…" });
      return;
    }
    if (index.size === 0) {
      root.createDiv({ cls: "kit-block-empty", text: "No contacts yet." });
      return;
    }
    if (options.contact !== null) {
      const match = findBlockContact(options.contact, index.all());
      if (match.ok) this.renderPerson(match.contact);
      else this.renderErrors([match.error]);
      return;
    }
    const sections = buildBlockAgenda(index.all(), today, resolved.tiers, options).filter((s) => s.total > 0);
    if (sections.length === 0) {
      root.createDiv({ cls: "kit-block-empty", text: allClearText(options) });
      return;
    }
    for (const section of sections) this.renderSection(section);
  }

  private renderErrors(errors: string[]): void {
    const box = this.containerEl.createDiv({ cls: "kit-block-errors" });
    box.createDiv({ cls: "kit-block-errors-title", text: errors.length === 1 ? "This agenda block has a problem:" : "This agenda block has problems:" });
    const list = box.createEl("ul", { cls: "kit-block-error-list" });
    for (const error of errors) list.createEl("li", { cls: "kit-block-error", text: error });
  }

  /** `contact: [[Name]]`: that person's line and a year of touches, month by month. */
  private renderPerson(contact: Contact): void {
    const today = this.host.today();
    const el = this.containerEl.createDiv({ cls: "kit-block-person" });
    const line = el.createDiv({ cls: "kit-block-row", attr: { "data-path": contact.path } });
    this.renderName(line, contact);
    line.createSpan({ cls: "kit-block-tier", text: contact.tier.label, attr: { title: describeRhythm(contact) } });
    line.createSpan({ cls: "kit-block-status", text: lastTouchText(contact, today) });
    const warmth = warmthOf(contact, today);
    const explanation = `Warmth: ${describeWarmth(warmth)}`;
    line.createSpan({ cls: "kit-block-warmth", text: `${warmthPercent(warmth)}% warm`, attr: { "aria-label": explanation, title: explanation } });
    renderMonthlyBars(el, monthlyHistory(contact.touchDates, today), `Touches with ${contact.name}, month by month`);
  }

  private renderSection({ section, rows, total }: BlockSectionRows): void {
    const el = this.containerEl.createDiv({ cls: `kit-block-section kit-block-section-${section}` });
    const header = el.createDiv({ cls: "kit-block-section-header" });
    header.createSpan({ cls: "kit-block-section-title", text: SECTION_TITLES[section] });
    header.createSpan({ cls: "kit-block-count", text: String(total) });
    const list = el.createDiv({ cls: "kit-block-rows" });
    for (const row of rows) this.renderRow(list, row);
    if (total > rows.length) el.createDiv({ cls: "kit-block-more", text: `and ${total - rows.length} more` });
  }

  private renderRow(parent: HTMLElement, { contact, status }: BlockRow): void {
    const row = parent.createDiv({ cls: "kit-block-row", attr: { "data-path": contact.path } });
    this.renderName(row, contact);
    row.createSpan({ cls: "kit-block-tier", text: contact.tier.label, attr: { title: describeRhythm(contact) } });
    row.createSpan({ cls: "kit-block-status", text: status });
    const log = row.createEl("button", { cls: "kit-block-log clickable-icon", attr: { "aria-label": `Log touch with ${contact.name} today` } });
    setIcon(log, "check");
    log.addEventListener("click", (event: MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      log.disabled = true;
      void this.host.actions.logTouch(contact).finally(() => {
        log.disabled = false;
      });
    });
  }

  /** The name as an internal link that opens the note (in a new tab with ctrl or cmd). */
  private renderName(row: HTMLElement, contact: Contact): void {
    const name = row.createEl("a", {
      cls: "internal-link kit-block-name",
      text: contact.name,
      href: contact.path,
      attr: { "data-href": contact.path, title: `Open ${contact.name}` },
    });
    name.addEventListener("click", (event: MouseEvent) => {
      event.preventDefault();
      // The note's own link handling must not open it a second time.
      event.stopPropagation();
      void this.app.workspace.openLinkText(contact.path, this.sourcePath, event.ctrlKey || event.metaKey);
    });
  }
}
