/**
 * The layout of a note's text: byte-order mark, line ending and where the
 * properties block sits. Offsets index into the full text.
 */
export interface NoteLayout {
  bom: string;
  eol: "\n" | "\r\n";
  /** Present when the note opens with a `---` line that is closed by another `---` line. */
  frontmatter: FrontmatterBlock | null;
  /** The note opens with `---` but no closing line follows: not a properties block, and unsafe to add one. */
  unclosedFrontmatter: boolean;
  /** Offset where the body (everything after the properties block) starts. */
  bodyStart: number;
}

export interface FrontmatterBlock {
  /** Offset of the opening `---`. */
  open: number;
  /** Offset of the first byte of YAML (just past the opening line's ending). */
  contentStart: number;
  /** Offset of the closing `---` line; YAML ends just before it. */
  contentEnd: number;
  /** Offset just past the closing line and its line ending. */
  end: number;
}

const FENCE_LINE = /^---[ \t]*$/;

export function detectEol(text: string): "\n" | "\r\n" {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}

/** Lines with their start offsets; a line's text excludes its `\n` and any `\r` before it. */
export interface Line {
  text: string;
  start: number;
  /** Offset just past the line's ending (or the text's end for a last line without one). */
  end: number;
}

export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    const lf = text.indexOf("\n", start);
    const stop = lf === -1 ? text.length : lf;
    const contentEnd = stop > start && text[stop - 1] === "\r" ? stop - 1 : stop;
    lines.push({ text: text.slice(start, contentEnd), start, end: lf === -1 ? text.length : lf + 1 });
    start = lf === -1 ? text.length : lf + 1;
  }
  return lines;
}

export function layoutOf(text: string): NoteLayout {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const eol = detectEol(text);
  const open = bom.length;
  const firstLf = text.indexOf("\n", open);
  const firstLine = text.slice(open, firstLf === -1 ? text.length : firstLf).replace(/\r$/, "");
  if (!FENCE_LINE.test(firstLine) || firstLf === -1) {
    const unclosed = FENCE_LINE.test(firstLine);
    return { bom, eol, frontmatter: null, unclosedFrontmatter: unclosed, bodyStart: open };
  }
  const contentStart = firstLf + 1;
  // Line by line up to the closing fence only: the rest of the note needn't be split.
  for (let start = contentStart; start < text.length; ) {
    const lf = text.indexOf("\n", start);
    const stop = lf === -1 ? text.length : lf;
    const end = lf === -1 ? text.length : lf + 1;
    if (text.charCodeAt(start) === 45 && FENCE_LINE.test(text.slice(start, stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop))) {
      return { bom, eol, frontmatter: { open, contentStart, contentEnd: start, end }, unclosedFrontmatter: false, bodyStart: end };
    }
    start = end;
  }
  return { bom, eol, frontmatter: null, unclosedFrontmatter: true, bodyStart: open };
}

/** Tracks fenced code blocks line by line so headings and list items inside them are ignored. */
export class FenceTracker {
  private fence: string | null = null;

  /** Returns true when the line is code (a fence line or inside a fenced block). */
  isCode(line: string): boolean {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (this.fence === null) {
      if (m?.[1]) {
        this.fence = m[1];
        return true;
      }
      return false;
    }
    if (m?.[1] && m[1][0] === this.fence[0] && m[1].length >= this.fence.length && line.trim() === m[1]) {
      this.fence = null;
    }
    return true;
  }

  /** Whether the lines so far leave a fenced block open. */
  get isOpen(): boolean {
    return this.fence !== null;
  }
}

export interface Heading {
  level: number;
  text: string;
}

export function parseHeadingLine(line: string): Heading | null {
  // A closing run of #s only counts after a space, as in CommonMark: "## Notes on C#" keeps its #.
  const m = /^\s{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line) ?? /^\s{0,3}(#{1,6})(?:[ \t]+#*)?[ \t]*$/.exec(line);
  if (!m?.[1]) return null;
  return { level: m[1].length, text: (m[2] ?? "").trim() };
}
