/**
 * Generators and a line diff for property tests on whole notes: notes with comments,
 * quotes, anchors, block strings, CRLF, a BOM, fences, promises and touch logs, and
 * the check that an edit touched only the lines it meant to.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Touch } from "../../src/core/touches/touch-line";

/** Lines of a note with their endings, so a diff sees every byte (the BOM is checked on its own). */
export function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A last line without an ending may come back with one when a line is added after it. */
export function gainedEnding(line: string, removed: string[]): boolean {
  return removed.some((r) => !/\n$/.test(r) && line.replace(/\r?\n$/, "") === r);
}

/** A plain line diff (longest common subsequence): what was removed from a and added in b. */
export function diff(a: string[], b: string[]): { removed: string[]; added: string[] } {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  while (i < n) removed.push(a[i++]!);
  while (j < m) added.push(b[j++]!);
  return { removed, added };
}

/**
 * The lines an edit changed, checked against what it may change: every added line must
 * pass `mayAdd` (after its line ending is dropped), every removed line `mayRemove`; a
 * last line that only gained its line ending is neither. Returns the added lines.
 */
export function expectOnlyLines(before: string, after: string, mayAdd: (line: string) => boolean, mayRemove: (line: string) => boolean = () => false): string[] {
  const { removed, added } = diff(lines(before), lines(after));
  const bad: string[] = [];
  for (const l of added) if (!gainedEnding(l, removed) && !mayAdd(l.replace(/\r?\n$/, ""))) bad.push(`added ${JSON.stringify(l)}`);
  for (const l of removed) if (/\n$/.test(l) && !mayRemove(l.replace(/\r?\n$/, ""))) bad.push(`removed ${JSON.stringify(l)}`);
  if (bad.length > 0) throw new Error(`The edit changed lines it shouldn't have: ${bad.join(", ")}\nbefore: ${JSON.stringify(before)}\nafter: ${JSON.stringify(after)}`);
  return added.map((l) => l.replace(/\r?\n$/, ""));
}

/** The line ending a note's edits must use: the one of its first line. */
export function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** No line ending of the other style crept in. */
export function keepsLineEndings(before: string, after: string): boolean {
  if (eolOf(before) === "\n") return !(after.includes("\r\n") && !before.includes("\r\n"));
  return !after.replace(/\r\n/g, "").includes("\n") || before.replace(/\r\n/g, "").includes("\n");
}

export const frontmatterLine = fc.constantFrom(
  "tier: peer",
  "tier: 'Close allies'   # quoted, with a comment",
  "# a comment line",
  'topics: [hiring, "AI ops"]',
  "aliases:\n  - Sam\n  - Sammy",
  "notes: |\n  ## Touches\n  - 2026-01-01 not a touch",
  "anchor: &a shared",
  "uses: *a",
  "empty:",
  "last_touch: 2026-01-05",
  'last_touch: "2026-01-05" # quoted',
  'url: "https://example.com/#frag"',
  'emoji: "🌻"',
  "status: paused   # since spring",
  "Status: 'active'",
  "fade_reason: moved to Lisbon",
  "fade_reason: >-\n  folded over\n  two lines",
  "fade_reason:   # none yet",
  "snooze_until: 2026-12-01",
);

export const bodyLine = fc.constantFrom(
  "# Sam Rivera",
  "Some prose about Sam.",
  "",
  "## Touches",
  "### touches",
  "- 2026-02-01 call — hand-written",
  "- 2026-12-24 coffee",
  "* [[2026-03-03]] lunch",
  "- not a touch",
  "```",
  "## Touches inside a fence?",
  "~~~",
  "## Notes",
  "> quoted ## Touches",
  "- [ ] a promise",
  "\tindented with a tab",
  "## Promises",
  "- [ ] send the deck 📅 2026-12-01",
  "  * [ ] a nested promise due:: 2026-11-30",
  "1. [ ] a numbered promise",
  "- [x] a kept promise",
  "- [ ] a promise",
);

/** Keys that appear once at most, so the YAML stays valid (`uses: *a` needs its anchor first). */
const UNIQUE_KEYS = ["last_touch", "status", "fade_reason"];

export const note = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    frontmatter: fc.option(fc.array(frontmatterLine, { maxLength: 6 }), { nil: undefined }),
    body: fc.array(bodyLine, { maxLength: 14 }),
    trailingNewline: fc.boolean(),
  })
  .map(({ bom, crlf, frontmatter, body, trailingNewline }) => {
    const eol = crlf ? "\r\n" : "\n";
    const keyOf = (l: string) => UNIQUE_KEYS.find((k) => l.toLowerCase().startsWith(`${k}:`));
    const unique = frontmatter ? [...new Set(frontmatter)].filter((l, i, all) => keyOf(l) === undefined || all.findIndex((x) => keyOf(x) === keyOf(l)) === i) : null;
    const fmLines = unique ? ["---", ...unique, "---"] : [];
    const valid = fmLines.filter((l) => l !== "uses: *a" || fmLines.includes("anchor: &a shared"));
    const all = [...valid, ...body].join("\n").split("\n");
    let text = all.join(eol);
    if (trailingNewline && text !== "") text += eol;
    return (bom ? "\uFEFF" : "") + text;
  });

/** Any text at all: every code point, lone surrogates and control characters included. */
export const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 80 }));

/** Text made of the pieces parsers look for, in any order: fences, headings, dates, links, YAML marks, odd line breaks. */
export const structuredJunk = fc
  .array(
    fc.constantFrom(
      "---", "\n", "\r\n", "\r", "\uFEFF", "\u0000", "\t", " ", "## Touches", "#", "- ", "* ", "1. ", "[ ] ", "[x] ", "[[", "]]", "|",
      "2026-11-22", "2026-02-30", "9999-99-99", "📅 ", "due:: ", "```", "~~~", "> ", ":", ": ", "&a ", "*a", "{", "}", "[", "]", "'", '"',
      "— ", "→", "<-", "gave", "call", "tier: ally", "last_touch: ", "limit: 5", "show: dates", "-3d", "1y", "banana", "%%", "$$", "🌻", "\u202E",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

export const touch: fc.Arbitrary<Touch> = fc.record({
  date: fc.constantFrom("2025-06-01", "2026-01-05", "2026-11-22"),
  kind: fc.option(fc.constantFrom(...DEFAULT_SETTINGS.touchKinds), { nil: undefined }),
  direction: fc.option(fc.constantFrom("out" as const, "in" as const, "mutual" as const), { nil: undefined }),
  exchange: fc.option(fc.constantFrom("gave" as const, "asked" as const, "exchanged" as const), { nil: undefined }),
  note: fc.option(anyText, { nil: undefined }),
});
