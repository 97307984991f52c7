import type { Contact } from "./contact";
import { computeDue, type DueInfo } from "./due";
import type { LocalDate } from "../shared/dates";
import { describeReplyOwed, explainReplyOwed } from "../touches/replies";
import { describeIntroFollowUp, explainIntroFollowUp, introFollowUps, type IntroFollowUp } from "../touches/introductions";
import { describeLongSilence, explainLongSilence, longSilenceDays } from "../insight/way-back";

/**
 * The flags reciprocity raises on a contact, most pressing first: a reply owed, an
 * introduction to follow up, a long silence. Each has its words for a row and its one
 * line of why, like every other flag the plugin shows; nothing is sent or decided.
 */
export type FlagKind = "reply-owed" | "intro-follow-up" | "long-silence";

export interface ContactFlag {
  kind: FlagKind;
  /** Short, for a row: "replied? they reached out 5 days ago". */
  text: string;
  /** Why it shows, with the numbers it used. */
  why: string;
  /** For an introduction's follow-up: which one. */
  followUp?: IntroFollowUp;
}

/** Every flag of a contact today, in priority order. `due`: the contact's due info, when already worked out. */
export function reciprocityFlags(contact: Contact, today: LocalDate, due: DueInfo = computeDue(contact, today)): ContactFlag[] {
  const flags: ContactFlag[] = [];
  if (due.replyOwedSince !== null) {
    flags.push({ kind: "reply-owed", text: describeReplyOwed(due.replyOwedSince, today), why: explainReplyOwed(due.replyOwedSince, today, contact.replyWithinDays) });
  }
  for (const followUp of introFollowUps(contact, today)) {
    flags.push({ kind: "intro-follow-up", text: describeIntroFollowUp(followUp), why: explainIntroFollowUp(followUp, today, contact.introFollowUpDays), followUp });
  }
  const silence = longSilenceDays(contact, today);
  if (silence !== null) flags.push({ kind: "long-silence", text: describeLongSilence(silence), why: explainLongSilence(silence, contact.tier.halfLifeDays) });
  return flags;
}
