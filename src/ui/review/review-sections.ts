import { describeCadence } from "../../core/contacts/cadence";
import { DRIFT_RULE } from "../../core/insight/drift";
import type { Review } from "../../core/insight/review";
import { REVIEW_RULE } from "../../core/insight/review";
import {
  INITIATIVE_RULE,
  ON_TIME_RULE,
  askedRange,
  counted,
  describeCooling,
  describeExchange,
  describeIntroductions,
  describeLongSilences,
  describeRepliesOwed,
  INTRODUCTIONS_RULE,
  LONG_SILENCES_RULE,
  REPLIES_OWED_RULE,
  describeInitiative,
  describeOnTime,
  describePeriod,
  describeReciprocity,
  describeSegment,
  describeTierTouches,
  describeTopic,
  describeTopicDiversity,
  percent,
} from "../../core/insight/review-text";
import { SUGGESTION_RULE } from "../../core/insight/tier-suggestions";
import { warmthPercent } from "../../core/insight/warmth";
import { explainEl, renderCountBar, renderLegend, renderStackedBar } from "./review-charts";

/** Rows in each list of people, so a large vault draws a readable page; the most telling come first. */
const MAX_ROWS = 30;
/** Topics drawn as bars; the rest are counted. */
const MAX_TOPIC_BARS = 10;

/** A number (or a short phrase with numbers) that explains itself on hover, tap and to screen readers. */
function figure(parent: HTMLElement, cls: string, text: string, explanation: string): HTMLElement {
  const el = parent.createSpan({ cls: `kit-review-figure ${cls}`, text, attr: { tabindex: "0" } });
  explainEl(el, explanation);
  return el;
}

/** A contact's name that opens their note. */
function nameLink(parent: HTMLElement, name: string, path: string): HTMLElement {
  return parent.createEl("a", { cls: "kit-review-name", text: name, href: "#", attr: { "data-path": path } });
}

function rule(parent: HTMLElement, text: string): void {
  parent.createEl("p", { cls: "kit-review-rule", text });
}

function flag(parent: HTMLElement, text: string): void {
  parent.createDiv({ cls: "kit-review-flag", text });
}

/** Draws the first rows of a list, then a line counting the rest. */
function eachRow<T>(parent: HTMLElement, list: readonly T[], what: string, draw: (item: T) => void): void {
  for (const item of list.slice(0, MAX_ROWS)) draw(item);
  const rest = list.length - MAX_ROWS;
  if (rest > 0) parent.createDiv({ cls: "kit-review-more", text: `And ${rest} more ${what}.` });
}

function row(parent: HTMLElement, cls: string, attrs: Record<string, string> = {}): HTMLElement {
  return parent.createDiv({ cls: `kit-review-row ${cls}`, attr: attrs });
}

export function drawTiers(section: HTMLElement, review: Review): void {
  rule(section, ON_TIME_RULE);
  for (const t of review.tiers) {
    if (t.people === 0) continue;
    const el = row(section, "kit-review-tier", { "data-tier": t.tier.id });
    el.createSpan({ cls: "kit-review-label", text: t.tier.label });
    const overview = describeOnTime(t);
    renderStackedBar(
      el,
      [
        { key: "on-time", value: t.onTime, explanation: `${t.tier.label}: ${counted(t.onTime, "person", "people")} on time` },
        { key: "late", value: t.late.length, explanation: `${t.tier.label}, late at least once: ${t.late.join(", ")}` },
        { key: "never", value: t.neverTouched.length, explanation: `${t.tier.label}, never touched: ${t.neverTouched.join(", ")}` },
      ],
      overview,
    );
    figure(el, "kit-review-on-time-count", `${t.onTime} of ${t.people} on time`, overview);
    figure(el, "kit-review-touches", `${counted(t.touches, "touch day", "touch days")}, cadence asks ${askedRange(t)}`, describeTierTouches(t, review.period));
  }
}

