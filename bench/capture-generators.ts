/**
 * Seeded generators of large exports for the capture benchmark (and, small, for the
 * tests that count the parsers' work): an .mbox of a chosen size and a WhatsApp chat
 * of a chosen number of messages. They yield the file in pieces, one message at a
 * time, so a 100 MB file never has to be in memory to be read.
 */
import { rng } from "./vault-generator";

const PEOPLE = ["Sam Rivera", "Zoë Martin", "Priya Shah", "Jordan Park", "Kenji Watanabe", "Amara Okafor", "Lina Haddad", "Teo Novak", "Mei Chen", "Omar Levi", "Rosa Costa", "Finn Berg"];
const WORDS = ("hello thanks meeting lunch next week friday project draft photos trip plans book coffee call later tomorrow great idea " + "sounds good see you soon let me know the kids weekend tickets concert dinner birthday congrats news").split(" ");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, WORDS));
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function addressOf(name: string): string {
  return `${name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, ".")}@mail.example`;
}

/** The user of the generated files. */
export const GENERATED_ME = { name: "Alex Morgan", email: "alex@me.example" };

/** An mbox of about `targetBytes` bytes (UTF-8), one message per piece: mail to and from a dozen people over the years, with list mail and quoted "From " lines in bodies. */
export function* generateMbox(targetBytes: number, seed = 17): Generator<string> {
  const rand = rng(seed);
  const encoder = new TextEncoder();
  let bytes = 0;
  let instant = Date.UTC(2015, 0, 1);
  for (let n = 0; bytes < targetBytes; n++) {
    instant += Math.floor(rand() * 4 * 3_600_000);
    const date = new Date(instant);
    const stamp = `${WEEKDAYS[Math.floor(instant / 86_400_000) % 7]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00 +0000`;
    const person = pick(rand, PEOPLE);
    const sent = rand() < 0.4;
    const list = rand() < 0.15;
    const from = sent ? `${GENERATED_ME.name} <${GENERATED_ME.email}>` : list ? "Newsletter <news@list.example>" : `${person} <${addressOf(person)}>`;
    const to = sent ? `${person} <${addressOf(person)}>` : `${GENERATED_ME.name} <${GENERATED_ME.email}>`;
    const body: string[] = [];
    const lines = 10 + Math.floor(rand() * 40);
    for (let i = 0; i < lines; i++) body.push(i % 17 === 16 ? `>From the last message: ${sentence(rand, 8)}` : sentence(rand, 6 + Math.floor(rand() * 10)));
    const message =
      `From ${1_700_000_000_000 + n}@xxx ${stamp}\n` +
      `X-Gmail-Labels: ${sent ? "Sent" : "Inbox"}\nFrom: ${from}\nTo: ${to}\n` +
      (list ? "List-Id: <news.list.example>\n" : "") +
      `Subject: =?UTF-8?Q?${encodeURIComponent(sentence(rand, 4)).replace(/%/g, "=").replace(/=20/g, "_")}?=\nDate: ${stamp}\nContent-Type: text/plain; charset="UTF-8"\n\n` +
      `${body.join("\n")}\n\n`;
    bytes += encoder.encode(message).length;
    yield message;
  }
}

/** A one-to-one WhatsApp chat (Android, day first, 24-hour clock) of `messages` messages, one per piece, some over several lines. */
export function* generateWhatsApp(messages: number, seed = 17, partner = "Sam Rivera"): Generator<string> {
  const rand = rng(seed);
  let minutes = 0;
  yield "01/01/2018, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n";
  for (let n = 0; n < messages; n++) {
    minutes += Math.floor(rand() * 180);
    const date = new Date(Date.UTC(2018, 0, 1) + minutes * 60_000);
    const who = rand() < 0.5 ? GENERATED_ME.name : partner;
    const text = rand() < 0.05 ? "<Media omitted>" : rand() < 0.1 ? `${sentence(rand, 8)}\n${sentence(rand, 5)}` : sentence(rand, 3 + Math.floor(rand() * 12));
    yield `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} - ${who}: ${text}\n`;
  }
}
