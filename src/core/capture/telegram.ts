/**
 * Telegram Desktop's JSON export (`result.json`): one chat (`name`, `type`, `id`,
 * `messages`) or the whole account (`personal_information` and `chats.list[]`, each a
 * chat). Read as a stream: only the few fields of each message that matter are kept,
 * and a message's text only up to what a snippet needs.
 *
 * A message's `date` is the exporting computer's wall clock, so its day is taken as the
 * user's local day; `date_unixtime` is read in the user's zone only when `date` is
 * missing. A phone call that was answered is a *call* that day, from whoever called;
 * other service messages (joins, pins, missed calls) don't count, nor do chats with
 * bots, channels and saved messages. One-to-one and group chats follow the chat rules.
 */
import { addConversation, Conversation, isMe, type ChatMe, type ChatSender, type ConversationKind } from "./chat-log";
import { formatDay } from "./civil";
import { appendBounded, DayBook, ReadLog } from "./day-book";
import { JsonScanner, type JsonHandler } from "./json-scanner";
import { CAPTURE_KINDS, type CaptureExtract, type CaptureParser } from "./model";
import { dayInZone } from "./zones";

export interface TelegramOptions {
  /** The user's own name(s) as Telegram shows them. */
  me: readonly string[];
  /** The user's own ids ("user123456" or "123456"), when known. */
  meIds?: readonly string[];
  /** The user's IANA zone, for messages that only carry a Unix time. */
  zone: string;
}

interface Frame {
  kind: "o" | "a";
  /** The key this container sits under in its parent object (null in an array or at the top). */
  key: string | null;
  /** For objects: the key whose value comes next. */
  current: string | null;
}

interface Chat {
  name: string | null;
  type: string | null;
  id: string | null;
  conversation: Conversation | null;
  depth: number;
}

interface MessageDraft {
  line: number;
  depth: number;
  type: string | null;
  date: string | null;
  unixtime: string | null;
  from: string | null;
  fromId: string | null;
  /** Service messages: what happened (`phone_call`), who did it, and a call's length and end. */
  action: string | null;
  actor: string | null;
  actorId: string | null;
  duration: number | null;
  text: string;
  textDepth: number;
}

const LOCAL_DATE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})/;

function personalId(id: string): string {
  return /^\d+$/.test(id) ? `user${id}` : id;
}

export class TelegramParser implements CaptureParser, JsonHandler {
  readonly format = "telegram" as const;
  charsSeen = 0;
  private readonly scanner = new JsonScanner(this, 256);
  private readonly log = new ReadLog();
  private readonly stack: Frame[] = [];
  private readonly chats: Chat[] = [];
  private readonly chatStack: Chat[] = [];
  private message: MessageDraft | null = null;
  private userId: string | null = null;
  private sawMessages = false;
  private ended = false;

  constructor(private readonly options: TelegramOptions) {}

  push(chunk: string): void {
    this.charsSeen += chunk.length;
    this.scanner.push(chunk);
  }

  end(): CaptureExtract {
    if (!this.ended) {
      this.ended = true;
      this.scanner.end();
      const error = this.scanner.error;
      if (error) this.log.bad(error.line, this.sawMessages ? "the file stops being valid JSON here (it may be cut short); what came before is kept" : "this is not valid JSON");
    }
    return this.extractFor({ me: this.options.me, meIds: this.options.meIds });
  }

