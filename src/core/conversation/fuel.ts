/**
 * Conversation fuel: what a user means to ask or share the next time they talk to
 * someone, jotted as list items under a heading in the contact's note (`## Next time`).
 * Reading it, adding to it and clearing what was used, each on the note's text.
 */
import { NoteWriteError } from "../shared/errors";
import { indentWidth } from "../notes/note-structure";
import { FenceTracker, layoutOf, parseHeadingLine, splitLines, type Line } from "../notes/note-text";
import { appendUnderHeading, parseHeadingSetting } from "../touches/touch-log";
import { cleanNote } from "../touches/touch-line";
import { plainText } from "../notes/note-preview";

export const DEFAULT_FUEL_HEADING = "## Next time";

export interface FuelItem {
  /** Zero-based line of the item's bullet. */
  line: number;
  /** Zero-based last line that belongs to it: its nested items and continuation lines. */
  endLine: number;
  /** The item's own words, as plain text. */
  text: string;
  /** Its nested items and continuation lines, as plain text, shown under it. */
  details: string[];
  /** Its lines exactly as written (joined by "\n"): how it is found again before it is cleared. */
  raw: string;
  /** An open task (`- [ ]`) rather than a plain bullet. */
  task: boolean;
}

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TASK_BOX = /^\[(.)\](?:[ \t]+|$)/;
const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;

/** The text of each line, with a BOM at the very start left out so a heading on the first line still reads as one. */
function lineTexts(lines: readonly Line[]): string[] {
  return lines.map((l, i) => (i === 0 ? l.text.replace(/^\uFEFF/, "") : l.text));
}

/** [first line, one past the last] of every section under the heading (any level), outside code and properties. */
function fuelSections(texts: readonly string[], firstBodyLine: number, headingSetting: string): [number, number][] {
  const wanted = parseHeadingSetting(headingSetting).text.trim().toLowerCase();
  const sections: [number, number][] = [];
  const fences = new FenceTracker();
  let open: { line: number; level: number } | null = null;
  for (let i = firstBodyLine; i < texts.length; i++) {
    const text = texts[i] ?? "";
    if (fences.isCode(text)) continue;
    const heading = parseHeadingLine(text);
    if (!heading) continue;
    if (open && heading.level <= open.level) {
      sections.push([open.line, i]);
      open = null;
    }
    if (!open && heading.text.trim().toLowerCase() === wanted) open = { line: i, level: heading.level };
  }
  if (open) sections.push([open.line, texts.length]);
  return sections;
}

/** The words of a list line: without indent, bullet and task box. */
function itemWords(text: string): { words: string; box: string | null } {
  const marker = LIST_ITEM.exec(text);
  const rest = marker ? text.slice(marker[0].length) : text.trim();
  const box = TASK_BOX.exec(rest);
  return { words: plainText(box ? rest.slice(box[0].length) : rest), box: box ? (box[1] ?? " ") : null };
}

interface OpenItem {
  item: FuelItem;
  indent: number;
  /** A ticked task: it was used already, so it is read (its nested lines are its own) but not offered. */
  done: boolean;
}

/**
 * The list items of one section. A top-level item owns the lines after it that are
 * indented past its bullet (nested items, continuation text, code blocks), and a line
 * of text right after it with no blank line between (a lazy continuation).
 */
