/**
 * What a note says about itself, read from its text the way Obsidian's metadata cache
 * reads it: the parsed properties and the tags. For the terminal tools, which have no
 * metadata cache, and for the plugin when the cache hasn't read a note yet.
 */
import { getProperty, isContactNote } from "../contacts/contact-rule";
import { propertiesParses, propertiesProblem } from "./frontmatter-edit";
import { readPlainProperties } from "./plain-properties";
import { FenceTracker, layoutOf, splitLines } from "./note-text";
import { yamlLibrary } from "./yaml-library";
import type { ResolvedSettings } from "../settings";

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
  const yaml = text.slice(block.contentStart, block.contentEnd);
  // A plain block (most are) is read without the YAML parser, to the same values; a block of only comments is no properties, as the parser says.
  const plain = readPlainProperties(yaml);
  if (plain) return { frontmatter: Object.keys(plain).length > 0 ? plain : undefined, problem: null };
  propertiesParses.count++;
  try {
    const value: unknown = yamlLibrary().parse(yaml);
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

/** `isContactNote` asked of a note's text: its properties and tags as written now. */
export function isContactNoteText(path: string, text: string, resolved: ResolvedSettings): boolean {
  const { frontmatter } = readNoteProperties(text);
  return isContactNote(path, frontmatter, noteTags(text, frontmatter), resolved);
}
