import { parseDateValue, type LocalDate } from "../shared/dates";
import { NoteWriteError } from "../shared/errors";
import { propertiesProblem, setProperty } from "../notes/frontmatter-edit";
import { layoutOf, splitLines, type Line } from "../notes/note-text";
import { insertTouchLine, readTouchLog, type LoggedTouch } from "../touches/touch-log";
import type { SyncDamageSettings } from "./sync-damage";

/** A line of the conflict copy that the original doesn't have, and that isn't a touch. */
export interface LeftoverLine {
  /** The line as the copy has it. */
  text: string;
  /** Zero-based, in the copy. */
  line: number;
  /** A `key: value` line of the copy's properties. */
  property: boolean;
}

/** What merging a conflict copy into its original does. */
export interface CopyMerge {
  /** The original's text with the copy's touches it lacked, and the later `last_touch`. */
  text: string;
  /** The touch lines brought over, as the copy writes them. */
  added: string[];
  /** The `last_touch` the original gets, when it changes. */
  lastTouch: LocalDate | null;
  /** Everything else in the copy that the original lacks: the user says what to copy over. */
  leftover: LeftoverLine[];
}

/** Two touches are one when they have the same day, kind and note. */
function touchKey(touch: LoggedTouch): string {
  return `${touch.date}|${(touch.kind ?? "").toLowerCase()}|${touch.note ?? ""}`;
}

const KEY_LINE = /^([^\s#:-][^:]*?)\s*:/;

function propertyLines(text: string): Line[] {
  const layout = layoutOf(text);
  if (!layout.frontmatter) return [];
  return splitLines(text.slice(0, layout.frontmatter.contentEnd), layout.frontmatter.contentStart);
}

function lastTouchOf(text: string, key: string): LocalDate | null {
  const lower = key.toLowerCase();
  for (const line of propertyLines(text)) {
    const m = KEY_LINE.exec(line.text);
    if (m?.[1]?.toLowerCase() !== lower) continue;
    const parsed = parseDateValue(line.text.slice(line.text.indexOf(":") + 1).replace(/\s+#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2"));
    return parsed.ok ? parsed.date : null;
  }
  return null;
}

/**
 * Plans the merge of a conflict copy into its original: the copy's touch lines that
 * the original lacks (one touch is the same day, kind and note, however it is
 * written) go into the original's touch log in date order, exactly as the copy writes
 * them; `last_touch` becomes the later of the two; every other line of the copy that
 * the original doesn't have is listed, for the user to copy over or leave.
 */
export function planCopyMerge(original: string, copy: string, settings: SyncDamageSettings): CopyMerge {
  const { touchHeading, touchKinds, lastTouchKey } = settings;
  const copyLines = splitLines(copy);
  const have = new Set(readTouchLog(original, touchHeading, touchKinds).map(touchKey));
  let text = original;
  const added: string[] = [];
  const touchLines = new Set<number>();
  for (const touch of readTouchLog(copy, touchHeading, touchKinds)) {
    touchLines.add(touch.line);
    const key = touchKey(touch);
    if (have.has(key)) continue;
    have.add(key);
    const entry = (copyLines[touch.line] as Line).text.trim();
    text = insertTouchLine(text, touch, touchHeading, touchKinds, entry);
    added.push(entry);
  }

  const ours = lastTouchOf(original, lastTouchKey);
  const theirs = lastTouchOf(copy, lastTouchKey);
  let lastTouch: LocalDate | null = null;
  if (theirs !== null && (ours === null || theirs > ours)) {
    text = setProperty(text, lastTouchKey, theirs);
    lastTouch = theirs;
  }

  // The copy's other lines, against the original's as a multiset: a line the original has twice covers two.
  const remaining = new Map<string, number>();
  for (const line of splitLines(original)) remaining.set(line.text, (remaining.get(line.text) ?? 0) + 1);
  const layout = layoutOf(copy);
  const propertyEnd = layout.frontmatter?.contentEnd ?? -1;
  const propertyStart = layout.frontmatter?.contentStart ?? 0;
  const leftover: LeftoverLine[] = [];
  for (const [i, line] of copyLines.entries()) {
    const count = remaining.get(line.text) ?? 0;
    if (count > 0) {
      remaining.set(line.text, count - 1);
      continue;
    }
    if (line.text.trim() === "" || touchLines.has(i)) continue;
    const property = line.start >= propertyStart && line.start < propertyEnd;
    if (property && KEY_LINE.exec(line.text)?.[1]?.toLowerCase() === lastTouchKey.toLowerCase()) continue;
    leftover.push({ text: line.text, line: i, property });
  }
  return { text, added, lastTouch, leftover };
}

/**
 * Copies chosen lines of the copy into the original: a property line replaces the
 * original's line with the same key, or joins the properties at their end; any other
 * line goes after the nearest line before it in the copy that the original also has
 * (at the start of the body when there is none). Refuses a property line that would
 * leave the properties unreadable.
 */
export function copyLinesOver(text: string, copy: string, chosen: readonly LeftoverLine[]): string {
  const copyLines = splitLines(copy);
  let out = text;
  for (const item of [...chosen].sort((a, b) => a.line - b.line)) {
    out = item.property ? copyPropertyLine(out, item.text) : copyBodyLine(out, copyLines, item);
  }
  return out;
}

function copyPropertyLine(text: string, line: string): string {
  const layout = layoutOf(text);
  const eol = layout.eol;
  const key = KEY_LINE.exec(line)?.[1]?.toLowerCase();
  let out: string;
  if (!layout.frontmatter) {
    out = `${text.slice(0, layout.bodyStart)}---${eol}${line}${eol}---${eol}${text.slice(layout.bodyStart)}`;
  } else {
    const same = propertyLines(text).find((l) => KEY_LINE.exec(l.text)?.[1]?.toLowerCase() === key);
    const at = layout.frontmatter.contentEnd;
    out = same ? `${text.slice(0, same.start)}${line}${text.slice(same.start + same.text.length)}` : `${text.slice(0, at)}${line}${eol}${text.slice(at)}`;
  }
  const problem = propertiesProblem(out);
  if (problem) throw new NoteWriteError("unsafe-edit", `Copying "${line}" over would break the properties (${problem}), so it was not copied.`);
  return out;
}

function copyBodyLine(text: string, copyLines: readonly Line[], item: LeftoverLine): string {
  const layout = layoutOf(text);
  const eol = layout.eol;
  const lines = splitLines(text);
  for (let i = item.line - 1; i >= 0; i--) {
    const anchor = (copyLines[i] as Line).text;
    if (anchor.trim() === "") continue;
    const found = lines.find((l) => l.text === anchor && l.start >= layout.bodyStart);
    if (!found) continue;
    if (found.end === text.length && !text.endsWith("\n")) return `${text}${eol}${item.text}`;
    return `${text.slice(0, found.end)}${item.text}${eol}${text.slice(found.end)}`;
  }
  return `${text.slice(0, layout.bodyStart)}${item.text}${eol}${text.slice(layout.bodyStart)}`;
}