  /** The same export read again with another sender as the user: nothing is re-read. */
  extractFor(choice: { me: readonly string[]; meIds?: readonly string[] }): CaptureExtract {
    const log = this.log.copy();
    const me: ChatMe = { names: choice.me, ids: [...(choice.meIds ?? []).map(personalId), ...(this.userId ? [personalId(this.userId)] : [])] };
    const conversations = this.chats.map((c) => c.conversation).filter((c): c is Conversation => c !== null);
    const known = me.ids.length > 0 || conversations.some((c) => [...c.senders.values()].some((s) => isMe(s, me)));
    if (!known) {
      const inferred = this.inferMe();
      if (inferred) {
        me.ids = [...me.ids, inferred.id];
        log.notice(`"${inferred.name}" was taken as you: the one-to-one chats are with others.`);
      }
    }
    const found = me.ids.length > 0 || conversations.some((c) => [...c.senders.values()].some((s) => isMe(s, me)));
    if (!found) log.notice(choice.me.length === 0 ? "Say which sender is you to capture this export." : `None of the senders is ${choice.me.map((n) => `"${n}"`).join(" or ")}: say which sender is you.`);
    const book = new DayBook();
    if (found) for (const conversation of conversations) addConversation(conversation, me, (key) => key, CAPTURE_KINDS.telegram, book);
    if (!this.sawMessages) log.notice("No messages were found: this doesn't look like a Telegram export (result.json).");
    const senders = new Map<string, { name: string; messages: number }>();
    for (const conversation of conversations) {
      for (const s of conversation.senders.values()) {
        const entry = senders.get(s.key);
        if (entry) entry.messages += s.messages;
        else senders.set(s.key, { name: s.name ?? s.key, messages: s.messages });
      }
    }
    const list = [...senders.entries()].sort((a, b) => b[1].messages - a[1].messages);
    const meEntry = list.find(([key, s]) => isMe({ key, name: s.name, id: key, phone: null }, me));
    return {
      format: "telegram",
      people: book.list(),
      skipped: log.skipped,
      malformed: log.malformed,
      notices: log.notices,
      chat: { senders: list.map(([, s]) => s.name), me: meEntry ? meEntry[1].name : null },
    };
  }

  /** In a one-to-one chat, the sender who isn't the chat's other person is the user. */
  private inferMe(): { id: string; name: string } | null {
    for (const chat of this.chats) {
      const conversation = chat.conversation;
      if (!conversation || conversation.kind !== "personal" || !conversation.partner) continue;
      const partnerKey = conversation.partner.key;
      const mine = [...conversation.senders.values()].find((s) => s.key !== partnerKey);
      if (mine && mine.id) return { id: mine.id, name: mine.name ?? mine.id };
    }
    return null;
  }

  // JsonHandler

  startObject(line: number): void {
    const parent = this.stack[this.stack.length - 1];
    const key = parent?.kind === "o" ? parent.current : null;
    const grand = this.stack[this.stack.length - 2];
    this.stack.push({ kind: "o", key, current: null });
    const depth = this.stack.length;
    if (parent?.kind === "a" && parent.key === "messages" && this.chatStack.length > 0 && !this.message) {
      this.message = { line, depth, type: null, date: null, unixtime: null, from: null, fromId: null, action: null, actor: null, actorId: null, duration: null, text: "", textDepth: -1 };
      return;
    }
    // A chat: the whole file, or an entry of a `list` of chats.
    if (depth === 1 || (parent?.kind === "a" && parent.key === "list" && (grand?.key === "chats" || grand?.key === "left_chats"))) {
      this.chatStack.push({ name: null, type: null, id: null, conversation: null, depth });
    }
  }

  endObject(): void {
    const depth = this.stack.length;
    this.stack.pop();
    if (this.message && this.message.depth === depth) {
      const message = this.message;
      this.message = null;
      this.finishMessage(message);
      return;
    }
    const chat = this.chatStack[this.chatStack.length - 1];
    if (chat && chat.depth === depth) {
      this.chatStack.pop();
      this.finishChat(chat);
    }
  }

  startArray(): void {
    const parent = this.stack[this.stack.length - 1];
    const key = parent?.kind === "o" ? parent.current : null;
    this.stack.push({ kind: "a", key, current: null });
    const chat = this.chatStack[this.chatStack.length - 1];
    if (key === "messages" && chat && chat.depth === this.stack.length - 1) {
      this.sawMessages = true;
      chat.conversation ??= new Conversation("unknown");
    }
    if (this.message && key === "text" && this.stack.length === this.message.depth + 1) this.message.textDepth = this.stack.length;
  }

  endArray(): void {
    if (this.message && this.message.textDepth === this.stack.length) this.message.textDepth = -1;
    this.stack.pop();
  }

  key(name: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.current = name;
  }

