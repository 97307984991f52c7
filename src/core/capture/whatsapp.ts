/**
 * WhatsApp chat exports (.txt), as iOS writes them (`[15/03/2024, 14:23:05] Name: text`)
 * and as Android does (`15/03/2024, 14:23 - Name: text`), on 12- and 24-hour clocks
 * and in the date orders of the phone's locale.
 *
 * The times in the file are the exporting phone's wall clock, so the day written is
 * taken as the user's local day (no zone is applied). Which number is the day and which
 * the month is decided for the whole file from the evidence: a first number over 12
 * means day first, a second one over 12 means month first, and failing both, the order
 * under which the dates run forward; if nothing tells, the locale hint decides (else
 * day first) and the ambiguity is reported.
 */
import type { LocalDate } from "../shared/dates";
import { addConversation, Conversation, isMe, otherSenders, type ChatMe, type ChatSender } from "./chat-log";
import { dayNumber, formatDay, isRealDay } from "./civil";
import { appendBounded, DayBook, ReadLog } from "./day-book";
import { LineSplitter } from "./lines";
import { CAPTURE_KINDS, type CaptureExtract, type CaptureParser } from "./model";

export type DateOrder = "dmy" | "mdy";

export interface WhatsAppOptions {
  /** The user's own sender name(s) in the chat. */
  me: readonly string[];
  /** The file's name: "WhatsApp Chat with Sam.txt" names the other person of a one-to-one chat. */
  fileName?: string;
  /** Which order to read ambiguous dates in (from the user's locale); day first when not given. */
  dateOrder?: DateOrder;
}

const SPACE = "[ \\u00a0\\u202f]";
/** A message's first line: date, time (seconds and AM/PM optional), then the sender and text. */
const HEADER = new RegExp(
  `^[\\u200e\\u200f\\u202a-\\u202e]*\\[?(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{2,4})\\.?,?${SPACE}+(?:à${SPACE}+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:${SPACE}*([aApP])\\.?${SPACE}?[mM]\\.?)?\\]?(?:${SPACE}*[-–]${SPACE}|:?${SPACE})(.*)$`,
);
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Lines WhatsApp writes itself (in English), read where a sender's name would be (Android writes them without one). */
const SYSTEM =
  /end-to-end encrypted|end-to-end-verschlüsselt|cifrados de extremo a extremo|chiffrés de bout en bout|^Your security code with|created (?:the )?group|\badded\b|\bremoved\b|\bleft$|changed (?:the subject|this group's|the group|their phone number|to)|joined using this group's invite link|You're now an admin|is now an admin|^Missed (?:voice|video|group) call|^Disappearing messages|turned (?:on|off) disappearing messages|pinned a message|This chat is with a business account|^Waiting for this message/i;
/** The notice at the top of every chat, which iOS puts in the other person's name. */
const ENCRYPTION = /end-to-end|Ende-zu-Ende|extremo a extremo|bout en bout/i;
/** What a sender sent that has no words: it counts as writing, never as a snippet. */
const MEDIA =
  /^<Media omitted>$|^<attached: [^>]*>$|^(?:image|video|audio|sticker|GIF|doc(?:ument)?|Contact card|photo) omitted$|^<Medien (?:ausgeschlossen|weggelassen)>$|^<Multimedia omitido>$|^<Médias omis>$|^This message was deleted\.?$|^You deleted this message\.?$|^null$|^[^\s]+\.(?:jpe?g|png|webp|opus|mp4|pdf|vcf) \(file attached\)$/i;

/** Whether a line starts a WhatsApp message (used to tell the format from a file's first lines). */
export function isWhatsAppLine(line: string): boolean {
  return HEADER.test(line);
}

interface RawDate {
  a: number;
  b: number;
  year: number;
  /** YYYY-MM-DD order, so only one reading. */
  ymd: boolean;
  /** The first line with this date. */
  line: number;
}

interface Message {
  dayKey: string;
  sender: ChatSender;
  at: number;
  text: string;
  media: boolean;
}

/** "WhatsApp Chat with Sam Rivera.txt" → "Sam Rivera" (and the usual translations). */
export function chatNameFromFile(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.(?:txt|zip)$/i, "");
  const m = /^(?:WhatsApp Chat with|WhatsApp Chat -|WhatsApp-Chat mit|Chat de WhatsApp con|Discussion WhatsApp avec|Conversa do WhatsApp com|Chat WhatsApp con|WhatsApp-chat met)\s+(.+)$/i.exec(base);
  return m ? (m[1] as string).trim() : null;
}

function senderOf(name: string): ChatSender {
  const clean = name.replace(MARKS, "").trim();
  const phone = /^\+?[\d\s().-]{7,}$/.test(clean) ? clean : null;
  return { key: clean.toLowerCase(), name: phone ? null : clean, id: null, phone };
}

