import { Platform, setTooltip, type Plugin } from "obsidian";
import type { AgendaEntry } from "../../core/planning/agenda";
import type { RowSource } from "../sidebar/windowed-rows";
import type { Host } from "../host";

export interface StatusCounts {
  overdue: number;
  /** Due, and today is the last day of the range: overdue tomorrow without a touch. */
  dueToday: number;
  /** Due, with days still to go (or never touched): the rest of the "Due soon" list. */
  dueLater: number;
}

/**
 * "Due today", from computeDue: the state is due and the days since the last touch
 * equal the days after which the contact turns overdue. For a contact with its own
 * cadence that is the cadence's day ("every 2 weeks": day 14); for a tier, the last
 * day of its range. Never-touched contacts are due with no day, so never "today".
 */
export function isDueToday(entry: AgendaEntry): boolean {
  return entry.due.state === "due" && entry.due.daysSince === entry.contact.overdueAfterDays;
}

export function statusCounts(lists: { overdue: RowSource<AgendaEntry>; due: RowSource<AgendaEntry> }): StatusCounts {
  let dueToday = 0;
  for (let i = 0; i < lists.due.length; i++) if (isDueToday(lists.due.at(i))) dueToday++;
  return { overdue: lists.overdue.length, dueToday, dueLater: lists.due.length - dueToday };
}

/** "3 overdue · 1 due today", or "All caught up". */
export function statusText(counts: StatusCounts): string {
  const parts: string[] = [];
  if (counts.overdue > 0) parts.push(`${counts.overdue} overdue`);
  if (counts.dueToday > 0) parts.push(`${counts.dueToday} due today`);
  return parts.length > 0 ? parts.join(" · ") : "All caught up";
}

function people(n: number): string {
  return `${n} ${n === 1 ? "person is" : "people are"}`;
}

/** What the numbers mean, for the tooltip and screen readers. */
export function statusTitle(counts: StatusCounts): string {
  const lines = [
    `${people(counts.overdue)} overdue: past the end of their range.`,
    `${people(counts.dueToday)} due today: overdue tomorrow without a touch.`,
    `${people(counts.dueLater)} due soon, with days to go.`,
    "Click to open the relationships view.",
  ];
  return lines.join("\n");
}

/**
 * The status bar's count of who needs a touch, kept current by the index's change
 * events (no timer of its own: the index fires when the day turns too). Obsidian has
 * a status bar on desktop only, so on mobile there is none.
 */
export class StatusBarCount {
  private el: HTMLElement | null = null;
  private queued = false;

  constructor(
    private readonly owner: Pick<Plugin, "addStatusBarItem" | "registerDomEvent" | "registerEvent">,
    private readonly host: Host,
  ) {}

  install(): this {
    if (Platform.isMobile) return this;
    const { owner, host } = this;
    const el = owner.addStatusBarItem();
    el.addClass("kit-status-bar", "mod-clickable");
    el.setAttrs({ role: "button", tabindex: "0" });
    const open = () => void host.openRelationshipsView();
    owner.registerDomEvent(el, "click", open);
    owner.registerDomEvent(el, "keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      open();
    });
    owner.registerEvent(host.index.onChange(() => this.updateSoon()));
    this.el = el;
    this.update();
    return this;
  }

  /** Once per burst of changes (a sync, a rebuild), after the index has settled. */
  private updateSoon(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.update();
    });
  }

  /** Draws the count now; also called when the setting that hides it changes. */
  update(): void {
    const { el } = this;
    if (!el) return;
    const { index, settings } = this.host;
    const shown = settings.showStatusBar && index.isBuilt;
    el.toggleClass("kit-hidden", !shown);
    if (!shown) return;
    const counts = statusCounts(index.agenda().lists);
    el.setText(statusText(counts));
    el.toggleClass("kit-status-overdue", counts.overdue > 0);
    setTooltip(el, statusTitle(counts), { placement: "top" });
  }
}
