import type { Document, Pair, Scalar } from "yaml";
import { NoteWriteError } from "../shared/errors";
import { layoutOf, type NoteLayout } from "./note-text";
import { isPlainPropertiesBlock } from "./plain-properties";
import { yamlLibrary } from "./yaml-library";

export type PropertyValue = string | number | boolean | null;

interface ParsedProperties {
  layout: NoteLayout;
  doc: Document | null;
}

/**
 * Reads and checks a note's properties block the way a write needs it. Throws a
 * NoteWriteError with a message for the user when the block can't be edited safely.
 */
function parseProperties(text: string): ParsedProperties {
  const layout = checkedLayout(text);
  return { layout, doc: layout.frontmatter ? parseBlock(text.slice(layout.frontmatter.contentStart, layout.frontmatter.contentEnd)) : null };
}

/** The note's layout, once its text is known to be a plain note with a closed properties block (or none). */
function checkedLayout(text: string): NoteLayout {
  checkPlainText(text);
  const layout = layoutOf(text);
  if (layout.unclosedFrontmatter) {
    throw new NoteWriteError(
      "unclosed-properties",
      "The note starts with --- but its properties block has no closing --- line, so it can't be edited safely. Add the closing line first.",
    );
  }
  return layout;
}

/** Properties blocks given to the YAML parser to check them, counted as the index counts its work: reading notes should need none. */
export const propertiesParses = { count: 0 };

function parseBlock(yamlText: string): Document {
  const { isMap, parseDocument } = yamlLibrary();
  propertiesParses.count++;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    throw new NoteWriteError("invalid-properties", `The note's properties are not valid YAML (${firstLine(error.message)}). Fix them before logging here.`);
  }
  if (doc.contents !== null && !(isMap(doc.contents) && !doc.contents.flow)) {
    throw new NoteWriteError("not-a-map", "The note's properties block is not a plain list of key: value lines, so it can't be edited safely.");
  }
  // References (`*name`) can multiply a few lines into millions of values: such a block parses, but can't be read.
  if (yamlText.includes("*") && !readsWithinLimits(doc)) {
    throw new NoteWriteError("invalid-properties", "The note's properties repeat YAML references (*name) too many times to be read safely. Fix them before logging here.");
  }
  return doc;
}

function readsWithinLimits(doc: Document): boolean {
  try {
    doc.toJS();
    return true;
  } catch {
    return false;
  }
}

// The C0 control characters other than tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[^\P{Cc}\t\n\v\f\r\u007F-\u009F]/u;
const LONE_CR = /\r(?!\n)/;

/**
 * Refuses text that isn't a plain note: control bytes (NUL, escape…) mean a damaged
 * file or one that isn't text, and a carriage return alone as a line break is read
 * as lines by Obsidian's editor but not by these edits, which would misplace theirs.
 */
function checkPlainText(text: string): void {
  if (CONTROL.test(text)) {
    throw new NoteWriteError("unsafe-edit", "The note holds control characters (such as NUL) that a text note doesn't, so it may be damaged or not a note at all; it can't be edited safely.");
  }
  if (LONE_CR.test(text)) {
    throw new NoteWriteError("unsafe-edit", "The note breaks lines with a carriage return alone (old Mac style), so it can't be edited safely. Save it with ordinary line endings first.");
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

/**
 * A problem that stops the plugin writing this note's properties, or null when it can.
 * A plain block (most are) is known to be fine without the YAML parser.
 */
export function propertiesProblem(text: string): string | null {
  try {
    const layout = checkedLayout(text);
    if (!layout.frontmatter) return null;
    const yamlText = text.slice(layout.frontmatter.contentStart, layout.frontmatter.contentEnd);
    if (!isPlainPropertiesBlock(yamlText)) parseBlock(yamlText);
    return null;
  } catch (e) {
    if (e instanceof NoteWriteError) return e.message;
    throw e;
  }
}

function findPair(doc: Document, key: string): Pair | undefined {
  const { isMap, isScalar } = yamlLibrary();
  if (!isMap(doc.contents)) return undefined;
  const items = doc.contents.items;
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : undefined);
  return items.find((p) => keyOf(p) === key) ?? items.find((p) => keyOf(p)?.toLowerCase() === key.toLowerCase());
}

function renderScalar(value: PropertyValue, like: Scalar | null): string {
  const { QUOTE_DOUBLE, QUOTE_SINGLE } = yamlLibrary().Scalar;
  if (value === null) return "";
  const plain = String(value);
  const style = like?.type;
  if (style === QUOTE_DOUBLE) return JSON.stringify(plain);
  if (style === QUOTE_SINGLE) return `'${plain.replace(/'/g, "''")}'`;
  if (typeof value === "string") {
    // Only strings that read back as the same string may stay unquoted.
    if (!readsBackAs(plain)) return JSON.stringify(plain);
  }
  return plain;
}

/** Whether `key: text` reads back as this very string; `*sigh*` reads as a reference, which can't even be resolved. */
function readsBackAs(plain: string): boolean {
  const { isMap, parseDocument } = yamlLibrary();
  const probe = parseDocument(`k: ${plain}`);
  if (probe.errors.length > 0 || !isMap(probe.contents)) return false;
  try {
    return (probe.toJS() as Record<string, unknown>).k === plain;
  } catch {
    return false;
  }
}

function plainValues(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: 1000 }) as unknown;
}

