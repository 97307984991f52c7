import type { Contact } from "./contact";
import { daysBetween, type LocalDate } from "../shared/dates";
import { replyOwedSince } from "../touches/replies";

export type DueState = "overdue" | "due" | "ok" | "snoozed" | "paused";

export interface DueInfo {
  state: DueState;
  /** Whole days since the last touch, or null when there has never been one. */
  daysSince: number | null;
  /**
   * How far along its cadence the contact is: days since the last touch over the
   * overdue threshold (1 = at the edge, 2 = twice as long). Sorts people with
   * different cadences fairly. Never-touched contacts rank by tier instead.
   */
  pressure: number;
  /**
   * The day someone who reached out has been waiting for a reply since, once the
   * grace days have passed (core/touches/replies); null when no reply is owed.
   */
  replyOwedSince: LocalDate | null;
}

/**
 * The state of one contact on a given day. Paused wins over a reply owed, a reply
 * owed over snoozed (it makes the contact overdue whatever the cadence says), snoozed
 * over the cadence. Due once `dueFromDays` have passed, overdue once more than
 * `overdueAfterDays` have. A contact never touched is due: it needs a first touch,
 * but nothing says it has been neglected. Unless its note names no tier: then it is
 * waiting to be sorted (the view counts these and offers triage), and four hundred
 * freshly imported names don't all turn up as due at once.
 */
export function computeDue(contact: Contact, today: LocalDate): DueInfo {
  const daysSince = contact.lastTouch === null ? null : daysBetween(contact.lastTouch, today);
  const pressure = daysSince === null ? 0 : daysSince / Math.max(1, contact.overdueAfterDays);
  const reply = replyOwedSince(contact, today);
  return { state: reply !== null ? "overdue" : stateOf(contact, today, daysSince), daysSince, pressure, replyOwedSince: reply };
}

function stateOf(contact: Contact, today: LocalDate, daysSince: number | null): DueState {
  if (contact.status === "paused") return "paused";
  if (contact.snoozeUntil !== null && contact.snoozeUntil > today) return "snoozed";
  if (daysSince === null) return contact.tierSet ? "due" : "ok";
  if (daysSince > contact.overdueAfterDays) return "overdue";
  if (daysSince >= contact.dueFromDays) return "due";
  return "ok";
}
