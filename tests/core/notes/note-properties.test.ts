import { describe, expect, it } from "vitest";
import { frontmatterTags, inlineTags, isContactNoteText, noteTags, readNoteProperties } from "../../../src/core/notes/note-properties";
import { settingsWith } from "../helpers";

describe("readNoteProperties", () => {
  it("parses the properties block with yaml", () => {
    const text = "---\ntier: ally\n# a comment\ntopics:\n  - design\n  - research\nlast_touch: 2026-11-02\n---\nBody\n";
    expect(readNoteProperties(text)).toEqual({
      frontmatter: { tier: "ally", topics: ["design", "research"], last_touch: "2026-11-02" },
      problem: null,
    });
  });

  it("gives no properties and no problem for a note without a block", () => {
    expect(readNoteProperties("Just text\n")).toEqual({ frontmatter: undefined, problem: null });
  });

  it("gives no properties and core's reason for invalid YAML", () => {
    const result = readNoteProperties("---\ntier: peer\nrole: Staff engineer: tools\n---\n");
    expect(result.frontmatter).toBeUndefined();
    expect(result.problem).toMatch(/not valid YAML/);
  });

  it("reports an unclosed block", () => {
    const result = readNoteProperties("---\ntier: peer\nno closing line\n");
    expect(result.frontmatter).toBeUndefined();
    expect(result.problem).toMatch(/no closing ---/);
  });
});

describe("tags", () => {
  it("reads tags and tag as lists or as strings, without #", () => {
    expect(frontmatterTags({ tags: ["person", "#work/team"], tag: "friend, climbing" })).toEqual(["person", "work/team", "friend", "climbing"]);
    expect(frontmatterTags({ Tags: "a b" })).toEqual(["a", "b"]);
    expect(frontmatterTags(undefined)).toEqual([]);
  });

  it("finds inline tags in prose only", () => {
    const text = [
      "---",
      "tags: [fromprops]",
      "---",
      "# Heading is not a tag",
      "Met at #conference/2026 with #person and #café-crew.",
      "Not tags: a#b, #123, https://example.com/#anchor, `#code`, ``#double `tick``.",
      "```",
      "#inside-fence",
      "```",
      "~~~js",
      "#inside-tilde",
      "~~~",
      "#start_of_line",
    ].join("\n");
    expect(inlineTags(text)).toEqual(["conference/2026", "person", "café-crew", "start_of_line"]);
  });

  it("does not read the properties block as body", () => {
    expect(inlineTags("---\ntitle: '#nope'\n---\n#yes\n")).toEqual(["yes"]);
  });

  it("merges properties and body tags once each", () => {
    expect(noteTags("---\ntags: person\n---\n#person #ally\n", { tags: "person" })).toEqual(["person", "ally"]);
  });
});

describe("isContactNoteText", () => {
  it("asks the contact rule of the note's own properties and tags", () => {
    const tagged = settingsWith({ contactTag: "person" });
    expect(isContactNoteText("People/Sam.md", "", tagged)).toBe(true);
    expect(isContactNoteText("Clients/Acme.md", "---\ntier: peer\n---\n", tagged)).toBe(true);
    expect(isContactNoteText("Clients/Kim.md", "Runs the #person/client side.\n", tagged)).toBe(true);
    expect(isContactNoteText("Clients/Lee.md", "---\ntags: [person]\n---\n", tagged)).toBe(true);
    expect(isContactNoteText("Clients/Code.md", "```\n#person\n```\n`#person`\n", tagged)).toBe(false);
    expect(isContactNoteText("Clients/Broken.md", "---\ntier: [peer\n---\n", tagged)).toBe(false);
    expect(isContactNoteText("Clients/Kim.md", "Runs the #person/client side.\n", settingsWith())).toBe(false);
  });
});
