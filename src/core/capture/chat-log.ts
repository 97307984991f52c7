/**
 * What a chat export leaves after reading: per conversation, per day and per sender,
 * when they first wrote and the start of their first message. That is all that is
 * kept of the messages, and it is enough to say who was in touch with whom each day
 * once the user's own sender is known.
 *
 * Rules:
 * - One-to-one chat: a day with messages is a touch with the other person. Both wrote
 *   ↔; only they wrote ←; only the user wrote →. (Who wrote first decides only the
 *   snippet: the first message of the day from either of them.)
 * - A call (Telegram writes answered calls down) makes that day's touch a *call*.
 * - Group chat: a day counts for each participant who wrote that day, but only on
 *   days the user wrote too, and then ↔: a group message isn't addressed to anyone in
 *   particular, so reading along is not a touch, and the user writing alone touches no
 *   one person.
 */
import { nameKey } from "../import/name-match";
import type { LocalDate } from "../shared/dates";
import type { TouchDirection } from "../touches/touch-line";
import { CALL_KIND, DayBook, snippetOf } from "./day-book";

export interface ChatSender {
  /** Tells senders apart: the export's id, else the name as written. */
  key: string;
  name: string | null;
  /** The export's own id for the sender ("user123456"), when it has one. */
  id: string | null;
  /** A phone number, when the sender is shown as one (saved under no name). */
  phone: string | null;
}

interface SenderDay {
  /** When they first wrote that day: a number that orders the day's messages. */
  firstAt: number;
  /** Their first message with words (media has none), and when it was written. */
  text: string;
  textAt: number;
}

export type ConversationKind = "personal" | "group" | "unknown";

/** Who the user is among a chat's senders: any of these names (spelled any way) or ids. */
export interface ChatMe {
  names: readonly string[];
  ids: readonly string[];
}

export class Conversation {
  readonly senders = new Map<string, ChatSender & { messages: number }>();
  readonly days = new Map<string, Map<string, SenderDay>>();
  /** Days with a call in them. */
  readonly callDays = new Set<string>();

  /**
   * @param kind a group, a one-to-one chat, or unknown (then two senders or fewer make it one-to-one)
   * @param partner for a one-to-one chat, the other person as the export names the chat
   */
  constructor(
    public kind: ConversationKind,
    public partner: ChatSender | null = null,
  ) {}

  /** A call, placed by `sender`: on that day they reached out, and the day's touch is a call. */
  recordCall(dayKey: string, sender: ChatSender, at: number): void {
    this.record(dayKey, sender, at, null);
    this.callDays.add(dayKey);
  }

  /** A message: its day (as the parser keys days), sender, order within the day and text (null for media). */
  record(dayKey: string, sender: ChatSender, at: number, text: string | null): void {
    const known = this.senders.get(sender.key);
    if (known) {
      known.messages++;
      if (known.name === null) known.name = sender.name;
    } else {
      this.senders.set(sender.key, { ...sender, messages: 1 });
    }
    let day = this.days.get(dayKey);
    if (!day) {
      day = new Map();
      this.days.set(dayKey, day);
    }
    const entry = day.get(sender.key);
    if (!entry) {
      const words = text === null ? "" : snippetOf(text);
      day.set(sender.key, { firstAt: at, text: words, textAt: words === "" ? Infinity : at });
      return;
    }
    if (at < entry.firstAt) entry.firstAt = at;
    // Only a message earlier than the kept one can replace its snippet: most messages of a day never need one.
    if (text !== null && at < entry.textAt) {
      const words = snippetOf(text);
      if (words !== "") {
        entry.text = words;
        entry.textAt = at;
      }
    }
  }
}

/** Whether a sender is the user. */
export function isMe(sender: ChatSender, me: ChatMe): boolean {
  if (sender.id !== null && me.ids.includes(sender.id)) return true;
  if (sender.phone !== null) {
    const digits = sender.phone.replace(/\D/g, "");
    if (me.names.some((n) => n.replace(/\D/g, "") === digits)) return true;
  }
  if (sender.name === null) return false;
  const key = nameKey(sender.name);
  return key !== "" && me.names.some((n) => nameKey(n) === key);
}

/** The senders other than the user, most messages first. */
export function otherSenders(conversation: Conversation, me: ChatMe): (ChatSender & { messages: number })[] {
  return [...conversation.senders.values()].filter((s) => !isMe(s, me)).sort((a, b) => b.messages - a.messages);
}

/**
 * The touches of one conversation, into `book`: per person and day, with the rules
 * above. `dateOf` turns the parser's day keys into dates (null drops the day).
 */
export function addConversation(conversation: Conversation, me: ChatMe, dateOf: (dayKey: string) => LocalDate | null, kind: string, book: DayBook): void {
  const mine = [...conversation.senders.values()].filter((s) => isMe(s, me)).map((s) => s.key);
  const others = otherSenders(conversation, me);
  const group = conversation.kind === "group" || (conversation.kind === "unknown" && others.length > 1);
  const partner = group ? null : (others[0] ?? conversation.partner);
  if (!group && partner === null) return;
  for (const [dayKey, day] of conversation.days) {
    const date = dateOf(dayKey);
    if (date === null) continue;
    const dayKind = !group && conversation.callDays.has(dayKey) ? CALL_KIND : kind;
    const user = pickEarliest(mine.map((k) => day.get(k)));
    if (group) {
      if (!user) continue;
      for (const other of others) {
        const theirs = day.get(other.key);
        if (theirs) addDay(book, other, date, dayKind, "mutual", user, theirs);
      }
    } else if (partner) {
      const theirs = day.get(partner.key);
      if (!user && !theirs) continue;
      const direction: TouchDirection = user && theirs ? "mutual" : user ? "out" : "in";
      addDay(book, partner, date, dayKind, direction, user, theirs);
    }
  }
}

function pickEarliest(entries: (SenderDay | undefined)[]): SenderDay | undefined {
  let best: SenderDay | undefined;
  for (const entry of entries) {
    if (!entry) continue;
    if (!best) best = { ...entry };
    else {
      best.firstAt = Math.min(best.firstAt, entry.firstAt);
      if (entry.textAt < best.textAt) {
        best.text = entry.text;
        best.textAt = entry.textAt;
      }
    }
  }
  return best;
}

function addDay(book: DayBook, person: ChatSender, date: LocalDate, kind: string, direction: TouchDirection, user: SenderDay | undefined, theirs: SenderDay | undefined): void {
  const firstAt = Math.min(user?.firstAt ?? Infinity, theirs?.firstAt ?? Infinity);
  const userText = user?.textAt ?? Infinity;
  const theirText = theirs?.textAt ?? Infinity;
  const snippet = userText === Infinity && theirText === Infinity ? "" : userText < theirText ? (user as SenderDay).text : (theirs as SenderDay).text;
  book.add(person.key, { name: person.name, emails: [], phones: person.phone ? [person.phone] : [] }, { date, kind, direction, snippet, firstAt });
}
