import { isLocalDate, parseDateValue, type LocalDate } from "../shared/dates";
import { NoteWriteError } from "../shared/errors";
import { setProperty } from "../notes/frontmatter-edit";
import { FenceTracker, layoutOf, splitLines, type Line } from "../notes/note-text";
import { parseTouchLine } from "../touches/touch-line";
import { readTouchLog } from "../touches/touch-log";

/**
 * What a merge of two devices' versions of a contact note can leave behind, found and
 * put right. Two touches logged offline on two devices each move `last_touch` and add
 * a line at the end of the touch log; how the versions come together depends on the
 * sync tool:
 * - a line-based three-way merge (git) stops at both places and leaves conflict markers;
 * - git's union merge keeps both sides' lines: `last_touch` twice;
 * - a character-based merge (diff-match-patch, which Obsidian Sync uses) can run the two
 *   dates together into something that isn't a date (`2026-12-012026-12-03`, `2026-1301`);
 *   it can also keep the earlier date, or make a third, valid one, which no look at the
 *   note can tell from a date set by hand. The touch lines always survive, and the index
 *   reads the last touch from them too.
 * A repeated touch line is not taken for damage: two calls on one day are two
 * identical lines the plugin itself writes, and a day counts once however often it is
 * logged.
 */

export interface SyncDamageSettings {
  touchHeading: string;
  touchKinds: readonly string[];
  /** The `last_touch` property's name. */
  lastTouchKey: string;
}

const OURS = /^<{7}(?: |$)/;
const BASE = /^\|{7}(?: |$)/;
const SPLIT = /^={7}$/;
const THEIRS = /^>{7}(?: |$)/;

interface Hunk {
  /** Line indexes of `<<<<<<<` and `>>>>>>>`. */
  open: number;
  close: number;
  ours: Line[];
  theirs: Line[];
}

