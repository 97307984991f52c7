import { ImportError } from "./import-record";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** How many bytes are looked at to tell UTF-16 from a one-byte encoding. */
const SAMPLE = 4096;

/**
 * Reads an export's bytes as text, whatever the app that wrote it chose: UTF-8 with or
 * without a byte order mark, UTF-16 (little or big end first, with or without a mark),
 * or the Windows Latin-1 code page that older Outlook and Excel exports use. A file
 * that is none of these (an image, a zip) is refused with a message.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(decode("utf-8", bytes.subarray(3)), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decode("utf-16le", bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decode("utf-16be", bytes.subarray(2)), "utf-16be");
  const wide = utf16WithoutMark(bytes);
  if (wide) return checked(decode(wide, bytes), wide);
  try {
    return checked(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), "utf-8");
  } catch {
    // Not UTF-8: every byte is a character in Windows-1252, the superset of Latin-1 that exports mean.
    return checked(decodeWindows1252(bytes), "windows-1252");
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined ones stay as their byte); the rest are Latin-1. */
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Decoded by hand: some engines' TextDecoder reads "windows-1252" as Latin-1 proper, losing € – “ ”. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

function decode(encoding: TextEncoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * UTF-16 without a byte order mark: text in Latin script has a zero in every other
 * byte, on the odd bytes when the low byte comes first, on the even ones otherwise.
 */
function utf16WithoutMark(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function checked(text: string, encoding: TextEncoding): DecodedText {
  // NUL and the other control bytes don't occur in text: this is a picture, an archive or a damaged file.
  if (hasControlCharacters(text.slice(0, SAMPLE))) {
    throw new ImportError("This file doesn't read as text (it holds binary data), so it isn't a contacts export. Export the contacts again as .vcf or .csv.");
  }
  return { text, encoding };
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are text; the rest below a space is not.
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return true;
  }
  return false;
}

/**
 * Bytes in a named character set (a vCard's `CHARSET=`), read as text; an unknown
 * name falls back to UTF-8, which every modern export uses.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string {
  if (charset && /^(iso-?8859-1|latin-?1|windows-1252|cp1252)$/i.test(charset.trim())) return decodeWindows1252(bytes);
  if (charset) {
    try {
      return new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
