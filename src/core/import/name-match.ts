/** Titles before a name; left out when matching, so "Dr. Sam Rivera" finds Sam Rivera. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "hon", "mme", "mlle"]);
/** Letters after a name: generations and degrees. */
const SUFFIXES = new Set(["phd", "md", "jr", "sr", "ii", "iii", "iv", "esq", "mba", "dds", "cpa"]);
/** Letters Unicode doesn't split into a base letter and an accent. */
const LETTERS: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ł: "l", ı: "i", þ: "th", ð: "d" };

/** Text without accents, in lower case: "Zoë" and "zoe" read the same. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øæœßđłıþð]/g, (c) => LETTERS[c] ?? c);
}

/**
 * What two spellings of one person's name have in common: the words of the name
 * without accents, case, titles (Dr., Ms.) or suffixes (PhD, Jr.), in any order. So
 * "Rivera, Sam", "Dr. Sam Rivera" and "sam rivera" are one key, and so is a name
 * whose `/` or `:` was made safe for a file name.
 */
export function nameKey(name: string): string {
  const words = foldText(name)
    .replace(/\./g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  const kept = words.filter((w) => !HONORIFICS.has(w) && !SUFFIXES.has(w));
  return (kept.length > 0 ? kept : words).sort().join(" ");
}

/** A note a record can match: by its name or one of its aliases. */
export interface NamedNote {
  path: string;
  name: string;
  aliases: readonly string[];
}

export type NameMatch = { kind: "none" } | { kind: "one"; path: string } | { kind: "ambiguous"; paths: string[] };

/** Finds notes by any spelling of a name; built once per import. */
export class NameIndex {
  private readonly byKey = new Map<string, string[]>();

  constructor(notes: Iterable<NamedNote>) {
    for (const note of notes) {
      for (const key of new Set([note.name, ...note.aliases].map(nameKey))) {
        if (key === "") continue;
        const paths = this.byKey.get(key);
        if (!paths) this.byKey.set(key, [note.path]);
        else if (!paths.includes(note.path)) paths.push(note.path);
      }
    }
  }

  /** The note any of these names points to; two different notes make it ambiguous. */
  match(names: readonly string[]): NameMatch {
    const found = new Set<string>();
    for (const name of names) for (const path of this.byKey.get(nameKey(name)) ?? []) found.add(path);
    const paths = [...found].sort();
    if (paths.length === 0) return { kind: "none" };
    if (paths.length === 1) return { kind: "one", path: paths[0] as string };
    return { kind: "ambiguous", paths };
  }
}
