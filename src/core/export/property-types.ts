import type { PropertyKeys } from "../settings";

/**
 * The types Obsidian keeps for note properties, in `types.json` in the vault's config
 * folder: `{"types": {"last_touch": "date", ...}}`. Other tools (Bases, Dataview, the
 * properties editor) read a property by its type, so a date set as text sorts as text.
 */
export type PropertyType = "text" | "date" | "multitext";

/** The file's name inside the vault's config folder. */
export const PROPERTY_TYPES_FILE = "types.json";

/** A property the plugin wants typed, under the name the user gave it in the settings. */
export interface WantedType {
  name: string;
  type: PropertyType;
}

/** What merging the plugin's types into the file would do. */
export interface TypesMerge {
  /** Properties that get a type; none means the file is left as it is. */
  added: WantedType[];
  /** Properties with a type already, as wanted: nothing to do. */
  alreadySet: WantedType[];
  /** Properties the user typed otherwise; their choice stays. `current` is what the file holds. */
  leftAlone: { name: string; wanted: PropertyType; current: string }[];
  /** The whole file after the merge, to write when something was added. */
  text: string;
}

/** The plugin's properties and the type each should have, under the current names. */
export function wantedTypes(keys: Pick<PropertyKeys, "tier" | "lastTouch" | "topics" | "snoozeUntil">): WantedType[] {
  const all: WantedType[] = [
    { name: keys.tier, type: "text" },
    { name: keys.lastTouch, type: "date" },
    { name: keys.topics, type: "multitext" },
    { name: keys.snoozeUntil, type: "date" },
  ];
  const seen = new Set<string>();
  // Two settings renamed to the same name would ask for two types; the first one wins.
  return all
    .map((w) => ({ ...w, name: w.name.trim() }))
    .filter((w) => {
      const key = w.name.toLowerCase();
      if (w.name === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Adds the wanted types missing from `types.json` (its text, or null when there is none),
 * keeping every other entry, every other top-level key and their order. Obsidian matches
 * property names without regard to case, so `Tier` typed already counts for `tier`.
 * Throws when the file can't be read as Obsidian's types, so a broken file is never replaced.
 */
export function mergePropertyTypes(existing: string | null, wanted: readonly WantedType[]): TypesMerge {
  let root: Record<string, unknown> = { types: {} };
  if (existing !== null && existing.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(existing);
    } catch (error) {
      throw new Error(`it isn't valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isRecord(parsed)) throw new Error("it isn't a JSON object");
    root = parsed;
  }
  const current = root.types ?? {};
  if (!isRecord(current)) throw new Error(`its "types" isn't an object`);

  const byName = new Map(Object.keys(current).map((k) => [k.toLowerCase(), k] as const));
  const types: Record<string, unknown> = { ...current };
  const merge: TypesMerge = { added: [], alreadySet: [], leftAlone: [], text: existing ?? "" };
  for (const want of wanted) {
    const key = byName.get(want.name.toLowerCase());
    if (key === undefined) {
      types[want.name] = want.type;
      merge.added.push(want);
    } else if (current[key] === want.type) {
      merge.alreadySet.push(want);
    } else {
      merge.leftAlone.push({ name: key, wanted: want.type, current: typeof current[key] === "string" ? current[key] : JSON.stringify(current[key]) });
    }
  }
  if (merge.added.length > 0) {
    const next = "types" in root ? Object.fromEntries(Object.entries(root).map(([k, v]) => [k, k === "types" ? types : v])) : { ...root, types };
    merge.text = JSON.stringify(next, null, 2);
  }
  return merge;
}
