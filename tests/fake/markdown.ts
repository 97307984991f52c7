// Computes Obsidian's CachedMetadata from a note's text (block structure).
// Supported: YAML frontmatter, ATX headings, lists (with tasks, nesting, block ids),
// fenced code, math and comment blocks (their content yields nothing), blockquotes and
// callouts, tables, thematic breaks, html blocks and paragraphs; inline links, embeds
// and tags (see inline.ts). Not supported: setext headings, footnotes, reference links.
import type * as O from "obsidian";
import { getFrontMatterInfo, parseYaml } from "./frontmatter";
import { blockIdOf, linesPos, loc, scanInline, splitLines, span, wikilinksIn, type InlineRefs, type Line } from "./inline";

const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const QUOTE = /^ {0,3}>/;
const TABLE_DELIM = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const HTML = /^ {0,3}<(?:[a-zA-Z][a-zA-Z0-9-]*|!--)/;

const isBlank = (s: string) => /^\s*$/.test(s);

function indentWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === " ") w++;
    else if (ch === "\t") w += 4 - (w % 4);
    else break;
  }
  return w;
}

function startsBlock(t: string): boolean {
  return HEADING.test(t) || FENCE.test(t) || QUOTE.test(t) || THEMATIC.test(t) || /^\s*\$\$/.test(t) || /^\s*%%/.test(t);
}

class Builder {
  readonly refs: InlineRefs = { links: [], embeds: [], tags: [] };
  readonly headings: O.HeadingCache[] = [];
  readonly sections: O.SectionCache[] = [];
  readonly listItems: O.ListItemCache[] = [];
  readonly blocks: Record<string, O.BlockCache> = {};

  constructor(readonly lines: Line[]) {}

  line(i: number): Line {
    return this.lines[i] as Line;
  }

  section(type: string, a: number, b: number, id?: string): void {
    const s: O.SectionCache = { type, position: linesPos(this.line(a), this.line(b)) };
    if (id) s.id = id;
    this.sections.push(s);
  }

  block(id: string, position: O.Pos): void {
    this.blocks[id.toLowerCase()] = { id, position };
  }

  /** index of the closing line of a fence opened at `i` (or the last line) */
  fenceEnd(i: number, marker: string): number {
    const ch = marker[0] ?? "`";
    for (let j = i + 1; j < this.lines.length; j++) {
      const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(this.line(j).text);
      if (m?.[1] && m[1][0] === ch && m[1].length >= marker.length) return j;
    }
    return this.lines.length - 1;
  }

  /** index of the closing line of a `$$` or `%%` block opened at `i` */
  delimEnd(i: number, delim: string): number {
    const first = this.line(i).text.trim();
    if (first.length > delim.length && first.endsWith(delim) && first.indexOf(delim, delim.length) !== -1) return i;
    for (let j = i + 1; j < this.lines.length; j++) if (this.line(j).text.includes(delim)) return j;
    return this.lines.length - 1;
  }

  /** Parse the body from line `i`. */
  parse(i: number): void {
    const n = this.lines.length;
    while (i < n) {
      const t = this.line(i).text;
      if (isBlank(t)) {
        i++;
        continue;
      }
      const fence = FENCE.exec(t);
      if (fence && !(fence[2]?.[0] === "`" && (fence[3] ?? "").includes("`"))) {
        const end = this.fenceEnd(i, fence[2] ?? "```");
        this.section("code", i, end);
        i = end + 1;
        continue;
      }
      if (/^\s*\$\$/.test(t)) {
        const end = this.delimEnd(i, "$$");
        this.section("math", i, end);
        i = end + 1;
        continue;
      }
      if (/^\s*%%/.test(t)) {
        const end = this.delimEnd(i, "%%");
        this.section("comment", i, end);
        i = end + 1;
        continue;
      }
      const h = HEADING.exec(t);
      if (h) {
        const line = this.line(i);
        this.headings.push({ heading: (h[2] ?? "").trim(), level: (h[1] ?? "#").length, position: span(line, 0, t.length) });
        scanInline(line, this.refs);
        this.section("heading", i, i);
        i++;
        continue;
      }
      if (THEMATIC.test(t)) {
        this.section("thematicBreak", i, i);
        i++;
        continue;
      }
      if (LIST_ITEM.test(t)) {
        i = this.list(i);
        continue;
      }
      if (QUOTE.test(t)) {
        let j = i;
        while (j + 1 < n && !isBlank(this.line(j + 1).text) && (QUOTE.test(this.line(j + 1).text) || !startsBlock(this.line(j + 1).text))) j++;
        for (let k = i; k <= j; k++) scanInline(this.line(k), this.refs);
        this.section(/^ {0,3}>\s*\[!/.test(t) ? "callout" : "blockquote", i, j);
        i = j + 1;
        continue;
      }
      if (t.includes("|") && i + 1 < n && TABLE_DELIM.test(this.line(i + 1).text) && this.line(i + 1).text.includes("-")) {
        let j = i + 1;
        while (j + 1 < n && !isBlank(this.line(j + 1).text) && !startsBlock(this.line(j + 1).text)) j++;
        for (let k = i; k <= j; k++) if (k !== i + 1) scanInline(this.line(k), this.refs);
        this.section("table", i, j);
        i = j + 1;
        continue;
      }
      if (HTML.test(t)) {
        let j = i;
        while (j + 1 < n && !isBlank(this.line(j + 1).text)) j++;
        this.section("html", i, j);
        i = j + 1;
        continue;
      }
      i = this.paragraph(i);
    }
  }

  paragraph(i: number): number {
    const n = this.lines.length;
    let j = i;
    while (j + 1 < n) {
      const next = this.line(j + 1).text;
      if (isBlank(next) || startsBlock(next)) break;
      const li = LIST_ITEM.exec(next);
      if (li && !/^\d/.test(li[2] ?? "")) break; // a bullet interrupts a paragraph
      if (li && /^1[.)]$/.test(li[2] ?? "")) break;
      j++;
    }
    for (let k = i; k <= j; k++) scanInline(this.line(k), this.refs);
    const id = blockIdOf(this.line(j).text) ?? undefined;
    this.section("paragraph", i, j, id);
    if (id) this.block(id, linesPos(this.line(i), this.line(j)));
    return j + 1;
  }

