import { describeCadence } from "../contacts/cadence";
import { daysBetween, formatAgo, type LocalDate } from "../shared/dates";
import type { Tier } from "../contacts/tiers";

/** How warm a relationship still is: 1 on the day of a touch, halving every half-life after it. */
export interface Warmth {
  /** 0–1; 0 for someone never touched. */
  value: number;
  halfLifeDays: number;
  /** Days since the last touch, or null when there was none. */
  daysSince: number | null;
}

/** Warmth decays exponentially from the last touch ("trust has a half-life"). */
export function warmthOf(contact: { lastTouch: LocalDate | null; tier: Pick<Tier, "halfLifeDays"> }, today: LocalDate): Warmth {
  return warmthAfter(contact.lastTouch === null ? null : daysBetween(contact.lastTouch, today), contact.tier.halfLifeDays);
}

/** The warmth a given number of days after the last touch (null: never touched), for callers that already counted them. */
export function warmthAfter(daysSinceTouch: number | null, halfLifeDays: number): Warmth {
  if (daysSinceTouch === null) return { value: 0, halfLifeDays, daysSince: null };
  // A touch dated in the future (a typo, a planned call) counts as today's: warmth never exceeds 100%.
  const daysSince = Math.max(0, daysSinceTouch);
  return { value: Math.pow(0.5, daysSince / halfLifeDays), halfLifeDays, daysSince };
}

/** A warmth as a whole percentage, never showing 0% for a contact that still has some. */
export function warmthPercent(warmth: Warmth): number {
  const percent = Math.round(warmth.value * 100);
  return percent === 0 && warmth.value > 0 ? 1 : percent;
}

/** "half-life 3 months; last touch 9 weeks ago: 50%" — the whole calculation, so it can be checked by hand. */
export function describeWarmth(warmth: Warmth): string {
  const halfLife = `half-life ${describeCadence(warmth.halfLifeDays)}`;
  if (warmth.daysSince === null) return `${halfLife}; never touched: 0%`;
  return `${halfLife}; last touch ${formatAgo(warmth.daysSince)}: ${warmthPercent(warmth)}%`;
}
