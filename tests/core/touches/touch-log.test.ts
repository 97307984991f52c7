import { describe, expect, it } from "vitest";
import { insertTouchLine, readTouchLog } from "../../../src/core/touches/touch-log";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";

const kinds = DEFAULT_TOUCH_KINDS;
const H = "## Touches";
const touch = { date: "2026-11-22", kind: "call", note: "caught up" };
const LINE = "- 2026-11-22 call — caught up";

describe("readTouchLog", () => {
  it("reads touch lines under the heading only", () => {
    const text = ["---", "tier: peer", "---", "- 2026-01-01 not in the log", "## Touches", "- 2026-03-01 call", "some text", "- 2026-04-02 — lunch", "## Other", "- 2026-05-01 coffee"].join("\n");
    expect(readTouchLog(text, H, kinds).map((t) => t.date)).toEqual(["2026-03-01", "2026-04-02"]);
  });

  it("reads both sections when the heading appears twice, at any level, ignoring case", () => {
    const text = "# Sam\n## Touches\n- 2026-03-01\n## Notes\n### touches\n- 2026-05-01 coffee\n";
    expect(readTouchLog(text, H, kinds).map((t) => t.date)).toEqual(["2026-03-01", "2026-05-01"]);
  });

  it("keeps subheadings inside the section and skips code blocks", () => {
    const text = "## Touches\n### 2026\n- 2026-03-01\n```\n## Touches\n- 2026-09-09\n```\n- 2026-04-01\n";
    expect(readTouchLog(text, H, kinds).map((t) => t.date)).toEqual(["2026-03-01", "2026-04-01"]);
  });

  it("does not treat a heading inside the properties block as the log", () => {
    const text = "---\nnote: |\n  ## Touches\n  - 2026-01-01\n---\nbody\n";
    expect(readTouchLog(text, H, kinds)).toEqual([]);
  });

  it("keeps a # that ends a heading's text", () => {
    const text = "## Touches\n- 2026-03-01\n## Notes on C#\n- 2026-04-01\n## Touches ##\n- 2026-05-01\n";
    expect(readTouchLog(text, H, kinds).map((t) => t.date)).toEqual(["2026-03-01", "2026-05-01"]);
    expect(readTouchLog("## Notes on C#\n- 2026-04-01\n", "## Notes on C#", kinds).map((t) => t.date)).toEqual(["2026-04-01"]);
  });

  it("works with CRLF", () => {
    expect(readTouchLog("## Touches\r\n- 2026-03-01 call — x\r\n", H, kinds)).toEqual([{ date: "2026-03-01", kind: "call", note: "x", line: 1 }]);
  });
});

describe("insertTouchLine", () => {
  it("appends after the last entry, newest last", () => {
    const text = "# Sam\n\n## Touches\n- 2026-01-01 coffee\n- 2026-02-01 call\n\n## Notes\nlikes tea\n";
    expect(insertTouchLine(text, touch, H, kinds)).toBe(`# Sam\n\n## Touches\n- 2026-01-01 coffee\n- 2026-02-01 call\n${LINE}\n\n## Notes\nlikes tea\n`);
  });

  it("keeps date order for a backdated touch", () => {
    const text = "## Touches\n- 2026-01-01\n- 2026-12-01\n";
    expect(insertTouchLine(text, { date: "2026-06-01" }, H, kinds)).toBe("## Touches\n- 2026-01-01\n- 2026-06-01\n- 2026-12-01\n");
    expect(insertTouchLine(text, { date: "2025-06-01" }, H, kinds)).toBe("## Touches\n- 2025-06-01\n- 2026-01-01\n- 2026-12-01\n");
  });

  it("keeps a newest-first log newest first", () => {
    const text = "## Touches\n- 2026-12-01\n- 2026-01-01\n";
    expect(insertTouchLine(text, { date: "2027-01-01" }, H, kinds)).toBe("## Touches\n- 2027-01-01\n- 2026-12-01\n- 2026-01-01\n");
    expect(insertTouchLine(text, { date: "2026-06-01" }, H, kinds)).toBe("## Touches\n- 2026-12-01\n- 2026-06-01\n- 2026-01-01\n");
  });

  it("puts the line after an entry's continuation lines", () => {
    const text = "## Touches\n- 2026-01-01 call\n  follow-up: send deck\n  - nested\nafter\n";
    expect(insertTouchLine(text, { date: "2026-02-01" }, H, kinds)).toBe("## Touches\n- 2026-01-01 call\n  follow-up: send deck\n  - nested\n- 2026-02-01\nafter\n");
  });

  it("writes right under an empty heading", () => {
    expect(insertTouchLine("## Touches\n\n## Next\n", touch, H, kinds)).toBe(`## Touches\n${LINE}\n\n## Next\n`);
  });

  it("writes after existing prose in the section", () => {
    expect(insertTouchLine("## Touches\nNotes below.\n\n## Next\n", touch, H, kinds)).toBe(`## Touches\nNotes below.\n${LINE}\n\n## Next\n`);
  });

  it("creates the heading at the end of the note", () => {
    expect(insertTouchLine("# Sam\nLikes tea.\n", touch, H, kinds)).toBe(`# Sam\nLikes tea.\n\n## Touches\n${LINE}\n`);
    expect(insertTouchLine("# Sam\nLikes tea.", touch, H, kinds)).toBe(`# Sam\nLikes tea.\n\n## Touches\n${LINE}\n`);
    expect(insertTouchLine("# Sam\n\n", touch, H, kinds)).toBe(`# Sam\n\n## Touches\n${LINE}\n`);
    expect(insertTouchLine("", touch, H, kinds)).toBe(`## Touches\n${LINE}\n`);
    expect(insertTouchLine("---\ntier: peer\n---\n", touch, H, kinds)).toBe(`---\ntier: peer\n---\n## Touches\n${LINE}\n`);
    // Found by the property test: properties closed at the very end of the file.
    expect(insertTouchLine("---\ntier: peer\n---", touch, H, kinds)).toBe(`---\ntier: peer\n---\n## Touches\n${LINE}\n`);
  });

  it("writes into the first of two touch headings", () => {
    const text = "## Touches\n- 2026-01-01\n## Touches\n- 2026-02-01\n";
    expect(insertTouchLine(text, { date: "2026-03-01" }, H, kinds)).toBe("## Touches\n- 2026-01-01\n- 2026-03-01\n## Touches\n- 2026-02-01\n");
  });

  it("ignores a touch heading inside a code block", () => {
    const text = "```md\n## Touches\n```\n";
    expect(insertTouchLine(text, touch, H, kinds)).toBe(`\`\`\`md\n## Touches\n\`\`\`\n\n## Touches\n${LINE}\n`);
  });

  it("keeps CRLF line endings", () => {
    expect(insertTouchLine("## Touches\r\n- 2026-01-01\r\n", touch, H, kinds)).toBe(`## Touches\r\n- 2026-01-01\r\n${LINE}\r\n`);
    expect(insertTouchLine("# Sam\r\n", touch, H, kinds)).toBe(`# Sam\r\n\r\n## Touches\r\n${LINE}\r\n`);
  });

  it("keeps a missing final newline missing", () => {
    expect(insertTouchLine("## Touches\n- 2026-01-01", touch, H, kinds)).toBe(`## Touches\n- 2026-01-01\n${LINE}`);
  });

  it("uses a custom heading", () => {
    expect(insertTouchLine("# Log\n", touch, "### Log of contact", kinds)).toBe(`# Log\n\n### Log of contact\n${LINE}\n`);
  });
});
