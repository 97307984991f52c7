/**
 * Mail from an .mbox file (Gmail Takeout, Thunderbird; a single .eml reads too): each
 * message from or to someone is a touch with them on its day in the user's time zone.
 * Only headers are read; bodies are passed over line by line and never kept.
 *
 * Rules:
 * - The user sent it (From is one of their addresses): → with every recipient.
 *   Someone else sent it: ← with the sender only (others copied in were not addressed
 *   by the user). Mail both ways with one person on one day is one touch ↔.
 * - Mailing lists and newsletters (List-Id, List-Unsubscribe, Precedence bulk/list),
 *   automatic replies (Auto-Submitted), Gmail's spam, and messages with more than
 *   `maxPeople` recipients don't count.
 * - The subject (without Re:/Fwd:) is the snippet.
 */
import { DayBook, ReadLog, snippetOf } from "./day-book";
import { formatDay } from "./civil";
import { LineSplitter } from "./lines";
import { decodeWords, parseAddressList, parseMailDate, parseSeparatorDate, plainSubject, type MailAddress } from "./mail-headers";
import { CAPTURE_KINDS, type CaptureExtract, type CaptureParser } from "./model";
import { dayInZone } from "./zones";

export interface MboxOptions {
  /** The user's IANA time zone. */
  zone: string;
  /** The user's own addresses: mail from them is the user's. */
  ownEmails: readonly string[];
  /** Messages with more recipients than this are skipped. */
  maxPeople: number;
}

const WANTED = new Set(["from", "to", "cc", "bcc", "date", "subject", "list-id", "list-unsubscribe", "precedence", "auto-submitted", "x-gmail-labels"]);
/** The longest header kept; a longer recipient list is over any sensible limit anyway. */
const MAX_HEADER = 65536;

interface Draft {
  line: number;
  separatorDate: number | null;
  headers: Map<string, string>;
  cut: Set<string>;
}

export class MboxParser implements CaptureParser {
  readonly format = "mbox" as const;
  charsSeen = 0;
  private readonly splitter = new LineSplitter((line, number) => this.line(line, number), MAX_HEADER);
  private readonly log = new ReadLog();
  private readonly book = new DayBook();
  private readonly own: Set<string>;
  private draft: Draft | null = null;
  private inHeaders = false;
  private header: string | null = null;
  private previousBlank = true;
  private messages = 0;

  constructor(private readonly options: MboxOptions) {
    this.own = new Set(options.ownEmails.map((e) => e.trim().toLowerCase()));
  }

  push(chunk: string): void {
    this.charsSeen += chunk.length;
    this.splitter.push(chunk);
  }

  end(): CaptureExtract {
    this.splitter.end();
    this.finish();
    if (this.messages === 0) this.log.notice("No mail messages were found: this doesn't look like an .mbox file.");
    if (this.own.size === 0) this.log.notice("Without your own address, mail you sent can't be told from mail you received.");
    return { format: "mbox", people: this.book.list(), skipped: this.log.skipped, malformed: this.log.malformed, notices: this.log.notices };
  }

  private line(line: string, number: number): void {
    const blank = line === "";
    if (line.startsWith("From ") && this.previousBlank) {
      this.finish();
      this.start(number, parseSeparatorDate(line));
    } else if (this.inHeaders && this.draft) {
      this.headerLine(line);
    } else if (!this.draft && !blank && this.messages === 0 && /^[A-Za-z][A-Za-z0-9-]*:/.test(line)) {
      // A single message saved as a file (.eml) has no separator line.
      this.start(number, null);
      this.headerLine(line);
    }
    this.previousBlank = blank;
  }

  private start(line: number, separatorDate: number | null): void {
    this.draft = { line, separatorDate, headers: new Map(), cut: new Set() };
    this.inHeaders = true;
    this.header = null;
    this.messages++;
  }

  private headerLine(line: string): void {
    const draft = this.draft as Draft;
    if (line === "") {
      this.inHeaders = false;
      return;
    }
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (this.header === null) return;
      const value = draft.headers.get(this.header) ?? "";
      if (value.length + line.length > MAX_HEADER) draft.cut.add(this.header);
      else draft.headers.set(this.header, `${value} ${line.trim()}`);
      return;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : "";
    this.header = WANTED.has(name) ? name : null;
    // The first of a repeated header counts, as mail readers show it.
    if (this.header !== null && !draft.headers.has(this.header)) draft.headers.set(this.header, line.slice(colon + 1).trim());
    else this.header = null;
  }

  private finish(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = null;
    this.inHeaders = false;
    const h = draft.headers;
    if (h.has("list-id") || h.has("list-unsubscribe") || /^(?:bulk|list|junk)$/i.test(h.get("precedence") ?? "") || /^(?!no\b)\S/i.test(h.get("auto-submitted") ?? "")) {
      return this.log.skip("mailing lists, newsletters and automatic mail");
    }
    if (/(?:^|,)\s*(?:Spam|Junk)\s*(?:,|$)/i.test(h.get("x-gmail-labels") ?? "")) return this.log.skip("spam");
    const from = parseAddressList(h.get("from") ?? "")[0];
    if (!from) return this.log.bad(draft.line, "a message without a sender");
    const instant = parseMailDate(h.get("date") ?? "") ?? draft.separatorDate;
    if (instant === null) return this.log.bad(draft.line, "a message without a readable date");
    const recipients = new Map<string, MailAddress>();
    for (const key of ["to", "cc", "bcc"]) for (const a of parseAddressList(h.get(key) ?? "")) if (!recipients.has(a.address)) recipients.set(a.address, a);
    if (recipients.size > this.options.maxPeople || ["to", "cc", "bcc"].some((k) => draft.cut.has(k))) {
      return this.log.skip(`messages to more than ${this.options.maxPeople} people`);
    }
    const date = formatDay(dayInZone(instant, this.options.zone));
    const snippet = snippetOf(plainSubject(decodeWords(h.get("subject") ?? "")));
    const add = (person: MailAddress, direction: "in" | "out"): void => {
      this.book.add(person.address, { name: person.name, emails: [person.address], phones: [] }, { date, kind: CAPTURE_KINDS.mbox, direction, snippet, firstAt: instant });
    };
    if (this.own.has(from.address)) {
      const others = [...recipients.values()].filter((r) => !this.own.has(r.address));
      if (others.length === 0) return this.log.skip("mail to yourself");
      for (const r of others) add(r, "out");
    } else {
      add(from, "in");
    }
  }
}
