import type { LocalDate } from "../../core/shared/dates";
import { HEAT_LEVELS, HEATMAP_WEEKS, heatmapOf, type HeatmapData, type MonthBar, type Tally } from "../../core/insight/history";
import { svgEl, svgTitle } from "./svg";

/*
 * Both charts draw in viewBox units and scale to their container, so they fit a narrow
 * sidebar as well as a wide note; colours come from CSS classes on theme variables.
 */

const BAR_STEP = 20;
const BAR_WIDTH = 14;
const BAR_AREA = 40;
const BAR_LABELS = 12;

/** Twelve monthly bars, each explaining its number on hover (SVG title) and to screen readers (aria-label). */
export function renderMonthlyBars(parent: HTMLElement, bars: readonly MonthBar[], label: string): SVGSVGElement {
  const width = bars.length * BAR_STEP;
  const height = BAR_AREA + BAR_LABELS;
  const max = bars.reduce((m, bar) => Math.max(m, bar.count), 0);
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const svg = svgEl(parent, "svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${label}: ${total} ${total === 1 ? "touch" : "touches"} in ${bars.length} months` }, "kit-history-bars");
  svgTitle(svg, label);
  svgEl(svg, "line", { x1: 0, y1: BAR_AREA + 0.5, x2: width, y2: BAR_AREA + 0.5 }, "kit-history-baseline");
  bars.forEach((bar, i) => {
    const x = i * BAR_STEP + (BAR_STEP - BAR_WIDTH) / 2;
    const group = svgEl(svg, "g", { "data-month": bar.month, "aria-label": bar.explanation, role: "img" }, "kit-history-month");
    svgTitle(group, bar.explanation);
    // The whole column takes the hover, so an empty month explains itself too.
    svgEl(group, "rect", { x: i * BAR_STEP, y: 0, width: BAR_STEP, height: BAR_AREA }, "kit-history-hit");
    const barHeight = max === 0 || bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * BAR_AREA * 10) / 10);
    svgEl(group, "rect", { x, y: BAR_AREA - barHeight, width: BAR_WIDTH, height: barHeight, rx: 1.5 }, bar.count === 0 ? "kit-history-bar kit-history-bar-empty" : "kit-history-bar");
    const initial = svgEl(group, "text", { x: x + BAR_WIDTH / 2, y: height - 2, "text-anchor": "middle", "aria-hidden": "true" }, "kit-history-label");
    initial.textContent = bar.label.charAt(0);
  });
  return svg;
}

const CELL = 10;
const CELL_STEP = 12;
const LEFT = 26;
const TOP = 14;
const LEGEND = 18;
const WEEKDAY_LABELS: readonly [number, string][] = [
  [0, "Mon"],
  [2, "Wed"],
  [4, "Fri"],
];

export interface HeatmapOptions {
  today: LocalDate;
  /** What the calendar shows, e.g. "Touches with everyone" or "Touches with Ana". */
  label: string;
}

/**
 * A year of days as a GitHub-style calendar: weeks as columns (Monday on top), one
 * square a day, coloured by its number of touches against the busiest day. Accepts
 * the counts by day (numbers, or tallies from `touchesByDay`) or a ready `HeatmapData`.
 */
export function renderTouchHeatmap(parent: HTMLElement, days: ReadonlyMap<LocalDate, number | Tally> | HeatmapData, opts: HeatmapOptions): SVGSVGElement {
  const data = isHeatmapData(days) ? days : heatmapOf(days, opts.today);
  const width = LEFT + HEATMAP_WEEKS * CELL_STEP;
  const height = TOP + 7 * CELL_STEP + LEGEND;
  const summary = `${opts.label}: ${data.total} ${data.total === 1 ? "touch" : "touches"} from ${data.start} to ${data.end}`;
  const svg = svgEl(parent, "svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": summary }, "kit-heatmap");
  svgTitle(svg, summary);
  for (const { week, label } of data.months) {
    const text = svgEl(svg, "text", { x: LEFT + week * CELL_STEP, y: TOP - 4, "aria-hidden": "true" }, "kit-heat-label");
    text.textContent = label;
  }
  for (const [row, label] of WEEKDAY_LABELS) {
    const text = svgEl(svg, "text", { x: 0, y: TOP + row * CELL_STEP + CELL - 1, "aria-hidden": "true" }, "kit-heat-label");
    text.textContent = label;
  }
  for (const day of data.days) {
    const attrs = { x: LEFT + day.week * CELL_STEP, y: TOP + day.weekday * CELL_STEP, width: CELL, height: CELL, rx: 2, "data-date": day.date, "data-count": day.count, "aria-label": day.explanation };
    const cell = svgEl(svg, "rect", attrs, `kit-heat-cell kit-heat-${day.level}`);
    svgTitle(cell, day.explanation);
  }
  renderLegend(svg, width, TOP + 7 * CELL_STEP + 6, data.max);
  return svg;
}

function isHeatmapData(days: ReadonlyMap<LocalDate, number | Tally> | HeatmapData): days is HeatmapData {
  return "days" in days && Array.isArray(days.days);
}

/** "Less ▢▢▢▢▢ More" under the calendar, right-aligned, each square saying what it stands for. */
function renderLegend(svg: SVGSVGElement, width: number, y: number, max: number): void {
  const right = width - 30;
  const left = right - (HEAT_LEVELS + 1) * CELL_STEP;
  const less = svgEl(svg, "text", { x: left - 4, y: y + CELL - 1, "text-anchor": "end", "aria-hidden": "true" }, "kit-heat-label");
  less.textContent = "Less";
  for (let level = 0; level <= HEAT_LEVELS; level++) {
    const cell = svgEl(svg, "rect", { x: left + level * CELL_STEP, y, width: CELL, height: CELL, rx: 2 }, `kit-heat-legend kit-heat-${level}`);
    svgTitle(cell, legendText(level, max));
  }
  const more = svgEl(svg, "text", { x: right + 2, y: y + CELL - 1, "aria-hidden": "true" }, "kit-heat-label");
  more.textContent = "More";
}

/** Which counts a colour level covers, given the busiest day. */
function legendText(level: number, max: number): string {
  if (level === 0) return "No touch";
  if (max === 0) return `Level ${level} of ${HEAT_LEVELS}`;
  const low = Math.floor(((level - 1) * max) / HEAT_LEVELS) + 1;
  const high = Math.floor((level * max) / HEAT_LEVELS);
  if (high < low) return `Level ${level} of ${HEAT_LEVELS}: no day this year`;
  return low === high ? `${low} ${low === 1 ? "touch" : "touches"} a day` : `${low}–${high} touches a day`;
}
