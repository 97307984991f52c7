import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NoteWriteError } from "../../../src/core/shared/errors";
import { addFuelItem, fuelLineFor, readFuel, removeFuelItems } from "../../../src/core/conversation/fuel";
import { notePreview, plainText } from "../../../src/core/notes/note-preview";
import { insertTouchLine } from "../../../src/core/touches/touch-log";
import { anyText, diff, expectOnlyLines, keepsLineEndings, lines, structuredJunk } from "../arbitrary-notes";

const H = "## Next time";

const SAM = [
  "---",
  "tier: ally",
  "---",
  "Met at the summit in Lisbon.",
  "",
  "## Next time",
  "- Ask how the [[Lisbon]] move went",
  "  - she was worried about schools",
  "  more about the schools",
  "- [ ] send the **onboarding** article",
  "- [x] asked about the marathon",
  "",
  "- Share the hiring playbook",
  "",
  "## Touches",
  "- 2026-09-01 coffee — caught up",
  "",
].join("\n");

const texts = (text: string) => readFuel(text, H).map((item) => item.text);

describe("reading the fuel", () => {
  it("reads items with their nested lines, open tasks as items, and leaves ticked tasks out", () => {
    const fuel = readFuel(SAM, H);
    expect(fuel.map(({ text, details, task, line, endLine }) => ({ text, details, task, line, endLine }))).toEqual([
      { text: "Ask how the Lisbon move went", details: ["she was worried about schools", "more about the schools"], task: false, line: 6, endLine: 8 },
      { text: "send the onboarding article", details: [], task: true, line: 9, endLine: 9 },
      { text: "Share the hiring playbook", details: [], task: false, line: 12, endLine: 12 },
    ]);
    expect(fuel[0]?.raw).toBe("- Ask how the [[Lisbon]] move went\n  - she was worried about schools\n  more about the schools");
  });

  it("finds nothing without the heading, under an empty heading, or under a heading inside a code block", () => {
    expect(readFuel("Just prose.\n", H)).toEqual([]);
    expect(readFuel("## Next time\n\n## Touches\n- 2026-01-01\n", H)).toEqual([]);
    expect(readFuel("```\n## Next time\n- not fuel\n```\n", H)).toEqual([]);
    expect(readFuel("## Next time\n- \n-\n", H)).toEqual([]);
  });

  it("stops at the next heading of the same level and reads on under a subheading", () => {
    expect(texts("## Next time\n- a\n### Ideas\n- b\n## Notes\n- c\n")).toEqual(["a", "b"]);
    expect(texts("# Next time\n- a\n## Notes\n- b\n# Other\n- c\n")).toEqual(["a", "b"]);
  });

  it("reads a section the same whatever its line endings, BOM or heading level", () => {
    expect(texts("\uFEFF## Next time\r\n- a\r\n  - nested\r\n- b")).toEqual(["a", "b"]);
    expect(texts("### next time\n* one\n+ two\n1. three\n")).toEqual(["one", "two", "three"]);
  });

  it("keeps a code block indented under an item with the item, and a prose paragraph after a blank line out", () => {
    const text = "## Next time\n- try this\n  ```\n  - not an item\n  ```\n\nA paragraph, not an item.\n- b\n";
    const fuel = readFuel(text, H);
    expect(fuel.map((f) => [f.text, f.line, f.endLine])).toEqual([
      ["try this", 1, 4],
      ["b", 7, 7],
    ]);
  });

  it("takes a line of text right after an item as part of it", () => {
    expect(readFuel("## Next time\n- ask about\nthe new role\n", H)[0]?.details).toEqual(["the new role"]);
  });
});

