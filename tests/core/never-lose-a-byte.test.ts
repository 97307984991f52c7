import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applySnooze, applyTouch } from "../../src/core/note-edits";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { formatTouchLine, type Touch } from "../../src/core/touch-line";

const settings = DEFAULT_SETTINGS;

/** Lines of a note with their endings, so a diff sees every byte (the BOM is checked on its own). */
function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A last line without an ending may come back with one when a line is added after it. */
function gainedEnding(line: string, removed: string[]): boolean {
  return removed.some((r) => !/\n$/.test(r) && line.replace(/\r?\n$/, "") === r);
}

/** A plain line diff (longest common subsequence): what was removed from a and added in b. */
function diff(a: string[], b: string[]): { removed: string[]; added: string[] } {
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

const frontmatterLine = fc.constantFrom(
  "tier: peer",
  "tier: 'Close allies'   # quoted, with a comment",
  '# a comment line',
  "topics: [hiring, \"AI ops\"]",
  "aliases:\n  - Sam\n  - Sammy",
  "notes: |\n  ## Touches\n  - 2026-01-01 not a touch",
  "anchor: &a shared",
  "uses: *a",
  "empty:",
  "last_touch: 2026-01-05",
  "last_touch: \"2026-01-05\" # quoted",
  "url: \"https://example.com/#frag\"",
  "emoji: \"🌻\"",
);
const bodyLine = fc.constantFrom(
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
);

const note = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    frontmatter: fc.option(fc.array(frontmatterLine, { maxLength: 6 }), { nil: undefined }),
    body: fc.array(bodyLine, { maxLength: 14 }),
    trailingNewline: fc.boolean(),
  })
  .map(({ bom, crlf, frontmatter, body, trailingNewline }) => {
    const eol = crlf ? "\r\n" : "\n";
    const fmLines = frontmatter ? ["---", ...[...new Set(frontmatter)].filter((l, i, all) => !(l.startsWith("last_touch") && all.findIndex((x) => x.startsWith("last_touch")) !== i)), "---"] : [];
    // `uses: *a` needs its anchor first; drop it otherwise so the YAML stays valid.
    const valid = fmLines.filter((l) => l !== "uses: *a" || fmLines.includes("anchor: &a shared"));
    const all = [...valid, ...body].join("\n").split("\n");
    let text = all.join(eol);
    if (trailingNewline && text !== "") text += eol;
    return (bom ? "\uFEFF" : "") + text;
  });

const touch: fc.Arbitrary<Touch> = fc.record({
  date: fc.constantFrom("2025-06-01", "2026-01-05", "2026-11-22"),
  kind: fc.option(fc.constantFrom(...settings.touchKinds), { nil: undefined }),
  direction: fc.option(fc.constantFrom("out" as const, "in" as const, "mutual" as const), { nil: undefined }),
  exchange: fc.option(fc.constantFrom("gave" as const, "asked" as const), { nil: undefined }),
  note: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
});

describe("a touch changes only its own line and last_touch", () => {
  it("for arbitrary notes: comments, quotes, anchors, block strings, CRLF, BOM, fences", () => {
    fc.assert(
      fc.property(note, touch, (text, t) => {
        let result: string;
        try {
          result = applyTouch(text, t, settings);
        } catch {
          return; // refusing is always safe: nothing was written
        }
        const eol = text.includes("\r\n") ? "\r\n" : "\n";
        expect(result.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        const { removed, added } = diff(lines(text), lines(result));
        const line = formatTouchLine(t);
        const allowedAdded = new Set([`${line}${eol}`, line, `## Touches${eol}`, eol, `---${eol}`, `${eol}`]);
        const touchLines = added.filter((l) => l.replace(/\r?\n$/, "") === line);
        expect(touchLines).toHaveLength(1);
        for (const l of added) {
          if (l.startsWith("last_touch:") || gainedEnding(l, removed)) continue;
          expect(allowedAdded.has(l) || allowedAdded.has(l.replace(/\r?\n$/, ""))).toBe(true);
        }
        // Only the old last_touch line may go (replaced), or a last line gaining its line ending.
        for (const l of removed) expect(l.startsWith("last_touch:") || !/\n$/.test(l)).toBe(true);
        // No line ending of another style crept in.
        if (eol === "\n") expect(result.includes("\r\n") && !text.includes("\r\n")).toBe(false);
        else expect(result.replace(/\r\n/g, "").includes("\n")).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

describe("snooze changes only snooze_until", () => {
  it("for arbitrary notes", () => {
    fc.assert(
      fc.property(note, fc.constantFrom("2026-12-01", null), (text, until) => {
        let result: string;
        try {
          result = applySnooze(text, until, settings);
        } catch {
          return;
        }
        const { removed, added } = diff(lines(text), lines(result));
        for (const l of added) expect(l.startsWith("snooze_until:") || /^---\r?\n$/.test(l) || gainedEnding(l, removed)).toBe(true);
        for (const l of removed) expect(l.startsWith("snooze_until:") || !/\n$/.test(l)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
