/**
 * The one rule for every file name the plugin makes from what a person typed or an
 * export holds (a new contact, an imported person, a dropped file): a name every
 * system Obsidian runs on can hold, and a [[link]] can reach.
 */

/** Characters that can't be in a file name on some system, control characters, or ones that break a [[link]] to it. */
const UNSAFE = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/** Windows keeps these for devices, alone or before any extension (`CON`, `nul.txt`, `Aux.Smith`), in any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Dots and spaces at either end: a leading dot hides a file in Obsidian, and Windows and iCloud drop trailing ones. */
const ENDS = /^[\s.]+|[\s.]+$/g;

/** Room for the extension and a " 2" to tell two files apart, inside the 255 bytes most file systems allow. */
const MAX_BYTES = 200;

/** What was typed, with what can't be in a name turned to spaces and runs of spaces made one. */
function tidied(text: string): string {
  return text.normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}

/** Cut at a character boundary so the name is at most `MAX_BYTES` bytes in UTF-8. */
function cutToBytes(name: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= MAX_BYTES) return name;
  let bytes = 0;
  let cut = "";
  for (const char of name) {
    bytes += encoder.encode(char).length;
    if (bytes > MAX_BYTES) break;
    cut += char;
  }
  return cut;
}

function stemOf(name: string): string {
  const dot = name.indexOf(".");
  return (dot < 0 ? name : name.slice(0, dot)).trim();
}

/**
 * A safe file name (without its extension) for a name: characters a file name or a
 * link can't hold become spaces, and only then are dots and spaces taken off both
 * ends, so `../Sam Rivera` is `Sam Rivera`, not ` Sam Rivera`. A name Windows keeps
 * for itself gets " (contact)" after it. Empty when nothing usable is left.
 */
export function safeFileName(text: string): string {
  const name = cutToBytes(tidied(text)).replace(ENDS, "");
  if (name === "") return "";
  const stem = stemOf(name);
  return RESERVED.test(stem) ? `${stem} (contact)${name.slice(name.indexOf(stem) + stem.length)}` : name;
}

/** Why the safe name differs from what was typed, in words for a notice; null when only spacing changed. */
export function fileNameChange(typed: string): string | null {
  const tidy = tidied(typed);
  const cut = cutToBytes(tidy);
  const bare = cut.replace(ENDS, "");
  const stem = stemOf(bare);
  if (bare !== "" && RESERVED.test(stem)) return `Windows keeps the name ${stem} for itself`;
  if (cut !== tidy) return "a note name can't be that long";
  const unsafe = new RegExp(UNSAFE.source, "u").test(typed.normalize("NFC"));
  const ends = bare !== cut;
  if (unsafe && ends) return "a note name can't hold some characters, nor start or end with a dot or a space";
  if (unsafe) return "a note name can't hold some characters";
  if (ends) return "a note name can't start or end with a dot or a space";
  return null;
}