export function drawSegments(section: HTMLElement, review: Review): void {
  rule(section, "How many people each tier holds, against the method's suggested start for the four default tiers. Guidance, not a rule: your own tiers just show their counts.");
  const max = review.segments.reduce((m, s) => Math.max(m, s.people, s.guidance?.start ?? 0), 1);
  for (const segment of review.segments) {
    const el = row(section, "kit-review-segment", { "data-tier": segment.tier.id });
    el.createSpan({ cls: "kit-review-label", text: segment.tier.label });
    const explanation = describeSegment(segment);
    const mark = segment.guidance ? { value: segment.guidance.start, explanation: `Suggested start: ${segment.guidance.start}` } : undefined;
    renderCountBar(el, segment.people, max, explanation, mark);
    const suggested = segment.guidance ? ` (suggested start ${segment.guidance.start})` : "";
    figure(el, "kit-review-size", `${counted(segment.people, "person", "people")}${suggested}`, explanation);
  }
}

export function drawReciprocity(section: HTMLElement, review: Review): void {
  const { reciprocity, period } = review;
  rule(section, describeReciprocity(reciprocity, period));
  if (reciprocity.sample.length > 0) drawExchanges(section, review);
  drawFollowThrough(section, review);
}

function drawExchanges(section: HTMLElement, review: Review): void {
  const { reciprocity } = review;
  const keys = ["gave", "asked", "exchanged"] as const;
  renderStackedBar(
    section,
    keys.map((key) => ({ key, value: reciprocity.counts[key], explanation: describeExchange(reciprocity, key) })),
    `Gave ${reciprocity.counts.gave}, asked ${reciprocity.counts.asked}, exchanged ${reciprocity.counts.exchanged} of ${reciprocity.sample.length}`,
  );
  const share = (n: number) => percent(n / reciprocity.sample.length);
  const words = { gave: "Gave", asked: "Asked", exchanged: "Exchanged" };
  renderLegend(
    section,
    keys.map((key) => ({ key, text: `${words[key]} ${reciprocity.counts[key]} (${share(reciprocity.counts[key])})`, explanation: describeExchange(reciprocity, key) })),
  );
  if (reciprocity.flagged) {
    flag(section, `Asking in ${percent(reciprocity.askedShare)} of them, over ${percent(REVIEW_RULE.ASKING_SHARE)}: a sign of a transactional habit. Giving before asking is the usual remedy.`);
  }
}

/** Replies owed, introductions followed up and long silences: one line each, each saying its rule on hover and tap. */
function drawFollowThrough(section: HTMLElement, review: Review): void {
  const f = review.followThrough;
  const lines: [string, string, string][] = [
    ["kit-review-replies-owed", describeRepliesOwed(f), REPLIES_OWED_RULE],
    ["kit-review-introductions", describeIntroductions(f, review.period), INTRODUCTIONS_RULE],
    ["kit-review-long-silences", describeLongSilences(f), LONG_SILENCES_RULE],
  ];
  for (const [cls, text, why] of lines) figure(row(section, "kit-review-follow-through"), cls, text, why);
}

export function drawInitiative(section: HTMLElement, review: Review): void {
  rule(section, INITIATIVE_RULE);
  if (review.initiative.length === 0) {
    section.createDiv({ cls: "kit-review-empty", text: `No touch in ${describePeriod(review.period)} records who reached out.` });
    return;
  }
  const oneSided = review.initiative.filter((r) => r.oneSided !== null).length;
  if (oneSided > 0) flag(section, `${counted(oneSided, "relationship is", "relationships are")} one-sided: the same side keeps reaching out.`);
  eachRow(section, review.initiative, "people", (r) => {
    const el = row(section, "kit-review-initiative", { "data-path": r.path });
    nameLink(el, r.name, r.path);
    const explanation = describeInitiative(r);
    renderStackedBar(
      el,
      [
        { key: "out", value: r.counts.out, explanation: `You reached out ${counted(r.counts.out, "time", "times")}` },
        { key: "mutual", value: r.counts.mutual, explanation: `Both reached out ${counted(r.counts.mutual, "time", "times")}` },
        { key: "in", value: r.counts.in, explanation: `They reached out ${counted(r.counts.in, "time", "times")}` },
      ],
      explanation,
    );
    figure(el, "kit-review-directions", `→ ${r.counts.out} ↔ ${r.counts.mutual} ← ${r.counts.in}`, explanation);
    if (r.oneSided) figure(el, "kit-review-one-sided", r.oneSided === "me" ? "One-sided: you" : "One-sided: them", explanation);
  });
}