describe("clearing what was used", () => {
  it("removes exactly the chosen items with their nested lines; every other byte stays", () => {
    const [lisbon, article, playbook] = readFuel(SAM, H);
    expect(removeFuelItems(SAM, H, [lisbon!, playbook!])).toBe(
      ["---", "tier: ally", "---", "Met at the summit in Lisbon.", "", "## Next time", "- [ ] send the **onboarding** article", "- [x] asked about the marathon", "", "", "## Touches", "- 2026-09-01 coffee — caught up", ""].join("\n"),
    );
    const emptied = removeFuelItems("## Next time\r\n- a\r\n  - a's detail\r\n- b\r\n## Touches\r\n", H, readFuel("## Next time\r\n- a\r\n  - a's detail\r\n- b\r\n## Touches\r\n", H));
    expect(emptied).toBe("## Next time\r\n## Touches\r\n");
    expect(removeFuelItems(SAM, H, [article!])).not.toContain("onboarding");
  });

  it("finds the items again after lines were added above them", () => {
    const chosen = readFuel(SAM, H).slice(0, 1);
    const withTouch = insertTouchLine("## Touches\n- 2026-01-01 call\n\n" + SAM, { date: "2026-11-22", note: "talked" }, "## Touches", ["call"]);
    const cleared = removeFuelItems(withTouch, H, chosen);
    expect(cleared).not.toContain("Lisbon]] move");
    expect(cleared).toContain("- 2026-11-22 — talked");
    expect(cleared).toContain("send the **onboarding** article");
  });

  it("refuses the whole edit when an item changed since it was read", () => {
    const chosen = readFuel(SAM, H);
    const edited = SAM.replace("Share the hiring playbook", "Share the hiring playbook v2");
    expect(() => removeFuelItems(edited, H, chosen)).toThrow(NoteWriteError);
    expect(() => removeFuelItems(edited, H, chosen)).toThrow(/"- Share the hiring playbook" is no longer under Next time/);
  });

  it("removes one of two identical items when one is chosen", () => {
    const text = "## Next time\n- same\n- same\n";
    expect(removeFuelItems(text, H, [readFuel(text, H)[0]!])).toBe("## Next time\n- same\n");
    expect(removeFuelItems(text, H, readFuel(text, H))).toBe("## Next time\n");
  });

  it("the last item of a note without a final line ending goes, and the line before keeps its own", () => {
    expect(removeFuelItems("## Next time\n- a\n- b", H, [readFuel("## Next time\n- a\n- b", H)[1]!])).toBe("## Next time\n- a\n");
  });
});

describe("adding an item", () => {
  it("goes after the last line of the section, nested lines included", () => {
    expect(addFuelItem("## Next time\n- a\n  - detail\n\n## Touches\n", H, "ask about  the\nmove")).toBe("## Next time\n- a\n  - detail\n- ask about the move\n\n## Touches\n");
  });

  it("creates the heading at the end of a note that lacks it, in the note's line endings", () => {
    expect(addFuelItem("---\r\ntier: ally\r\n---\r\nProse.\r\n", H, "share the deck")).toBe("---\r\ntier: ally\r\n---\r\nProse.\r\n\r\n## Next time\r\n- share the deck\r\n");
  });

  it("escapes words that would read as a ticked task or a rule, so the item reads back", () => {
    const text = addFuelItem(addFuelItem("## Next time\n", H, "[x] marks the spot"), H, "--");
    expect(text).toBe("## Next time\n- \\[x] marks the spot\n- \\--\n");
    expect(readFuel(text, H).map((f) => f.text)).toEqual(["[x] marks the spot", "--"]);
  });

  it("refuses an empty item", () => {
    expect(() => addFuelItem("## Next time\n", H, "  \n ")).toThrow(NoteWriteError);
  });
});

