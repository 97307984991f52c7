/**
 * What every capture parser hands on: the people found in a file and, per person,
 * the days they were in touch with the user. Only a day, a kind, a direction and a
 * short snippet per person per day survive a parser; message text beyond the snippet
 * is dropped as it is read.
 */
import type { LocalDate } from "../shared/dates";
import type { TouchDirection } from "../touches/touch-line";

export type CaptureFormatId = "ics" | "whatsapp" | "telegram" | "mbox";

/** As users know each export. */
export const CAPTURE_FORMAT_LABELS: Record<CaptureFormatId, string> = {
  ics: "Calendar (.ics)",
  whatsapp: "WhatsApp chat (.txt)",
  telegram: "Telegram export (result.json)",
  mbox: "Mail (.mbox)",
};

/** The touch kind each source writes. */
export const CAPTURE_KINDS: Record<CaptureFormatId, string> = {
  ics: "meeting",
  whatsapp: "message",
  telegram: "message",
  mbox: "email",
};

/** Snippets are at most this many characters, an ellipsis included. */
export const SNIPPET_LENGTH = 80;

/** One day with one person. */
export interface CapturedDay {
  date: LocalDate;
  kind: string;
  direction: TouchDirection;
  /** The first message of the day, the event's title or the mail's subject; "" when there is none. */
  snippet: string;
  /**
   * When the day's first exchange happened, as a number that orders them (milliseconds
   * since 1970, or minutes into the day for chats): only used to pick the earliest
   * snippet when two of a person's identities meet one contact. Never written.
   */
  firstAt: number;
}

/** Someone in the file other than the user, as the file names them. */
export interface CapturedPerson {
  /** The display name, or null when the file gives only an address or an id. */
  name: string | null;
  /** Lower-case mail addresses. */
  emails: string[];
  /** Phone numbers as written (a chat sender saved under no name shows as a number). */
  phones: string[];
  /** Days with this person, newest first. */
  days: CapturedDay[];
}

/** A few places where a bad record was met, by line (or record) number: enough to find them, nothing of their text. */
export interface MalformedSummary {
  count: number;
  examples: { line: number; reason: string }[];
}

export interface CaptureExtract {
  format: CaptureFormatId;
  people: CapturedPerson[];
  /** Records passed over on purpose, by reason in words ("cancelled events": 2). */
  skipped: Record<string, number>;
  malformed: MalformedSummary;
  /** Things the user should know about how the file was read (an ambiguous date order, an unknown time zone). */
  notices: string[];
  /** For chat exports: every sender, and which one was taken as the user (null when none). */
  chat?: ChatSenders;
}

export interface ChatSenders {
  senders: string[];
  me: string | null;
}

/**
 * A parser fed text in pieces. `push` does work in proportion to the piece, so a
 * caller can read a file chunk by chunk and yield between chunks; memory stays
 * bounded by what is found (people and days), never by the size of the file.
 */
export interface CaptureParser {
  readonly format: CaptureFormatId;
  push(chunk: string): void;
  /** The file is over: what was found. */
  end(): CaptureExtract;
  /** Characters consumed so far (progress; the caller counts bytes). */
  readonly charsSeen: number;
}
