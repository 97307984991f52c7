/**
 * The malformed corpus: hostile contact notes (tests/fixtures/malformed/People/) and
 * what the plugin must do with each, in one table. Every note is a contact (it is in
 * the contacts folder), so each must be indexed, with exactly the warnings listed, and
 * logging a touch on it must either give exactly `after` or be refused with a message
 * (and leave every byte as it was).
 *
 * Three notes are made here rather than stored: the 5 MB note and the note with one
 * very long line (too big for the repository), and the name with `|`, which a Windows
 * checkout can't hold. The fixture files keep their bytes (.gitattributes: -text).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const CORPUS_DIR = join(__dirname, "../fixtures/malformed");

/** Distinctive parts of the plugin's messages. */
export const INVALID_YAML = "properties are not valid YAML";
export const UNCLOSED = "has no closing --- line";
export const NOT_A_MAP = "not a plain list of key: value lines";
export const CONTROL_CHARACTERS = "holds control characters";
export const LONE_CR = "carriage return alone";
export const ALIAS_BOMB = "repeat YAML references";
export const OPEN_CODE_BLOCK = "code block (``` or ~~~) that is never closed";

export type TouchOutcome = { after: string } | { refused: string };

export interface Expectation {
  path: string;
  /** What is hostile about the note. */
  why: string;
  /** Distinctive parts of the contact's warnings, one per warning, in order; [] for none. */
  warnings: string[];
  /** The contact's last touch as indexed, when it matters for the case. */
  lastTouch?: string | null;
  tier?: string;
  touch: TouchOutcome;
}

/** The touch the tests log: today (2026-11-22), nothing else. */
const TOUCH = "- 2026-11-22";
const LAST = "last_touch: 2026-11-22";
/** A note with these properties and a fresh touch log: what a touch on a note without a log gives. */
const logged = (properties: string, body = "") => `---\n${properties}\n---\n${body}## Touches\n${TOUCH}\n`;

/**
 * The huge note has 131,072 lines: more than V8 can pass as arguments to one call (a
 * spread or apply of about 125,000 values overflows the stack in Node 20), so code that
 * spreads a note's lines, or recurses once per line, fails on it. It stays this size.
 */
const HUGE_BODY = Array.from({ length: 131_072 }, (_, i) => `Line ${String(i).padStart(6, "0")} of a journal kept for years.\n`).join("");
const LONG_LINE = "word ".repeat(400_000);

/** Notes made at load time (see above): path → text. */
export const GENERATED: Record<string, string> = {
  "People/Huge 5 MB.md": `---\ntier: ally\n---\n# Big\n${HUGE_BODY}## Touches\n- 2026-10-01 call\n`,
  "People/Extremely long line.md": `---\ntier: ally\n---\n${LONG_LINE}`,
  "People/Sam [[x]] | #y.md": "---\ntier: ally\n---\n## Touches\n- 2026-10-01 call\n",
};

/**
 * Time for a test that reads or touches the whole corpus: the huge note alone costs
 * about a second of CPU to index, to touch or to list, and a busy machine runs many
 * times slower than an idle one.
 */
export const CORPUS_TIMEOUT_MS = 60_000;