/** Conflict blocks outside code blocks, in note order; a block that isn't closed is not one. */
function conflictHunks(lines: readonly Line[]): Hunk[] {
  const hunks: Hunk[] = [];
  const fences = new FenceTracker();
  let open: { at: number; part: "ours" | "base" | "theirs"; ours: Line[]; theirs: Line[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text;
    if (open === null) {
      if (fences.isCode(text)) continue;
      if (OURS.test(text)) open = { at: i, part: "ours", ours: [], theirs: [] };
      continue;
    }
    if (BASE.test(text) && open.part === "ours") open.part = "base";
    else if (SPLIT.test(text) && open.part !== "theirs") open.part = "theirs";
    else if (THEIRS.test(text) && open.part === "theirs") {
      hunks.push({ open: open.at, close: i, ours: open.ours, theirs: open.theirs });
      open = null;
    } else if (open.part === "ours") open.ours.push(line);
    else if (open.part === "theirs") open.theirs.push(line);
  }
  return hunks;
}

/** A top-level `key: value` line of the properties block: the key as written and the value's text. */
const KEY_LINE = /^([^\s#:][^:]*?)\s*:(?:\s+(.*?))?\s*$/;

/** The lines of the properties block that set this key (compared without case, as Obsidian does). */
function keyLines(text: string, key: string): Line[] {
  const layout = layoutOf(text);
  if (!layout.frontmatter) return [];
  const lower = key.toLowerCase();
  return splitLines(text.slice(0, layout.frontmatter.contentEnd), layout.frontmatter.contentStart).filter((line) => KEY_LINE.exec(line.text)?.[1]?.toLowerCase() === lower);
}

function valueOf(line: Line): string {
  return (KEY_LINE.exec(line.text)?.[2] ?? "").replace(/\s+#.*$/, "");
}

/**
 * A value that starts like a date and is made of a date's characters, but isn't one:
 * what a character-by-character merge of two dates leaves (`2026-12-012026-12-03`,
 * `2026-1301`, `2026-12-1`): one whose shape no date has.
 */
function isRunTogether(value: string): boolean {
  const bare = value.replace(/^(["'])(.*)\1$/, "$2").trim();
  // A date of the right shape that isn't a real day (2026-13-45) is a typo, said as one elsewhere.
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.test(bare)) return false;
  return /^\d{4}-[\d\sT:-]*$/.test(bare) && !parseDateValue(bare).ok;
}

/** Why this note looks like a merge of two devices' versions went wrong, in one line; null when it doesn't. */
export function findSyncDamage(text: string, lastTouchKey: string): string | null {
  if (text.includes("<<<<<<<") && conflictHunks(splitLines(text)).length > 0) {
    return "A sync merge left conflict markers (<<<<<<< … >>>>>>>) in the note; Repair can put the touches back together.";
  }
  const lines = keyLines(text, lastTouchKey);
  if (lines.length > 1) return `${lastTouchKey} is in the properties ${lines.length} times, as a sync merge can leave it; Repair keeps the latest date.`;
  const value = lines[0] ? valueOf(lines[0]) : "";
  if (isRunTogether(value)) return `${lastTouchKey} "${value}" is not a date, as a sync merge can leave two dates run together; Repair takes the latest date from the touch log.`;
  return null;
}

/** A side of a conflict that holds nothing but touch lines (and blank lines). */
function touchLinesOf(side: readonly Line[], kinds: readonly string[]): string[] | null {
  const lines = side.map((l) => l.text).filter((t) => t.trim() !== "");
  return lines.every((t) => parseTouchLine(t, kinds) !== null) ? lines : null;
}

function dateOfLine(line: string, kinds: readonly string[]): string {
  return parseTouchLine(line, kinds)?.date ?? "";
}

/**
 * The note with the damage put right, changing nothing else: conflicts between touch
 * lines keep every line of both sides once, in date order; conflicts between
 * `last_touch` lines, a repeated `last_touch` or dates run together become one
 * `last_touch` with the latest date the note holds (its touch log, or a valid
 * `last_touch`), never a day after today. Refuses, with a message for the user, a
 * conflict around any other line: which side to keep is theirs to say.
 */
export function repairSyncDamage(text: string, settings: SyncDamageSettings, today: LocalDate): string {
  const { lastTouchKey: key, touchKinds: kinds } = settings;
  const eol = layoutOf(text).eol;
  const candidates: LocalDate[] = [];
  let lastTouchDamaged = false;
  let repaired = text;

  const lines = splitLines(text);
  const hunks = conflictHunks(lines);
  if (hunks.length > 0) {
    let out = "";
    let from = 0;
    for (const hunk of hunks) {
      const open = lines[hunk.open] as Line;
      const close = lines[hunk.close] as Line;
      out += text.slice(from, open.start);
      const replacement = resolveHunk(hunk, key, kinds, today, candidates);
      if (replacement.lastTouch) lastTouchDamaged = true;
      // Each kept line ends as the note's lines do; a note that ended without a line ending still does.
      const block = replacement.lines.map((line) => `${line}${eol}`).join("");
      out += close.end === text.length && !text.endsWith("\n") ? block.slice(0, block.length - eol.length) : block;
      from = close.end;
    }
    repaired = out + text.slice(from);
  }

  const keyed = keyLines(repaired, key);
  if (keyed.length > 1) {
    lastTouchDamaged = true;
    for (const line of keyed) addDate(candidates, valueOf(line), today);
    // Keep the first; the others go, line ending and all.
    for (const line of keyed.slice(1).reverse()) repaired = `${repaired.slice(0, line.start)}${repaired.slice(line.end)}`;
  } else if (keyed[0] && isRunTogether(valueOf(keyed[0]))) {
    lastTouchDamaged = true;
  } else if (keyed[0]) {
    addDate(candidates, valueOf(keyed[0]), today);
    // A valid date older than a logged touch (a merge kept the other device's) moves up to that touch.
    const kept = candidates[candidates.length - 1];
    if (kept !== undefined && readTouchLog(repaired, settings.touchHeading, kinds).some((touch) => touch.date > kept && touch.date <= today)) lastTouchDamaged = true;
  }

  if (lastTouchDamaged) {
    for (const touch of readTouchLog(repaired, settings.touchHeading, kinds)) if (touch.date <= today) candidates.push(touch.date);
    const latest = candidates.sort().pop();
    if (latest === undefined) {
      throw new NoteWriteError("unsafe-edit", `Neither the touch log nor ${key} holds a date to keep, so ${key} was left for you to set.`);
    }
    repaired = setLastTouch(repaired, key, latest);
  }
  return repaired;
}

/** What one conflict block becomes: its lines, and whether they were `last_touch` lines. */
function resolveHunk(hunk: Hunk, key: string, kinds: readonly string[], today: LocalDate, candidates: LocalDate[]): { lines: string[]; lastTouch: boolean } {
  const filled = [...hunk.ours, ...hunk.theirs].filter((l) => l.text.trim() !== "");
  if (filled.length > 0 && filled.every((l) => KEY_LINE.exec(l.text)?.[1]?.toLowerCase() === key.toLowerCase())) {
    for (const line of filled) addDate(candidates, valueOf(line), today);
    const first = filled[0] as Line;
    return { lines: [`${KEY_LINE.exec(first.text)?.[1] ?? key}: ${valueOf(first)}`], lastTouch: true };
  }
  const ours = touchLinesOf(hunk.ours, kinds);
  const theirs = touchLinesOf(hunk.theirs, kinds);
  if (ours && theirs) {
    const both = [...ours, ...theirs.filter((line) => !ours.includes(line))];
    const descending = ours.length > 1 && dateOfLine(ours[0] as string, kinds) > dateOfLine(ours[ours.length - 1] as string, kinds);
    both.sort((a, b) => (descending ? -1 : 1) * dateOfLine(a, kinds).localeCompare(dateOfLine(b, kinds)));
    return { lines: both, lastTouch: false };
  }
  throw new NoteWriteError(
    "unsafe-edit",
    "A sync merge left conflict markers around lines other than touches and last_touch, so which version to keep is yours to say: keep the lines you want and delete the <<<<<<<, ======= and >>>>>>> lines.",
  );
}

function addDate(candidates: LocalDate[], value: string, today: LocalDate): void {
  const parsed = parseDateValue(value.replace(/^(["'])(.*)\1$/, "$2"));
  if (parsed.ok && isLocalDate(parsed.date) && parsed.date <= today) candidates.push(parsed.date);
}

/** Sets the one `last_touch` line's value, keeping the line's key as written. */
function setLastTouch(text: string, key: string, date: LocalDate): string {
  const [line] = keyLines(text, key);
  if (!line) return setProperty(text, key, date);
  const written = KEY_LINE.exec(line.text)?.[1] ?? key;
  return setProperty(text, written, date);
}
