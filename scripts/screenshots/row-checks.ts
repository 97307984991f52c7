// Checks of the relationships view's rows, on the layout Chromium computed.
import { selectorOf } from "./page-checks";

function drawn(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== "hidden";
}

function isCut(el: Element): boolean {
  return el.scrollWidth > el.clientWidth + 0.5;
}

/**
 * Rows whose name is cut short (ellipsised) before anything else: while something else
 * on the name's line still takes room, or while the line under it is shown whole.
 */
export function namesCutFirst(root: Element): string[] {
  const problems: string[] = [];
  for (const row of Array.from(root.querySelectorAll<HTMLElement>(".kit-row"))) {
    const name = row.querySelector<HTMLElement>(".kit-name");
    if (!name || !drawn(name) || !isCut(name)) continue;
    const band = name.getBoundingClientRect();
    // What shares the name's line, besides the row's own ✓ and ⋮.
    const beside = Array.from(row.querySelectorAll<HTMLElement>("*")).filter((el) => {
      if (el === name || name.contains(el) || el.contains(name) || el.closest(".kit-log, .kit-more") || !drawn(el) || !el.textContent?.trim()) return false;
      const rect = el.getBoundingClientRect();
      return rect.top < band.bottom - 1 && rect.bottom > band.top + 1;
    });
    const line = row.querySelector<HTMLElement>(".kit-line-text");
    const lineWhole = line !== null && drawn(line) && !isCut(line);
    if (beside.length === 0 && !lineWhole) continue;
    const why = beside.length > 0 ? `beside ${beside.map((el) => `"${el.textContent?.trim() ?? ""}"`).join(", ")}` : `while the line under it, "${line?.textContent ?? ""}", is whole`;
    problems.push(`${selectorOf(row, root)}: the name "${name.textContent ?? ""}" is cut (${name.scrollWidth}px in ${name.clientWidth}px) ${why}`);
  }
  return problems;
}

/** The rows drawn now, by path: what a check at one scroll position has looked at. */
export function drawnRowPaths(root: Element): string[] {
  return Array.from(root.querySelectorAll(".kit-row")).map((row) => row.getAttribute("data-path") ?? "");
}

export interface FirstOverdue {
  /** From the top of the view to the top of the first overdue row. */
  top: number;
  /** The view's height. */
  height: number;
}

/** Where the first overdue row starts in the view, or null when nobody is overdue. */
export function firstOverdueRow(root: Element): FirstOverdue | null {
  const row = root.querySelector(".kit-section-overdue .kit-row");
  if (!row) return null;
  const view = root.getBoundingClientRect();
  return { top: Math.round(row.getBoundingClientRect().top - view.top), height: Math.round(view.height) };
}
