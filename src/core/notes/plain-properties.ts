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

function isValue(value: string): boolean {
  if (value === "") return true;
  if (value.startsWith("[") && value.endsWith("]")) {
    const inner = value.slice(1, -1).trim();
    return inner === "" || inner.split(",").every((item) => isScalar(item.trim(), FLOW_ITEM));
  }
  return isScalar(value, PLAIN);
}

/** True only when the YAML parser certainly reads `yaml` (a properties block's text) as a plain map, or as nothing. */
export function isPlainPropertiesBlock(yaml: string): boolean {
  if (yaml.includes("\t")) return false;
  const keys = new Set<string>();
  /** -1: no list may follow; -2: a list may start (the last key had no value); else the indent of the list's items. */
  let listIndent = -1;
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
      if (!isScalar(rest.slice(1).trim(), PLAIN) && rest.slice(1).trim() !== "") return false;
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
    const value = after.trim();
    if (!isValue(value)) return false;
    listIndent = value === "" ? -2 : -1;
  }
  return true;
}