  value(value: string | number | boolean | null): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const depth = this.stack.length;
    const message = this.message;
    if (message) {
      if (depth === message.depth && top.kind === "o") this.messageField(message, top.current, value);
      // Text as an array: plain strings, and entity objects' `text`.
      else if (message.textDepth !== -1 && typeof value === "string") {
        if ((depth === message.textDepth && top.kind === "a") || (depth === message.textDepth + 1 && top.kind === "o" && top.current === "text")) {
          message.text = appendBounded(message.text, value);
        }
      }
      return;
    }
    const chat = this.chatStack[this.chatStack.length - 1];
    if (chat && depth === chat.depth && top.kind === "o") {
      const text = value === null ? null : String(value);
      if (top.current === "name") chat.name = text;
      else if (top.current === "type") chat.type = text;
      else if (top.current === "id") chat.id = text;
    }
    if (top.current === "user_id" && top.key === "personal_information" && depth === 2 && value !== null) this.userId = String(value);
  }

  private messageField(message: MessageDraft, key: string | null, value: string | number | boolean | null): void {
    const text = value === null ? null : String(value);
    switch (key) {
      case "type":
        message.type = text;
        break;
      case "date":
        message.date = text;
        break;
      case "date_unixtime":
        message.unixtime = text;
        break;
      case "from":
        message.from = text;
        break;
      case "from_id":
        message.fromId = text;
        break;
      case "action":
        message.action = text;
        break;
      case "actor":
        message.actor = text;
        break;
      case "actor_id":
        message.actorId = text;
        break;
      case "duration_seconds":
        message.duration = typeof value === "number" ? value : null;
        break;
      case "text":
        if (typeof value === "string") message.text = appendBounded("", value);
        break;
    }
  }

  private finishMessage(message: MessageDraft): void {
    const chat = this.chatStack[this.chatStack.length - 1];
    const conversation = chat?.conversation;
    if (!conversation) return;
    const call = message.type === "service" && message.action === "phone_call";
    if (call && !(message.duration !== null && message.duration > 0)) {
      this.log.skip("missed and declined calls");
      return;
    }
    if (message.type !== "message" && !call) {
      this.log.skip(message.type === "service" ? "service messages (joins, pins, group calls)" : "messages of an unknown type");
      return;
    }
    let dayKey: string | null = null;
    let at = 0;
    const local = message.date === null ? null : LOCAL_DATE.exec(message.date);
    if (local) {
      dayKey = local[1] as string;
      at = (Number(local[2]) * 60 + Number(local[3])) * 60 + Number(local[4]);
    } else if (message.unixtime !== null && /^\d+$/.test(message.unixtime)) {
      const instant = Number(message.unixtime) * 1000;
      const day = dayInZone(instant, this.options.zone);
      dayKey = formatDay(day);
      at = Math.floor((instant - day * 86_400_000) / 1000);
    }
    if (dayKey === null) {
      this.log.bad(message.line, "a message without a readable date");
      return;
    }
    // A call is "written" by whoever placed it; it has no words for a snippet.
    const from = call ? message.actor : message.from;
    const fromId = call ? message.actorId : message.fromId;
    if (from === null) {
      if (fromId === null) this.log.bad(message.line, call ? "a call without a caller" : "a message without a sender");
      else this.log.skip("messages from deleted accounts");
      return;
    }
    const sender: ChatSender = { key: fromId ?? `name:${from}`, name: from, id: fromId, phone: null };
    if (call) conversation.recordCall(dayKey, sender, at);
    else conversation.record(dayKey, sender, at, message.text.trim() === "" ? null : message.text);
  }

  private finishChat(chat: Chat): void {
    const conversation = chat.conversation;
    if (!conversation) return;
    const kind = kindOf(chat.type);
    if (kind === null) {
      this.log.skip("chats with bots, channels and saved messages");
      return;
    }
    conversation.kind = kind;
    if (kind === "personal" && chat.id !== null) conversation.partner = { key: personalId(chat.id), name: chat.name, id: personalId(chat.id), phone: null };
    this.chats.push(chat);
  }
}

function kindOf(type: string | null): ConversationKind | null {
  if (type === null) return "unknown";
  if (type === "personal_chat") return "personal";
  if (/group/.test(type)) return "group";
  return null;
}
