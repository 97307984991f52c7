/**
 * Capture: touches from files people already export (calendar .ics, WhatsApp .txt,
 * Telegram result.json, mail .mbox), proposed for review. Pure: no Obsidian, no files.
 *
 * How a caller (the plugin's command, the terminal's `capture`) uses it:
 *
 *   1. `detectCaptureFormat(firstBytes, fileName)` → `{ kind: "format", format }`, or
 *      `{ kind: "other", looksLike, advice }` to show when the file is something else.
 *   2. `const parser = createCaptureParser(format, settings)`; `const decoder = new ChunkDecoder()`;
 *      for each chunk of bytes: `parser.push(decoder.decode(chunk))` (await between
 *      chunks to keep the app responsive: a push does work in proportion to its chunk);
 *      progress is `decoder.bytesSeen / size`. Then `parser.push(decoder.end())` and
 *      `const extract = parser.end()`.
 *   3. For chats, `extract.chat` lists the senders and which one was taken as the user;
 *      when it is null (or wrong), ask, then `parser.extractFor({ me: [name] })` reads the
 *      kept days again without reading the file (WhatsApp also takes `dateOrder`).
 *   4. `planCapture(extract, contacts, today)` → per contact the new touches (newest
 *      first, each a `Touch` for `formatTouchLine`), `checked` false for `capture: never`,
 *      the people to create and the ambiguous ones, skipped counts by reason (days that
 *      already have a touch included), unreadable records with line numbers, notices.
 *   5. `formatProposalLines(plan)` (the dry run: `YYYY-MM-DD  Name  →`) and
 *      `formatCaptureSummary(plan)` print the same plan the review shows.
 *
 * Only dates, kinds, directions and snippets (at most SNIPPET_LENGTH characters) leave
 * a parser; message text beyond the snippet and mail bodies are dropped as they are read.
 */
import { CalendarParser } from "./calendar";
import type { CaptureFormatId, CaptureParser } from "./model";
import { MboxParser } from "./mbox";
import { TelegramParser } from "./telegram";
import { WhatsAppParser, type DateOrder } from "./whatsapp";

export { CalendarParser, type CalendarOptions } from "./calendar";
export { ChunkDecoder } from "./decode";
export { detectCaptureFormat, DETECT_BYTES, type Detection } from "./detect";
export { formatCaptureSummary, formatProposalLines } from "./dry-run";
export { MboxParser, type MboxOptions } from "./mbox";
export { CAPTURE_FORMAT_LABELS, CAPTURE_KINDS, SNIPPET_LENGTH, type CaptureExtract, type CaptureFormatId, type CaptureParser, type CapturedDay, type CapturedPerson } from "./model";
export { AFTER_TODAY, ALREADY_LOGGED, planCapture, type AmbiguousPerson, type CaptureContact, type CapturePlan, type FoundPerson, type ProposedContact } from "./plan";
export { TelegramParser, type TelegramOptions } from "./telegram";
export { chatNameFromFile, WhatsAppParser, type DateOrder, type WhatsAppOptions } from "./whatsapp";

/** What every parser may need; each takes the parts it uses. */
export interface CaptureSettings {
  /** The user's IANA time zone (Intl's resolved zone on their device). */
  zone: string;
  /** The present moment, in milliseconds since 1970: calendar events after it don't count. */
  now: number;
  /** The user's own mail addresses (calendar and mail). */
  ownEmails: readonly string[];
  /** The user's own sender name(s) in chats. */
  me: readonly string[];
  /** The user's own Telegram id, when known. */
  meIds?: readonly string[];
  /** Events and mail with more people than this don't count (default 10). */
  maxPeople?: number;
  /** Whether event titles become the touch's note (default true). */
  titles?: boolean;
  /** The file's name (WhatsApp names the chat's other person in it). */
  fileName?: string;
  /** The order the user's locale writes dates in, for WhatsApp dates that read both ways. */
  dateOrder?: DateOrder;
}

export const DEFAULT_MAX_PEOPLE = 10;

export type AnyCaptureParser = CalendarParser | WhatsAppParser | TelegramParser | MboxParser;

/** The parser for a format, set up from the settings. */
export function createCaptureParser(format: CaptureFormatId, settings: CaptureSettings): AnyCaptureParser & CaptureParser {
  const maxPeople = settings.maxPeople ?? DEFAULT_MAX_PEOPLE;
  switch (format) {
    case "ics":
      return new CalendarParser({ zone: settings.zone, now: settings.now, ownEmails: settings.ownEmails, titles: settings.titles ?? true, maxPeople });
    case "whatsapp":
      return new WhatsAppParser({ me: settings.me, fileName: settings.fileName, dateOrder: settings.dateOrder });
    case "telegram":
      return new TelegramParser({ me: settings.me, meIds: settings.meIds, zone: settings.zone });
    case "mbox":
      return new MboxParser({ zone: settings.zone, ownEmails: settings.ownEmails, maxPeople });
  }
}
