/**
 * A note's structure as Obsidian's metadata cache reports it (links, list items,
 * sections, headings), computed from the note's text. The plugin gets this from the
 * cache; the terminal agenda has no cache, so it reads the text with these rules and
 * hands `countedLinks` the same shape, which keeps the two counting the same links.
 *
 * It follows CommonMark's block structure as far as counting mentions needs:
 * properties, fenced code, `$$` math and `%%` comment blocks, ATX headings, lists
 * (with tasks and nesting), block quotes and callouts, HTML blocks and paragraphs.
 * Links are wikilinks and Markdown links to notes, not embeds, and not in code.
 */
import type { NoteStructure } from "../daily/mentions";
import { layoutOf, parseHeadingLine, splitLines } from "./note-text";

type Links = NoteStructure["links"];
type ListItem = NoteStructure["listItems"][number];

const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TASK = /^\[(.)\](?:[ \t]|$)/;
const QUOTE = /^ {0,3}>/;
const CALLOUT = /^ {0,3}>\s*\[!/;
const HTML_BLOCK = /^ {0,3}<(?:[a-zA-Z][a-zA-Z0-9-]*|!--)/;
const MATH = /^\s*\$\$/;
const COMMENT = /^\s*%%/;

const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /(!?)\[((?:\\.|[^[\]\\\n])*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** A scheme (`https:`, `mailto:`, `obsidian:`) makes a Markdown link point outside the vault. */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The path part of a link text, as Obsidian's `getLinkpath`: `Sam#Early days` → `Sam`. */
export function linkpathOf(linktext: string): string {
  const hash = linktext.indexOf("#");
  return hash === -1 ? linktext : linktext.slice(0, hash);
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Columns of leading whitespace, a tab reaching the next multiple of four. */
export function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === " ") width++;
    else if (ch === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** A backtick fence's info string can't hold a backtick: ```` ```js` ```` is inline code, not a fence. */
function fenceOf(text: string): string | null {
  const m = FENCE.exec(text);
  if (!m?.[1]) return null;
  if (m[1].startsWith("`") && (m[2] ?? "").includes("`")) return null;
  return m[1];
}

function isListItem(text: string): boolean {
  return LIST_ITEM.test(text) && !THEMATIC_BREAK.test(text);
}

/** Lines that end a paragraph or a lazy quote line by starting a block of their own. */
function startsBlock(text: string): boolean {
  return parseHeadingLine(text) !== null || fenceOf(text) !== null || QUOTE.test(text) || THEMATIC_BREAK.test(text) || MATH.test(text) || COMMENT.test(text);
}

/** As in CommonMark, a bullet or an ordered list starting at 1 interrupts a paragraph; `2024. was a year` does not. */
function interruptsParagraph(text: string): boolean {
  if (startsBlock(text)) return true;
  const m = LIST_ITEM.exec(text);
  return m !== null && !THEMATIC_BREAK.test(text) && (!/^\d/.test(m[2] ?? "") || /^1[.)]$/.test(m[2] ?? ""));
}

/** Blanks out inline code and `%%comments%%`, keeping columns, so links inside them aren't read. */
function maskInline(text: string): string {
  return text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length)).replace(/%%[\s\S]*?%%/g, (m) => " ".repeat(m.length));
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The target of `[[target|alias]]`; `\|` is how a table cell writes the bar. */
function wikilinkTarget(inner: string): string {
  const bar = inner.indexOf("|");
  let target = bar === -1 ? inner : inner.slice(0, bar);
  if (target.endsWith("\\")) target = target.slice(0, -1);
  return target.trim();
}

/** Links (not embeds) on one line of prose. */
function scanLinks(text: string, line: number, into: Links): void {
  let rest = maskInline(text);
  // Wikilinks first, blanked out after, so `[[a]](b)` isn't read again as a Markdown link.
  for (const m of rest.matchAll(WIKILINK)) {
    if (!m[1]) into.push({ link: linkpathOf(wikilinkTarget(m[2] ?? "")), line });
  }
  rest = rest.replace(WIKILINK, (m) => " ".repeat(m.length));
  for (const m of rest.matchAll(MARKDOWN_LINK)) {
    let target = m[3] ?? "";
    if (target.startsWith("<") && target.endsWith(">")) target = target.slice(1, -1);
    if (m[1] || target === "" || EXTERNAL.test(target)) continue;
    into.push({ link: linkpathOf(decoded(target)), line });
  }
}

/** The notes one line of text links to (not embeds, not in code), as link paths, in the order read. */
export function linksInText(text: string): string[] {
  const links: Links = [];
  scanLinks(text, 0, links);
  return links.map((l) => l.link);
}

class StructureReader {
  readonly structure: NoteStructure = { links: [], listItems: [], sections: [], headings: [] };

  constructor(private readonly lines: readonly string[]) {}

  private text(i: number): string {
    return this.lines[i] ?? "";
  }

  private section(type: string, line: number, endLine: number): void {
    this.structure.sections.push({ type, line, endLine });
  }

  private scan(from: number, to: number): void {
    for (let i = from; i <= to; i++) scanLinks(this.text(i), i, this.structure.links);
  }

  /** The closing line of a fence opened at `open` with `marker`, or the last line: an unclosed fence runs to the end. */
  private fenceEnd(open: number, marker: string): number {
    for (let i = open + 1; i < this.lines.length; i++) {
      const m = CLOSING_FENCE.exec(this.text(i));
      if (m?.[1] && m[1][0] === marker[0] && m[1].length >= marker.length) return i;
    }
    return this.lines.length - 1;
  }

  /** The closing line of a `$$` or `%%` block; one that opens and closes on its own line ends there. */
  private delimitedEnd(open: number, delimiter: string): number {
    const first = this.text(open).trim();
    if (first.length > delimiter.length && first.endsWith(delimiter)) return open;
    for (let i = open + 1; i < this.lines.length; i++) if (this.text(i).includes(delimiter)) return i;
    return this.lines.length - 1;
  }

  /** Reads the blocks from line `from` to the end. */
  read(from: number): NoteStructure {
    let i = from;
    while (i < this.lines.length) {
      const text = this.text(i);
      if (isBlank(text)) {
        i++;
        continue;
      }
      const fence = fenceOf(text);
      const heading = parseHeadingLine(text);
      if (fence !== null) {
        const end = this.fenceEnd(i, fence);
        this.section("code", i, end);
        i = end + 1;
      } else if (MATH.test(text) || COMMENT.test(text)) {
        const math = MATH.test(text);
        const end = this.delimitedEnd(i, math ? "$$" : "%%");
        this.section(math ? "math" : "comment", i, end);
        i = end + 1;
      } else if (heading !== null) {
        this.structure.headings.push({ heading: heading.text, level: heading.level, line: i });
        this.section("heading", i, i);
        this.scan(i, i);
        i++;
      } else if (THEMATIC_BREAK.test(text)) {
        this.section("thematicBreak", i, i);
        i++;
      } else if (isListItem(text)) {
        i = this.list(i);
      } else if (QUOTE.test(text)) {
        i = this.quote(i);
      } else if (HTML_BLOCK.test(text)) {
        // Obsidian reads no links inside an HTML block, which runs to the next blank line.
        let end = i;
        while (end + 1 < this.lines.length && !isBlank(this.text(end + 1))) end++;
        this.section("html", i, end);
        i = end + 1;
      } else {
        i = this.paragraph(i);
      }
    }
    return this.structure;
  }

  private paragraph(start: number): number {
    let end = start;
    while (end + 1 < this.lines.length && !isBlank(this.text(end + 1)) && !interruptsParagraph(this.text(end + 1))) end++;
    this.section("paragraph", start, end);
    this.scan(start, end);
    return end + 1;
  }

  /** A quote runs over `>` lines and lazy continuation lines; `> [!note]` makes it a callout. */
  private quote(start: number): number {
    let end = start;
    while (end + 1 < this.lines.length) {
      const next = this.text(end + 1);
      if (isBlank(next) || (!QUOTE.test(next) && interruptsParagraph(next))) break;
      end++;
    }
    this.section(CALLOUT.test(this.text(start)) ? "callout" : "blockquote", start, end);
    this.scan(start, end);
    return end + 1;
  }

  /**
   * A list from its first item: each item runs over its continuation lines (indented,
   * or lazy lines right after it) until the next item, which may be nested. A blank
   * line ends the list unless an item or an indented line follows.
   */
  private list(start: number): number {
    const items = this.structure.listItems;
    let current: ListItem | null = null;
    let last = start;
    let i = start;
    while (i < this.lines.length) {
      const text = this.text(i);
      if (isBlank(text)) {
        let next = i + 1;
        while (next < this.lines.length && isBlank(this.text(next))) next++;
        if (next >= this.lines.length) break;
        const following = this.text(next);
        if (isListItem(following) || (current && indentWidth(following) >= 2)) {
          i = next;
          continue;
        }
        break;
      }
      const item = isListItem(text) ? LIST_ITEM.exec(text) : null;
      if (item) {
        const task = TASK.exec(text.slice(item[0].length));
        current = task ? { line: i, endLine: i, task: task[1] } : { line: i, endLine: i };
        items.push(current);
        this.scan(i, i);
        last = i;
        i++;
        continue;
      }
      const fence = fenceOf(text);
      if (fence !== null && current && indentWidth(text) >= 2) {
        // A code block inside an item belongs to the item, and its lines hold no links.
        const end = this.fenceEnd(i, fence);
        current.endLine = end;
        last = end;
        i = end + 1;
        continue;
      }
      if (indentWidth(text) < 2 && startsBlock(text)) break;
      if (current) current.endLine = i;
      this.scan(i, i);
      last = i;
      i++;
    }
    this.section("list", start, last);
    return last + 1;
  }
}

/**
 * The structure Obsidian's metadata cache would give for a note with this text. Line
 * numbers count from the top of the file, properties included, as the cache's do.
 */
export function noteStructureOf(text: string): NoteStructure {
  const layout = layoutOf(text);
  const lines = splitLines(text);
  const texts = lines.map((line, i) => (i === 0 && layout.bom ? line.text.slice(layout.bom.length) : line.text));
  let bodyLine = 0;
  if (layout.frontmatter) {
    const index = lines.findIndex((line) => line.start >= layout.bodyStart);
    bodyLine = index === -1 ? lines.length : index;
  }
  return new StructureReader(texts).read(bodyLine);
}
