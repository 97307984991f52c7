import type { Contact } from "../contacts/contact";
import type { LocalDate } from "../shared/dates";
import { driftFiguresOf, driftOf, type Drift } from "./drift";
import { inPeriod, lateGapsIn, reviewPeriod, touchDaysIn, type LateGap, type ReviewPeriod } from "./review-period";
import { suggestTiers, tiersByCloseness, type TierSuggestion } from "./tier-suggestions";
import type { Tier } from "../contacts/tiers";
import { topicDiversity, type TopicDiversity } from "./topic-diversity";
import type { Touch, TouchDirection, TouchExchange } from "../touches/touch-line";
import { warmthOf, type Warmth } from "./warmth";
import { followThroughOf, type FollowThrough } from "./review-follow-through";

/** The rules of the review, with their constants in one place (docs/ quotes them). */
export const REVIEW_RULE = {
  /** Reciprocity looks at this many of the newest touches with an exchange recorded. */
  RECIPROCITY_SAMPLE: 20,
  /** Asking in more than this share of them is flagged (a "transactional mindset"). */
  ASKING_SHARE: 0.4,
  /** A contact is one-sided when one side started at least this share … */
  ONE_SIDED_SHARE: 0.8,
  /** … of at least this many touches with a direction. */
  ONE_SIDED_MIN_TOUCHES: 5,
} as const;

/** How many of each segment the method suggests starting with; only for the default tiers. */
export const SEGMENT_GUIDANCE: Record<string, { start: number; note?: string }> = {
  ally: { start: 5, note: "a closest circle of your 10–15 most important relationships is the usual upper bound" },
  peer: { start: 10 },
  mentor: { start: 3 },
  aspirational: { start: 10 },
};

export interface TierReview {
  tier: Tier;
  /** Active contacts in the tier. */
  people: number;
  /** Never past their overdue line in the period (see `lateGapsIn`). */
  onTime: number;
  /** Past it at least once; their names, for the hover. */
  late: string[];
  /** Never touched at all: neither on time nor late. */
  neverTouched: string[];
  /** Touch days in the period, summed over the tier's people. */
  touches: number;
  /** What the cadences ask in the period: the period over each person's overdue and due-from days, summed. */
  askedAtLeast: number;
  askedAtMost: number;
}

export interface SegmentSize {
  tier: Tier;
  people: number;
  /** The suggested start, for the default tiers. */
  guidance: { start: number; note?: string } | null;
}

/** One logged touch and whose note it is in. */
export interface ReviewTouch extends Touch {
  path: string;
}

export interface Reciprocity {
  /** The newest touches with an exchange, in the period, newest first (at most RECIPROCITY_SAMPLE). */
  sample: ReviewTouch[];
  counts: Record<TouchExchange, number>;
  /** asked over the sample's size, 0–1 (0 for an empty sample). */
  askedShare: number;
  flagged: boolean;
}

export interface Initiative {
  path: string;
  name: string;
  counts: Record<TouchDirection, number>;
  total: number;
  /** Who started nearly every touch, when one side did. */
  oneSided: "me" | "them" | null;
}

export interface DriftingContact {
  path: string;
  name: string;
  drift: Drift;
}

export interface CoolingContact {
  path: string;
  name: string;
  warmth: Warmth;
}

export interface Review {
  period: ReviewPeriod;
  /** Active contacts: everyone reviewed. */
  people: number;
  /** Paused contacts are left out of the review. */
  paused: number;
  tiers: TierReview[];
  segments: SegmentSize[];
  reciprocity: Reciprocity;
  /** Replies owed, introductions followed up, long silences. */
  followThrough: FollowThrough;
  initiative: Initiative[];
  drifting: DriftingContact[];
  cooling: CoolingContact[];
  coolingBelow: number;
  suggestions: TierSuggestion[];
  topics: TopicDiversity;
}

export interface ReviewInput {
  contacts: readonly Contact[];
  /** Each contact's logged touches, by note path. */
  touches: ReadonlyMap<string, readonly Touch[]>;
  tiers: readonly Tier[];
  today: LocalDate;
  periodDays: number;
  /** Below this warmth (0–1) a contact counts as cooling. */
  coolingBelow: number;
}

/** A monthly, quarterly or yearly look back: every figure from the notes, computable by hand. */
export function buildReview(input: ReviewInput): Review {
  const period = reviewPeriod(input.today, input.periodDays);
  const active = input.contacts.filter((c) => c.status !== "paused");
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  // The explanation's words only for the few who drift.
  const drifting = active.filter((c) => driftFiguresOf(c, input.today).drifting).map((c) => ({ path: c.path, name: c.name, drift: driftOf(c, input.today) }));
  const cooling = active
    .filter((c) => c.lastTouch !== null)
    .map((c) => ({ path: c.path, name: c.name, warmth: warmthOf(c, input.today) }))
    .filter((c) => c.warmth.value < input.coolingBelow);
  return {
    period,
    people: active.length,
    paused: input.contacts.length - active.length,
    tiers: reviewTiers(active, input.tiers, period),
    segments: segmentSizes(active, input.tiers),
    reciprocity: reciprocityOf(active, input.touches, period),
    followThrough: followThroughOf(active, period, input.today),
    initiative: initiativeOf(active, input.touches, period),
    drifting: drifting.sort((a, b) => (b.drift.silenceDays ?? 0) / (b.drift.rhythmDays ?? 1) - (a.drift.silenceDays ?? 0) / (a.drift.rhythmDays ?? 1) || byName(a, b)),
    cooling: cooling.sort((a, b) => a.warmth.value - b.warmth.value || byName(a, b)),
    coolingBelow: input.coolingBelow,
    suggestions: suggestTiers(active, input.tiers, period),
    topics: topicDiversity(active),
  };
}

