import { Platform } from "obsidian";
import type { ModelEntry } from "../../core/planning/agenda-model";
import type { Host } from "../host";
import { showRowMenu } from "./row-menu";
import type { RowSource, WindowedRows } from "./windowed-rows";

/** One windowed list of the relationships view. */
export interface RowSection {
  rows: WindowedRows<ModelEntry>;
  source: () => RowSource<ModelEntry>;
  /** Whether its rows are on show (the list of everyone else only when opened). */
  open: () => boolean;
}

/** What the row handlers need from the view. */
export interface RowHost {
  host: Host;
  /** The entry a row shows, by the row's path. */
  entry(path: string): ModelEntry | undefined;
  sections(): readonly RowSection[];
  filterByPlace(place: string): void;
}

/** One listener for every row: the row's path says whose it is. */
export function onRowClick(view: RowHost, event: MouseEvent): void {
  const node = event.targetNode;
  const target = node?.instanceOf(Element) ? node : node?.parentElement;
  const rowEl = target?.closest<HTMLElement>(".kit-row");
  const entry = rowEl ? view.entry(rowEl.getAttr("data-path") ?? "") : undefined;
  if (!target || !entry) return;
  const { host } = view;
  const { contact } = entry;
  const newTab = event.ctrlKey || event.metaKey;
  const source = target.closest<HTMLElement>(".kit-source")?.getAttr("data-source");
  const explain = target.closest<HTMLElement>("[data-explain]")?.getAttr("data-explain");
  const place = target.closest<HTMLElement>(".kit-place")?.getAttr("data-place");
  if (explain) {
    host.notices.show(explain);
  } else if (place) {
    event.preventDefault();
    view.filterByPlace(place);
  } else if (source) {
    event.preventDefault();
    void host.app.workspace.openLinkText(source, "", newTab);
  } else if (target.closest(".kit-name")) {
    event.preventDefault();
    void host.app.workspace.openLinkText(contact.path, "", newTab);
  } else if (target.closest(".kit-log")) {
    void host.actions.logTouch(contact);
  } else if (target.closest(".kit-more")) {
    const button = target.closest<HTMLElement>(".kit-more");
    // From the keyboard (no pointer position), the menu opens under its button. A phone has no hover, so its menu says what a hover would.
    const rect = button?.getBoundingClientRect();
    const at = event.detail === 0 && rect && rect.height > 0 ? { x: rect.left, y: rect.bottom } : { x: event.clientX, y: event.clientY };
    showRowMenu(view, entry, at, Platform.isPhone);
  }
}

/**
 * A right click on a row, or a long press on a phone: the row's menu, opening with what
 * the row leaves out (tier and rhythm, last touch, place and time, warmth, drift,
 * promises, problems in the note).
 */
export function onRowContextMenu(view: RowHost, event: MouseEvent | { target: Element; at: { x: number; y: number } }): void {
  const target = event instanceof MouseEvent ? (event.targetNode?.instanceOf(Element) ? event.targetNode : event.targetNode?.parentElement) : event.target;
  const rowEl = target?.closest<HTMLElement>(".kit-row");
  const entry = rowEl ? view.entry(rowEl.getAttr("data-path") ?? "") : undefined;
  if (!entry) return;
  if (event instanceof MouseEvent) event.preventDefault();
  showRowMenu(view, entry, event instanceof MouseEvent ? { x: event.clientX, y: event.clientY } : event.at, true);
}

/** Up and down arrows move between rows, keeping to the same control; rows off screen are drawn first. */
export function onRowKeyDown(view: RowHost, event: KeyboardEvent): void {
  const node = event.targetNode;
  if (event.key === "Enter" && node?.instanceOf(HTMLElement) && node.hasAttribute("data-explain")) {
    view.host.notices.show(node.getAttr("data-explain") ?? "");
    return;
  }
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const target = node?.instanceOf(HTMLElement) ? node : null;
  const rowEl = target?.closest<HTMLElement>(".kit-row");
  const section = rowEl ? view.sections().find((s) => s.rows.el.contains(rowEl)) : undefined;
  if (!target || !rowEl || !section) return;
  const next = Number(rowEl.getAttr("aria-posinset")) - 1 + (event.key === "ArrowDown" ? 1 : -1);
  if (next < 0 || next >= section.rows.length) return;
  event.preventDefault();
  if (!section.rows.rowAt(next)) {
    const [first, last] = section.rows.range;
    const span = Math.max(last - first, 1);
    const start = next < first ? next - span + 1 : next;
    section.rows.show(section.source(), start, start + span);
  }
  const control = ["kit-source", "kit-name", "kit-log", "kit-more"].find((c) => target.hasClass(c)) ?? "kit-name";
  const nextRow = section.rows.rowAt(next);
  (nextRow?.querySelector<HTMLElement>(`.${control}`) ?? nextRow?.querySelector<HTMLElement>(".kit-name"))?.focus();
}
