import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";
import { introductionsIn } from "../../../src/core/touches/introductions";
import { readLogFacts } from "../../../src/core/touches/log-facts";
import { theirDaysOf } from "../../../src/core/touches/replies";
import { logWork, readTouchLog } from "../../../src/core/touches/touch-log";
import { bodyLine, note } from "../arbitrary-notes";

const LOG_LINES = [
  "## Touches",
  "- 2026-11-22 call ← — they called",
  "- 2026-11-22 <- email",
  "- 2026-11-22 call → — I called back",
  "- 2026-11-20 ← asked — a favour",
  "- 2026-11-19 intro → — to [[Lena Fischer]]: for the design role",
  "- 2026-11-19 Intro — to [[People/Sam|Sam]] (follow-up dismissed)",
  "- 2026-11-18 intro",
  "- 2026-11-18 intro lunch — not an introduction: its words are the note",
  "* [[2026-11-17]] coffee ↔ exchanged",
  "```",
];
const logNote = fc.array(fc.oneof(bodyLine, fc.constantFrom(...LOG_LINES)), { maxLength: 16 }).map((lines) => lines.join("\n"));

describe("reading a touch log for the index", () => {
  it("gives the days, their days and the introductions the full read gives", () => {
    fc.assert(
      fc.property(fc.oneof(logNote, note), fc.constantFrom(DEFAULT_TOUCH_KINDS, ["call", "INTRO"], ["coffee"]), (text, kinds) => {
        const touches = readTouchLog(text, "## Touches", kinds);
        expect(readLogFacts(text, "## Touches", kinds)).toEqual({ dates: touches.map((t) => t.date), theirDays: theirDaysOf(touches), introductions: introductionsIn(touches) });
      }),
      { numRuns: 3000 },
    );
  });

  it("walks each line once and reads a line's note only for an introduction", () => {
    const lines = ["# Sam", "Met at a conference.", "## Touches", ...Array.from({ length: 40 }, (_, i) => `- 2026-10-${String((i % 28) + 1).padStart(2, "0")} call — caught up ${i}`), "- 2026-11-19 intro — to [[Lena Fischer]]", ""];
    const before = { ...logWork };
    const facts = readLogFacts(lines.join("\n"), "## Touches", DEFAULT_TOUCH_KINDS);
    expect(facts.dates).toHaveLength(41);
    expect(facts.introductions).toEqual([{ date: "2026-11-19", other: "Lena Fischer", dismissed: false }]);
    // One pass over the note's lines (the last, empty, is no line), and one line of the 41 read for its note.
    expect(logWork.lines - before.lines).toBe(lines.length - 1);
    expect(logWork.notesRead - before.notesRead).toBe(1);
  });
});
