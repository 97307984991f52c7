import { describe, expect, it } from "vitest";
import { contactFromNote, frontmatterTags, inlineTags, noteTags, readNoteFacts, readNoteProperties } from "../../src/cli/note-source";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings, type KeepInTouchSettings } from "../../src/core/settings";

function resolved(overrides: Partial<KeepInTouchSettings> = {}) {
  return resolveSettings({ ...normalizeSettings(DEFAULT_SETTINGS), ...overrides });
}

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

describe("readNoteFacts", () => {
  it("reads the touch log dates under the configured heading", () => {
    const text = "---\ntier: ally\n---\n## Touches\n- 2026-11-02 call — caught up about her new role\n- 2026-11-10 lunch, no kind\nnot a touch\n## Notes\n- 2026-11-20 outside the log\n";
    const facts = readNoteFacts("People/Sam.md", text, normalizeSettings(DEFAULT_SETTINGS));
    expect(facts.source.loggedTouchDates).toEqual(["2026-11-02", "2026-11-10"]);
    expect(facts.source.propertiesProblem).toBeNull();
  });
});

describe("contactFromNote", () => {
  it("lists a note in the contacts folder, the log beating an older last_touch", () => {
    const text = "---\ntier: Close allies\nlast_touch: 2026-10-01\ntopics: design, research\n---\n## Touches\n- 2026-11-02 call\n";
    const contact = contactFromNote("People/Sam Rivera.md", text, resolved());
    expect(contact).toMatchObject({ name: "Sam Rivera", lastTouch: "2026-11-02", topics: ["design", "research"], warnings: [] });
    expect(contact?.tier.id).toBe("ally");
  });

  it("still lists a contact whose YAML is broken, with the warning", () => {
    const text = "---\ntier: mentor\nrole: a: b\n---\n## Touches\n- 2026-10-01 coffee\n";
    const contact = contactFromNote("People/Paolo.md", text, resolved());
    expect(contact?.tier.id).toBe("peer"); // the default tier: the broken block is not read
    expect(contact?.lastTouch).toBe("2026-10-01");
    expect(contact?.writable).toBe(false);
    expect(contact?.warnings[0]).toMatch(/not valid YAML/);
  });

  it("lists a note outside the folder with a tier, and ignores one without", () => {
    expect(contactFromNote("Clients/Acme.md", "---\ntier: peer\n---\n", resolved())?.name).toBe("Acme");
    expect(contactFromNote("Daily/2026-11-22.md", "Met [[Sam Rivera]] #daily\n", resolved())).toBeNull();
  });

  it("uses tags for the contact tag, but not tags in code", () => {
    const settings = resolved({ contactTag: "person" });
    expect(contactFromNote("Notes/Kim.md", "Kim is a #person/work contact\n", settings)).not.toBeNull();
    expect(contactFromNote("Notes/Lee.md", "---\ntags: [person]\n---\n", settings)).not.toBeNull();
    expect(contactFromNote("Notes/Code.md", "```\n#person\n```\n`#person`\n", settings)).toBeNull();
  });
});
