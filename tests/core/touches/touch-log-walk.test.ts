import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";
import { FenceTracker, layoutOf, parseHeadingLine, splitLines } from "../../../src/core/notes/note-text";
import { parseTouchLine } from "../../../src/core/touches/touch-line";
import { parseHeadingSetting, readTouchDates, readTouchLog, type LoggedTouch } from "../../../src/core/touches/touch-log";
import { bodyLine, note, structuredJunk } from "../arbitrary-notes";

/**
 * The touch log as it was read before it was walked once: the note split into line
 * objects, the sections under the touch heading found, then each section's lines read
 * with a fence tracker of its own.
 */
function readBySections(text: string, headingSetting: string, kinds: readonly string[]): LoggedTouch[] {
  const lines = splitLines(text);
  const bodyStart = layoutOf(text).bodyStart;
  const first = lines.findIndex((l) => l.end > bodyStart);
  const wanted = parseHeadingSetting(headingSetting).text.trim().toLowerCase();
  // Each heading outside code: where it is and its level.
  const outside = new FenceTracker();
  const headings = lines.flatMap((line, i) => {
    if (first === -1 || i < first || outside.isCode(line.text)) return [];
    const h = parseHeadingLine(line.text);
    return h ? [{ i, ...h }] : [];
  });
  // A section runs from a touch heading to the next heading of its level or higher; one starts where none is open.
  const sections: [number, number][] = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    if (h.text.trim().toLowerCase() !== wanted || sections.some(([from, to]) => h.i > from && h.i < to)) continue;
    const closing = headings.slice(k + 1).find((next) => next.level <= h.level);
    sections.push([h.i, closing ? closing.i : lines.length]);
  }
  return sections.flatMap(([from, to]) => {
    const fences = new FenceTracker();
    return lines.slice(from + 1, to).flatMap((line, k) => {
      if (fences.isCode(line.text)) return [];
      const touch = parseTouchLine(line.text, kinds);
      return touch ? [{ ...touch, line: from + 1 + k }] : [];
    });
  });
}

const LOG_LINES = [
  ...["## Touches", "# Touches", "### touches", "  ## Touches", "    ## Touches", "\uFEFF## Touches", "## Touches ##", "#Touches", "#### Deeper", "# Top"],
  ...["```", "~~~", "````", "  ```js", "    ```", "``` x ```"],
  ...["- 2026-11-22 call ← — reached out", "   - 2026-01-05 intro — to [[Lena]]", "\t- 2026-02-01", "- 2026-11-22\r", "---", "tier: ally", ""],
];
const logNote = fc
  .tuple(fc.boolean(), fc.boolean(), fc.array(fc.oneof(bodyLine, fc.constantFrom(...LOG_LINES)), { maxLength: 16 }), fc.constantFrom("\n", "\r\n"))
  .map(([bom, frontmatter, lines, eol]) => (bom ? "\uFEFF" : "") + [...(frontmatter ? ["---", "tier: ally", "---"] : []), ...lines].join(eol));
const heading = fc.constantFrom("## Touches", "Touches", "# Notes", "### touches");

describe("the touch log walked once reads as the sections did", () => {
  it("on notes made of headings, fences, properties and touch lines", () => {
    fc.assert(
      fc.property(fc.oneof(logNote, note, structuredJunk), heading, (text, h) => {
        const expected = readBySections(text, h, DEFAULT_TOUCH_KINDS);
        expect(readTouchLog(text, h, DEFAULT_TOUCH_KINDS)).toEqual(expected);
        expect(readTouchDates(text, h)).toEqual(expected.map((t) => t.date));
      }),
      { numRuns: 5000 },
    );
  });
});
