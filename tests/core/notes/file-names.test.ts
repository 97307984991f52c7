import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileNameChange, safeFileName } from "../../../src/core/notes/file-names";

describe("safeFileName", () => {
  it("takes dots and spaces off the ends after removing the characters a name can't hold, not before", () => {
    expect(safeFileName("../Sam Rivera")).toBe("Sam Rivera");
    expect(safeFileName("..\\Sam Rivera")).toBe("Sam Rivera");
    expect(safeFileName(" . .Sam Rivera . . ")).toBe("Sam Rivera");
    expect(safeFileName("Jo Quinn Jr.")).toBe("Jo Quinn Jr");
    expect(safeFileName("Dr. Jo Quinn")).toBe("Dr. Jo Quinn");
    expect(safeFileName('Ana | "Nana" #1 [ops] 🌻')).toBe("Ana Nana 1 ops 🌻");
    expect(safeFileName("Line\nbreak\ttab\u0007bell")).toBe("Line break tab bell");
  });

  it("is empty when nothing usable is left", () => {
    for (const name of ["", "   ", "...", "../..", " . / . ", "#[]|^", "\u0000"]) expect(safeFileName(name)).toBe("");
  });

  it("never gives a name Windows keeps for a device, in any case or before any extension", () => {
    expect(safeFileName("CON")).toBe("CON (contact)");
    expect(safeFileName("nul.")).toBe("nul (contact)");
    expect(safeFileName("Aux.Smith")).toBe("Aux (contact).Smith");
    expect(safeFileName("com1")).toBe("com1 (contact)");
    expect(safeFileName("LPT¹")).toBe("LPT¹ (contact)");
    expect(safeFileName("Connie")).toBe("Connie");
    expect(safeFileName("Con Smith")).toBe("Con Smith");
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
