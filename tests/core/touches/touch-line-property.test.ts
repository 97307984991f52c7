import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeSettings, DEFAULT_SETTINGS } from "../../../src/core/settings";
import { cleanNote, formatTouchLine, parseTouchLine, type Touch } from "../../../src/core/touches/touch-line";
import { readTouchLog } from "../../../src/core/touches/touch-log";
import { anyText, touch } from "../arbitrary-notes";

const kinds = DEFAULT_SETTINGS.touchKinds;

/** The touch as the writer stores it: the note on one line, an empty note left out. */
function asWritten(t: Touch): Touch {
  const written: Touch = { date: t.date };
  if (t.kind !== undefined) written.kind = t.kind;
  if (t.direction !== undefined) written.direction = t.direction;
  if (t.exchange !== undefined) written.exchange = t.exchange;
  const note = t.note === undefined ? "" : cleanNote(t.note);
  if (note !== "") written.note = note;
  return written;
}

describe("a touch line reads back as it was written", () => {
  it("parse(format(touch)) is the touch, and format(parse(line)) the line, for the default kinds", () => {
    fc.assert(
      fc.property(touch, (t) => {
        const line = formatTouchLine(t);
        const parsed = parseTouchLine(line, kinds);
        expect(parsed).toEqual(asWritten(t));
        expect(formatTouchLine(parsed!)).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });

  it("for any kinds the settings keep (a kind that would read as something else is dropped)", () => {
    const kindText = fc.oneof(anyText, fc.constantFrom("-", "—", "–", ":", "→", "<->", "gave", "Asked", "2026-01-01", "[[Sam]]", "call:", "a — b", "#tag", "- [ ]"));
    const userKinds = fc.array(kindText, { minLength: 1, maxLength: 4 }).map((raw) => normalizeSettings({ touchKinds: raw }).touchKinds).filter((k) => k.length > 0);
    fc.assert(
      fc.property(userKinds, fc.nat(), touch, (userKinds, pick, t) => {
        const withKind: Touch = { ...t, kind: userKinds[pick % userKinds.length] };
        const line = formatTouchLine(withKind);
        const parsed = parseTouchLine(line, userKinds);
        expect(parsed).toEqual(asWritten(withKind));
        expect(formatTouchLine(parsed!)).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });

  it("and so does a whole log of them", () => {
    fc.assert(
      fc.property(fc.array(touch, { maxLength: 8 }), fc.boolean(), (touches, crlf) => {
        const eol = crlf ? "\r\n" : "\n";
        const text = ["# Sam", "", "## Touches", ...touches.map(formatTouchLine), ""].join(eol);
        expect(readTouchLog(text, "## Touches", kinds).map(({ line: _line, ...t }) => t)).toEqual(touches.map(asWritten));
      }),
      { numRuns: 300 },
    );
  });
});