  /** Parse a list starting at line `start`; returns the next line to parse. */
  list(start: number): number {
    const n = this.lines.length;
    const stack: Array<{ contentIndent: number; line: number }> = [];
    let current: O.ListItemCache | null = null;
    let last = start;
    let j = start;
    const finishItem = () => {
      if (current?.id) this.block(current.id, current.position);
    };
    while (j < n) {
      const line = this.line(j);
      const t = line.text;
      if (isBlank(t)) {
        let k = j + 1;
        while (k < n && isBlank(this.line(k).text)) k++;
        if (k >= n) break;
        const nt = this.line(k).text;
        if (LIST_ITEM.test(nt) && !THEMATIC.test(nt)) {
          j = k;
          continue;
        }
        if (indentWidth(nt) >= 2 && current) {
          j = k;
          continue;
        }
        break;
      }
      const m = LIST_ITEM.exec(t);
      if (m && !THEMATIC.test(t)) {
        finishItem();
        const indent = indentWidth(m[1] ?? "");
        const gap = Math.min(Math.max((m[3] ?? "").length, 1), 4);
        const contentIndent = indent + (m[2] ?? "").length + gap;
        while (stack.length && (stack[stack.length - 1]?.contentIndent ?? 0) > indent) stack.pop();
        const parent = stack.length ? (stack[stack.length - 1]?.line ?? -start) : -start;
        const rest = t.slice((m[0] ?? "").length);
        const task = /^\[(.)\](?:[ \t]|$)/.exec(rest);
        current = { parent, position: span(line, (m[1] ?? "").length, t.length) };
        if (task) current.task = task[1];
        const id = blockIdOf(t);
        if (id) current.id = id;
        this.listItems.push(current);
        stack.push({ contentIndent, line: j });
        scanInline(line, this.refs);
        last = j;
        j++;
        continue;
      }
      const fence = FENCE.exec(t);
      if (fence && indentWidth(t) >= 2 && current) {
        const end = this.fenceEnd(j, fence[2] ?? "```");
        current.position = { start: current.position.start, end: loc(this.line(end), this.line(end).text.length) };
        last = end;
        j = end + 1;
        continue;
      }
      if (indentWidth(t) < 2 && startsBlock(t)) break;
      if (current) {
        // continuation (indented or lazy) line of the current item
        current.position = { start: current.position.start, end: loc(line, t.length) };
        const id = blockIdOf(t);
        if (id) current.id = id;
      }
      scanInline(line, this.refs);
      last = j;
      j++;
    }
    finishItem();
    this.section("list", start, last);
    return last + 1;
  }
}

function frontmatterLinks(fm: Record<string, unknown>): O.FrontmatterLinkCache[] {
  const out: O.FrontmatterLinkCache[] = [];
  for (const [key, value] of Object.entries(fm)) {
    if (typeof value === "string") {
      for (const l of wikilinksIn(value)) out.push({ key, ...l });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === "string") for (const l of wikilinksIn(v)) out.push({ key: `${key}.${i}`, ...l });
      });
    }
  }
  return out;
}

/** The metadata Obsidian would cache for a Markdown note with this text. */
export function computeMetadata(text: string): O.CachedMetadata {
  const lines = splitLines(text);
  const b = new Builder(lines);
  const cache: O.CachedMetadata = {};
  let bodyStart = 0;
  const info = getFrontMatterInfo(text);
  if (info.exists) {
    const closing = lines.findIndex((l) => l.start === info.to);
    const endLine = lines[closing] as Line;
    const position: O.Pos = { start: { line: 0, col: 0, offset: 0 }, end: loc(endLine, endLine.text.length) };
    cache.frontmatterPosition = position;
    b.sections.push({ type: "yaml", position });
    try {
      const parsed: unknown = parseYaml(info.frontmatter);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        cache.frontmatter = parsed;
        const fl = frontmatterLinks(parsed as Record<string, unknown>);
        if (fl.length) cache.frontmatterLinks = fl;
      }
    } catch {
      // invalid YAML: Obsidian keeps the position but has no frontmatter object
    }
    bodyStart = closing + 1;
  }
  b.parse(bodyStart);
  const byOffset = <T extends O.CacheItem>(xs: T[]) => xs.sort((x, y) => x.position.start.offset - y.position.start.offset);
  if (b.refs.links.length) cache.links = byOffset(b.refs.links);
  if (b.refs.embeds.length) cache.embeds = byOffset(b.refs.embeds);
  if (b.refs.tags.length) cache.tags = byOffset(b.refs.tags);
  if (b.headings.length) cache.headings = b.headings;
  if (b.listItems.length) cache.listItems = b.listItems;
  if (b.sections.length) cache.sections = b.sections;
  if (Object.keys(b.blocks).length) cache.blocks = b.blocks;
  return cache;
}
