import { describeCadence, describeCadenceRange } from "../contacts/cadence";
import { plural } from "../shared/dates";
import { describeWarmth } from "./warmth";
import { REVIEW_RULE, type CoolingContact, type Initiative, type Reciprocity, type SegmentSize, type TierReview } from "./review";
import type { ReviewPeriod } from "./review-period";
import { DOMINANT_TOPIC_SHARE, type TopicDiversity } from "./topic-diversity";
import type { TopicCount } from "../conversation/topics";
import type { FollowThrough } from "./review-follow-through";
import { describeSilence, LONG_SILENCE_HALF_LIVES } from "./way-back";

/**
 * The "why is this here?" of every figure in the review: the rule and the numbers it
 * was applied to, so each can be checked by hand against the notes.
 */

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 person", "3 people"; "1 touch", "20 touches". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const people = (n: number) => counted(n, "person", "people");
const touches = (n: number) => counted(n, "touch", "touches");

function names(list: readonly string[], max = 12): string {
  if (list.length <= max) return list.join(", ");
  return `${list.slice(0, max).join(", ")} and ${list.length - max} more`;
}

/** "the last 90 days (2026-08-25 to 2026-11-22)". */
export function describePeriod(period: ReviewPeriod): string {
  return `the last ${period.days} days (${period.from} to ${period.to})`;
}

export const ON_TIME_RULE =
  "On time: never longer than their overdue line without a touch during the period. A gap between two touches counts when the later touch is in the period; the time since the last touch counts up to today. Paused contacts are left out.";

export function describeOnTime(review: TierReview): string {
  const line = describeCadence(review.tier.overdueAfterDays);
  const parts = [`${review.tier.label}: ${review.onTime} of ${people(review.people)} on time (overdue line ${line}, or their own cadence).`];
  if (review.late.length > 0) parts.push(`Late at least once: ${names(review.late)}.`);
  if (review.neverTouched.length > 0) parts.push(`Never touched: ${names(review.neverTouched)}.`);
  return parts.join(" ");
}

/** "13–21", or "1" when both ends round to the same number. */
export function askedRange(review: TierReview): string {
  return review.askedAtLeast === review.askedAtMost ? String(review.askedAtLeast) : `${review.askedAtLeast}–${review.askedAtMost}`;
}

export function describeTierTouches(review: TierReview, period: ReviewPeriod): string {
  const { tier } = review;
  const cadence = describeCadenceRange(tier.dueFromDays, tier.overdueAfterDays);
  return (
    `${plural(review.touches, "touch day")} with ${tier.label} in ${describePeriod(period)}; a day counts once per person, logged or mentioned. ` +
    `Their cadence (every ${cadence}) asks for about ${askedRange(review)}: ` +
    `${period.days} days over each person's overdue line, and over their due-from line, summed.`
  );
}

export function describeSegment(segment: SegmentSize): string {
  const count = `${segment.tier.label}: ${people(segment.people)}.`;
  if (!segment.guidance) return count;
  const note = segment.guidance.note ? ` Also: ${segment.guidance.note}.` : "";
  return `${count} The method suggests starting with ${segment.guidance.start}; that's guidance, not a rule.${note}`;
}

const EXCHANGE_WORDS = { gave: "gave (no ask)", asked: "asked", exchanged: "exchanged (both)" } as const;

export function describeExchange(reciprocity: Reciprocity, exchange: keyof Reciprocity["counts"]): string {
  const n = reciprocity.counts[exchange];
  const size = reciprocity.sample.length;
  return `${EXCHANGE_WORDS[exchange]}: ${n} of the ${touches(size)} in the sample (${percent(size === 0 ? 0 : n / size)})`;
}

export function describeReciprocity(reciprocity: Reciprocity, period: ReviewPeriod): string {
  const { sample } = reciprocity;
  if (sample.length === 0) return `No touch in ${describePeriod(period)} records what was exchanged (gave, asked or exchanged).`;
  const oldest = sample[sample.length - 1]?.date ?? "";
  const newest = sample[0]?.date ?? "";
  const rule = `Asking in more than ${percent(REVIEW_RULE.ASKING_SHARE)} of them is flagged.`;
  return `The ${sample.length === 1 ? "newest touch" : `${sample.length} newest touches`} with an exchange recorded, across everyone, from ${oldest} to ${newest} (at most ${REVIEW_RULE.RECIPROCITY_SAMPLE}). ${rule}`;
}

