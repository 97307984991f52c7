import type { LocalDate } from "../shared/dates";
import { linksInText } from "../notes/note-structure";
import { cleanNote, type Touch } from "../touches/touch-line";
import { basenameOfLink, DISMISSED_MARK, isIntroduction } from "../touches/introductions";
import { inPeriod, reviewPeriod } from "./review-period";

/**
 * Give before you ask. Where the user is about to ask (the "asked" exchange in the
 * log-touch modal, or an ask starter), one line says what the exchanges with this
 * person were lately and what was last given, and when asking outweighs giving, a
 * starter that gives is suggested first. Nothing is blocked, and nothing is a score:
 * it is only what the touch log says.
 */

/** The balance looks back as far as the review does by default. */
export const BALANCE_PERIOD_DAYS = 90;

export interface Balance {
  /** Touches with an exchange recorded in the period. */
  total: number;
  gave: number;
  asked: number;
  exchanged: number;
  /** The newest touch in which you gave (any time), or null. */
  lastGift: Touch | null;
  /** Asking outweighs giving in the period. */
  leansToAsking: boolean;
  periodDays: number;
}

export function balanceOf(touches: readonly Touch[], today: LocalDate, periodDays = BALANCE_PERIOD_DAYS): Balance {
  const period = reviewPeriod(today, periodDays);
  const balance: Balance = { total: 0, gave: 0, asked: 0, exchanged: 0, lastGift: null, leansToAsking: false, periodDays };
  for (const touch of touches) {
    if (touch.date > today) continue;
    if (touch.exchange === "gave" && (balance.lastGift === null || touch.date >= balance.lastGift.date)) balance.lastGift = touch;
    if (!touch.exchange || !inPeriod(touch.date, period)) continue;
    balance.total++;
    balance[touch.exchange]++;
  }
  balance.leansToAsking = balance.asked > balance.gave;
  return balance;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "May", or "May 2025" when it isn't within the last eleven months. */
function monthOf(date: LocalDate, today: LocalDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  const monthsAgo = (Number(today.slice(0, 4)) - Number(date.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(date.slice(5, 7));
  return monthsAgo < 11 ? month : `${month} ${date.slice(0, 4)}`;
}

/** What a gift was, in a few words: its note with links as names ("intro to Lena Fischer"), else its kind. */
export function describeGift(touch: Touch): string {
  let note = cleanNote(touch.note ?? "");
  if (note.endsWith(DISMISSED_MARK)) note = note.slice(0, -DISMISSED_MARK.length).trim();
  for (const link of linksInText(note)) note = note.replace(/\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)/, basenameOfLink(link));
  // An introduction's note starts with who it was to: "to Lena Fischer: for the role" reads "intro to Lena Fischer".
  if (isIntroduction(touch)) note = `intro ${note.replace(/:.*$/, "")}`.trim();
  const words = note !== "" ? note : touch.kind ?? "something";
  return words.length > 40 ? `${words.slice(0, 39).trimEnd()}…` : words;
}

/** "last 5: you gave 1, asked 3 — last gift: intro to Lena Fischer, May" */
export function describeBalance(balance: Balance, today: LocalDate): string {
  const counts =
    balance.total === 0
      ? `no exchange logged in the last ${balance.periodDays} days`
      : `last ${balance.total}: you gave ${balance.gave}, asked ${balance.asked}${balance.exchanged > 0 ? `, both ${balance.exchanged}` : ""}`;
  const gift = balance.lastGift === null ? "nothing given logged yet" : `last gift: ${describeGift(balance.lastGift)}, ${monthOf(balance.lastGift.date, today)}`;
  return `${counts} — ${gift}`;
}

/** Why the line shows, and what "leans to asking" means. */
export function explainBalance(balance: Balance): string {
  const base = `Touches with an exchange recorded in the last ${balance.periodDays} days, from the touch log; the last gift from any time.`;
  return balance.leansToAsking ? `${base} You asked more often than you gave: a small gift first (a resource, an intro, a few minutes of help) keeps the relationship from turning transactional.` : base;
}

/** Starters that give, in the order one is suggested before an ask: a resource, a little help, an intro, congratulations. */
const GIVE_FIRST_KINDS = ["resource", "micro-support", "intro", "congrats"];

/** The starter to suggest before an ask: the first on offer of the most useful giving kind, or null when none gives. */
export function giveFirstStarter<T extends { kind: string }>(starters: readonly T[]): T | null {
  for (const kind of GIVE_FIRST_KINDS) {
    const found = starters.find((s) => s.kind.toLowerCase() === kind);
    if (found) return found;
  }
  return null;
}