describe("the note's first lines", () => {
  it("are plain text from the body, without headings, code, comments and the plugin's own sections", () => {
    const text = [
      "---",
      "tier: ally",
      "---",
      "# Sam Rivera",
      "%% private",
      "still private %%",
      "Runs **platform** at [[Acme|Acme Corp]]; see [her talk](https://example.com).",
      "```",
      "code",
      "```",
      "## Touches",
      "- 2026-09-01 coffee",
      "## Next time",
      "- fuel",
      "## Background",
      "> Quoted from her bio",
      "- Two kids, `Lisbon` since 2024",
      "- not shown: past the third line",
    ].join("\n");
    expect(notePreview(text, ["## Touches", H])).toEqual(["Runs platform at Acme Corp; see her talk.", "Quoted from her bio", "Two kids, Lisbon since 2024"]);
  });

  it("cuts a long line and reads nothing from a note with only properties", () => {
    expect(notePreview(`${"word ".repeat(60)}\n`, [])[0]).toMatch(/^word( word)+…$/);
    expect(notePreview("---\ntier: ally\n---\n", [])).toEqual([]);
  });

  it("reads links by their text and drops embeds", () => {
    expect(plainText("![[photo.png]] Met via [[Ana Souza]] and _Kenji_ ![x](y.png)")).toBe("Met via Ana Souza and Kenji");
    expect(plainText("keeps snake_case_words and 2*3*4")).toBe("keeps snake_case_words and 2*3*4");
  });
});

/** Notes with fuel sections in every shape: nested items, tasks, code, other headings, odd endings. */
const fuelLine = fc.constantFrom(
  "## Next time",
  "### Next time",
  "- ask about the move",
  "- ask about the move",
  "  - a nested detail",
  "\t- a tab-nested detail",
  "  continuation text",
  "lazy continuation",
  "- [ ] send the article",
  "- [x] already asked",
  "1. numbered",
  "* starred",
  "",
  "```",
  "  ```",
  "## Next time in a fence?",
  "## Touches",
  "- 2026-01-01 call",
  "### Ideas",
  "## Notes",
  "A paragraph.",
  "---",
  "- ",
);

const fuelNote = fc
  .record({ bom: fc.boolean(), crlf: fc.boolean(), body: fc.array(fuelLine, { maxLength: 16 }), trailingNewline: fc.boolean() })
  .map(({ bom, crlf, body, trailingNewline }) => {
    let text = body.join(crlf ? "\r\n" : "\n");
    if (trailingNewline && text !== "") text += crlf ? "\r\n" : "\n";
    return (bom ? "\uFEFF" : "") + text;
  });

describe("never a byte lost (property tests)", () => {
  it("clearing removes the chosen items' lines and nothing else; the rest read back as they were", () => {
    fc.assert(
      fc.property(fuelNote, fc.array(fc.boolean(), { maxLength: 16 }), (text, picks) => {
        const items = readFuel(text, H);
        const chosen = items.filter((_, i) => picks[i] === true);
        const result = removeFuelItems(text, H, chosen);
        expect(result.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        const { removed, added } = diff(lines(text), lines(result));
        expect(added).toEqual([]);
        expect(removed.map((l) => l.replace(/\r?\n$/, "")).sort()).toEqual(chosen.flatMap((item) => item.raw.split("\n")).sort());
        expect(readFuel(result, H).map((item) => item.raw)).toEqual(items.filter((item) => !chosen.includes(item)).map((item) => item.raw));
      }),
      { numRuns: 500 },
    );
  });

  it("adding an item adds only its line (and the heading when missing), and it reads back last in the first section", () => {
    fc.assert(
      fc.property(fuelNote, anyText, (text, item) => {
        let result: string;
        try {
          result = addFuelItem(text, H, item);
        } catch (error) {
          expect(error).toBeInstanceOf(NoteWriteError);
          return;
        }
        const line = fuelLineFor(item);
        expectOnlyLines(text, result, (l) => l === line || l === H || l === "");
        const count = (t: string) => lines(t).filter((l) => l.replace(/\r?\n$/, "") === line).length;
        expect(count(result) - count(text)).toBe(1);
        expect(keepsLineEndings(text, result)).toBe(true);
        expect(readFuel(result, H).some((f) => f.raw.split("\n")[0] === line)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("reading never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, structuredJunk, fuelNote), (text) => {
        for (const item of readFuel(text, H)) expect(item.endLine).toBeGreaterThanOrEqual(item.line);
        expect(() => notePreview(text, ["## Touches", H])).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
