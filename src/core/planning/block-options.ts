import { parseCadence } from "../contacts/cadence";
import { basenameOf, type Contact } from "../contacts/contact";
import { matchTier, type Tier } from "../contacts/tiers";

/** The lists a `keep-in-touch` block can show, in their default order. */
export const BLOCK_SECTIONS = ["overdue", "due", "upcoming", "dates"] as const;
export type BlockSection = (typeof BLOCK_SECTIONS)[number];

/** What a `keep-in-touch` code block asks for. */
export interface BlockOptions {
  /** At most this many rows per section. */
  limit: number;
  /** Only contacts of this tier; null for every tier. */
  tier: Tier | null;
  /** Only contacts with at least one of these topics (lower case); empty for everyone. */
  topics: string[];
  /** The sections to show, in the order written. */
  show: BlockSection[];
  /** How many days ahead the upcoming section looks. */
  upcomingDays: number;
  /** How many days ahead the dates section looks: the setting for upcoming dates, unless the block sets `upcoming`. */
  datesDays: number;
  /** One person to show instead of the lists, as written; null for the agenda. */
  contact: BlockContact | null;
}

/** The person a block names: the link's target or the plain name, and the line it is on (for messages). */
export interface BlockContact {
  target: string;
  line: number;
}

export const DEFAULT_BLOCK_OPTIONS: Readonly<BlockOptions> = {
  limit: 10,
  tier: null,
  topics: [],
  show: ["overdue", "due", "upcoming"],
  upcomingDays: 14,
  datesDays: 14,
  contact: null,
};

export interface BlockOptionsParse {
  options: BlockOptions;
  /** Problems in words for the user, one per message, in line order. */
  errors: string[];
}

const KEYS = ["limit", "tier", "topics", "show", "upcoming", "contact"] as const;
type Key = (typeof KEYS)[number];

/** Words people reach for instead of an option's name. */
const SYNONYMS: ReadonlyMap<string, Key> = new Map([
  ["max", "limit"],
  ["count", "limit"],
  ["rows", "limit"],
  ["tag", "topics"],
  ["tags", "topics"],
  ["section", "show"],
  ["sections", "show"],
  ["days", "upcoming"],
  ["person", "contact"],
  ["who", "contact"],
]);

/**
 * Reads a block's source: one `key: value` per line; blank lines and lines starting
 * with `#` are ignored; keys ignore case. Never throws: every problem is an error
 * message, and the options keep their defaults where a value can't be used.
 * `datesDays` is the days-ahead setting for upcoming dates, the dates section's default.
 */
export function parseBlockOptions(source: string, tiers: readonly Tier[], datesDays = DEFAULT_BLOCK_OPTIONS.datesDays): BlockOptionsParse {
  const options: BlockOptions = { ...DEFAULT_BLOCK_OPTIONS, topics: [], show: [...DEFAULT_BLOCK_OPTIONS.show], datesDays };
  const errors: string[] = [];
  const seen = new Map<Key, number>();
  source.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    if (colon <= 0) {
      errors.push(`Line ${lineNo}: expected "option: value", got "${line}".`);
      return;
    }
    const written = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const key = KEYS.find((k) => k === written.toLowerCase());
    if (!key) {
      errors.push(`Line ${lineNo}: unknown option "${written}".${didYouMean(written, KEYS, SYNONYMS)} Options are ${KEYS.join(", ")}.`);
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(`Line ${lineNo}: ${key} is already set on line ${first}; set it once.`);
      return;
    }
    seen.set(key, lineNo);
    const problem = key === "contact" ? applyContact(options, value, lineNo) : applyOption(options, key, value, tiers);
    if (problem) errors.push(`Line ${lineNo}: ${key}: ${problem}`);
  });
  return { options, errors };
}

