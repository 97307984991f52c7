import { describe, expect, it } from "vitest";
import { decodeBytes, decodeCharset } from "../../../src/core/import/encoding";
import { fixtureText } from "./fixtures";

const TEXT = fixtureText("google-older.csv");

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf16le");
  if (order === "le") return new Uint8Array(le);
  const be = Buffer.from(le);
  be.swap16();
  return new Uint8Array(be);
}

describe("reading an export's bytes", () => {
  it("reads plain UTF-8, and UTF-8 with a byte order mark without keeping the mark", () => {
    expect(decodeBytes(new Uint8Array(Buffer.from(TEXT, "utf8")))).toEqual({ text: TEXT, encoding: "utf-8" });
    const withBom = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]));
    expect(decodeBytes(withBom)).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it.each([
    ["le", true, "utf-16le"],
    ["le", false, "utf-16le"],
    ["be", true, "utf-16be"],
    ["be", false, "utf-16be"],
  ] as const)("reads UTF-16 %s (byte order mark: %s)", (order, bom, encoding) => {
    expect(decodeBytes(utf16(TEXT, order, bom))).toEqual({ text: TEXT, encoding });
  });

  it("reads Windows Latin-1 (what older Outlook and Excel write) when the bytes aren't UTF-8", () => {
    const latin = new Uint8Array(Buffer.from("Name,Given Name,Family Name\nTomás Novak,Tomás,Novak\nZoë Laurent,Zoë,Laurent – Paris\n", "latin1"));
    // The en dash is 0x96 in Windows-1252, which Latin-1 proper doesn't have.
    latin[latin.length - 8] = 0x96;
    const { text, encoding } = decodeBytes(latin);
    expect(encoding).toBe("windows-1252");
    expect(text).toBe("Name,Given Name,Family Name\nTomás Novak,Tomás,Novak\nZoë Laurent,Zoë,Laurent – Paris\n");
  });

  it("refuses a file that isn't text, with a message", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeBytes(png)).toThrow("This file doesn't read as text (it holds binary data), so it isn't a contacts export.");
  });

  it("reads quoted-printable bytes in the character set a vCard names, and UTF-8 for a name it doesn't know", () => {
    expect(decodeCharset(new Uint8Array([0x42, 0xe4, 0x63, 0x6b]), "ISO-8859-1")).toBe("Bäck");
    expect(decodeCharset(new Uint8Array([0x42, 0xc3, 0xa4]), "no-such-charset")).toBe("Bä");
    expect(decodeCharset(new Uint8Array([0x42, 0xc3, 0xa4]), null)).toBe("Bä");
  });
});
