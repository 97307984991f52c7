import { describe, expect, it } from "vitest";
import { propertiesProblem, setProperty } from "../../../src/core/notes/frontmatter-edit";
import { NoteWriteError } from "../../../src/core/shared/errors";

describe("setProperty", () => {
  it("replaces only the value's bytes, keeping comments, quoting and order", () => {
    const text = "---\n# who\ntier: peer   # ranked\nlast_touch: 2026-01-01 # auto\nunknown: {a: 1}\n---\nbody\n";
    expect(setProperty(text, "last_touch", "2026-11-22")).toBe("---\n# who\ntier: peer   # ranked\nlast_touch: 2026-11-22 # auto\nunknown: {a: 1}\n---\nbody\n");
  });

  it("keeps double and single quotes", () => {
    expect(setProperty('---\nlast_touch: "2026-01-01"\n---\n', "last_touch", "2026-11-22")).toBe('---\nlast_touch: "2026-11-22"\n---\n');
    expect(setProperty("---\nlast_touch: '2026-01-01'\n---\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch: '2026-11-22'\n---\n");
  });

  it("fills an empty value", () => {
    expect(setProperty("---\nlast_touch:\ntier: peer\n---\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch: 2026-11-22\ntier: peer\n---\n");
    expect(setProperty("---\nlast_touch: \ntier: peer\n---\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch: 2026-11-22\ntier: peer\n---\n");
  });

  it("adds a missing key at the end of the block", () => {
    expect(setProperty("---\ntier: peer\n---\nbody", "last_touch", "2026-11-22")).toBe("---\ntier: peer\nlast_touch: 2026-11-22\n---\nbody");
    expect(setProperty("---\nnotes: |\n  long\n  text\n---\n", "last_touch", "2026-11-22")).toBe("---\nnotes: |\n  long\n  text\nlast_touch: 2026-11-22\n---\n");
    expect(setProperty("---\n---\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch: 2026-11-22\n---\n");
    expect(setProperty("---\n# only a comment\n---\n", "last_touch", "2026-11-22")).toBe("---\n# only a comment\nlast_touch: 2026-11-22\n---\n");
  });

  it("updates a key written in another case instead of adding a second one", () => {
    expect(setProperty("---\nLast_Touch: 2026-01-01\n---\n", "last_touch", "2026-11-22")).toBe("---\nLast_Touch: 2026-11-22\n---\n");
  });

  it("creates a properties block when the note has none, after a BOM", () => {
    expect(setProperty("# Sam\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch: 2026-11-22\n---\n# Sam\n");
    expect(setProperty("\uFEFF# Sam\r\n", "last_touch", "2026-11-22")).toBe("\uFEFF---\r\nlast_touch: 2026-11-22\r\n---\r\n# Sam\r\n");
    expect(setProperty("", "last_touch", "2026-11-22")).toBe("---\nlast_touch: 2026-11-22\n---\n");
  });

  it("keeps CRLF and a BOM", () => {
    const text = "\uFEFF---\r\ntier: peer\r\nlast_touch: 2026-01-01\r\n---\r\nbody\r\n";
    expect(setProperty(text, "last_touch", "2026-11-22")).toBe("\uFEFF---\r\ntier: peer\r\nlast_touch: 2026-11-22\r\n---\r\nbody\r\n");
    expect(setProperty("---\r\ntier: peer\r\n---\r\n", "x", 1)).toBe("---\r\ntier: peer\r\nx: 1\r\n---\r\n");
  });

  it("clears a value with null", () => {
    expect(setProperty("---\nsnooze_until: 2026-12-01 # c\n---\n", "snooze_until", null)).toBe("---\nsnooze_until: # c\n---\n");
  });

  it("quotes a string that would not read back as itself", () => {
    expect(setProperty("---\na: 1\n---\n", "b", "yes: no")).toBe('---\na: 1\nb: "yes: no"\n---\n');
  });

  it("refuses invalid YAML, duplicate keys, unclosed blocks and lists", () => {
    const refuse = (text: string, code: string) => {
      expect(() => setProperty(text, "last_touch", "2026-11-22")).toThrow(NoteWriteError);
      try {
        setProperty(text, "last_touch", "2026-11-22");
      } catch (e) {
        expect((e as NoteWriteError).code).toBe(code);
      }
    };
    refuse("---\ntier: [peer\n---\n", "invalid-properties");
    refuse("---\na: 1\na: 2\n---\n", "invalid-properties");
    refuse("---\ntier: peer\nno closing line\n", "unclosed-properties");
    refuse("---\n- a\n- b\n---\n", "not-a-map");
    refuse("---\n{tier: peer}\n---\n", "not-a-map");
    refuse("---\nlast_touch:\n  - 2026-01-01\n---\n", "unsafe-edit");
  });

  it("refuses an edit that would change an aliased value elsewhere", () => {
    expect(() => setProperty("---\nlast_touch: &d 2026-01-01\nfirst_met: *d\n---\n", "last_touch", "2026-11-22")).toThrow(/more than that property/);
  });
});

describe("propertiesProblem", () => {
  it("is null for good or missing properties", () => {
    expect(propertiesProblem("---\na: 1\n---\n")).toBeNull();
    expect(propertiesProblem("no properties")).toBeNull();
  });

  it("explains bad properties", () => {
    expect(propertiesProblem("---\na: [\n---\n")).toMatch(/not valid YAML/);
    expect(propertiesProblem("---\na: 1\n")).toMatch(/no closing --- line/);
  });
});