export function drawDriftAndCooling(section: HTMLElement, review: Review): void {
  rule(
    section,
    `As of today. Drifting: the silence since the last touch is at least ${DRIFT_RULE.DRIFT_FACTOR}× the person's usual gap (the median of their recent gaps). Cooling: warmth below ${percent(review.coolingBelow)}; warmth halves every half-life of the tier without a touch.`,
  );
  const drifting = section.createDiv({ cls: "kit-review-drifting" });
  drifting.createDiv({ cls: "kit-review-subheading", text: `Drifting (${review.drifting.length})` });
  if (review.drifting.length === 0) drifting.createDiv({ cls: "kit-review-empty", text: "No one is drifting." });
  eachRow(drifting, review.drifting, "drifting", (d) => {
    const el = row(drifting, "kit-review-drift", { "data-path": d.path });
    nameLink(el, d.name, d.path);
    const silence = d.drift.silenceDays ?? 0;
    figure(el, "kit-review-silence", `${silence} days quiet, usually ${describeCadence(d.drift.rhythmDays ?? silence)}`, d.drift.explanation);
  });
  const cooling = section.createDiv({ cls: "kit-review-cooling" });
  cooling.createDiv({ cls: "kit-review-subheading", text: `Cooling (${review.cooling.length})` });
  if (review.cooling.length === 0) cooling.createDiv({ cls: "kit-review-empty", text: `No one is below ${percent(review.coolingBelow)} warmth.` });
  eachRow(cooling, review.cooling, "cooling", (c) => {
    const el = row(cooling, "kit-review-cool", { "data-path": c.path });
    nameLink(el, c.name, c.path);
    figure(el, "kit-review-warmth", `${warmthPercent(c.warmth)}% warm`, describeCooling(c, review.coolingBelow));
  });
}

export function drawSuggestions(section: HTMLElement, review: Review): void {
  const days = review.period.days;
  rule(
    section,
    `Closer: touched at least ${SUGGESTION_RULE.PROMOTE_MIN_TOUCHES} times and at least ${SUGGESTION_RULE.PROMOTE_FACTOR}× what the tier asks at most in ${days} days, and never late. Farther: overdue ${SUGGESTION_RULE.MOVE_DOWN_LATE_TIMES} or more times in ${days} days. People with a cadence of their own, or snoozed right now, aren't suggested. Nothing changes until you apply a suggestion.`,
  );
  if (review.suggestions.length === 0) {
    section.createDiv({ cls: "kit-review-empty", text: `No suggestions for ${describePeriod(review.period)}.` });
    return;
  }
  eachRow(section, review.suggestions, "suggestions", (s) => {
    const el = row(section, `kit-review-suggestion kit-review-${s.direction}`, { "data-path": s.path });
    nameLink(el, s.name, s.path);
    const move = `${s.from.label} → ${s.to.label}`;
    figure(el, "kit-review-move", move, `${s.direction === "promote" ? "Closer" : "Farther"}: ${s.name}, ${s.reason}.`);
    el.createSpan({ cls: "kit-review-reason", text: s.reason });
    el.createEl("button", { cls: "kit-review-apply", text: `Move to ${s.to.label}`, attr: { "data-path": s.path, "aria-label": `Move ${s.name} from ${move}` } });
  });
}

export function drawTopics(section: HTMLElement, review: Review): void {
  const { topics } = review;
  const summary = describeTopicDiversity(topics);
  if (topics.topics.length === 0) {
    section.createDiv({ cls: "kit-review-empty", text: summary });
    return;
  }
  figure(section, "kit-review-held-by-one", `${topics.heldByOne.length} of ${counted(topics.topics.length, "topic", "topics")} held by one person (${percent(topics.heldByOneShare)})`, summary);
  if (topics.dominant) flag(section, `${topics.dominant.topic} is carried by ${percent(topics.dominantShare)} of the people with topics: a monoculture.`);
  const max = topics.topics[0]?.count ?? 1;
  for (const topic of topics.topics.slice(0, MAX_TOPIC_BARS)) {
    const el = row(section, "kit-review-topic", { "data-topic": topic.topic });
    el.createSpan({ cls: "kit-review-label", text: topic.topic });
    const explanation = describeTopic(topic, topics);
    renderCountBar(el, topic.count, max, explanation);
    figure(el, "kit-review-topic-count", String(topic.count), explanation);
  }
  const rest = topics.topics.length - MAX_TOPIC_BARS;
  if (rest > 0) section.createDiv({ cls: "kit-review-more", text: `And ${counted(rest, "more topic", "more topics")}.` });
}
