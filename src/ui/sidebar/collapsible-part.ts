import { setIcon } from "obsidian";

/** Which parts of the view are open: kept by the view, so a part's state outlives its redraws and a restart. */
export interface OpenParts {
  isOpen(id: string): boolean;
  setOpen(id: string, open: boolean): void;
}

/** Parts kept open in memory only (a view that saves nothing, or a test). */
export function openPartsInMemory(initial: Record<string, boolean> = {}): OpenParts {
  const open = new Map(Object.entries(initial));
  return { isOpen: (id) => open.get(id) ?? false, setOpen: (id, value) => void open.set(id, value) };
}

export interface PartHeading {
  /** Names the part in the saved state; also its class, `kit-<id>`. */
  id: string;
  title: string;
  /** A number or a short word after the title, muted. */
  count?: string;
  /** A few words after the count that need attention ("1 late"), in the error colour. */
  alert?: string;
}

/**
 * One part of the view's practice area: a heading that opens and closes it, in the weight
 * of Obsidian's own sidebar headings (a chevron, the title, a count), and a body drawn only
 * while open. Returns the part; `draw` fills the body each time the part opens.
 */
export function collapsiblePart(parent: HTMLElement, heading: PartHeading, parts: OpenParts, draw: (body: HTMLDetailsElement) => void): HTMLDetailsElement {
  const details = parent.createEl("details", { cls: `kit-part kit-${heading.id}` });
  const summary = details.createEl("summary", { cls: "kit-part-header" });
  setIcon(summary.createSpan({ cls: "kit-part-chevron" }), "chevron-right");
  summary.createSpan({ cls: "kit-section-title", text: heading.title });
  if (heading.count !== undefined) summary.createSpan({ cls: "kit-count", text: heading.count });
  if (heading.alert) summary.createSpan({ cls: "kit-part-alert", text: heading.alert });
  let drawn = false;
  const fill = () => {
    if (drawn || !details.open) return;
    drawn = true;
    draw(details);
  };
  details.open = parts.isOpen(heading.id);
  fill();
  details.addEventListener("toggle", () => {
    if (parts.isOpen(heading.id) !== details.open) parts.setOpen(heading.id, details.open);
    fill();
  });
  return details;
}
