import type { Document, Pair } from "yaml";
import { readTopics } from "../contacts/contact";
import { NoteWriteError } from "../shared/errors";
import { propertiesProblem, setProperty } from "./frontmatter-edit";
import { layoutOf } from "./note-text";
import { yamlLibrary } from "./yaml-library";

/**
 * Adds one item to a list property (topics, past companies), changing nothing else:
 * a block list gets one `- item` line in its own indentation, a flow list `[a, b]` one
 * more entry, a comma-separated text one more `, item`, an empty or missing key a new
 * block list. An item already there (ignoring case) leaves the note as it was.
 */
export function addListItem(text: string, key: string, item: string): string {
  const { isMap, isScalar, isSeq, parseDocument } = yamlLibrary();
  const clean = item.trim();
  if (clean === "") throw new NoteWriteError("bad-input", "The item to add is empty.");
  const problem = propertiesProblem(text);
  if (problem) throw new NoteWriteError("invalid-properties", problem);
  const layout = layoutOf(text);
  const eol = layout.eol;
  const blockItem = (indent: string) => `${indent}- ${renderItem(clean, "block")}${eol}`;
  if (!layout.frontmatter) {
    const at = layout.bodyStart;
    return `${text.slice(0, at)}---${eol}${key}:${eol}${blockItem("  ")}---${eol}${text.slice(at)}`;
  }
  const base = layout.frontmatter.contentStart;
  const yaml = text.slice(base, layout.frontmatter.contentEnd);
  const doc = parseDocument(yaml);
  const pair = findPair(doc, key);
  const current = pair ? (doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown> | null)?.[keyName(pair, key)] : undefined;
  if (readTopics(current).some((t) => t.toLowerCase() === clean.toLowerCase())) return text;

  let newYaml: string;
  if (!pair) {
    const needsEol = yaml.length > 0 && !yaml.endsWith("\n");
    newYaml = `${yaml}${needsEol ? eol : ""}${key}:${eol}${blockItem("  ")}`;
  } else if (isScalar(pair.value) && pair.value.value === "") {
    return setProperty(text, keyName(pair, key), clean);
  } else if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
    // `key:`: the key's line stays as it is, comment and all; the list starts on the next line.
    const from = isScalar(pair.value) && pair.value.range ? pair.value.range[0] : isScalar(pair.key) && pair.key.range ? pair.key.range[1] : 0;
    const lineEnd = yaml.indexOf("\n", from);
    newYaml = lineEnd === -1 ? `${yaml}${eol}${blockItem("  ")}` : `${yaml.slice(0, lineEnd + 1)}${blockItem("  ")}${yaml.slice(lineEnd + 1)}`;
  } else if (isScalar(pair.value)) {
    // A comma-separated text stays one: Obsidian and the plugin both read it as a list.
    return setProperty(text, keyName(pair, key), `${String(pair.value.value)}, ${clean}`);
  } else if (isSeq(pair.value) && pair.value.range && !pair.value.flow) {
    const [start, end] = pair.value.range;
    const indent = yaml.slice(yaml.lastIndexOf("\n", start - 1) + 1, start);
    const line = blockItem(/^[ \t]*$/.test(indent) ? indent : "  ");
    newYaml = yaml[end - 1] === "\n" ? `${yaml.slice(0, end)}${line}${yaml.slice(end)}` : `${yaml.slice(0, end)}${eol}${line}${yaml.slice(end)}`;
  } else if (isSeq(pair.value) && pair.value.range && pair.value.flow) {
    const last = pair.value.items[pair.value.items.length - 1];
    const lastEnd = last && (isScalar(last) || isMap(last) || isSeq(last)) ? last.range?.[1] : undefined;
    const close = yaml.lastIndexOf("]", pair.value.range[1]);
    const entry = renderItem(clean, "flow");
    if (lastEnd !== undefined) newYaml = `${yaml.slice(0, lastEnd)}, ${entry}${yaml.slice(lastEnd)}`;
    else if (pair.value.items.length === 0 && close >= pair.value.range[0]) newYaml = `${yaml.slice(0, close)}${entry}${yaml.slice(close)}`;
    else throw unsafe(key);
  } else {
    throw unsafe(key);
  }
  checkOnlyItemAdded(doc, newYaml, pair ? keyName(pair, key) : key, clean);
  return `${text.slice(0, base)}${newYaml}${text.slice(layout.frontmatter.contentEnd)}`;
}

function unsafe(key: string): NoteWriteError {
  return new NoteWriteError("unsafe-edit", `The property "${key}" holds a group or a reference, not a list, so nothing was added to it.`);
}

function findPair(doc: Document, key: string): Pair | undefined {
  const { isMap, isScalar } = yamlLibrary();
  if (!isMap(doc.contents)) return undefined;
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : undefined);
  const items = doc.contents.items;
  return items.find((p) => keyOf(p) === key) ?? items.find((p) => keyOf(p)?.toLowerCase() === key.toLowerCase());
}

function keyName(pair: Pair, key: string): string {
  const { isScalar } = yamlLibrary();
  return isScalar(pair.key) ? String(pair.key.value) : key;
}

/** The item as YAML: plain when it reads back as the same text in that kind of list, quoted otherwise. */
function renderItem(item: string, style: "block" | "flow"): string {
  const { parseDocument } = yamlLibrary();
  const probe = parseDocument(style === "block" ? `- ${item}` : `[${item}]`);
  try {
    const value = probe.errors.length === 0 ? (probe.toJS() as unknown) : null;
    if (Array.isArray(value) && value.length === 1 && value[0] === item) return item;
  } catch {
    // A reference that can't be resolved: quote it.
  }
  return JSON.stringify(item);
}

/** The safety net: the edited block must read as before, with the one item added to the one list. */
function checkOnlyItemAdded(before: Document, newYaml: string, key: string, item: string): void {
  const { parseDocument } = yamlLibrary();
  const after = parseDocument(newYaml);
  const was = (before.toJS({ maxAliasCount: 1000 }) ?? {}) as Record<string, unknown>;
  const old: unknown = was[key];
  const expected = { ...was, [key]: [...(Array.isArray(old) ? (old as unknown[]) : []), item] };
  const now = after.errors.length === 0 ? (after.toJS({ maxAliasCount: 1000 }) as unknown) : null;
  if (JSON.stringify(now) !== JSON.stringify(expected)) {
    throw new NoteWriteError("unsafe-edit", `Adding to "${key}" would have changed more than that list, so the note was left as it was.`);
  }
}
