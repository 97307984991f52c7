import { describe, expect, it } from "vitest";
import { comparePromises, completeTask, openTasks, parseOpenTask, readDue } from "../../../src/core/conversation/promises";

describe("promises", () => {
  it("are the open tasks of a note, outside code and properties", () => {
    const text = "---\ntodo: - [ ] not this\n---\n- [ ] send the scorecard 📅 2026-12-01\n- [x] done already\n```\n- [ ] code\n```\n  * [ ] intro to Priya [due:: 2026-11-30]\n- [ ] bad date due:: 2026-02-30\n";
    expect(openTasks(text, "People/Sam.md")).toEqual([
      { path: "People/Sam.md", line: 3, text: "send the scorecard 📅 2026-12-01", raw: "- [ ] send the scorecard 📅 2026-12-01", due: "2026-12-01", warning: null },
      { path: "People/Sam.md", line: 8, text: "intro to Priya [due:: 2026-11-30]", raw: "  * [ ] intro to Priya [due:: 2026-11-30]", due: "2026-11-30", warning: null },
      { path: "People/Sam.md", line: 9, text: "bad date due:: 2026-02-30", raw: "- [ ] bad date due:: 2026-02-30", due: null, warning: 'Promise "bad date due:: 2026-02-30" has a due date that isn\'t a date like 2026-12-01: "2026-02-30".' },
    ]);
  });

  it("read due dates in both forms", () => {
    expect(readDue("x 📅 2026-12-01 y")).toEqual({ due: "2026-12-01", warning: null });
    expect(readDue("x due:: 2026-12-01")).toEqual({ due: "2026-12-01", warning: null });
    expect(readDue("no date")).toEqual({ due: null, warning: null });
    expect(parseOpenTask("- [x] done", "a.md", 0)).toBeNull();
  });

  it("sort dated ones first, soonest first", () => {
    const p = (text: string, due: string | null) => ({ path: "a", line: 0, text, raw: text, due, warning: null });
    expect([p("c", null), p("b", "2026-12-01"), p("a", "2026-11-01")].sort(comparePromises).map((x) => x.text)).toEqual(["a", "b", "c"]);
  });

  it("ticking changes exactly the box", () => {
    const text = "# Sam\r\n- [ ] send the deck\r\n- [ ] call\r\n";
    expect(completeTask(text, { line: 1, raw: "- [ ] send the deck" })).toBe("# Sam\r\n- [x] send the deck\r\n- [ ] call\r\n");
  });

  it("finds a task that moved, and refuses one that is gone or ambiguous", () => {
    const text = "new line\n# Sam\n- [ ] send the deck\n";
    expect(completeTask(text, { line: 1, raw: "- [ ] send the deck" })).toBe("new line\n# Sam\n- [x] send the deck\n");
    expect(() => completeTask("- [x] send the deck\n", { line: 0, raw: "- [ ] send the deck" })).toThrow(/isn't in the note/);
    expect(() => completeTask("x\n- [ ] a\n- [ ] a\n", { line: 0, raw: "- [ ] a" })).toThrow(/more than once/);
  });
});