export class WhatsAppParser implements CaptureParser {
  readonly format = "whatsapp" as const;
  charsSeen = 0;
  private readonly splitter = new LineSplitter((line, number) => this.line(line, number), 16384);
  private readonly log = new ReadLog();
  private readonly conversation = new Conversation("unknown");
  private readonly rawDates = new Map<string, RawDate>();
  private readonly senders = new Map<string, ChatSender>();
  private current: Message | null = null;
  private seenHeader = false;
  private dayFirst = 0;
  private monthFirst = 0;
  private previous: RawDate | null = null;
  private backwardsIfDayFirst = 0;
  private backwardsIfMonthFirst = 0;
  private ended = false;

  constructor(private readonly options: WhatsAppOptions) {
    const partner = options.fileName ? chatNameFromFile(options.fileName) : null;
    if (partner !== null) this.conversation.partner = senderOf(partner);
  }

  push(chunk: string): void {
    this.charsSeen += chunk.length;
    this.splitter.push(chunk);
  }

  end(): CaptureExtract {
    if (!this.ended) {
      this.ended = true;
      this.splitter.end();
      this.commit();
    }
    return this.extractFor({ me: this.options.me, dateOrder: this.options.dateOrder });
  }

  /** Whether nothing in the chat tells day-first dates from month-first ones, so the order is the user's to choose. */
  get dateOrderOpen(): boolean {
    if (this.dayFirst > 0 || this.monthFirst > 0 || this.backwardsIfDayFirst !== this.backwardsIfMonthFirst) return false;
    return [...this.rawDates.values()].some((d) => !d.ymd && d.a !== d.b);
  }

  /** The same file read again with another sender as the user or another date order: nothing is re-read. */
  extractFor(choice: { me: readonly string[]; dateOrder?: DateOrder }): CaptureExtract {
    const log = this.log.copy();
    const order = this.decideOrder(choice.dateOrder, log);
    for (const [key, raw] of this.rawDates) if (this.dateOf(key, order) === null) log.bad(raw.line, "a date that doesn't fit the order of the chat's other dates");
    const me = this.whoIsMe(choice.me, log);
    const book = new DayBook();
    if (me !== null) {
      addConversation(this.conversation, me, (key) => this.dateOf(key, order), CAPTURE_KINDS.whatsapp, book);
    }
    if (!this.seenHeader) log.notice("No line reads like a WhatsApp message (a date, a time, then a name): this doesn't look like a WhatsApp chat export.");
    const senders = [...this.conversation.senders.values()].sort((a, b) => b.messages - a.messages).map((s) => s.name ?? s.phone ?? s.key);
    const meSender = me === null ? undefined : [...this.conversation.senders.values()].find((s) => isMe(s, me));
    const meName = meSender ? (meSender.name ?? meSender.phone) : null;
    return { format: "whatsapp", people: book.list(), skipped: log.skipped, malformed: log.malformed, notices: log.notices, chat: { senders, me: meName } };
  }

  private whoIsMe(names: readonly string[], log: ReadLog): ChatMe | null {
    const given: ChatMe = { names, ids: [] };
    const senders = [...this.conversation.senders.values()];
    if (senders.length === 0) return given;
    if (otherSenders(this.conversation, given).length < senders.length) return given;
    // Not given, or not a sender: a one-to-one chat named after the other person leaves one choice.
    const partner = this.conversation.partner;
    if (partner !== null && senders.length === 2) {
      const mine = senders.find((s) => s.key !== partner.key);
      if (mine && senders.some((s) => s.key === partner.key)) {
        const name = mine.name ?? mine.phone ?? mine.key;
        log.notice(`"${name}" was taken as you: the chat is with ${partner.name ?? partner.phone ?? partner.key}.`);
        return { names: [name], ids: [] };
      }
    }
    log.notice(names.length === 0 ? "Say which sender is you to capture this chat." : `None of the senders is ${names.map((n) => `"${n}"`).join(" or ")}: say which sender is you.`);
    return null;
  }

  private decideOrder(hint: DateOrder | undefined, log: ReadLog): DateOrder {
    if (this.dayFirst > 0 && this.monthFirst > 0) {
      log.notice("The dates in this chat mix day-first and month-first; they were read the way most of them are written.");
      return this.dayFirst >= this.monthFirst ? "dmy" : "mdy";
    }
    if (this.dayFirst > 0) return "dmy";
    if (this.monthFirst > 0) return "mdy";
    if (this.backwardsIfDayFirst !== this.backwardsIfMonthFirst) return this.backwardsIfDayFirst < this.backwardsIfMonthFirst ? "dmy" : "mdy";
    const anyAmbiguous = [...this.rawDates.values()].some((d) => !d.ymd && d.a !== d.b);
    const order = hint ?? "dmy";
    if (anyAmbiguous) {
      log.notice(
        order === "dmy"
          ? "The dates in this chat read both ways (day first or month first); they were read day first. Choose month first if that's how your phone writes dates."
          : "The dates in this chat read both ways (day first or month first); they were read month first. Choose day first if that's how your phone writes dates.",
      );
    }
    return order;
  }