export const INITIATIVE_RULE = `Who reached out, from the arrows in the touch log: → you, ← them, ↔ both. One-sided: one side started at least ${percent(REVIEW_RULE.ONE_SIDED_SHARE)} of ${REVIEW_RULE.ONE_SIDED_MIN_TOUCHES} or more touches with a direction.`;

export function describeInitiative(row: Initiative): string {
  const { out, in: them, mutual } = row.counts;
  const counts = `${row.name}: you reached out ${out}, they did ${them}, both ${mutual} (${touches(row.total)} with a direction)`;
  if (row.oneSided === "me") return `${counts}. One-sided: you started ${percent(out / row.total)}.`;
  if (row.oneSided === "them") return `${counts}. One-sided: they started ${percent(them / row.total)}.`;
  return `${counts}.`;
}

export function describeCooling(contact: CoolingContact, coolingBelow: number): string {
  return `${contact.name}: ${describeWarmth(contact.warmth)}, below ${percent(coolingBelow)} (the cooling line in settings).`;
}

export function describeTopic(topic: TopicCount, diversity: TopicDiversity): string {
  const share = diversity.people === 0 ? 0 : topic.count / diversity.people;
  return `${topic.topic}: ${people(topic.count)}, ${percent(share)} of the ${people(diversity.people)} with topics.`;
}

export function describeTopicDiversity(diversity: TopicDiversity): string {
  if (diversity.topics.length === 0) return "No contact has topics yet.";
  const single = `${diversity.heldByOne.length} of ${plural(diversity.topics.length, "topic")} (${percent(diversity.heldByOneShare)}) are held by a single person: if that person drifts, the topic goes with them.`;
  const dominant = diversity.dominant
    ? ` ${diversity.dominant.topic} is carried by ${percent(diversity.dominantShare)} of the people with topics: more than ${percent(DOMINANT_TOPIC_SHARE)} is a monoculture.`
    : "";
  return single + dominant;
}

/** "Replies owed: 2 (Hannah Schmidt since 2026-11-17, …)." */
export function describeRepliesOwed(f: FollowThrough): string {
  if (f.repliesOwed.length === 0) return "Replies owed: none. Everyone who reached out has heard back from you.";
  return `Replies owed: ${f.repliesOwed.length} (${names(f.repliesOwed.map((r) => `${r.name} since ${r.since}`))}).`;
}

export const REPLIES_OWED_RULE =
  "A reply is owed when the newest touch with someone is one they started (←) and no touch of yours has followed within the days set in Reciprocity. Logging any touch with them clears it.";

/** "Introductions: 3 made, 2 of them followed up (2 past their follow-up day)." */
export function describeIntroductions(f: FollowThrough, period: ReviewPeriod): string {
  if (f.introductionsMade === 0) return `Introductions: none logged in ${describePeriod(period)}.`;
  return `Introductions: ${f.introductionsMade} made in ${describePeriod(period)}; ${f.introductionsFollowedUp} of the ${f.introductionsDue} past their follow-up day followed up.`;
}

export const INTRODUCTIONS_RULE =
  "An introduction is a touch of the kind intro; logged from the plugin it is on both people's notes and counts once. It is followed up when either person has a touch on or after its follow-up day.";

export function describeLongSilences(f: FollowThrough): string {
  if (f.longSilences.length === 0) return "Long silences: none.";
  return `Long silences: ${f.longSilences.length} (${names(f.longSilences.map((s) => `${s.name}, ${describeSilence(s.days)}`))}).`;
}

export const LONG_SILENCES_RULE = `A long silence: no touch for more than ${LONG_SILENCE_HALF_LIVES} half-lives of the tier's warmth and past their overdue line. A way back cites what you last talked about.`;