/** `[[Name]]`, `[[People/Name|alias]]`, `"[[Name]]"` or a plain name; a link's heading and alias don't name the note. */
function applyContact(options: BlockOptions, value: string, line: number): string | null {
  const unquoted = value.replace(/^(["'])(.*)\1$/, "$2").trim();
  const link = /^\[\[([^\]|#^]*)(?:[#^|][^\]]*)?\]\]$/.exec(unquoted);
  const target = (link ? (link[1] ?? "") : unquoted).trim();
  if (target === "" || (!link && unquoted.includes("[["))) return `expected a link to a contact like [[Sam Rivera]], or a name, got ${shown(value)}.`;
  options.contact = { target, line };
  return null;
}

export type BlockContactMatch = { ok: true; contact: Contact } | { ok: false; error: string };

/**
 * The contact a block names, as a link finds its note: by its whole path, or by
 * the end of it (the note's name, or a folder and the name), ignoring case and
 * `.md`. Two notes with the same name need more of the path to tell them apart.
 */
export function findBlockContact(wanted: BlockContact, contacts: readonly Contact[]): BlockContactMatch {
  const target = wanted.target.replace(/\.md$/i, "").replace(/^\/+/, "").toLowerCase();
  const where = `Line ${wanted.line}: contact:`;
  const pathOf = (c: Contact) => c.path.replace(/\.md$/i, "");
  const exact = contacts.find((c) => pathOf(c).toLowerCase() === target);
  if (exact) return { ok: true, contact: exact };
  const matches = contacts.filter((c) => pathOf(c).toLowerCase().endsWith(`/${target}`));
  const [only] = matches;
  if (only && matches.length === 1) return { ok: true, contact: only };
  if (matches.length > 1) {
    const paths = matches.map(pathOf).sort();
    return { ok: false, error: `${where} ${matches.length} contacts match "${wanted.target}": ${paths.join(", ")}. Write more of the path, like [[${paths[0] ?? ""}]].` };
  }
  const hint = didYouMean(basenameOf(wanted.target), contacts.map((c) => c.name));
  return { ok: false, error: `${where} there is no contact "${wanted.target}".${hint} A contact is a note in the contacts folder, with a tier or with the contact tag.` };
}

/** Sets one option; returns what is wrong with the value, if anything. */
function applyOption(options: BlockOptions, key: Exclude<Key, "contact">, value: string, tiers: readonly Tier[]): string | null {
  switch (key) {
    case "limit": {
      if (!/^\d+$/.test(value) || Number(value) < 1) return `expected a whole number of at least 1, got ${shown(value)}.`;
      options.limit = Number(value);
      return null;
    }
    case "tier": {
      const list = tiers.map((t) => (t.id.toLowerCase() === t.label.toLowerCase() ? t.label : `${t.label} (${t.id})`)).join(", ");
      if (value === "") return `expected a tier's name or id: ${list}.`;
      const tier = matchTier(value, tiers);
      if (!tier) {
        const names = tiers.flatMap((t) => [t.label, t.id]);
        return `there is no tier "${value}".${didYouMean(value, names)} The tiers are ${list}.`;
      }
      options.tier = tier;
      return null;
    }
    case "topics": {
      const topics = splitList(value).map((t) => t.replace(/^#/, "").trim().toLowerCase()).filter((t) => t !== "");
      if (topics.length === 0) return "expected one or more topics separated by commas, like hiring, fundraising.";
      options.topics = [...new Set(topics)];
      return null;
    }
    case "show": {
      const items = splitList(value);
      if (items.length === 0) return `expected one or more of ${BLOCK_SECTIONS.join(", ")}, separated by commas.`;
      const show: BlockSection[] = [];
      const problems: string[] = [];
      for (const item of items) {
        const section = sectionNamed(item);
        if (!section) problems.push(`"${item}" is not a section.${didYouMean(item, BLOCK_SECTIONS)}`);
        else if (show.includes(section)) problems.push(`${section} is listed twice.`);
        else show.push(section);
      }
      if (problems.length > 0) return `${problems.join(" ")} Sections are ${BLOCK_SECTIONS.join(", ")}.`;
      options.show = show;
      return null;
    }
    case "upcoming": {
      const parsed = parseCadence(value);
      if (value === "" || !parsed.ok) return `expected a number of days of at least 1, like 14 (or 2w, 1m), got ${shown(value)}.`;
      // Written in the block, it wins for both sections.
      options.upcomingDays = parsed.days;
      options.datesDays = parsed.days;
      return null;
    }
  }
}

function shown(value: string): string {
  return value === "" ? "nothing" : `"${value}"`;
}

/** `a, b, c`, also written as a list, `[a, b, c]`; quotes around an item are dropped. */
function splitList(value: string): string[] {
  const inner = /^\[(.*)\]$/.exec(value)?.[1] ?? value;
  return inner
    .split(",")
    .map((item) => item.trim().replace(/^(["'])(.*)\1$/, "$2").trim())
    .filter((item) => item !== "");
}

/** "due", and the heading's words "due soon" / "due-soon" for it. */
function sectionNamed(item: string): BlockSection | undefined {
  const name = item.toLowerCase().replace(/[\s_-]+/g, " ");
  if (name === "due soon") return "due";
  return BLOCK_SECTIONS.find((s) => s === name);
}

/** ` Did you mean "limit"?` when `written` is a likely typo of a candidate (or a known synonym), else "". */
function didYouMean(written: string, candidates: readonly string[], synonyms: ReadonlyMap<string, string> = new Map()): string {
  const word = written.trim().toLowerCase();
  const synonym = synonyms.get(word);
  if (synonym) return ` Did you mean "${synonym}"?`;
  let best: { name: string; distance: number } | null = null;
  for (const name of candidates) {
    const lower = name.toLowerCase();
    const distance = editDistance(word, lower);
    // A slip or two, fewer for short names; or the start of the name ("upcom" for "upcoming").
    const likely = distance <= (lower.length <= 4 ? 1 : 2) || (word.length >= 3 && lower.startsWith(word));
    if (likely && (best === null || distance < best.distance)) best = { name, distance };
  }
  return best ? ` Did you mean "${best.name}"?` : "";
}

/** Edits (insert, delete, substitute, swap two neighbours) from one word to another. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    if (!row) continue;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      row[j] = d;
    }
  }
  return at(a.length, b.length);
}
