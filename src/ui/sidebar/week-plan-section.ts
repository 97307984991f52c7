import { setIcon } from "obsidian";
import type { PlannedTouch, WeekPlan } from "../../core/planning/week-plan";
import type { Host } from "../host";
import { currentWeekPlan, describePlan, onPlanRequested } from "../../obsidian/actions/week-plan";
import { renderForecastChart } from "./forecast-chart";
import { openStarterPicker } from "../modals/starter-picker";
import { collapsiblePart, type OpenParts } from "./collapsible-part";
import { openNote } from "./open-note";

/** The part's id in the view's saved state. */
const PART = "week-plan";

/**
 * "This week's touches" in the relationships view: the people the weekly batch
 * suggests, each with why and a button to log the touch, those due but over capacity,
 * the forecast of the next weeks, and a button to write the plan to the daily note.
 * Closed at first: the plan is only worked out while the part is open, so a large
 * vault pays nothing for it until it is wanted. There only while someone is on the
 * lists: with nobody to plan for, there is no plan.
 */
export class WeekPlanSection {
  private signature = "";

  constructor(
    private readonly host: Host,
    private readonly parent: HTMLElement,
    private readonly parts: OpenParts,
    /** Whether anyone is on the lists (not everyone paused, not an empty vault). */
    private readonly anyone: () => boolean,
  ) {}

  /** Lets the "Plan this week's touches" command open this part; returns the way to stop. */
  listen(): () => void {
    return onPlanRequested(this.host.index, () => this.reveal());
  }

  /** Opens the part and brings it into sight. */
  reveal(): void {
    this.parts.setOpen(PART, true);
    this.render();
    this.parent.querySelector<HTMLDetailsElement>(".kit-week-plan")?.scrollIntoView({ block: "nearest" });
  }

  /** Draws the part again, unless the plan it shows is the same as last time; returns whether it did. */
  render(): boolean {
    const shown = this.anyone();
    const open = shown && this.parts.isOpen(PART);
    const plan = open ? currentWeekPlan(this.host) : null;
    const signature = !shown ? "none" : plan === null ? "closed" : JSON.stringify(plan);
    if (signature === this.signature && (this.parent.childElementCount > 0 || !shown)) return false;
    this.signature = signature;
    this.parent.empty();
    if (!shown) return true;
    const details = collapsiblePart(this.parent, { id: PART, title: "This week's touches", count: plan ? String(plan.thisWeek.length) : undefined }, this.parts, (body) => {
      if (plan) this.renderPlan(body, plan);
    });
    // Opening works the plan out; it is drawn again with it.
    details.addEventListener("toggle", () => void this.render());
    return true;
  }

  private renderPlan(details: HTMLElement, plan: WeekPlan): void {
    details.createDiv({ cls: "kit-muted kit-week-plan-intro", text: `${describePlan(plan)} A suggestion: reach whoever you like.` });
    for (const touch of plan.thisWeek) this.row(details, touch);
    if (plan.overflow.length > 0) {
      details.createDiv({ cls: "kit-week-plan-over", text: `Over capacity, for next week: ${plan.overflow.length}` });
      for (const touch of plan.overflow) this.row(details, touch);
    }
    const forecast = details.createDiv({ cls: "kit-forecast" });
    forecast.createDiv({ cls: "kit-forecast-title", text: `Next ${plan.weeks.length} weeks, against a capacity of ${plan.capacity} (the dashed line)` });
    const chart = renderForecastChart(forecast, plan);
    // A tap (or Enter) shows what a hover would: the numbers of that week in words.
    const explainAt = (event: UIEvent) => {
      const node = event.targetNode;
      const explained = (node?.instanceOf(Element) ? node : node?.parentElement)?.closest("[data-explain]");
      if (explained) this.host.notices.show(explained.getAttribute("data-explain") ?? "");
    };
    chart.addEventListener("click", explainAt);
    chart.addEventListener("keydown", (event) => {
      if (event.key === "Enter") explainAt(event);
    });
    const write = details.createEl("button", { cls: "kit-week-plan-write", text: "Write to daily note" });
    write.addEventListener("click", () => void this.host.actions.writeWeekPlan());
  }

  private row(parent: HTMLElement, touch: PlannedTouch): void {
    const row = parent.createDiv({ cls: "kit-part-row kit-week-plan-row", attr: { "data-path": touch.path } });
    const main = row.createDiv({ cls: "kit-row-main" });
    openNote(this.host, main.createEl("a", { cls: "kit-name", text: touch.name, href: "#" }), touch.path);
    main.createDiv({ cls: "kit-meta kit-week-plan-reason", text: touch.reason });
    const contact = this.host.index.get(touch.path);
    if (!contact) return;
    const starter = row.createEl("button", { cls: "clickable-icon kit-week-plan-starter", attr: { "aria-label": `Message starters for ${touch.name}` } });
    setIcon(starter, "message-square");
    starter.addEventListener("click", () => openStarterPicker(this.host, contact));
    const log = row.createEl("button", { cls: "clickable-icon kit-week-plan-log", attr: { "aria-label": `Log a touch with ${touch.name} today` } });
    setIcon(log, "check");
    log.addEventListener("click", () => void this.host.actions.logTouch(contact));
  }
}
