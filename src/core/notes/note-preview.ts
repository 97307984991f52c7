/**
 * The first few lines of a contact note as plain text: what the user wrote about the
 * person, without the properties, the headings, code, and the sections the plugin
 * shows in its own way (the touch log, the fuel, the promises).
 */
import { FenceTracker, layoutOf, parseHeadingLine, splitLines } from "./note-text";
import { parseHeadingSetting } from "../touches/touch-log";

/** A preview line longer than this is cut, so one long paragraph doesn't fill the queue. */
export const PREVIEW_LINE_CHARS = 160;
export const PREVIEW_LINES = 3;

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[.\]\s+)?/;
const QUOTE_MARKER = /^\s{0,3}(?:>\s?)+(?:\[![^\]]*\][+-]?\s*)?/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Markdown on one line read as the words it shows: links by their text, no embeds, no emphasis marks, no comments. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/%%.*?%%/g, "")
    .replace(/<!--.*?-->/g, "")
    .replace(/!\[\[[^\]]*\]\]/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
    .replace(/\[\[([^\]]*)\]\]/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__|~~|==)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])/g, "$1$2")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function cut(line: string): string {
  return line.length <= PREVIEW_LINE_CHARS ? line : `${line.slice(0, PREVIEW_LINE_CHARS - 1).trimEnd()}…`;
}

/**
 * Up to `max` lines of the note's body as plain text. Sections under any of the
 * `skipHeadings` (headings as in settings: `## Touches`) are left out with everything
 * under them, up to the next heading of the same level or higher.
 */
export function notePreview(text: string, skipHeadings: readonly string[], max = PREVIEW_LINES): string[] {
  const skipped = new Set(skipHeadings.map((h) => parseHeadingSetting(h).text.trim().toLowerCase()));
  const layout = layoutOf(text);
  const fences = new FenceTracker();
  const preview: string[] = [];
  let skipLevel: number | null = null;
  let inComment = false;
  for (const line of splitLines(text)) {
    if (preview.length >= max) break;
    if (line.end <= layout.bodyStart) continue;
    const raw = line.start === 0 ? line.text.replace(/^\uFEFF/, "") : line.text;
    if (fences.isCode(raw)) continue;
    // A `%%` comment can span lines; what is inside it isn't shown in Obsidian either.
    const opensOrCloses = (raw.match(/%%/g) ?? []).length % 2 === 1;
    if (inComment || (opensOrCloses && raw.trimStart().startsWith("%%"))) {
      if (opensOrCloses) inComment = !inComment;
      continue;
    }
    const heading = parseHeadingLine(raw);
    if (heading) {
      if (skipLevel !== null && heading.level <= skipLevel) skipLevel = null;
      if (skipLevel === null && skipped.has(heading.text.trim().toLowerCase())) skipLevel = heading.level;
      continue;
    }
    if (skipLevel !== null || THEMATIC_BREAK.test(raw)) continue;
    const words = plainText(raw.replace(QUOTE_MARKER, "").replace(LIST_MARKER, ""));
    if (words) preview.push(cut(words));
  }
  return preview;
}
