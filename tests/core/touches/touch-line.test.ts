import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIRECTIONS, EXCHANGES, formatTouchLine, parseTouchLine, type Touch } from "../../../src/core/touches/touch-line";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";

const kinds = DEFAULT_TOUCH_KINDS;

describe("formatTouchLine", () => {
  it("writes date, kind and note", () => {
    expect(formatTouchLine({ date: "2026-11-22", kind: "call", note: "caught up about her new role" })).toBe("- 2026-11-22 call — caught up about her new role");
    expect(formatTouchLine({ date: "2026-11-22" })).toBe("- 2026-11-22");
    expect(formatTouchLine({ date: "2026-11-22", note: "coffee" })).toBe("- 2026-11-22 — coffee");
  });

  it("keeps a note on one line", () => {
    expect(formatTouchLine({ date: "2026-11-22", note: "line one\nline two\r\n" })).toBe("- 2026-11-22 — line one line two");
  });
});

describe("parseTouchLine", () => {
  it("reads what the writer writes", () => {
    expect(parseTouchLine("- 2026-11-22 call — caught up about her new role", kinds)).toEqual({ date: "2026-11-22", kind: "call", note: "caught up about her new role" });
  });

  it("reads hand-written variants", () => {
    expect(parseTouchLine("* 2026-11-22 lunch with Sam", kinds)).toEqual({ date: "2026-11-22", note: "lunch with Sam" });
    expect(parseTouchLine("- [[2026-11-22]] Coffee - talked shop", kinds)).toEqual({ date: "2026-11-22", kind: "Coffee", note: "talked shop" });
    expect(parseTouchLine("  - 2026-11-22: sent the deck", kinds)).toEqual({ date: "2026-11-22", note: "sent the deck" });
    expect(parseTouchLine("1. 2026-11-22 intro", kinds)).toEqual({ date: "2026-11-22", kind: "intro" });
  });

  it("writes and reads who reached out and what was exchanged", () => {
    const touch: Touch = { date: "2026-11-22", kind: "call", direction: "out", exchange: "gave", note: "sent the checklist" };
    expect(formatTouchLine(touch)).toBe("- 2026-11-22 call → gave — sent the checklist");
    expect(parseTouchLine("- 2026-11-22 call → gave — sent the checklist", kinds)).toEqual(touch);
    expect(parseTouchLine("- 2026-11-22 ← asked", kinds)).toEqual({ date: "2026-11-22", direction: "in", exchange: "asked" });
    expect(parseTouchLine("- 2026-11-22 coffee <-> exchanged - long chat", kinds)).toEqual({ date: "2026-11-22", kind: "coffee", direction: "mutual", exchange: "exchanged", note: "long chat" });
    expect(parseTouchLine("- 2026-11-22 -> intro", kinds)).toEqual({ date: "2026-11-22", kind: "intro", direction: "out" });
  });

  it("keeps hand-written words as the note when they aren't all fields", () => {
    expect(parseTouchLine("- 2026-11-22 gave a talk", kinds)).toEqual({ date: "2026-11-22", note: "gave a talk" });
    expect(parseTouchLine("- 2026-11-22 call mom", kinds)).toEqual({ date: "2026-11-22", note: "call mom" });
    expect(parseTouchLine("- 2026-11-22 call call — twice", kinds)).toEqual({ date: "2026-11-22", note: "call call — twice" });
    expect(parseTouchLine("- 2026-11-22 lunch - great", kinds)).toEqual({ date: "2026-11-22", note: "lunch - great" });
  });

  it("ignores lines that are not touches", () => {
    expect(parseTouchLine("2026-11-22 call", kinds)).toBeNull();
    expect(parseTouchLine("- call on 2026-11-22", kinds)).toBeNull();
    expect(parseTouchLine("- 2026-02-30 call", kinds)).toBeNull();
    expect(parseTouchLine("- 2026-11-22x", kinds)).toBeNull();
    expect(parseTouchLine("", kinds)).toBeNull();
  });

  it("round-trips every line the writer can produce", () => {
    const date = fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const touch = fc.record({
      date,
      kind: fc.option(fc.constantFrom(...kinds), { nil: undefined }),
      direction: fc.option(fc.constantFrom(...DIRECTIONS), { nil: undefined }),
      exchange: fc.option(fc.constantFrom(...EXCHANGES), { nil: undefined }),
      note: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(touch, (t) => {
        const line = formatTouchLine(t);
        const back = parseTouchLine(line, kinds);
        expect(back).not.toBeNull();
        expect(formatTouchLine(back as Touch)).toBe(line);
      }),
    );
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseTouchLine(s, kinds)));
  });
});
