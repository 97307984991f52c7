// Checks that run inside the page, on the real layout Chromium computed.

/** A short, readable CSS path for a report: `li.kit-row > div.kit-meta > span.kit-tier`. */
export function selectorOf(el: Element, stopAt?: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== stopAt?.parentElement && node !== document.body; node = node.parentElement) {
    const classes = Array.from(node.classList).slice(0, 2).map((c) => `.${c}`).join("");
    const path = node.getAttribute("data-path");
    parts.unshift(`${node.tagName.toLowerCase()}${classes}${path ? `[data-path="${path}"]` : ""}`);
    if (path || parts.length >= 4) break;
  }
  return parts.join(" > ");
}

function isDrawn(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  return getComputedStyle(el).visibility !== "hidden";
}

/** Whether this element cuts off what sticks out of it (as opposed to letting it spill or scroll). */
function clips(el: Element): boolean {
  const x = getComputedStyle(el).overflowX;
  return x === "hidden" || x === "clip";
}

function scrolls(el: Element): boolean {
  const x = getComputedStyle(el).overflowX;
  return x === "auto" || x === "scroll";
}

/**
 * Text that is meant to shorten: a one-line box that ends in an ellipsis, or a part of one.
 * What such a box cuts off is a design choice, not an overflow.
 */
function shortensOnPurpose(el: Element, until: Element): boolean {
  for (let node: Element | null = el; node && node !== until.parentElement; node = node.parentElement) {
    if (getComputedStyle(node).textOverflow === "ellipsis" && clips(node)) return true;
  }
  return false;
}

/** What reaches furthest right inside a box that scrolls sideways: the thing to fix. */
function widestInside(box: Element): string {
  const edge = box.getBoundingClientRect().right;
  let widest: Element | null = null;
  let right = edge;
  for (const el of Array.from(box.querySelectorAll("*"))) {
    const r = el.getBoundingClientRect().right;
    if (r > right + 1 && isDrawn(el)) [widest, right] = [el, r];
  }
  return widest ? ` (the furthest: ${selectorOf(widest, box)}, ${Math.round(right - edge)}px past the edge)` : "";
}

/**
 * Everything in `root` that makes the page, or a part of it, wider than the screen: the
 * page scrolling sideways, a box that scrolls sideways, or a box that sticks out of the
 * screen or out of the box that clips it (so part of it can't be seen at all).
 */
export function horizontalOverflow(root: Element): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > width) problems.push(`the page scrolls sideways: ${pageWidth}px of content in ${width}px`);
  const elements = [root, ...Array.from(root.querySelectorAll("*"))].filter(isDrawn);
  for (const el of elements) {
    if (scrolls(el) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${selectorOf(el, root)} scrolls sideways: ${el.scrollWidth}px of content in ${el.clientWidth}px${widestInside(el)}`);
    }
    const rect = el.getBoundingClientRect();
    let clipper: Element | null = el.parentElement;
    while (clipper && clipper !== document.body && !clips(clipper) && !scrolls(clipper)) clipper = clipper.parentElement;
    const inside = clipper && clipper !== document.body ? clipper.getBoundingClientRect() : { left: 0, right: width };
    if (clipper && scrolls(clipper)) continue;
    if (clipper && clipper !== document.body && shortensOnPurpose(el, clipper)) continue;
    const past = Math.max(rect.right - Math.min(inside.right, width), Math.max(inside.left, 0) - rect.left);
    if (past > 1) {
      const where = clipper && clipper !== document.body ? `out of ${selectorOf(clipper, root)}` : "off the screen";
      problems.push(`${selectorOf(el, root)} sticks ${Math.round(past)}px ${where}`);
    }
  }
  return problems;
}

export interface FocusInfo {
  /** The contact row the focus is in, by its note's path. */
  path: string | null;
  /** Which of the row's controls: its first class (kit-name, kit-log, kit-more, …). */
  control: string;
  /** Whether the focus is still inside the relationships view. */
  inView: boolean;
  /** The rest summary (collapsed everyone-else list), and whether it is open. */
  restSummary: { open: boolean } | null;
}

export function describeFocus(): FocusInfo | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const summary = el.matches("summary.kit-rest-summary") ? { open: (el.parentElement as HTMLDetailsElement).open } : null;
  return {
    path: el.closest(".kit-row")?.getAttribute("data-path") ?? null,
    control: el.classList[0] ?? el.tagName.toLowerCase(),
    inView: el.closest(".kit-view") !== null,
    restSummary: summary,
  };
}

/** What a phone has no keys for: the keys a button answers to, and the hints about keys. */
const KEY_HINTS = ".kit-chip-key, kbd, .kit-keys-hint";

/** Keyboard keys or hints about them that are drawn in `root`: on a phone there should be none. */
export function keyHintsShown(root: Element): string[] {
  return Array.from(root.querySelectorAll(KEY_HINTS))
    .filter((el) => isDrawn(el) && getComputedStyle(el).display !== "none")
    .map((el) => `${selectorOf(el, root)} "${(el.textContent ?? "").trim()}"`);
}