export const EXPECTATIONS: Expectation[] = [
  { path: "People/Invalid YAML.md", why: "invalid YAML (an unclosed flow list)", warnings: [INVALID_YAML], lastTouch: "2026-10-01", touch: { refused: INVALID_YAML } },
  { path: "People/Tabs in YAML.md", why: "tabs as YAML indentation", warnings: [`${INVALID_YAML} (Tabs are not allowed as indentation)`], touch: { refused: INVALID_YAML } },
  { path: "People/Duplicate keys.md", why: "the same key twice", warnings: [`${INVALID_YAML} (Map keys must be unique)`], touch: { refused: INVALID_YAML } },
  { path: "People/Only dashes.md", why: "a note of only ---", warnings: [UNCLOSED], touch: { refused: UNCLOSED } },
  { path: "People/Empty properties.md", why: "---\\n--- with nothing after", warnings: [], touch: { after: logged(LAST) } },
  { path: "People/Binary.md", why: "random control bytes, as in a binary file", warnings: [CONTROL_CHARACTERS], touch: { refused: CONTROL_CHARACTERS } },
  { path: "People/Nul bytes.md", why: "NUL bytes in the body", warnings: [CONTROL_CHARACTERS], touch: { refused: CONTROL_CHARACTERS } },
  {
    path: "People/שרה כהן.md",
    why: "a right-to-left file name, aliases with an override character",
    warnings: [],
    touch: { after: '---\ntier: ally\naliases: ["سارة", "\u202Eevil\u202C"]\nlast_touch: 2026-11-22\n---\nשלום\n\n## Touches\n- 2026-11-22\n' },
  },
  { path: "People/Unclosed properties.md", why: "a properties block without its closing line", warnings: [UNCLOSED], touch: { refused: UNCLOSED } },
  {
    path: "People/CRLF.md",
    why: "CRLF line endings",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: "---\r\ntier: ally\r\nlast_touch: 2026-11-22\r\n---\r\n# Sam\r\n\r\n## Touches\r\n- 2026-10-01 call\r\n- 2026-11-22\r\n" },
  },
  { path: "People/BOM.md", why: "a byte-order mark", warnings: [], lastTouch: "2026-10-01", touch: { after: "\uFEFF---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-10-01 coffee\n- 2026-11-22\n" } },
  {
    path: "People/BOM without properties.md",
    why: "a byte-order mark right before the touch heading",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: "\uFEFF---\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-10-01 call\n- 2026-11-22\n" },
  },
  {
    path: "People/Mixed line endings.md",
    why: "CRLF and LF mixed (new lines take the first line's ending)",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: "---\r\ntier: ally\nlast_touch: 2026-11-22\r\n---\r\nFirst line\nSecond line\r\n## Touches\n- 2026-10-01 call\r\n- 2026-11-22\r\n" },
  },
  { path: "People/Lone CR line endings.md", why: "old Mac line endings (CR alone)", warnings: [LONE_CR], touch: { refused: LONE_CR } },
  {
    path: "People/Heading in fence.md",
    why: "the touch heading inside a code fence",
    warnings: [],
    lastTouch: null,
    touch: { after: "---\ntier: ally\nlast_touch: 2026-11-22\n---\nHow to keep a log:\n\n```markdown\n## Touches\n- 2026-10-01 call\n```\n\n## Touches\n- 2026-11-22\n" },
  },
  { path: "People/Unclosed fence.md", why: "a code fence never closed, where a new log would land", warnings: [], touch: { refused: OPEN_CODE_BLOCK } },
  {
    path: "People/Heading twice.md",
    why: "the touch heading twice (both are read, the first is written)",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: "---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-09-01\n- 2026-11-22\n\n## Notes\nx\n\n## Touches\n- 2026-10-01 call\n" },
  },
  {
    path: "People/Heading trailing spaces.md",
    why: "the touch heading with trailing spaces",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: "---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches   \n- 2026-10-01 call\n- 2026-11-22\n\n## Notes\n" },
  },
  { path: "People/Empty file.md", why: "an empty file", warnings: [], tier: "peer", touch: { after: logged(LAST) } },
  { path: "People/Frontmatter list.md", why: "properties that are a list", warnings: [NOT_A_MAP], touch: { refused: NOT_A_MAP } },
  { path: "People/Frontmatter scalar.md", why: "properties that are a sentence", warnings: [NOT_A_MAP], touch: { refused: NOT_A_MAP } },
  { path: "People/Frontmatter flow map.md", why: "properties written as one {…} map", warnings: [NOT_A_MAP], touch: { refused: NOT_A_MAP } },
  { path: "People/Tier list.md", why: "tier: [ally, peer]", warnings: ["Unknown tier a list; using Peers."], tier: "peer", touch: { after: logged(`tier: [ally, peer]\n${LAST}`) } },
  { path: "People/Impossible date.md", why: "last_touch: 2026-13-45", warnings: ['last_touch: "2026-13-45" is not a real calendar day; ignored.'], lastTouch: null, touch: { after: logged(`tier: ally\n${LAST}`) } },
  { path: "People/Impossible time.md", why: "last_touch at 25:61", warnings: ['"2026-10-01T25:61" has an impossible time of day'], lastTouch: null, touch: { after: logged(`tier: ally\n${LAST}`) } },
  { path: "People/Date as number.md", why: "last_touch as a number", warnings: ["last_touch: expected a date like 2026-11-22, got 20261001; ignored."], touch: { after: logged(`tier: ally\n${LAST}`) } },
  { path: "People/Date as list.md", why: "last_touch as a list", warnings: ["last_touch: expected a date like 2026-11-22, got a list; ignored."], touch: { refused: 'The property "last_touch" holds a list or group' } },
  {
    path: "People/Far future.md",
    why: "last_touch far in the future (never moved back, so it stays)",
    warnings: ["last_touch 2099-01-01 is in the future; it counts from its day."],
    lastTouch: null,
    touch: { after: logged("tier: ally\nlast_touch: 2099-01-01") },
  },
  {
    path: "People/Future log line.md",
    why: "a touch line dated in the future (a typo for 2026)",
    warnings: ["The touch log has a line dated in the future (2062-10-01); it counts from its day."],
    lastTouch: "2026-10-01",
    touch: { after: "---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-10-01 call\n- 2026-11-22\n- 2062-10-01 typo for 2026\n" },
  },
  { path: "People/Negative cadence.md", why: "cadence: -3d", warnings: ['cadence: "-3d" is not a cadence like 10d'], touch: { after: logged(`tier: ally\ncadence: -3d\n${LAST}`) } },
  { path: "People/Banana cadence.md", why: "cadence: banana", warnings: ['cadence: "banana" is not a cadence like 10d'], touch: { after: logged(`tier: ally\ncadence: banana\n${LAST}`) } },
  { path: "People/🌻🌻.md", why: "an emoji-only name", warnings: [], touch: { after: logged(`tier: ally\n${LAST}`) } },
  { path: "People/100%  Sam %20 Rivera .md", why: "%, doubled and trailing spaces in the file name", warnings: [], touch: { after: logged(`tier: ally\n${LAST}`) } },
  { path: "People/YAML anchors.md", why: "anchors and aliases (the tier comes through one)", warnings: [], tier: "ally", touch: { after: logged(`base: &b ally\ntier: *b\ntopics: &t [hiring, ops]\nalso: *t\n${LAST}`) } },
  { path: "People/Last touch alias.md", why: "last_touch is an alias", warnings: [], lastTouch: "2026-10-01", touch: { refused: 'The property "last_touch" holds a reference' } },
  { path: "People/Alias bomb.md", why: "aliases nested to make 59,049 values", warnings: [ALIAS_BOMB], touch: { refused: ALIAS_BOMB } },
  {
    path: "People/Multi-line string.md",
    why: "a multi-line string property holding a touch heading and a touch line",
    warnings: [],
    lastTouch: "2026-09-01",
    touch: { after: logged(`tier: ally\nbio: |\n  Met at the summit.\n  ## Touches\n  - 2026-10-01 not a touch\n${LAST}`) },
  },
  { path: "People/Block value last.md", why: "last_touch as a folded block, the last property", warnings: [], lastTouch: "2026-10-01", touch: { after: logged(`tier: ally\n${LAST}`) } },
  { path: "People/Empty value with comment.md", why: "an empty last_touch with a comment", warnings: [], touch: { after: logged("tier: ally\nlast_touch:   2026-11-22 # fill me in") } },
  { path: "People/Comment-only properties.md", why: "properties holding only a comment", warnings: [], tier: "peer", touch: { after: logged(`# nothing here yet\n${LAST}`) } },
  { path: "People/Status list.md", why: "status: [paused]", warnings: ["status a list is neither active nor paused; treated as active."], touch: { after: logged(`tier: ally\nstatus: [paused]\n${LAST}`) } },
  {
    path: "People/Huge 5 MB.md",
    why: "a 5 MB note",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: `---\ntier: ally\n${LAST}\n---\n# Big\n${HUGE_BODY}## Touches\n- 2026-10-01 call\n${TOUCH}\n` },
  },
  { path: "People/Extremely long line.md", why: "one 2 MB line, without a line ending", warnings: [], touch: { after: `---\ntier: ally\n${LAST}\n---\n${LONG_LINE}\n\n## Touches\n${TOUCH}\n` } },
  {
    path: "People/Sam [[x]] | #y.md",
    why: "link syntax in the name: [[, ]], | and #",
    warnings: [],
    lastTouch: "2026-10-01",
    touch: { after: `---\ntier: ally\n${LAST}\n---\n## Touches\n- 2026-10-01 call\n${TOUCH}\n` },
  },
];

/** Every note of the corpus, vault path → text: the fixture files as stored, and the generated ones. */
export function loadCorpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(CORPUS_DIR, "People"))) files[`People/${name}`] = readFileSync(join(CORPUS_DIR, "People", name), "utf8");
  return { ...files, ...GENERATED };
}

/** The contact's name: its file name without `.md`. */
export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
}
