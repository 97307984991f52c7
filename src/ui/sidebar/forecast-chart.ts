import { describeWeekLoad, formatDayMonth, type WeekPlan } from "../../core/planning/week-plan";
import { svgEl, svgTitle } from "../shared/svg";

/*
 * The forecast: one bar per week for the people planned into it, a faint outline for
 * how many would fall in it without levelling, and a line at the weekly capacity.
 * Drawn in viewBox units that scale with the sidebar, keeping their proportions so
 * the labels stay legible. Every week explains its numbers: a <title> for a hover,
 * an aria-label for screen readers, and a notice on a tap (see the section).
 */

const COLUMN = 40;
const BAR = 26;
const TOP = 16;
const PLOT = 84;
const LABELS = 14;

/** Marks an element with the words behind its numbers. */
function explain(el: SVGElement, text: string): void {
  el.setAttribute("aria-label", text);
  el.setAttribute("data-explain", text);
  svgTitle(el, text);
}

export function renderForecastChart(parent: HTMLElement, plan: WeekPlan): SVGSVGElement {
  const width = COLUMN * plan.weeks.length;
  const height = TOP + PLOT + LABELS;
  const svg = svgEl(parent, "svg", { viewBox: `0 0 ${width} ${height}`, role: "group" }, "kit-forecast-chart");
  svg.setAttribute("aria-label", `Next ${plan.weeks.length} weeks: people planned each week against a capacity of ${plan.capacity}`);
  const top = Math.max(plan.capacity, 1, ...plan.weeks.map((w) => Math.max(w.planned.length, w.naturalCount)));
  const y = (count: number) => TOP + PLOT - (count / top) * PLOT;
  const base = TOP + PLOT;

  plan.weeks.forEach((load, i) => {
    const planned = load.planned.length;
    const x = i * COLUMN + (COLUMN - BAR) / 2;
    const over = planned > load.capacity || (i === 0 && plan.overflow.length > 0);
    const week = svgEl(svg, "g", { tabindex: 0, role: "img", "data-week": load.week, "data-planned": planned, "data-due": load.naturalCount }, `kit-forecast-week${over ? " is-over" : ""}`);
    explain(week, describeWeekLoad(load, i === 0 ? plan.overflow.length : 0));
    // The whole column answers a hover or a tap, not just the bar: room for a finger.
    svgEl(week, "rect", { x: i * COLUMN, y: 0, width: COLUMN, height }, "kit-forecast-hit");
    if (load.naturalCount > 0) svgEl(week, "rect", { x, y: round(y(load.naturalCount)), width: BAR, height: round(base - y(load.naturalCount)), rx: 2 }, "kit-forecast-due");
    if (planned > 0) svgEl(week, "rect", { x, y: round(y(planned)), width: BAR, height: round(base - y(planned)), rx: 2 }, "kit-forecast-bar");
    const count = svgEl(week, "text", { x: x + BAR / 2, y: round(Math.min(y(Math.max(planned, load.naturalCount)), base) - 3), "text-anchor": "middle" }, "kit-forecast-count");
    count.textContent = String(planned);
    const label = svgEl(week, "text", { x: x + BAR / 2, y: height - 3, "text-anchor": "middle" }, "kit-forecast-label");
    label.textContent = formatDayMonth(load.week);
  });
  // Drawn over the bars, it lets taps through to the week under it (styles.css): each week says the capacity too.
  const capacityY = round(y(plan.capacity));
  const line = svgEl(svg, "line", { x1: 0, y1: capacityY, x2: width, y2: capacityY, "data-capacity": plan.capacity }, "kit-forecast-capacity");
  explain(line, `Capacity: ${plan.capacity} ${plan.capacity === 1 ? "person" : "people"} a week (the weekly capacity setting)`);
  return svg;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