/** The times a contact went past their own overdue line (their cadence, or their tier's) in the period. */
export function lateGapsOf(contact: Contact, period: ReviewPeriod): LateGap[] {
  return lateGapsIn(contact.touchDates, contact.overdueAfterDays, period);
}

function reviewTiers(contacts: readonly Contact[], tiers: readonly Tier[], period: ReviewPeriod): TierReview[] {
  return tiersByCloseness(tiers).map((tier) => {
    const review: TierReview = { tier, people: 0, onTime: 0, late: [], neverTouched: [], touches: 0, askedAtLeast: 0, askedAtMost: 0 };
    let least = 0;
    let most = 0;
    for (const contact of contacts) {
      if (contact.tier.id !== tier.id) continue;
      review.people++;
      review.touches += touchDaysIn(contact.touchDates, period);
      least += period.days / contact.overdueAfterDays;
      most += period.days / contact.dueFromDays;
      if (contact.lastTouch === null) review.neverTouched.push(contact.name);
      else if (lateGapsOf(contact, period).length > 0) review.late.push(contact.name);
      else review.onTime++;
    }
    review.askedAtLeast = Math.round(least);
    review.askedAtMost = Math.round(most);
    review.late.sort((a, b) => a.localeCompare(b));
    review.neverTouched.sort((a, b) => a.localeCompare(b));
    return review;
  });
}

function segmentSizes(contacts: readonly Contact[], tiers: readonly Tier[]): SegmentSize[] {
  return tiersByCloseness(tiers).map((tier) => ({
    tier,
    people: contacts.filter((c) => c.tier.id === tier.id).length,
    guidance: SEGMENT_GUIDANCE[tier.id] ?? null,
  }));
}

/** Every logged touch of these contacts in the period, newest first; same-day touches in note order, last line first. */
function touchesIn(contacts: readonly Contact[], touches: ReadonlyMap<string, readonly Touch[]>, period: ReviewPeriod): ReviewTouch[] {
  const all: { touch: ReviewTouch; order: number }[] = [];
  for (const contact of contacts) {
    (touches.get(contact.path) ?? []).forEach((touch, order) => {
      if (inPeriod(touch.date, period)) all.push({ touch: { ...touch, path: contact.path }, order });
    });
  }
  all.sort((a, b) => b.touch.date.localeCompare(a.touch.date) || a.touch.path.localeCompare(b.touch.path) || b.order - a.order);
  return all.map((t) => t.touch);
}

function reciprocityOf(contacts: readonly Contact[], touches: ReadonlyMap<string, readonly Touch[]>, period: ReviewPeriod): Reciprocity {
  const sample = touchesIn(contacts, touches, period)
    .filter((t) => t.exchange !== undefined)
    .slice(0, REVIEW_RULE.RECIPROCITY_SAMPLE);
  const counts: Record<TouchExchange, number> = { gave: 0, asked: 0, exchanged: 0 };
  for (const touch of sample) if (touch.exchange) counts[touch.exchange]++;
  const askedShare = sample.length === 0 ? 0 : counts.asked / sample.length;
  return { sample, counts, askedShare, flagged: askedShare > REVIEW_RULE.ASKING_SHARE };
}

function initiativeOf(contacts: readonly Contact[], touches: ReadonlyMap<string, readonly Touch[]>, period: ReviewPeriod): Initiative[] {
  const rows: Initiative[] = [];
  for (const contact of contacts) {
    const counts: Record<TouchDirection, number> = { out: 0, in: 0, mutual: 0 };
    for (const touch of touches.get(contact.path) ?? []) if (touch.direction && inPeriod(touch.date, period)) counts[touch.direction]++;
    const total = counts.out + counts.in + counts.mutual;
    if (total === 0) continue;
    const enough = total >= REVIEW_RULE.ONE_SIDED_MIN_TOUCHES;
    const oneSided = !enough ? null : counts.out / total >= REVIEW_RULE.ONE_SIDED_SHARE ? "me" : counts.in / total >= REVIEW_RULE.ONE_SIDED_SHARE ? "them" : null;
    rows.push({ path: contact.path, name: contact.name, counts, total, oneSided });
  }
  const rank = (r: Initiative) => (r.oneSided === null ? 1 : 0);
  return rows.sort((a, b) => rank(a) - rank(b) || b.total - a.total || a.name.localeCompare(b.name));
}
