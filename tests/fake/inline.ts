// Inline Markdown scanning for the fake MetadataCache: wikilinks, embeds,
// Markdown links, tags and block ids on a single line, with positions.
import type * as O from "obsidian";

/** One line of a note. `start`/`end` are offsets of the line's text (no line break, no BOM). */
export interface Line {
  idx: number;
  text: string;
  start: number;
  end: number;
  /** column of `text[0]` (1 on a first line that starts with a BOM) */
  col0: number;
}

export function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (let idx = 0; ; idx++) {
    const nl = content.indexOf("\n", pos);
    const rawEnd = nl === -1 ? content.length : nl;
    const end = rawEnd > pos && content[rawEnd - 1] === "\r" ? rawEnd - 1 : rawEnd;
    const bom = idx === 0 && content.startsWith("\uFEFF") ? 1 : 0;
    lines.push({ idx, text: content.slice(pos + bom, end), start: pos + bom, end, col0: bom });
    if (nl === -1) break;
    pos = nl + 1;
  }
  return lines;
}

export function loc(line: Line, i: number): O.Loc {
  return { line: line.idx, col: line.col0 + i, offset: line.start + i };
}

export function span(line: Line, from: number, to: number): O.Pos {
  return { start: loc(line, from), end: loc(line, to) };
}

/** Position covering whole lines `a..b` (inclusive). */
export function linesPos(a: Line, b: Line): O.Pos {
  return { start: { line: a.idx, col: 0, offset: a.start - a.col0 }, end: loc(b, b.text.length) };
}

const blank = (s: string, from: number, to: number) => " ".repeat(Math.max(0, to - from));

/** Replace inline code spans and `%%comments%%` by spaces, keeping offsets. */
export function maskInline(text: string): string {
  let out = text;
  // Inline code: a run of N backticks closed by the same run.
  out = out.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
  out = out.replace(/%%[\s\S]*?%%/g, (m) => " ".repeat(m.length));
  return out;
}

export interface InlineRefs {
  links: O.LinkCache[];
  embeds: O.EmbedCache[];
  tags: O.TagCache[];
}

const WIKI = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[((?:\\.|[^[\]\\\n])*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const TAG = /(^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/g;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** `Note#Heading` → `Note > Heading`, as Obsidian shows links without an alias. */
function defaultDisplay(link: string): string {
  if (link.startsWith("#")) return link.slice(1).replace(/#/g, " > ");
  return link.replace(/#/g, " > ");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parse the inside of `[[...]]`. */
export function parseWikiInner(inner: string): { link: string; displayText: string } {
  const bar = inner.indexOf("|");
  let target = bar === -1 ? inner : inner.slice(0, bar);
  if (target.endsWith("\\")) target = target.slice(0, -1); // `\|` inside tables
  const link = target.trim();
  const alias = bar === -1 ? undefined : inner.slice(bar + 1).trim();
  return { link, displayText: alias !== undefined && alias !== "" ? alias : defaultDisplay(link) };
}

/** Wikilinks inside a frontmatter string value. */
export function wikilinksIn(value: string): Array<{ link: string; original: string; displayText: string }> {
  const out: Array<{ link: string; original: string; displayText: string }> = [];
  for (const m of value.matchAll(WIKI)) {
    if (m[1]) continue;
    const { link, displayText } = parseWikiInner(m[2] ?? "");
    out.push({ link, original: m[0], displayText });
  }
  return out;
}

/** Scan one (non-code) line for links, embeds and tags. */
export function scanInline(line: Line, into: InlineRefs): void {
  let text = maskInline(line.text);
  for (const m of text.matchAll(WIKI)) {
    const at = m.index ?? 0;
    const { link, displayText } = parseWikiInner(m[2] ?? "");
    const ref = { link, original: m[0], displayText, position: span(line, at, at + m[0].length) };
    (m[1] ? into.embeds : into.links).push(ref);
    text = text.slice(0, at) + blank(text, at, at + m[0].length) + text.slice(at + m[0].length);
  }
  for (const m of text.matchAll(MDLINK)) {
    const at = m.index ?? 0;
    let target = m[3] ?? "";
    if (target.startsWith("<") && target.endsWith(">")) target = target.slice(1, -1);
    if (!target || EXTERNAL.test(target)) continue;
    const ref = { link: safeDecode(target), original: m[0], displayText: (m[2] ?? "").replace(/\\(.)/g, "$1"), position: span(line, at, at + m[0].length) };
    (m[1] ? into.embeds : into.links).push(ref);
    text = text.slice(0, at) + blank(text, at, at + m[0].length) + text.slice(at + m[0].length);
  }
  for (const m of text.matchAll(TAG)) {
    const body = m[2] ?? "";
    if (!/[^0-9]/.test(body)) continue; // purely numeric: not a tag
    const at = (m.index ?? 0) + (m[1] ?? "").length;
    into.tags.push({ tag: `#${body}`, position: span(line, at, at + 1 + body.length) });
  }
}

/** Trailing block id (`text ^my-id`) of a line, if any. */
export function blockIdOf(text: string): string | null {
  const m = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/.exec(text);
  return m?.[1] ?? null;
}
