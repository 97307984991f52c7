/**
 * Keeping a relationships base in step with the tiers. The base bakes each tier's
 * bounds into two formulas, since Bases can't read the plugin's settings; when the
 * tiers change, only those two values are rewritten, so the views, columns, filters
 * and formulas the user changed or added in the base stay byte for byte.
 */
import type { Document, Pair, Scalar } from "yaml";
import { yamlLibrary } from "../notes/yaml-library";
import type { KeepInTouchSettings } from "../settings";
import { TIER_FORMULAS, tierFormulas } from "./relationships-base";

/** Names a set of tiers as a base sees it: two settings with the same key write the same base. */
export function baseTierKey(settings: KeepInTouchSettings): string {
  return JSON.stringify(tierFormulas(settings));
}

/**
 * Whether going from one set of settings to another changes what a relationships base
 * says: a tier added, removed or renamed, a cadence or bound changed, another default
 * tier. A half-life, or any setting that isn't about tiers, does not.
 */
export function tiersAffectBase(before: KeepInTouchSettings, after: KeepInTouchSettings): boolean {
  return baseTierKey(before) !== baseTierKey(after);
}

/** What the tiers in the settings make of a base's text. */
export type BaseTierUpdate =
  /** Its tier formulas already say what the settings say (or it has none left to update). */
  | { kind: "current" }
  /** The new text: the tier formulas' values replaced, every other byte as it was. */
  | { kind: "update"; text: string }
  /** It can't be read as a base, so it is left alone; `why` finishes "… because …". */
  | { kind: "unreadable"; why: string };

/** The formula entries of a base, by name; none when the base has no formulas map. */
function formulaPairs(doc: Document): Map<string, Pair> {
  const { isMap, isScalar } = yamlLibrary();
  const formulas = isMap(doc.contents) ? doc.contents.get("formulas", true) : undefined;
  const pairs = new Map<string, Pair>();
  if (!isMap(formulas)) return pairs;
  for (const pair of formulas.items) if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair);
  return pairs;
}

/** A value written in the style the old one had: quoted as it was, or plain when it reads back the same. */
function rendered(value: string, like: Scalar, plainAllowed: boolean): string {
  const { Scalar } = yamlLibrary();
  if (like.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (like.type === Scalar.QUOTE_DOUBLE || !plainAllowed) return JSON.stringify(value);
  return value;
}

/** One formula's new value, and the node that holds its old one. */
interface Edit {
  name: string;
  scalar: Scalar;
  value: string;
}

/** The text with each scalar's bytes replaced, the last first so earlier offsets hold. */
function splice(text: string, edits: readonly Edit[], plainAllowed: boolean): string {
  let out = text;
  for (const { scalar, value } of [...edits].sort((a, b) => (b.scalar.range?.[0] ?? 0) - (a.scalar.range?.[0] ?? 0))) {
    const [start, valueEnd] = scalar.range ?? [0, 0];
    // A block value (`|`, `>`) runs over its line breaks: they stay, or the next key would join this line.
    const end = start + out.slice(start, valueEnd).replace(/[\r\n]+$/, "").length;
    out = `${out.slice(0, start)}${rendered(value, scalar, plainAllowed)}${out.slice(end)}`;
  }
  return out;
}

function plain(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: 1000 }) as unknown;
}

/**
 * The base's text with its tier formulas set from the settings. Only `due_from_days`
 * and `overdue_after_days` change, and only their values' bytes; a formula the user
 * removed stays removed, and one they turned into something that isn't text is left
 * as it is. The result is read back and must equal the old base but for those values,
 * or nothing is offered.
 */
export function updateBaseTiers(text: string, settings: KeepInTouchSettings): BaseTierUpdate {
  const { isMap, isScalar, parseDocument } = yamlLibrary();
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { kind: "unreadable", why: "it isn't valid YAML" };
  if (!isMap(doc.contents)) return { kind: "unreadable", why: "it isn't a base" };
  const wanted = tierFormulas(settings);
  const pairs = formulaPairs(doc);
  const edits: Edit[] = [];
  for (const name of TIER_FORMULAS) {
    const value = pairs.get(name)?.value;
    if (isScalar(value) && value.range && value.value !== wanted[name]) edits.push({ name, scalar: value, value: wanted[name] });
  }
  if (edits.length === 0) return { kind: "current" };

  const expected = plain(doc) as { formulas: Record<string, unknown> };
  for (const { name, value } of edits) expected.formulas[name] = value;
  // Plain text first, as the plugin writes it; quoted when plain would read differently (inside `{ … }`, say).
  for (const plainAllowed of [true, false]) {
    const candidate = splice(text, edits, plainAllowed);
    const after = parseDocument(candidate, { prettyErrors: false });
    if (after.errors.length === 0 && JSON.stringify(plain(after)) === JSON.stringify(expected)) return { kind: "update", text: candidate };
  }
  return { kind: "unreadable", why: "its tier formulas are written in a way the plugin can't change safely" };
}
