import { svgEl, svgTitle } from "../shared/svg";

/*
 * The review's charts: plain SVG in viewBox units stretched to the width of their
 * container (a narrow sidebar or a wide tab), coloured by classes on theme variables.
 * Every part carries its explanation: an SVG <title> for a hover, an aria-label for
 * screen readers, and data-explain for a tap (the view shows it as a notice).
 */

const WIDTH = 100;
const HEIGHT = 8;

/** Marks an element with the words behind its number, for hover, screen readers and tap. */
export function explainEl(el: Element, text: string): void {
  el.setAttribute("aria-label", text);
  el.setAttribute("data-explain", text);
  if (el.instanceOf(SVGElement)) svgTitle(el, text);
  else el.setAttribute("title", text);
}

export interface BarPart {
  /** Names the part for styling and tests: `on-time`, `asked`, `out`… */
  key: string;
  value: number;
  explanation: string;
}

function barSvg(parent: HTMLElement, label: string, cls: string): SVGSVGElement {
  const svg = svgEl(parent, "svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: "none", role: "img" }, `kit-review-bar ${cls}`);
  explainEl(svg, label);
  svgEl(svg, "rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, rx: 1 }, "kit-review-track");
  return svg;
}

/** One bar split into parts, each as wide as its share of the whole; an empty whole draws just the track. */
export function renderStackedBar(parent: HTMLElement, parts: readonly BarPart[], label: string): SVGSVGElement {
  const svg = barSvg(parent, label, "kit-review-stacked");
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  let x = 0;
  for (const part of parts) {
    if (part.value <= 0 || total === 0) continue;
    const width = (part.value / total) * WIDTH;
    const rect = svgEl(svg, "rect", { x: round(x), y: 0, width: round(width), height: HEIGHT, "data-part": part.key, "data-value": part.value }, `kit-review-part kit-review-${part.key}`);
    explainEl(rect, part.explanation);
    x += width;
  }
  return svg;
}

/** A count against the largest on show, with an optional mark where a suggested size would be. */
export function renderCountBar(parent: HTMLElement, value: number, max: number, label: string, mark?: { value: number; explanation: string }): SVGSVGElement {
  const svg = barSvg(parent, label, "kit-review-count");
  const scale = Math.max(max, mark?.value ?? 0, 1);
  const rect = svgEl(svg, "rect", { x: 0, y: 0, width: round((value / scale) * WIDTH), height: HEIGHT, "data-value": value }, "kit-review-fill");
  explainEl(rect, label);
  if (mark) {
    const x = round((mark.value / scale) * WIDTH);
    const line = svgEl(svg, "line", { x1: x, y1: 0, x2: x, y2: HEIGHT, "vector-effect": "non-scaling-stroke", "data-value": mark.value }, "kit-review-mark");
    explainEl(line, mark.explanation);
  }
  return svg;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A key under a stacked bar: a swatch, a word and a number per part, each explaining itself. */
export function renderLegend(parent: HTMLElement, items: readonly { key: string; text: string; explanation: string }[]): HTMLElement {
  const legend = parent.createDiv({ cls: "kit-review-legend" });
  for (const item of items) {
    const entry = legend.createSpan({ cls: "kit-review-legend-item", attr: { "data-part": item.key, tabindex: "0" } });
    entry.createSpan({ cls: `kit-review-swatch kit-review-${item.key}` });
    entry.createSpan({ text: item.text });
    explainEl(entry, item.explanation);
  }
  return legend;
}
