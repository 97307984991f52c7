import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLocalDate } from "../../../src/core/shared/dates";
import { EXCHANGES, parseTouchLine, touchLineDate, touchLineFields, type Touch, type TouchDirection } from "../../../src/core/touches/touch-line";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";

/**
 * The touch line as the regular expressions read it before the line was walked once by
 * hand: the walk must read every line exactly as they did.
 */
const TOUCH_LINE = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[\[(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]|(\d{4}-\d{2}-\d{2}))(?=[\s:]|$)(.*)$/;
const SEPARATOR = /(?:^|\s)(?:—|–|-)(?:\s|$)|^\s*:/;
const DIRECTION_INPUT = new Map(Object.entries({ "→": "out", "->": "out", "←": "in", "<-": "in", "↔": "mutual", "<->": "mutual" }) as [string, TouchDirection][]);

function readFieldsByRegex(head: string, kinds: readonly string[]): Omit<Touch, "date" | "note"> | null {
  const fields: Omit<Touch, "date" | "note"> = {};
  for (const token of head.split(/\s+/).filter((t) => t !== "")) {
    const kind = kinds.find((k) => k.toLowerCase() === token.toLowerCase());
    const direction = DIRECTION_INPUT.get(token);
    const exchange = EXCHANGES.find((e) => e === token.toLowerCase());
    if (kind !== undefined && fields.kind === undefined) fields.kind = token;
    else if (direction !== undefined && fields.direction === undefined) fields.direction = direction;
    else if (exchange !== undefined && fields.exchange === undefined) fields.exchange = exchange;
    else return null;
  }
  return fields;
}

function parseByRegex(line: string, kinds: readonly string[]): Touch | null {
  const m = TOUCH_LINE.exec(line);
  if (!m) return null;
  const date = m[1] ?? m[2] ?? "";
  if (!isLocalDate(date)) return null;
  const rest = m[3] ?? "";
  const sep = SEPARATOR.exec(rest);
  const head = sep ? rest.slice(0, sep.index) : rest;
  const tail = sep ? rest.slice(sep.index + sep[0].length) : "";
  const fields = readFieldsByRegex(head, kinds);
  const touch: Touch = { date, ...(fields ?? {}) };
  const note = (fields ? tail : rest.replace(/^\s*(?:—|–|-|:)\s/, "")).trim();
  if (note) touch.note = note;
  return touch;
}

// Pieces that make lines near every edge of the syntax: every kind of space JavaScript knows, dashes, colons, list markers, real and unreal days, links, arrows, kinds and exchange words in any case, line breaks inside a line.
const PIECES = [
  " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u200b", "\r", "\u2028", "\u2029", "\v",
  "-", "–", "—", "*", "+", ":", "1.", "12)", "3", ".", ")", "|", "[", "]", "[[", "]]", "x",
  "2026-11-22", "2024-02-29", "2026-02-29", "0099-01-01", "9999-12-31", "2026-13-01", "2026-1-01", "[[2026-11-22]]", "[[2026-11-22|Sunday]]", "[[2026-11-22|a]b]]",
  "call", "Call", "CALL", "intro", "coffee", "gave", "Asked", "EXCHANGED", "→", "->", "←", "<-", "↔", "<->", "toString", "constructor", "__proto__",
  "caught up", "[[Lena Fischer]]", "(follow-up dismissed)", "é", "😀",
];
const piece = fc.constantFrom(...PIECES);
const line = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
  fc.tuple(fc.constantFrom("- ", "* ", "1. ", "  - ", "-\t", "+\u00a0"), fc.constantFrom("2026-11-22", "[[2026-11-22]]", "[[2026-11-22|x]]"), fc.array(piece, { maxLength: 10 })).map(([m, d, rest]) => `${m}${d}${rest.join("")}`),
  fc.string({ maxLength: 40 }),
);
const kinds = fc.oneof(fc.constant(DEFAULT_TOUCH_KINDS), fc.array(fc.constantFrom("call", "CALL", "Intro", "coffee", "toString", "gave", "→", "x"), { maxLength: 4 }));

describe("a touch line walked once reads as the regular expressions read it", () => {
  it("on arbitrary lines near every edge of the syntax", () => {
    fc.assert(
      fc.property(line, kinds, (text, k) => {
        expect(parseTouchLine(text, k)).toEqual(parseByRegex(text, k));
        const expected = parseByRegex(text, k);
        expect(touchLineDate(text)).toBe(expected?.date ?? null);
        const { note: _note, ...fields } = expected ?? { note: "" };
        expect(touchLineFields(text, k)).toEqual(expected ? fields : null);
      }),
      { numRuns: 20_000 },
    );
  });

  it("on the lines people write", () => {
    const lines = [
      "- 2026-11-22 call → gave — caught up",
      "- 2026-11-22 — caught up",
      "- 2026-11-22: sent the deck",
      "-\u00a02026-11-22 call",
      "- 2026-11-22 call\r",
      "- 2026-11-22 call \u2028 x",
      "- [[2026-11-22|Sunday]] coffee - talked",
      "- [[2026-11-22|Sun]day]] coffee",
      "12) 2026-11-22 ← asked",
      "- 2026-11-22 - ",
      "- 2026-11-22 -",
      "- 2026-11-22 :x",
      "- 2026-11-22 call:",
    ];
    for (const text of lines) expect(parseTouchLine(text, DEFAULT_TOUCH_KINDS), JSON.stringify(text)).toEqual(parseByRegex(text, DEFAULT_TOUCH_KINDS));
  });

  it("reads a word that an object has by inheritance (toString, constructor) as the start of the note, not as a direction", () => {
    expect(parseTouchLine("- 2026-11-22 toString — x", DEFAULT_TOUCH_KINDS)).toEqual({ date: "2026-11-22", note: "toString — x" });
    expect(parseTouchLine("- 2026-11-22 call constructor", DEFAULT_TOUCH_KINDS)).toEqual({ date: "2026-11-22", note: "call constructor" });
  });
});
