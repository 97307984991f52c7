/**
 * A quick look at a properties block that is certain in one direction: when it says
 * a block is plain (`key: value` lines with plain or quoted values, flow lists of
 * such values, block lists under an empty key, comments and blank lines, each key
 * once), the YAML parser reads the block as a map without an error. Anything else
 * (anchors, tags, nesting, multi-line values, odd keys) gets "not sure", and the
 * caller asks the parser. Most notes' properties are plain, so most never need it.
 */

const KEY = /^[\p{L}_][\p{L}\p{N}_ .-]{0,98}$/u;
/** Keys the parser reads as something other than their text (`true`, `null`…): they could repeat another key. */
const SPECIAL_KEY = /^(?:true|false|null)$/i;
/** A plain value: starts with a letter or digit; a colon only inside a word (`10:30`, `https://…`); no `#` or `*`, no brackets, braces or backticks. */
const PLAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N} _.,'()+/@&!?%=;~$-]|:(?=[\p{L}\p{N}/]))*$/u;
/** A plain item of a flow list: as a plain value, without commas. */
const FLOW_ITEM = /^[\p{L}\p{N}](?:[\p{L}\p{N} _.'()+/@&!?%=;~$-]|:(?=[\p{L}\p{N}/]))*$/u;
const DOUBLE_QUOTED = /^"[^"\\]*"$/;
const SINGLE_QUOTED = /^'[^']*'$/;

function isScalar(value: string, plain: RegExp): boolean {
  return plain.test(value) || DOUBLE_QUOTED.test(value) || SINGLE_QUOTED.test(value);
}

/**
 * A scalar the quick look accepted, as the parser's core schema reads it: quoted text
 * as written inside the quotes (no escapes there), a plain word as null, true or false,
 * an integer (decimal, 0o octal, 0x hex) or a float when it is spelled as one, and
 * otherwise as its text.
 */
function scalarValue(value: string): unknown {
  const first = value.charCodeAt(0);
  if (first === 34 || first === 39) return value.slice(1, -1);
  if (NULL.test(value)) return null;
  if (BOOL.test(value)) return value[0] === "t" || value[0] === "T";
  if (OCT.test(value)) return parseInt(value.substring(2), 8);
  if (INT.test(value)) return parseInt(value, 10);
  if (HEX.test(value)) return parseInt(value.substring(2), 16);
  if (FLOAT_EXP.test(value) || FLOAT.test(value)) return parseFloat(value);
  return value;
}

// The core schema's tests for plain scalars, as the parser has them (a plain value here starts with a letter or digit, so `.inf` and `-1` never reach them).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A value after `key:`, as the parser reads it; undefined when the quick look isn't sure. */
function readValue(value: string): unknown {
  if (value === "") return null;
  if (value.startsWith("[") && value.endsWith("]")) {
    const inner = value.slice(1, -1).trim();
    if (inner === "") return [];
    const items = inner.split(",").map((item) => item.trim());
    return items.every((item) => isScalar(item, FLOW_ITEM)) ? items.map(scalarValue) : undefined;
  }
  return isScalar(value, PLAIN) ? scalarValue(value) : undefined;
}

/** Sets a key as the parser does: a key an object already has by inheritance (`constructor`) becomes its own. */
function setKey(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key in into) Object.defineProperty(into, key, { value, writable: true, enumerable: true, configurable: true });
  else into[key] = value;
}

/** True only when the YAML parser certainly reads `yaml` (a properties block's text) as a plain map, or as nothing. */
export function isPlainPropertiesBlock(yaml: string): boolean {
  return walkPlainBlock(yaml, null);
}

/**
 * The properties of a plain block (see isPlainPropertiesBlock), with the values the
 * YAML parser gives them; null when the block isn't plain and the parser has to read it.
 * Notes read from disk (the terminal tools) mostly have plain blocks, and parsing YAML
 * for each of ten thousand notes cost several times reading them.
 */
export function readPlainProperties(yaml: string): Record<string, unknown> | null {
  const values: Record<string, unknown> = {};
  return walkPlainBlock(yaml, values) ? values : null;
}

/** Walks a properties block line by line, putting what each key holds into `into` when there is one; false as soon as a line isn't plain. */
function walkPlainBlock(yaml: string, into: Record<string, unknown> | null): boolean {
  if (yaml.includes("\t")) return false;
  const keys = new Set<string>();
  /** -1: no list may follow; -2: a list may start (the last key had no value); else the indent of the list's items. */
  let listIndent = -1;
  /** The list the last key holds, once its first item is read. */
  let list: unknown[] | null = null;
  let lastKey = "";
  let start = 0;
  while (start < yaml.length) {
    const lf = yaml.indexOf("\n", start);
    const stop = lf === -1 ? yaml.length : lf;
    const line = yaml.slice(start, stop > start && yaml.charCodeAt(stop - 1) === 13 ? stop - 1 : stop).trimEnd();
    start = stop + 1;
    if (line === "" || line.startsWith("#")) {
      listIndent = -1;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (rest === "-" || rest.startsWith("- ")) {
      if (listIndent === -1 || (listIndent >= 0 && listIndent !== indent)) return false;
      listIndent = indent;
      const item = rest.slice(1).trim();
      if (item !== "" && !isScalar(item, PLAIN)) return false;
      if (into) {
        if (!list) setKey(into, lastKey, (list = []));
        list.push(item === "" ? null : scalarValue(item));
      }
      continue;
    }
    if (indent > 0) return false;
    const colon = line.indexOf(":");
    if (colon === -1) return false;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || key.endsWith(" ") || SPECIAL_KEY.test(key) || keys.has(key)) return false;
    keys.add(key);
    const after = line.slice(colon + 1);
    if (after !== "" && !after.startsWith(" ")) return false;
    const value = readValue(after.trim());
    if (value === undefined) return false;
    if (into) setKey(into, key, value);
    lastKey = key;
    list = null;
    listIndent = after.trim() === "" ? -2 : -1;
  }
  return true;
}
