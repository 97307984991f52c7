// Obsidian draws its icons from Lucide. The in-memory Obsidian draws empty <svg>s, which is
// all a DOM test needs; a picture needs the real shapes, so the page registers Lucide's.
import * as lucide from "lucide";
import { addIcon } from "../../tests/fake/obsidian";

type IconNode = [tag: string, attrs: Record<string, string | number>][];

/** "MoreVertical" → "more-vertical", "Trash2" → "trash-2": Obsidian's ids for Lucide's exports. */
function iconId(exportName: string): string {
  return exportName
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([a-zA-Z])(\d)/g, "$1-$2")
    .toLowerCase();
}

function escapeAttr(value: string | number): string {
  return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function isIconNode(value: unknown): value is IconNode {
  return Array.isArray(value) && value.every((part) => Array.isArray(part) && typeof part[0] === "string");
}

/**
 * Registers every Lucide icon under Obsidian's id. The shapes sit in an inner <svg> with
 * Lucide's 24-unit viewBox, so they fill the outer icon at whatever size the theme gives it.
 */
export function registerLucideIcons(): number {
  let count = 0;
  for (const [name, node] of Object.entries(lucide)) {
    if (!isIconNode(node)) continue;
    const shapes = node.map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(" ")}/>`).join("");
    addIcon(iconId(name), `<svg viewBox="0 0 24 24" width="100%" height="100%">${shapes}</svg>`);
    count++;
  }
  return count;
}