/**
 * Sets one property, changing only the bytes of its value (or adding one line when
 * the key is new, or a new properties block when the note has none). Comments,
 * quoting, key order and unknown keys stay as they were. Refuses (throws) rather
 * than guess when the block is broken or the edit would change anything else.
 */
export function setProperty(text: string, key: string, value: PropertyValue): string {
  const { isAlias, isMap, isScalar } = yamlLibrary();
  const { layout, doc } = parseProperties(text);
  const eol = layout.eol;
  const line = (indent: string) => `${indent}${key}:${value === null ? "" : ` ${renderScalar(value, null)}`}${eol}`;

  if (!layout.frontmatter || !doc) {
    const at = layout.bodyStart;
    return `${text.slice(0, at)}---${eol}${line("")}---${eol}${text.slice(at)}`;
  }
  const base = layout.frontmatter.contentStart;
  const yamlText = text.slice(base, layout.frontmatter.contentEnd);
  const pair = findPair(doc, key);
  let newYaml: string;
  if (!pair) {
    const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
    const firstKeyStart = isScalar(first?.key) ? first.key.range?.[0] : undefined;
    const indent = firstKeyStart === undefined ? "" : yamlText.slice(yamlText.lastIndexOf("\n", firstKeyStart - 1) + 1, firstKeyStart);
    const needsEol = yamlText.length > 0 && !yamlText.endsWith("\n");
    newYaml = `${yamlText}${needsEol ? eol : ""}${line(/^[ \t]*$/.test(indent) ? indent : "")}`;
  } else if (isScalar(pair.value) && pair.value.range) {
    const [start, rangeEnd] = pair.value.range;
    // A block value (`|`, `>`) runs over its line breaks: they stay, or the next line (even the closing ---) would join this one.
    const end = start + yamlText.slice(start, rangeEnd).replace(/[\r\n]+$/, "").length;
    const isEmpty = pair.value.value === null && start === end;
    const rendered = renderScalar(value, pair.value);
    // An empty value's position can be its comment's: `key:   # note` keeps a space before the `#`.
    const beforeComment = yamlText[start] === "#" && rendered !== "" ? " " : "";
    newYaml = isEmpty
      ? `${yamlText.slice(0, start)}${yamlText[start - 1] === " " || rendered === "" ? "" : " "}${rendered}${beforeComment}${yamlText.slice(start)}`
      : rendered === ""
        ? `${yamlText.slice(0, start).replace(/ $/, "")}${yamlText.slice(end)}`
        : `${yamlText.slice(0, start)}${rendered}${yamlText.slice(end)}`;
  } else if (pair.value === null && isScalar(pair.key) && pair.key.range) {
    const keyEnd = pair.key.range[1];
    const colon = yamlText.indexOf(":", keyEnd);
    newYaml = `${yamlText.slice(0, colon + 1)} ${renderScalar(value, null)}${yamlText.slice(colon + 1)}`;
  } else {
    throw new NoteWriteError("unsafe-edit", `The property "${key}" holds ${isAlias(pair.value) ? "a reference" : "a list or group"}, so it can't be replaced safely. Make it a single value first.`);
  }
  checkOnlyKeyChanged(doc, newYaml, findKeyName(pair, key), value);
  return `${text.slice(0, base)}${newYaml}${text.slice(layout.frontmatter.contentEnd)}`;
}

function findKeyName(pair: Pair | undefined, key: string): string {
  const { isScalar } = yamlLibrary();
  return pair && isScalar(pair.key) ? String(pair.key.value) : key;
}

/** The safety net: re-read the edited YAML and make sure nothing but the one value changed. */
function checkOnlyKeyChanged(before: Document, newYaml: string, key: string, value: PropertyValue): void {
  const { parseDocument } = yamlLibrary();
  const after = parseDocument(newYaml);
  const fail = (why: string) => {
    throw new NoteWriteError("unsafe-edit", `Setting "${key}" would have changed more than that property (${why}), so the note was left as it was.`);
  };
  if (after.errors.length > 0) fail("the result would not be valid YAML");
  const was = plainValues(before) as Record<string, unknown> | null;
  const now = plainValues(after) as Record<string, unknown> | null;
  if (now === null || typeof now !== "object") return fail("the properties would be gone");
  const expected = { ...(was ?? {}), [key]: value };
  if (JSON.stringify(normalizeForCompare(now)) !== JSON.stringify(normalizeForCompare(expected))) fail("another value would differ");
}

function normalizeForCompare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeForCompare);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = normalizeForCompare((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}
