// How big each tappable thing really is to a finger: measured on the layout Chromium
// computed, by asking the page what a tap at each point would hit.
import { selectorOf } from "./page-checks";

/** Obsidian's own rule for phones, and Apple's and Google's: a tap target is at least this wide and tall. */
export const MIN_TAP = 44;

/** What a finger can tap: links, buttons, fields, toggles, headings that open and close, anything focusable or named a button. */
const TAPPABLE = [
  "a[href]",
  "button",
  "input:not([type='hidden'])",
  "select",
  "textarea",
  "summary",
  "[role='button']",
  "[role='checkbox']",
  "[role='link']",
  "[role='tab']",
  "[role='switch']",
  "[tabindex]:not([tabindex='-1'])",
  ".clickable-icon",
  ".checkbox-container",
  ".suggestion-item",
].join(", ");

export interface TapTarget {
  what: string;
  width: number;
  height: number;
}

export interface TapReport {
  measured: TapTarget[];
  /** Every target under the minimum, with its size. */
  small: TapTarget[];
}

/** Whether a tap that lands on `hit` acts on `target`: inside it, or on a label of it. */
function acts(hit: Element | null, target: Element): boolean {
  if (!hit) return false;
  if (target.contains(hit)) return true;
  const field = target.instanceOf(HTMLInputElement) || target.instanceOf(HTMLSelectElement) || target.instanceOf(HTMLTextAreaElement);
  const labels = field ? Array.from((target as HTMLInputElement).labels ?? []) : [];
  return labels.some((label) => label.contains(hit));
}

/** Whether the page would show it: drawn, not hidden, and not a region that holds other targets (a scrolling list). */
function isTarget(el: Element, root: Element): boolean {
  if (!(el.instanceOf(HTMLElement) || el.instanceOf(SVGElement))) return false;
  const style = getComputedStyle(el);
  if (style.visibility === "hidden" || style.pointerEvents === "none" || style.display === "none") return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.closest("[inert], [aria-hidden='true']")) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  // A focusable container of other targets (the scrolling list of rows) is not itself tapped.
  if (el.getAttribute("role") === "region" || el === root) return false;
  // An input Obsidian hides inside its own control (a toggle) is tapped through that control.
  if (el instanceof HTMLInputElement && el.closest(".checkbox-container") && el.closest(".checkbox-container") !== el) return false;
  return true;
}

/** How far from (x, y), step by step in one direction, taps still act on the target. */
function reach(target: Element, x: number, y: number, dx: number, dy: number): number {
  let d = 0;
  for (let step = 1; step <= 2 * MIN_TAP; step++) {
    const px = x + dx * step;
    const py = y + dy * step;
    if (px < 0 || py < 0 || px >= window.innerWidth || py >= window.innerHeight) break;
    if (!acts(document.elementFromPoint(px, py), target)) break;
    d = step;
  }
  return d;
}

/**
 * The size of the area that taps on: from the middle of what is drawn, as far left, right,
 * up and down as a tap still acts on it. Padding, a pseudo-element or a label around it
 * count; a neighbour drawn over it does not.
 */
export function measureTap(target: Element): { width: number; height: number } {
  target.scrollIntoView({ block: "center", inline: "nearest" });
  const rect = target.getBoundingClientRect();
  const x = Math.round(rect.left + rect.width / 2);
  const y = Math.round(rect.top + rect.height / 2);
  if (!acts(document.elementFromPoint(x, y), target)) return { width: 0, height: 0 };
  return { width: reach(target, x, y, -1, 0) + reach(target, x, y, 1, 0) + 1, height: reach(target, x, y, 0, -1) + reach(target, x, y, 0, 1) + 1 };
}

/** Every tap target in `root` measured; those under 44 × 44 px listed. */
export function tapTargets(root: Element): TapReport {
  const measured: TapTarget[] = [];
  const seen = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(TAPPABLE))) {
    if (seen.has(el) || !isTarget(el, root)) continue;
    seen.add(el);
    const { width, height } = measureTap(el);
    const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    measured.push({ what: `${selectorOf(el, root)}${text ? ` "${text}"` : ""}`, width, height });
  }
  return { measured, small: measured.filter((t) => t.width < MIN_TAP || t.height < MIN_TAP) };
}
