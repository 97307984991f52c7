import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CaptureExtract, CaptureFormatId, CaptureParser } from "../../../src/core/capture/model";
import { DIRECTION_MARKS } from "../../../src/core/touches/touch-line";

const DIR = join(__dirname, "../../fixtures/capture");

/** A capture fixture as text (all are UTF-8). */
export function fixture(name: string): string {
  return readFileSync(join(DIR, name), "utf8");
}

/** Feeds text to a parser in pieces of `size` characters (the whole text at once for Infinity). */
export function feed(parser: CaptureParser, text: string, size = Infinity): CaptureExtract {
  if (size === Infinity) parser.push(text);
  else for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  return parser.end();
}

/** Feeds text cut at the given offsets. */
export function feedAt(parser: CaptureParser, text: string, cuts: readonly number[]): CaptureExtract {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(from, cut));
    from = cut;
  }
  parser.push(text.slice(from));
  return parser.end();
}

/** Each person (by first address, phone or name) with their days as `YYYY-MM-DD → snippet`. */
export function daysByPerson(extract: CaptureExtract): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const person of extract.people) {
    const key = person.emails[0] ?? person.phones[0] ?? person.name ?? "?";
    out[key] = person.days.map((d) => `${d.date} ${DIRECTION_MARKS[d.direction]}${d.snippet ? ` ${d.snippet}` : ""}`);
  }
  return out;
}

/** Every capture fixture with its format. */
export const CAPTURE_FIXTURES: [string, CaptureFormatId][] = [
  ["google.ics", "ics"],
  ["apple.ics", "ics"],
  ["outlook.ics", "ics"],
  ["whatsapp-ios-group-uk.txt", "whatsapp"],
  ["whatsapp-android-us.txt", "whatsapp"],
  ["whatsapp-android-de.txt", "whatsapp"],
  ["whatsapp-android-ca.txt", "whatsapp"],
  ["telegram-single.json", "telegram"],
  ["telegram-full.json", "telegram"],
  ["gmail.mbox", "mbox"],
];