function itemsIn(texts: readonly string[], from: number, to: number): OpenItem[] {
  const found: OpenItem[] = [];
  const fences = new FenceTracker();
  let current: OpenItem | null = null;
  let codeInItem = false;
  let blankBefore = false;
  const extend = (i: number, detail: string | null) => {
    if (!current) return;
    current.item.endLine = i;
    if (detail) current.item.details.push(detail);
  };
  for (let i = from; i < to; i++) {
    const text = texts[i] ?? "";
    const wasOpen = fences.isOpen;
    if (fences.isCode(text)) {
      // A code block opened inside an item (indented past its bullet) is part of it; one at the margin ends it.
      if (!wasOpen) codeInItem = current !== null && FENCE_OPEN.test(text) && indentWidth(text) > current.indent;
      if (codeInItem) extend(i, null);
      else current = null;
      blankBefore = false;
      continue;
    }
    if (text.trim() === "") {
      blankBefore = true;
      continue;
    }
    const marker = THEMATIC_BREAK.test(text) ? null : LIST_ITEM.exec(text);
    const indent = indentWidth(text);
    if (parseHeadingLine(text) || THEMATIC_BREAK.test(text)) {
      current = null;
    } else if (marker && (!current || indent <= current.indent)) {
      const { words, box } = itemWords(text);
      current = { item: { line: i, endLine: i, text: words, details: [], raw: "", task: box === " " }, indent, done: box !== null && box !== " " };
      found.push(current);
    } else if (current && (marker || indent > current.indent || !blankBefore)) {
      extend(i, itemWords(text).words || null);
    } else {
      current = null;
    }
    blankBefore = false;
  }
  for (const open of found) open.item.raw = texts.slice(open.item.line, open.item.endLine + 1).join("\n");
  return found;
}

function allItems(text: string, headingSetting: string): OpenItem[] {
  const layout = layoutOf(text);
  const lines = splitLines(text);
  const texts = lineTexts(lines);
  const firstBodyLine = lines.findIndex((l) => l.end > layout.bodyStart);
  if (firstBodyLine === -1) return [];
  return fuelSections(texts, firstBodyLine, headingSetting).flatMap(([heading, end]) => itemsIn(texts, heading + 1, end));
}

/** The fuel in a note: the items under the fuel heading(s), in note order; ticked tasks count as used and are left out. Never throws. */
export function readFuel(text: string, headingSetting: string = DEFAULT_FUEL_HEADING): FuelItem[] {
  return allItems(text, headingSetting)
    .filter((open) => !open.done && (open.item.text !== "" || open.item.details.length > 0))
    .map((open) => open.item);
}

/**
 * Removes the chosen items (each with its nested lines) and nothing else: every other
 * line keeps its bytes and its ending, the heading stays even when nothing is left
 * under it. Items are found by their exact text (near the line they were read on), so
 * lines added above them since they were read don't matter; an item that was changed or removed since refuses the whole
 * edit, with a message, so a note is never half cleared.
 */
export function removeFuelItems(text: string, headingSetting: string, chosen: readonly Pick<FuelItem, "raw" | "line">[]): string {
  const items = readFuel(text, headingSetting);
  const removed = new Set<FuelItem>();
  for (const wanted of chosen) {
    // Of two items with the same words, the one nearest where the chosen one was read.
    const match = items
      .filter((item) => item.raw === wanted.raw && !removed.has(item))
      .reduce<FuelItem | undefined>((best, item) => (best === undefined || Math.abs(item.line - wanted.line) < Math.abs(best.line - wanted.line) ? item : best), undefined);
    if (!match) {
      const first = wanted.raw.split("\n")[0]?.trim() ?? "";
      throw new NoteWriteError("unsafe-edit", `"${first}" is no longer under ${parseHeadingSetting(headingSetting).text} as it was, so nothing was cleared. The note changed since it was read; try again.`);
    }
    removed.add(match);
  }
  if (removed.size === 0) return text;
  const gone = new Set<number>();
  for (const item of removed) for (let i = item.line; i <= item.endLine; i++) gone.add(i);
  return splitLines(text)
    .filter((_, i) => !gone.has(i))
    .map((line) => text.slice(line.start, line.end))
    .join("");
}

/** Adds `- item` at the end of the fuel section, creating the heading at the end of the note when it is missing. */
export function addFuelItem(text: string, headingSetting: string, item: string): string {
  const clean = cleanNote(item);
  if (!clean) throw new NoteWriteError("bad-input", "Write something to ask or share next time.");
  return appendUnderHeading(text, headingSetting, [fuelLineFor(clean)]);
}

/** The list line for an item; words that would make it a ticked task or a rule instead are escaped, so it reads back as written. */
export function fuelLineFor(item: string): string {
  const clean = cleanNote(item);
  const line = `- ${clean}`;
  const box = TASK_BOX.exec(clean);
  return (box && box[1] !== " ") || THEMATIC_BREAK.test(line) ? `- \\${clean}` : line;
}
