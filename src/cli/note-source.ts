/**
 * Turns a note's path and text into what core needs, the way Obsidian's metadata
 * cache would hand it to the plugin: parsed properties, tags and the touch log.
 * Pure: no file system, so it is tested on strings.
 */
import { parse } from "yaml";
import { getProperty, isContactNote, resolveContact, type Contact, type ContactSource } from "../core/contacts/contact";
import type { LocalDate } from "../core/shared/dates";
import { propertiesProblem } from "../core/notes/frontmatter-edit";
import { FenceTracker, layoutOf, splitLines } from "../core/notes/note-text";
import type { KeepInTouchSettings, ResolvedSettings } from "../core/settings";
import { readTouchLog } from "../core/touches/touch-log";

export interface NoteProperties {
  /** Parsed properties, or undefined when the note has none or they can't be used. */
  frontmatter: Record<string, unknown> | undefined;
  /** Why the properties can't be used, in words for the user, or null. */
  problem: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the properties block. A block core would refuse to write (invalid YAML,
 * unclosed, not a plain map) yields no properties and the reason, so the contact is
 * still listed, with a warning, instead of being read half-right.
 */
export function readNoteProperties(text: string): NoteProperties {
  let problem: string | null;
  try {
    problem = propertiesProblem(text);
  } catch (error) {
    problem = `The note's properties could not be read (${error instanceof Error ? error.message : String(error)}).`;
  }
  if (problem !== null) return { frontmatter: undefined, problem };
  const block = layoutOf(text).frontmatter;
  if (!block) return { frontmatter: undefined, problem: null };
  try {
    const value: unknown = parse(text.slice(block.contentStart, block.contentEnd));
    return { frontmatter: isRecord(value) ? value : undefined, problem: null };
  } catch (error) {
    // Valid syntax can still fail to load (too many aliases, for one).
    return { frontmatter: undefined, problem: `The note's properties could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function stripHash(tag: string): string {
  return tag.trim().replace(/^#+/, "");
}

/** `tags` / `tag` as a list or as a string of words separated by commas or spaces, as Obsidian accepts them. */
export function frontmatterTags(frontmatter: Record<string, unknown> | undefined): string[] {
  const tags: string[] = [];
  for (const key of ["tags", "tag"]) {
    const value = getProperty(frontmatter, key);
    const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    for (const item of items) {
      if (typeof item !== "string" && typeof item !== "number") continue;
      for (const word of String(item).split(/[\s,]+/)) {
        const tag = stripHash(word);
        if (tag !== "") tags.push(tag);
      }
    }
  }
  return tags;
}

// `#` then letters, digits, `_`, `-`, `/`; only at the start of a line or after whitespace,
// so `a#b` and URL fragments are not tags, and `## Heading` is not either.
const INLINE_TAG = /(^|\s)#([\p{L}\p{N}_\-/]+)/gu;
const ALL_DIGITS = /^\p{N}+$/u;
// A code span: a run of backticks, anything, the same run again.
const CODE_SPAN = /(`+).*?\1/g;

/** Tags written in the body, outside fenced code blocks and inline code. */
export function inlineTags(text: string): string[] {
  const body = text.slice(layoutOf(text).bodyStart);
  const fences = new FenceTracker();
  const tags: string[] = [];
  for (const line of splitLines(body)) {
    if (fences.isCode(line.text)) continue;
    const prose = line.text.replace(CODE_SPAN, " ");
    for (const match of prose.matchAll(INLINE_TAG)) {
      const tag = match[2] ?? "";
      if (!ALL_DIGITS.test(tag)) tags.push(tag);
    }
  }
  return tags;
}

/** Every tag of the note, without `#`, frontmatter tags first, each once. */
export function noteTags(text: string, frontmatter: Record<string, unknown> | undefined): string[] {
  return [...new Set([...frontmatterTags(frontmatter), ...inlineTags(text)])];
}

/** Everything core's contact rules read from one note. */
export interface NoteFacts {
  source: ContactSource;
  tags: string[];
}

export function readNoteFacts(path: string, text: string, settings: KeepInTouchSettings): NoteFacts {
  const { frontmatter, problem } = readNoteProperties(text);
  const loggedTouchDates: LocalDate[] = readTouchLog(text, settings.touchHeading, settings.touchKinds).map((t) => t.date);
  return {
    source: { path, frontmatter, propertiesProblem: problem, loggedTouchDates },
    tags: noteTags(text, frontmatter),
  };
}

/** The contact a note describes, or null when core's rules say it is not a contact note. */
export function contactFromNote(path: string, text: string, resolved: ResolvedSettings): Contact | null {
  const facts = readNoteFacts(path, text, resolved.settings);
  if (!isContactNote(path, facts.source.frontmatter, facts.tags, resolved)) return null;
  return resolveContact(facts.source, resolved);
}
