import { NoteWriteError } from "../shared/errors";
import { FenceTracker, layoutOf, parseHeadingLine, splitLines, type Heading, type Line } from "../notes/note-text";
import { isSpace } from "../shared/chars";
import type { LocalDate } from "../shared/dates";
import { formatTouchLine, parseTouchLine, touchLineDate, type Touch } from "./touch-line";

/** `## Touches` → level 2, "Touches". A bare `Touches` means a level-2 heading. */
export function parseHeadingSetting(setting: string): Heading {
  return parseHeadingLine(setting.trim()) ?? { level: 2, text: setting.trim() };
}

/** The heading line as written into a note: `## Touches`. */
export function headingLineFor(setting: string): string {
  const heading = parseHeadingSetting(setting);
  return `${"#".repeat(heading.level)} ${heading.text}`;
}

function sameHeading(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

interface Section {
  /** Index of the heading line. */
  heading: number;
  /** Index one past the section's last line. */
  end: number;
}

/** Every section under a heading with the touch heading's text (any level), in note order. */
function touchSections(lines: Line[], firstBodyLine: number, heading: Heading): Section[] {
  const sections: Section[] = [];
  const fences = new FenceTracker();
  let open: { heading: number; level: number } | null = null;
  for (let i = firstBodyLine; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (fences.isCode(text)) continue;
    const h = parseHeadingLine(text);
    if (!h) continue;
    if (open && h.level <= open.level) {
      sections.push({ heading: open.heading, end: i });
      open = null;
    }
    if (!open && sameHeading(h.text, heading.text)) open = { heading: i, level: h.level };
  }
  if (open) sections.push({ heading: open.heading, end: lines.length });
  return sections;
}

/** The first line past the properties; with a BOM and no properties that is line 0, whose text starts with the BOM. */
function firstBodyLineOf(lines: readonly Line[], bodyStart: number): number {
  return lines.findIndex((l) => l.end > bodyStart);
}

export interface LoggedTouch extends Touch {
  /** Zero-based line number in the note. */
  line: number;
}

/** Every touch line under the touch heading(s), skipping code blocks. Never throws. */
export function readTouchLog(text: string, headingSetting: string, kinds: readonly string[]): LoggedTouch[] {
  return readLogLines(text, headingSetting, (line, index) => {
    const touch = parseTouchLine(line, kinds) as LoggedTouch | null;
    if (touch) touch.line = index;
    return touch;
  });
}

/** The days of the touch lines readTouchLog reads, in the same order, without reading what each line says. */
export function readTouchDates(text: string, headingSetting: string): LocalDate[] {
  return readLogLines(text, headingSetting, touchLineDate);
}

/** The work of reading touch logs, counted for tests: lines walked, and touch lines read up to their note where only their fields were needed otherwise. */
export const logWork = { lines: 0, notesRead: 0 };

/**
 * What `read` makes of each line under the touch heading(s) outside code blocks, where
 * it makes anything, with the line's number in the note. One walk over the text, as
 * `touchSections` and `linesIn` read it, without an object per line: the index reads
 * every contact note this way on a first start. Only a line that may be a heading or a
 * code fence (`#`, a backtick or a tilde after at most three spaces) is given to their
 * regular expressions.
 */
export function readLogLines<T>(text: string, headingSetting: string, read: (line: string, index: number) => T | null): T[] {
  const layout = layoutOf(text);
  const wanted = parseHeadingSetting(headingSetting).text;
  const out: T[] = [];
  const fences = new FenceTracker();
  /** The level of the touch heading whose section the walk is in; 0 outside one. */
  let open = 0;
  let start = 0;
  let index = 0;
  // The properties block is skipped, counting its lines.
  if (layout.frontmatter) {
    for (let lf = text.indexOf("\n"); lf !== -1 && lf < layout.bodyStart; lf = text.indexOf("\n", lf + 1)) index++;
    start = layout.bodyStart;
  }
  for (; start < text.length; index++) {
    const lf = text.indexOf("\n", start);
    const stop = lf === -1 ? text.length : lf;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    const lineStart = start;
    start = lf === -1 ? text.length : lf + 1;
    logWork.lines++;
    let first = lineStart;
    while (first < end && first - lineStart < 3 && isSpace(text.charCodeAt(first))) first++;
    const c = text.charCodeAt(first);
    if (fences.isOpen || c === 96 || c === 126) {
      if (fences.isCode(text.slice(lineStart, end))) continue;
    } else if (c === 35) {
      const h = parseHeadingLine(text.slice(lineStart, end));
      if (h) {
        if (open !== 0 && h.level <= open) open = 0;
        if (open === 0 && sameHeading(h.text, wanted)) open = h.level;
        continue;
      }
    }
    if (open === 0) continue;
    const value = read(text.slice(lineStart, end), index);
    if (value !== null) out.push(value);
  }
  return out;
}

/** The touch lines of one section, outside code blocks. */
function touchesIn(lines: Line[], section: Section, kinds: readonly string[]): LoggedTouch[] {
  return linesIn(lines, section, (line, i) => {
    const touch = parseTouchLine(line, kinds);
    return touch && { ...touch, line: i };
  });
}

/** What `read` makes of each line of one section outside code blocks, where it makes anything. */
function linesIn<T>(lines: Line[], section: Section, read: (line: string, index: number) => T | null): T[] {
  const out: T[] = [];
  const fences = new FenceTracker();
  for (let i = section.heading + 1; i < section.end; i++) {
    const text = lines[i]?.text ?? "";
    if (fences.isCode(text)) continue;
    const value = read(text, i);
    if (value !== null) out.push(value);
  }
  return out;
}

/** The newest date in a touch log, or null. */
export function newestTouchDate(touches: readonly Touch[]): string | null {
  let newest: string | null = null;
  for (const t of touches) if (newest === null || t.date > newest) newest = t.date;
  return newest;
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

/**
 * Adds a touch line under the first touch heading, keeping the log in date order
 * (newest last, or newest first when the log is already written that way). Creates
 * the heading at the end of the note when there is none. Only inserts: every
 * existing byte stays where it was. `entry` is the line to write, when it is already
 * written (a line brought over from another copy of the note, as it was).
 */
export function insertTouchLine(text: string, touch: Touch, headingSetting: string, kinds: readonly string[], entry: string = formatTouchLine(touch)): string {
  const layout = layoutOf(text);
  const eol = layout.eol;
  const lines = splitLines(text);
  const firstBodyLine = firstBodyLineOf(lines, layout.bodyStart);
  const heading = parseHeadingSetting(headingSetting);
  const section = firstBodyLine === -1 ? undefined : touchSections(lines, firstBodyLine, heading)[0];

  if (!section) return appendSection(text, layout.bodyStart, lines, headingLineFor(headingSetting), entry, eol);

  const dated = touchesIn(lines, section, kinds);

  let insertAfter: number;
  if (dated.length === 0) {
    insertAfter = lastContentLine(lines, section);
  } else {
    const first = dated[0] as LoggedTouch;
    const last = dated[dated.length - 1] as LoggedTouch;
    const newestFirst = first.date > last.date;
    if (newestFirst) {
      const before = dated.find((t) => t.date <= touch.date);
      insertAfter = before ? before.line - 1 : itemEnd(lines, last.line, section.end);
    } else {
      const after = [...dated].reverse().find((t) => t.date <= touch.date);
      insertAfter = after ? itemEnd(lines, after.line, section.end) : first.line - 1;
    }
  }
  checkOutsideCode(lines, firstBodyLine, insertAfter);
  return insertLineAfter(text, lines, insertAfter, entry, eol);
}

/**
 * Adds several touch lines at once, each where `insertTouchLine` would put it had they
 * been added one by one, oldest first: the log stays in date order whichever way it
 * runs. The note is read once, so a thousand lines cost one pass, not a thousand.
 */
export function insertTouchLines(text: string, touches: readonly Touch[], headingSetting: string, kinds: readonly string[]): string {
  if (touches.length === 0) return text;
  const oldestFirst = [...touches].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const layout = layoutOf(text);
  const eol = layout.eol;
  const lines = splitLines(text);
  const firstBodyLine = firstBodyLineOf(lines, layout.bodyStart);
  const section = firstBodyLine === -1 ? undefined : touchSections(lines, firstBodyLine, parseHeadingSetting(headingSetting))[0];
  if (!section) return appendSection(text, layout.bodyStart, lines, headingLineFor(headingSetting), oldestFirst.map(formatTouchLine).join(eol), eol);

  const dated = touchesIn(lines, section, kinds);
  // Where each line goes (the index of the line it follows), and the lines going there.
  const points = new Map<number, string[]>();
  const put = (after: number, entry: string, onTop: boolean) => {
    const group = points.get(after) ?? [];
    if (onTop) group.unshift(entry);
    else group.push(entry);
    points.set(after, group);
  };
  const first = dated[0];
  const last = dated[dated.length - 1];
  const newestFirst = first !== undefined && last !== undefined && first.date > last.date;
  // The logged lines by date: as the new lines come oldest first, the logged ones at or
  // before each date only grow, so one walk finds the last (or, newest first, the
  // first) of them in note order for every new line.
  const byDate = [...dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  let seen = 0;
  let lastAtOrBefore: LoggedTouch | undefined;
  let firstAtOrBefore: LoggedTouch | undefined;
  for (const touch of oldestFirst) {
    for (; seen < byDate.length && (byDate[seen] as LoggedTouch).date <= touch.date; seen++) {
      const logged = byDate[seen] as LoggedTouch;
      if (!lastAtOrBefore || logged.line > lastAtOrBefore.line) lastAtOrBefore = logged;
      if (!firstAtOrBefore || logged.line < firstAtOrBefore.line) firstAtOrBefore = logged;
    }
    const entry = formatTouchLine(touch);
    if (!first || !last) {
      put(lastContentLine(lines, section), entry, false);
    } else if (newestFirst) {
      // Each newer line goes above the older ones added at the same place.
      put(firstAtOrBefore ? firstAtOrBefore.line - 1 : itemEnd(lines, last.line, section.end), entry, true);
    } else {
      put(lastAtOrBefore ? itemEnd(lines, lastAtOrBefore.line, section.end) : first.line - 1, entry, false);
    }
  }
  const order = [...points.keys()].sort((a, b) => a - b);
  for (const after of order) checkOutsideCode(lines, firstBodyLine, after);
  let out = "";
  let from = 0;
  for (const after of order) {
    const block = (points.get(after) as string[]).join(eol);
    const line = lines[after];
    if (!line) {
      out += `${block}${eol}`;
      continue;
    }
    out += text.slice(from, line.end);
    from = line.end;
    // The note's last line has no line ending: keep it that way after the new lines.
    out += line.end === text.length && !text.endsWith("\n") ? `${eol}${block}` : `${block}${eol}`;
  }
  return out + text.slice(from);
}

/**
 * Refuses to add lines where a code block that is never closed would swallow them:
 * they would be written, but never read as touches or tasks.
 */
function checkOutsideCode(lines: Line[], firstBodyLine: number, after: number): void {
  if (firstBodyLine < 0) return;
  const fences = new FenceTracker();
  for (let i = firstBodyLine; i <= after && i < lines.length; i++) fences.isCode(lines[i]?.text ?? "");
  if (fences.isOpen) {
    throw new NoteWriteError("unsafe-edit", "The note has a code block (``` or ~~~) that is never closed, so a line added here would be inside it and not count. Close the code block first.");
  }
}

/** The last line of a list item, counting its indented continuation lines. */
function itemEnd(lines: Line[], itemLine: number, sectionEnd: number): number {
  let end = itemLine;
  for (let i = itemLine + 1; i < sectionEnd; i++) {
    const line = lines[i] as Line;
    if (line.text.trim() === "") continue;
    if (/^\s+\S/.test(line.text) && !/^\s{0,3}(?:[-*+]|\d+[.)])\s/.test(line.text)) end = i;
    else if (/^\s{2,}(?:[-*+]|\d+[.)])\s/.test(line.text)) end = i;
    else break;
  }
  return end;
}

/** The heading line, or the last non-blank line of the section when it has content. */
function lastContentLine(lines: Line[], section: Section): number {
  for (let i = section.end - 1; i > section.heading; i--) {
    if (!isBlank(lines[i])) return i;
  }
  return section.heading;
}

function insertLineAfter(text: string, lines: Line[], index: number, entry: string, eol: string): string {
  const line = lines[index];
  if (!line) return `${entry}${eol}${text}`;
  if (line.end === text.length && !text.endsWith("\n")) {
    // The note's last line has no line ending: keep it that way after the new line.
    return `${text}${eol}${entry}`;
  }
  return `${text.slice(0, line.end)}${entry}${eol}${text.slice(line.end)}`;
}

/**
 * Adds lines at the end of the first section under a heading (after its last
 * non-blank line), or a new heading with the lines at the end of the note.
 */
export function appendUnderHeading(text: string, headingSetting: string, entries: readonly string[]): string {
  const layout = layoutOf(text);
  const eol = layout.eol;
  const lines = splitLines(text);
  const firstBodyLine = firstBodyLineOf(lines, layout.bodyStart);
  const section = firstBodyLine === -1 ? undefined : touchSections(lines, firstBodyLine, parseHeadingSetting(headingSetting))[0];
  const block = entries.join(eol);
  if (!section) return appendSection(text, layout.bodyStart, lines, headingLineFor(headingSetting), block, eol);
  const after = lastContentLine(lines, section);
  checkOutsideCode(lines, firstBodyLine, after);
  return insertLineAfter(text, lines, after, block, eol);
}

/** A heading and its lines at the end of the note, after one blank line. */
function appendSection(text: string, bodyStart: number, lines: Line[], headingLine: string, block: string, eol: string): string {
  checkOutsideCode(lines, firstBodyLineOf(lines, bodyStart), lines.length - 1);
  // A note may end right after its closing `---` with no line ending: the heading still starts a line of its own.
  let prefix = text.length > 0 && !text.endsWith("\n") ? eol : "";
  if (text.length > bodyStart) {
    const last = lines[lines.length - 1];
    if (!isBlank(last) || (last && !text.endsWith("\n"))) prefix += eol;
  }
  return `${text}${prefix}${headingLine}${eol}${block}${eol}`;
}

/** Whether the note has a section under this heading (outside code blocks and properties). */
export function hasHeading(text: string, headingSetting: string): boolean {
  const layout = layoutOf(text);
  const lines = splitLines(text);
  const firstBodyLine = firstBodyLineOf(lines, layout.bodyStart);
  return firstBodyLine !== -1 && touchSections(lines, firstBodyLine, parseHeadingSetting(headingSetting)).length > 0;
}
