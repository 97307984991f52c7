import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { NoteWriteError } from "../../../src/core/shared/errors";
import { addListItem } from "../../../src/core/notes/list-property";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof NoteWriteError ? error.code : "not a NoteWriteError";
  }
  return undefined;
};

describe("addListItem", () => {
  it("appends one line to a block list, in the list's own indentation", () => {
    expect(addListItem("---\ntier: peer\ntopics:\n  - hiring\n  - AI ops # work\nrole: CTO\n---\nbody\n", "topics", "healthcare")).toBe(
      "---\ntier: peer\ntopics:\n  - hiring\n  - AI ops # work\n  - healthcare\nrole: CTO\n---\nbody\n",
    );
    expect(addListItem("---\ntopics:\n- hiring\n---\n", "topics", "fundraising")).toBe("---\ntopics:\n- hiring\n- fundraising\n---\n");
  });

  it("adds an entry to a flow list, empty or not", () => {
    expect(addListItem("---\ntopics: [hiring, AI ops]   # tags\n---\n", "topics", "new manager")).toBe("---\ntopics: [hiring, AI ops, new manager]   # tags\n---\n");
    expect(addListItem("---\ntopics: []\n---\n", "topics", "hiring")).toBe("---\ntopics: [hiring]\n---\n");
  });

  it("keeps a comma-separated text one, with one more topic", () => {
    expect(addListItem("---\ntopics: hiring, AI ops\n---\n", "topics", "healthcare")).toBe("---\ntopics: hiring, AI ops, healthcare\n---\n");
    expect(addListItem("---\ntopics: \"hiring\"\n---\n", "topics", "healthcare")).toBe('---\ntopics: "hiring, healthcare"\n---\n');
  });

  it("starts a block list under an empty key, keeping its comment", () => {
    expect(addListItem("---\ntopics:   # relevance\ntier: peer\n---\n", "topics", "hiring")).toBe("---\ntopics:   # relevance\n  - hiring\ntier: peer\n---\n");
    expect(addListItem("---\ntopics:\n---\n", "topics", "hiring")).toBe("---\ntopics:\n  - hiring\n---\n");
    expect(addListItem('---\ntopics: ""\n---\n', "topics", "hiring")).toBe('---\ntopics: "hiring"\n---\n');
  });

  it("adds the key at the end of the block, or a whole block, when there is none", () => {
    expect(addListItem("---\ntier: peer\n---\n# Sam\n", "topics", "hiring")).toBe("---\ntier: peer\ntopics:\n  - hiring\n---\n# Sam\n");
    expect(addListItem("# Sam\n", "topics", "hiring")).toBe("---\ntopics:\n  - hiring\n---\n# Sam\n");
    expect(addListItem("\uFEFF---\r\ntier: peer\r\n---\r\nbody\r\n", "topics", "hiring")).toBe("\uFEFF---\r\ntier: peer\r\ntopics:\r\n  - hiring\r\n---\r\nbody\r\n");
  });

  it("finds the key in another case, and leaves the note alone when the item is there already", () => {
    expect(addListItem("---\nTopics:\n  - hiring\n---\n", "topics", "AI")).toBe("---\nTopics:\n  - hiring\n  - AI\n---\n");
    const text = "---\ntopics: [Hiring]\n---\n";
    expect(addListItem(text, "topics", "hiring")).toBe(text);
    expect(addListItem("---\ntopics: hiring, AI\n---\n", "topics", " ai ")).toBe("---\ntopics: hiring, AI\n---\n");
  });

  it("quotes an item that would not read back as itself", () => {
    expect(addListItem("---\ntopics:\n  - a\n---\n", "topics", "yes: no")).toBe('---\ntopics:\n  - a\n  - "yes: no"\n---\n');
    expect(addListItem("---\ntopics: [a]\n---\n", "topics", "b, c")).toBe('---\ntopics: [a, "b, c"]\n---\n');
    expect(addListItem("---\ntopics:\n  - a\n---\n", "topics", "*sigh*")).toBe('---\ntopics:\n  - a\n  - "*sigh*"\n---\n');
  });

  it("refuses a group, broken properties and an empty item", () => {
    expect(codeOf(() => addListItem("---\ntopics:\n  work: 1\n---\n", "topics", "x"))).toBe("unsafe-edit");
    expect(codeOf(() => addListItem("---\ntopics: [a\n---\n", "topics", "x"))).toBe("invalid-properties");
    expect(codeOf(() => addListItem("---\ntier: peer\n", "topics", "x"))).toBe("invalid-properties");
    expect(codeOf(() => addListItem("---\ntier: peer\n---\n", "topics", "  "))).toBe("bad-input");
  });

  it("changes only the one list, whatever the item and the other properties", () => {
    const item = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && [...s].every((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127));
    const shapes = fc.constantFrom("---\ntopics:\n  - old\nz: 1 # c\n---\nbody\n", "---\ntopics: [old]\n---\n", "---\na: 'x'\n---\n", "---\ntopics: old\nb: [1, 2]\n---\n# h\n");
    fc.assert(
      fc.property(shapes, item, (text, added) => {
        const after = addListItem(text, "topics", added);
        const read = (t: string) => parseDocument(t.split("---\n")[1] ?? "").toJS() as Record<string, unknown>;
        const { topics: was, ...restBefore } = read(text);
        const { topics: now, ...restAfter } = read(after);
        expect(restAfter).toEqual(restBefore);
        const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(",").map((s) => s.trim()) : []);
        const oldItems = list(was);
        if (!oldItems.some((o) => o.toLowerCase() === added.trim().toLowerCase())) expect(list(now).slice(0, oldItems.length)).toEqual(oldItems);
        expect(after.slice(after.lastIndexOf("---\n") + 4)).toBe(text.slice(text.lastIndexOf("---\n") + 4));
      }),
      { numRuns: 300 },
    );
  });
});
