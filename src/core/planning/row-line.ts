import type { Contact } from "../contacts/contact";
import type { DueInfo } from "../contacts/due";
import { describeUpcoming, upcomingDates } from "../contacts/important-dates";
import { describePromiseDue } from "../conversation/promise-text";
import { daysBetween, describeDays, formatAgo, plural, type LocalDate } from "../shared/dates";
import { describeReplyOwed, explainReplyOwed } from "../touches/replies";
import { describeIntroFollowUp, explainIntroFollowUp, introFollowUps } from "../touches/introductions";
import { describeLongSilence, explainLongSilence, longSilenceDays } from "../insight/way-back";

/** How a row's line reads: `late` in the error colour, `soon` in the warning colour, `quiet` muted. */
export type RowLineTone = "late" | "soon" | "quiet";

/** The one line of text under a name in the relationships view. */
export interface RowLine {
  /** The rule that chose it: lets a view draw some lines its own way (a last touch that was a mention links to that note). */
  rule: string;
  text: string;
  tone: RowLineTone;
  /** Why the line says so, for a flag that explains itself on hover and tap. */
  why?: string;
}

/** What a rule may look at. */
export interface RowLineInput {
  contact: Contact;
  due: DueInfo;
  today: LocalDate;
  /** How far ahead a birthday or anniversary counts as coming up (the "Upcoming days" setting). */
  upcomingDays: number;
}

/** One candidate for the line: a name, and what it would say, or null when it has nothing to say. */
export interface RowLineRule {
  readonly id: string;
  describe(input: RowLineInput): Omit<RowLine, "rule"> | null;
}

/** Someone reached out and nothing of yours followed: "replied? they reached out 5 days ago". */
export const REPLY_OWED_RULE: RowLineRule = {
  id: "reply-owed",
  describe: ({ contact, due, today }) => {
    const since = due.replyOwedSince;
    return since === null ? null : { text: describeReplyOwed(since, today), tone: "late", why: explainReplyOwed(since, today, contact.replyWithinDays) };
  },
};

/** Past two half-lives of silence, said without alarm: "it's been a while — 14 months". */
export const LONG_SILENCE_RULE: RowLineRule = {
  id: "long-silence",
  describe: ({ contact, today }) => {
    const days = longSilenceDays(contact, today);
    return days === null ? null : { text: describeLongSilence(days), tone: "quiet", why: explainLongSilence(days, contact.tier.halfLifeDays) };
  },
};

/** An introduction whose follow-up is due: "how did the intro to Lena Fischer go?". */
export const INTRO_FOLLOW_UP_RULE: RowLineRule = {
  id: "intro-follow-up",
  describe: ({ contact, today }) => {
    const [first] = introFollowUps(contact, today);
    return first === undefined ? null : { text: describeIntroFollowUp(first), tone: "quiet", why: explainIntroFollowUp(first, today, contact.introFollowUpDays) };
  },
};

/** Overdue, by how much past the end of their range: "overdue by 3 weeks". */
export const OVERDUE_RULE: RowLineRule = {
  id: "overdue",
  describe: ({ contact, due }) => {
    if (due.state !== "overdue" || due.daysSince === null) return null;
    return { text: `overdue by ${describeDays(Math.max(1, due.daysSince - contact.overdueAfterDays))}`, tone: "late" };
  },
};

/** Due: "due today" on the last day of the range, "never touched", or how long it has been (the heading says they are due). */
export const DUE_RULE: RowLineRule = {
  id: "due",
  describe: ({ contact, due }) => {
    if (due.state !== "due") return null;
    if (due.daysSince === null) return { text: "never touched", tone: "soon" };
    if (due.daysSince === contact.overdueAfterDays) return { text: "due today", tone: "soon" };
    return { text: `last touch ${formatAgo(due.daysSince)}`, tone: "soon" };
  },
};

/** The most pressing open promise: "promise 9 days late", "promise due in 3 days", "2 open promises". */
export const PROMISE_RULE: RowLineRule = {
  id: "promise",
  describe: ({ contact, today }) => {
    if (contact.promises.length === 0 || contact.status === "paused") return null;
    // A contact's promises are kept soonest due first.
    const when = describePromiseDue(contact.promises[0]?.due ?? null, today);
    if (when) return { text: `promise ${when.text}`, tone: when.late ? "late" : "quiet" };
    return { text: plural(contact.promises.length, "open promise"), tone: "quiet" };
  },
};

/** A birthday or anniversary coming up: "Birthday in 3 days". */
export const DATE_RULE: RowLineRule = {
  id: "date",
  describe: ({ contact, today, upcomingDays }) => {
    if (contact.importantDates.length === 0) return null;
    const next = upcomingDates(contact.importantDates, today, upcomingDays)[0];
    return next ? { text: describeUpcoming(next), tone: "quiet" } : null;
  },
};

export const SNOOZED_RULE: RowLineRule = {
  id: "snoozed",
  describe: ({ contact, due }) => (due.state === "snoozed" && contact.snoozeUntil ? { text: `snoozed until ${contact.snoozeUntil}`, tone: "quiet" } : null),
};

export const PAUSED_RULE: RowLineRule = {
  id: "paused",
  describe: ({ contact, due }) => (due.state === "paused" ? { text: contact.fadeReason ? `paused: ${contact.fadeReason}` : "paused", tone: "quiet" } : null),
};

/** Always has something to say, so every row has a line: "last touch 5 weeks ago", "never touched". */
export const LAST_TOUCH_RULE: RowLineRule = {
  id: "last-touch",
  describe: ({ contact, today }) => ({ text: contact.lastTouch === null ? "never touched" : `last touch ${formatAgo(daysBetween(contact.lastTouch, today))}`, tone: "quiet" }),
};

/**
 * The order in which a row's line is chosen: the first rule with something to say wins.
 * A reply owed first (someone is waiting on you); a long silence, said gently instead of
 * "overdue by"; then overdue by how much, due, a promise, an introduction to follow up,
 * a date coming up; then a snooze or a pause; the last touch when nothing else applies.
 * A new kind of line goes in where it ranks, and docs/views.md says the order.
 */
export const ROW_LINE_RULES: readonly RowLineRule[] = [
  REPLY_OWED_RULE,
  LONG_SILENCE_RULE,
  OVERDUE_RULE,
  DUE_RULE,
  PROMISE_RULE,
  INTRO_FOLLOW_UP_RULE,
  DATE_RULE,
  SNOOZED_RULE,
  PAUSED_RULE,
  LAST_TOUCH_RULE,
];

/** The line under a contact's name: what the first rule with something to say says. */
export function rowLineOf(input: RowLineInput, rules: readonly RowLineRule[] = ROW_LINE_RULES): RowLine {
  for (const rule of rules) {
    const line = rule.describe(input);
    if (line) return { rule: rule.id, ...line };
  }
  const fallback = LAST_TOUCH_RULE.describe(input) as Omit<RowLine, "rule">;
  return { rule: LAST_TOUCH_RULE.id, ...fallback };
}
