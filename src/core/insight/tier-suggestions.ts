import { describeCadenceRange } from "../contacts/cadence";
import type { Contact } from "../contacts/contact";
import { lateGapsIn, touchDaysIn, type ReviewPeriod } from "./review-period";
import type { Tier } from "../contacts/tiers";

/** The rule for tier suggestions, with its constants in one place (docs/ quotes them). */
export const SUGGESTION_RULE = {
  /** Promote when touched at least this many times what the tier asks at most (a touch as soon as one is due)… */
  PROMOTE_FACTOR: 2,
  /** … and at least this many times, so a quiet month with two coffees suggests nothing. */
  PROMOTE_MIN_TOUCHES: 4,
  /** Move down when the contact went past the overdue line this many times in the period. */
  MOVE_DOWN_LATE_TIMES: 2,
} as const;

export interface TierSuggestion {
  path: string;
  name: string;
  direction: "promote" | "move-down";
  from: Tier;
  to: Tier;
  /** "why is this here?": the figures behind it, in words. */
  reason: string;
}

/** Tiers from the closest (the shortest cadence) to the farthest. */
export function tiersByCloseness(tiers: readonly Tier[]): Tier[] {
  return [...tiers].sort((a, b) => a.dueFromDays - b.dueFromDays || a.overdueAfterDays - b.overdueAfterDays);
}

function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

function asks(tier: Tier): string {
  return `${tier.label} ask for one every ${describeCadenceRange(tier.dueFromDays, tier.overdueAfterDays)}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/**
 * Suggests a tier one step closer for someone touched far more often than their tier
 * asks (and never late), and one step farther for someone repeatedly overdue. Only
 * for active, unsnoozed contacts that follow their tier's cadence (no cadence of their
 * own) and whose properties can be written. Nothing is applied: the user decides.
 */
export function suggestTiers(contacts: readonly Contact[], tiers: readonly Tier[], period: ReviewPeriod): TierSuggestion[] {
  const order = tiersByCloseness(tiers);
  const suggestions: TierSuggestion[] = [];
  for (const contact of contacts) {
    if (contact.status === "paused" || contact.cadenceOverride !== null || !contact.writable) continue;
    // A snooze is the user's own choice to be quiet for a while: its silence says nothing about the tier.
    if (contact.snoozeUntil !== null && contact.snoozeUntil > period.to) continue;
    const at = order.findIndex((t) => t.id === contact.tier.id);
    if (at === -1) continue;
    const tier = contact.tier;
    const late = lateGapsIn(contact.touchDates, tier.overdueAfterDays, period);
    const touches = touchDaysIn(contact.touchDates, period);
    const mostAsked = period.days / tier.dueFromDays;
    const closer = order[at - 1];
    const farther = order[at + 1];
    const base = { path: contact.path, name: contact.name, from: tier };
    if (closer && late.length === 0 && touches >= SUGGESTION_RULE.PROMOTE_MIN_TOUCHES && touches >= SUGGESTION_RULE.PROMOTE_FACTOR * mostAsked) {
      const reason = `touched ${times(touches)} in ${period.days} days; ${asks(tier)} (at most about ${Math.round(mostAsked)} in ${period.days} days)`;
      suggestions.push({ ...base, direction: "promote", to: closer, reason });
    } else if (farther && late.length >= SUGGESTION_RULE.MOVE_DOWN_LATE_TIMES) {
      const gaps = listOf(late.map((g) => String(g.days)));
      const reason = `overdue ${times(late.length)} in ${period.days} days (gaps of ${gaps} days); ${asks(tier)}`;
      suggestions.push({ ...base, direction: "move-down", to: farther, reason });
    }
  }
  const rank = (s: TierSuggestion) => (s.direction === "promote" ? 0 : 1);
  return suggestions.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
