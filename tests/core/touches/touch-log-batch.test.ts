import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";
import type { Touch } from "../../../src/core/touches/touch-line";
import { insertTouchLine, insertTouchLines } from "../../../src/core/touches/touch-log";

const H = "## Touches";
const kinds = DEFAULT_TOUCH_KINDS;

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, "0")}`);
const touch: fc.Arbitrary<Touch> = fc.record({ date: day, kind: fc.constantFrom("call", "message", "email"), note: fc.constantFrom("a", "b c") }, { requiredKeys: ["date"] });

/** Lines a touch log may hold: touch lines, continuations, blanks, prose, subheadings, code fences. */
const logLine = fc.oneof(
  day.map((d) => `- ${d} call — hi`),
  day.map((d) => `* [[${d}]] coffee`),
  fc.constantFrom("", "  continued", "    - nested item", "some prose", "### 2026", "- not a touch", "```", "## Other", "1. 2026-03-10 numbered"),
);

const note = fc
  .record({
    front: fc.constantFrom("", "---\ntier: ally\n---\n"),
    before: fc.constantFrom("", "# Sam\n\nMet at work.\n\n"),
    heading: fc.constantFrom(H, "### touches", null),
    log: fc.array(logLine, { maxLength: 12 }),
    after: fc.constantFrom("", "\n## Notes\nlikes tea\n"),
    crlf: fc.boolean(),
    lastEnding: fc.boolean(),
  })
  .map(({ front, before, heading, log, after, crlf, lastEnding }) => {
    let text = `${front}${before}${heading === null ? "" : `${heading}\n${log.join("\n")}${log.length > 0 ? "\n" : ""}`}${after}`;
    if (!lastEnding) text = text.replace(/\n$/, "");
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });

/** The lines added one by one, oldest first, as a single touch is logged. */
function oneByOne(text: string, touches: readonly Touch[]): string {
  const sorted = [...touches].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return sorted.reduce((t, next) => insertTouchLine(t, next, H, kinds), text);
}

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

describe("insertTouchLines", () => {
  it("gives the same note as adding the lines one by one, oldest first, on any note", () => {
    fc.assert(
      fc.property(note, fc.array(touch, { minLength: 1, maxLength: 8 }), (text, touches) => {
        expect(outcome(() => insertTouchLines(text, touches, H, kinds))).toBe(outcome(() => oneByOne(text, touches)));
      }),
      { numRuns: 1500 },
    );
  });

  it("keeps an ascending log ascending and a newest-first log newest first", () => {
    expect(insertTouchLines("## Touches\n- 2026-03-01\n- 2026-03-20\n", [{ date: "2026-03-25" }, { date: "2026-03-05" }, { date: "2026-03-10" }], H, kinds)).toBe(
      "## Touches\n- 2026-03-01\n- 2026-03-05\n- 2026-03-10\n- 2026-03-20\n- 2026-03-25\n",
    );
    expect(insertTouchLines("## Touches\n- 2026-03-20\n- 2026-03-01\n", [{ date: "2026-03-25" }, { date: "2026-03-05" }, { date: "2026-03-10" }], H, kinds)).toBe(
      "## Touches\n- 2026-03-25\n- 2026-03-20\n- 2026-03-10\n- 2026-03-05\n- 2026-03-01\n",
    );
  });

  it("adds the heading with every line when the note has none, and leaves a note alone for no lines", () => {
    expect(insertTouchLines("Met at work.", [{ date: "2026-03-02" }, { date: "2026-03-01" }], H, kinds)).toBe("Met at work.\n\n## Touches\n- 2026-03-01\n- 2026-03-02\n");
    expect(insertTouchLines("Met at work.", [], H, kinds)).toBe("Met at work.");
  });

  it("puts 2,000 lines into a log of 2,000 in date order", () => {
    const log = Array.from({ length: 2000 }, (_, i) => `- ${isoDay(2 * i)} call`).join("\n");
    const touches = Array.from({ length: 2000 }, (_, i) => ({ date: isoDay(2 * i + 1), kind: "message" }));
    const out = insertTouchLines(`## Touches\n${log}\n`, touches, H, kinds);
    const dates = out.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2, 12));
    expect(dates).toHaveLength(4000);
    expect(dates).toEqual([...dates].sort());
  });
});

function isoDay(n: number): string {
  return new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}
