import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileNameChange, safeFileName } from "../../../src/core/notes/file-names";

/** What was typed → the note name it gives. */
const NAMES: [string, string][] = [
  // Dots and spaces come off the ends after the characters a name can't hold are gone, not before.
  ["../Sam Rivera", "Sam Rivera"],
  ["..\\Sam Rivera", "Sam Rivera"],
  [" . .Sam Rivera . . ", "Sam Rivera"],
  ["Jo Quinn Jr.", "Jo Quinn Jr"],
  ["Dr. Jo Quinn", "Dr. Jo Quinn"],
  ['Ana | "Nana" #1 [ops] 🌻', "Ana Nana 1 ops 🌻"],
  ["Line\nbreak\ttab\u0007bell", "Line break tab bell"],
  // Nothing usable left.
  ...["", "   ", "...", "../..", " . / . ", "#[]|^", "\u0000"].map((typed): [string, string] => [typed, ""]),
  // Names Windows keeps for devices, in any case, alone or before any extension; names that only start like one are fine.
  ["CON", "CON (contact)"],
  ["nul.", "nul (contact)"],
  ["Aux.Smith", "Aux (contact).Smith"],
  ["com1", "com1 (contact)"],
  ["LPT¹", "LPT¹ (contact)"],
  ["Connie", "Connie"],
  ["Con Smith", "Con Smith"],
];

describe("safeFileName", () => {
  it.each(NAMES)("%j → %j", (typed, name) => {
    expect(safeFileName(typed)).toBe(name);
  });

  it("keeps a long name within what file systems allow, cut between characters", () => {
    const name = safeFileName("Zoë ".repeat(100));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name.startsWith("Zoë Zoë")).toBe(true);
    expect(name).toBe(name.trim());
    expect(safeFileName("🌻".repeat(60))).toBe("🌻".repeat(50));
  });

  it("for any text: no unsafe character, no dot or space at an end, no reserved name, and the same again", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 80 }), (text) => {
        const name = safeFileName(text);
        if (name === "") return;
        expect(name).not.toMatch(/[\\/:*?"<>|#^[\]\p{Cc}]/u);
        expect(name).not.toMatch(/^[\s.]|[\s.]$/);
        expect(name.split(".")[0]?.trim()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(210);
        expect(safeFileName(name)).toBe(name);
      }),
    );
  });
});

describe("fileNameChange", () => {
  it("says why the name differs from what was typed, or nothing when only spacing changed", () => {
    expect(fileNameChange("Sam Rivera")).toBeNull();
    expect(fileNameChange("  Sam   Rivera ")).toBeNull();
    expect(fileNameChange("../Sam Rivera")).toBe("a note name can't hold some characters, nor start or end with a dot or a space");
    expect(fileNameChange("Sam: Rivera")).toBe("a note name can't hold some characters");
    expect(fileNameChange("Jo Quinn Jr.")).toBe("a note name can't start or end with a dot or a space");
    expect(fileNameChange("prn")).toBe("Windows keeps the name prn for itself");
    expect(fileNameChange("x".repeat(300))).toBe("a note name can't be that long");
  });
});