  private dateOf(dayKey: string, order: DateOrder): LocalDate | null {
    const raw = this.rawDates.get(dayKey);
    if (!raw) return null;
    const [month, day] = raw.ymd || order === "mdy" ? [raw.a, raw.b] : [raw.b, raw.a];
    return isRealDay(raw.year, month, day) ? formatDay(dayNumber(raw.year, month, day)) : null;
  }

  private line(line: string, number: number): void {
    const m = HEADER.exec(line);
    const date = m ? this.readDate(m, number) : null;
    if (!m || date === null) {
      if (m) {
        this.commit();
        this.log.bad(number, "a message whose date or time can't be read");
        return;
      }
      if (this.current) {
        if (!this.current.media) this.current.text = appendBounded(this.current.text, `\n${line}`);
      } else if (line.replace(MARKS, "").trim() !== "" && !this.seenHeader) {
        this.log.bad(number, "text before the first message");
      }
      return;
    }
    this.commit();
    this.seenHeader = true;
    const at = this.readTime(m);
    if (at === null) {
      this.log.bad(number, "a message whose date or time can't be read");
      return;
    }
    const rest = m[9] as string;
    const colon = rest.indexOf(": ");
    if (colon <= 0 || SYSTEM.test(rest.slice(0, colon))) {
      this.log.skip("lines WhatsApp writes itself");
      return;
    }
    const text = rest.slice(colon + 2);
    const plain = text.replace(MARKS, "").trim();
    const media = MEDIA.test(plain);
    // iOS marks its own lines (and attachments) with a left-to-right mark, and puts the chat's name in front.
    if (!media && (/^[\u200e\u200f]/.test(text) || ENCRYPTION.test(plain))) {
      this.log.skip("lines WhatsApp writes itself");
      return;
    }
    const name = rest.slice(0, colon);
    let sender = this.senders.get(name);
    if (!sender) {
      sender = senderOf(name);
      // A chat has a handful of senders and thousands of messages: each name is read once.
      if (this.senders.size < 10_000) this.senders.set(name, sender);
    }
    this.current = { dayKey: date, sender, at, text: media ? "" : appendBounded("", text.replace(MARKS, "")), media };
  }

  private commit(): void {
    const message = this.current;
    if (!message) return;
    this.current = null;
    this.conversation.record(message.dayKey, message.sender, message.at, message.media ? null : message.text);
  }

  /** The day key of a header's date, gathering evidence for the date order; null when it can't be a date. */
  private readDate(m: RegExpExecArray, line: number): string | null {
    const [f1, f3] = [m[1] as string, m[4] as string];
    const n1 = Number(f1);
    const n2 = Number(m[3]);
    const n3 = Number(f3);
    let raw: RawDate;
    if (f1.length === 4) {
      raw = { a: n2, b: n3, year: n1, ymd: true, line };
      if (!isRealDay(n1, n2, n3)) return null;
    } else {
      if (f1.length > 2 || f3.length === 3 || f3.length === 1) return null;
      const year = f3.length === 2 ? 2000 + n3 : n3;
      raw = { a: n1, b: n2, year, ymd: false, line };
      const asDayFirst = isRealDay(year, n2, n1);
      const asMonthFirst = isRealDay(year, n1, n2);
      if (!asDayFirst && !asMonthFirst) return null;
      if (asDayFirst && !asMonthFirst) this.dayFirst++;
      if (asMonthFirst && !asDayFirst) this.monthFirst++;
      const previous = this.previous;
      if (previous && !previous.ymd) {
        if (asDayFirst && isRealDay(previous.year, previous.b, previous.a) && dayNumber(year, n2, n1) < dayNumber(previous.year, previous.b, previous.a)) this.backwardsIfDayFirst++;
        if (asMonthFirst && isRealDay(previous.year, previous.a, previous.b) && dayNumber(year, n1, n2) < dayNumber(previous.year, previous.a, previous.b)) this.backwardsIfMonthFirst++;
      }
    }
    this.previous = raw;
    const key = `${raw.year}|${raw.a}|${raw.b}`;
    if (!this.rawDates.has(key)) this.rawDates.set(key, raw);
    return key;
  }

  /** Seconds into the day, or null for an impossible time. */
  private readTime(m: RegExpExecArray): number | null {
    let hour = Number(m[5]);
    const minute = Number(m[6]);
    const second = m[7] === undefined ? 0 : Number(m[7]);
    const half = m[8]?.toLowerCase();
    if (minute > 59 || second > 59) return null;
    if (half !== undefined) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (half === "p" ? 12 : 0);
    } else if (hour > 23) return null;
    return (hour * 60 + minute) * 60 + second;
  }
}
