import { describe, expect, it } from "vitest";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { buildReview, SEGMENT_GUIDANCE, type ReviewInput } from "../../../src/core/insight/review";
import { lateGapsIn, reviewPeriod, touchDaysIn } from "../../../src/core/insight/review-period";
import { suggestTiers, tiersByCloseness } from "../../../src/core/insight/tier-suggestions";
import { topicDiversity } from "../../../src/core/insight/topic-diversity";
import type { Touch } from "../../../src/core/touches/touch-line";
import { settingsWith, source } from "../helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();

function contact(name: string, frontmatter: Record<string, unknown>, days: string[] = [], extra: Partial<Contact> = {}): Contact {
  return { ...resolveContact(source(frontmatter, { path: `People/${name}.md`, loggedTouchDates: days }), resolved), ...extra };
}

function review(contacts: Contact[], touches: Record<string, Touch[]> = {}, periodDays = 90, more: Partial<ReviewInput> = {}) {
  const byPath = new Map(Object.entries(touches).map(([name, list]) => [`People/${name}.md`, list]));
  return buildReview({ contacts, touches: byPath, tiers: resolved.tiers, today: TODAY, periodDays, coolingBelow: 0.25, ...more });
}

describe("the review period", () => {
  it("is that many days ending today, both ends included", () => {
    expect(reviewPeriod(TODAY, 30)).toEqual({ days: 30, from: "2026-10-24", to: TODAY });
    expect(reviewPeriod(TODAY, 90)).toEqual({ days: 90, from: "2026-08-25", to: TODAY });
    expect(reviewPeriod(TODAY, 365)).toEqual({ days: 365, from: "2025-11-23", to: TODAY });
    expect(touchDaysIn(["2026-10-23", "2026-10-24", "2026-11-22", "2026-11-23"], reviewPeriod(TODAY, 30))).toBe(2);
  });
});

describe("late gaps", () => {
  const period = reviewPeriod(TODAY, 30);

  it("counts a gap longer than the overdue line when its later touch is in the period, and the silence up to today", () => {
    // 10-01 → 10-24 is 23 days and ends on the period's first day; 11-02 → today is 20.
    expect(lateGapsIn(["2026-10-01", "2026-10-24", "2026-11-02"], 14, period)).toEqual([
      { from: "2026-10-01", until: "2026-10-24", days: 23 },
      { from: "2026-11-02", until: null, days: 20 },
    ]);
  });

  it("lets a gap of exactly the overdue line pass, and ignores gaps that ended before the period", () => {
    expect(lateGapsIn(["2026-01-01", "2026-10-20", "2026-11-08"], 19, period)).toEqual([]);
    expect(lateGapsIn(["2026-11-03"], 19, period)).toEqual([]);
  });

  it("has no gap before the first touch, and none for a contact never touched", () => {
    expect(lateGapsIn(["2026-11-20"], 1, period)).toEqual([{ from: "2026-11-20", until: null, days: 2 }]);
    expect(lateGapsIn([], 1, period)).toEqual([]);
  });

  it("doesn't count touches dated after today yet", () => {
    expect(lateGapsIn(["2026-10-01", "2026-12-01"], 30, period)).toEqual([{ from: "2026-10-01", until: null, days: 52 }]);
  });
});

describe("reciprocity", () => {
  const sam = contact("Sam", { tier: "peer" });

  it("flags asking in more than 40% of the sample, not in exactly 40%", () => {
    const touches = (asked: number, gave: number): Touch[] => [
      ...Array.from({ length: asked }, (): Touch => ({ date: "2026-11-01", exchange: "asked" })),
      ...Array.from({ length: gave }, (): Touch => ({ date: "2026-11-02", exchange: "gave" })),
    ];
    expect(review([sam], { Sam: touches(2, 3) }).reciprocity).toMatchObject({ askedShare: 0.4, flagged: false });
    expect(review([sam], { Sam: touches(3, 4) }).reciprocity.flagged).toBe(true);
  });

  it("takes the newest 20 with an exchange; on one day, the lines lower in the note are newer", () => {
    const touches: Touch[] = [
      { date: "2026-09-01", exchange: "asked" },
      ...Array.from({ length: 19 }, (): Touch => ({ date: "2026-10-01", exchange: "gave" })),
      { date: "2026-10-02", kind: "call" },
      { date: "2026-10-03", exchange: "exchanged", note: "first" },
      { date: "2026-10-03", exchange: "exchanged", note: "second" },
    ];
    const { reciprocity } = review([sam], { Sam: touches });
    expect(reciprocity.sample.map((t) => t.note ?? t.exchange).slice(0, 3)).toEqual(["second", "first", "gave"]);
    expect(reciprocity.counts).toEqual({ gave: 18, asked: 0, exchanged: 2 });
  });

  it("is empty without touches that record an exchange", () => {
    expect(review([sam], { Sam: [{ date: "2026-11-01", direction: "out" }] }).reciprocity).toEqual({ sample: [], counts: { gave: 0, asked: 0, exchanged: 0 }, askedShare: 0, flagged: false });
  });
});

describe("initiative", () => {
  const dir = (direction: Touch["direction"], n: number): Touch[] => Array.from({ length: n }, () => ({ date: "2026-11-01", direction }));
  const people = ["A", "B", "C", "D"].map((n) => contact(n, { tier: "peer" }));

  it("is one-sided when one side started at least 80% of 5 or more touches; both-ways touches count in the total", () => {
    const rows = review(people, {
      A: [...dir("out", 4), ...dir("mutual", 1)],
      B: dir("in", 4),
      C: [...dir("out", 7), ...dir("in", 2)],
      D: [...dir("in", 12), ...dir("out", 3)],
    }).initiative;
    expect(rows.map((r) => [r.name, r.total, r.oneSided])).toEqual([
      ["D", 15, "them"],
      ["A", 5, "me"],
      ["C", 9, null],
      ["B", 4, null],
    ]);
  });

  it("counts only touches in the period with a direction", () => {
    const rows = review([people[0] as Contact], { A: [{ date: "2026-01-01", direction: "out" }, { date: "2026-11-01" }] }).initiative;
    expect(rows).toEqual([]);
  });
});

describe("tier suggestions", () => {
  const period = reviewPeriod(TODAY, 90);
  const everyTwoWeeks = ["2026-08-30", "2026-09-13", "2026-09-27", "2026-10-11", "2026-10-25", "2026-11-08"];

  it("orders tiers from the closest cadence to the farthest, whatever the settings' order", () => {
    const tiers = [...resolved.tiers].reverse();
    expect(tiersByCloseness(tiers).map((t) => t.id)).toEqual(["ally", "peer", "mentor", "aspirational"]);
  });

  it("promotes only with enough touches, and never someone with their own cadence, broken properties, a pause or a snooze", () => {
    const suggestions = suggestTiers(
      [
        contact("Often", { tier: "peer" }, everyTwoWeeks),
        contact("Own cadence", { tier: "peer", cadence: "2w" }, everyTwoWeeks),
        contact("Broken", { tier: "peer" }, everyTwoWeeks, { writable: false }),
        contact("Paused", { tier: "peer", status: "paused" }, everyTwoWeeks),
        contact("Snoozed", { tier: "peer", snooze_until: "2026-12-01" }, everyTwoWeeks),
        contact("Closest", { tier: "ally" }, [...everyTwoWeeks, "2026-11-15", "2026-11-20"]),
        // Aspirational asks for at most 1 in 90 days: 3 touches is 3×, but fewer than 4.
        contact("Three", { tier: "aspirational" }, ["2026-09-01", "2026-10-01", "2026-11-01"]),
        contact("Four", { tier: "aspirational" }, ["2026-09-01", "2026-10-01", "2026-11-01", "2026-11-20"]),
      ],
      resolved.tiers,
      period,
    );
    expect(suggestions.map((s) => [s.name, s.to.id, s.reason])).toEqual([
      ["Four", "mentor", "touched 4 times in 90 days; Aspirational ask for one every 3–6 months (at most about 1 in 90 days)"],
      ["Often", "ally", "touched 6 times in 90 days; Peers ask for one every 6–10 weeks (at most about 2 in 90 days)"],
    ]);
  });

  it("moves down someone overdue twice, but not from the farthest tier, and doesn't promote someone late", () => {
    // 121 and 82 days, both past a peer's 70.
    const twiceLate = ["2026-05-01", "2026-08-30", "2026-11-20"];
    const suggestions = suggestTiers(
      [
        contact("Peer", { tier: "peer" }, twiceLate),
        contact("Snoozed", { tier: "peer", snooze_until: "2026-12-01" }, twiceLate),
        contact("Snooze over", { tier: "peer", snooze_until: "2026-11-22" }, twiceLate),
        contact("Busy but late", { tier: "peer" }, ["2026-05-01", ...everyTwoWeeks]),
      ],
      resolved.tiers,
      period,
    );
    expect(suggestions.map((s) => [s.name, s.direction, s.to.id, s.reason])).toEqual([
      ["Peer", "move-down", "mentor", "overdue twice in 90 days (gaps of 121 and 82 days); Peers ask for one every 6–10 weeks"],
      ["Snooze over", "move-down", "mentor", "overdue twice in 90 days (gaps of 121 and 82 days); Peers ask for one every 6–10 weeks"],
    ]);
    // 700 and 212 days, both past 180, in the last 365 days: but there is no farther tier.
    const far = contact("Far", { tier: "aspirational" }, ["2024-01-01", "2025-12-01", "2026-07-01"]);
    expect(lateGapsIn(far.touchDates, far.overdueAfterDays, reviewPeriod(TODAY, 365))).toHaveLength(2);
    expect(suggestTiers([far], resolved.tiers, reviewPeriod(TODAY, 365))).toEqual([]);
  });
});

describe("segments, drift, cooling and topics", () => {
  it("gives guidance for the default tiers only", () => {
    const custom = settingsWith({ tiers: [{ id: "friends", label: "Friends", dueFrom: "2w", overdueAfter: "4w" }], defaultTier: "friends" });
    const friend = resolveContact(source({ tier: "friends" }), custom);
    const result = buildReview({ contacts: [friend], touches: new Map(), tiers: custom.tiers, today: TODAY, periodDays: 30, coolingBelow: 0.25 });
    expect(result.segments.map((s) => [s.tier.id, s.people, s.guidance])).toEqual([["friends", 1, null]]);
    expect(Object.fromEntries(Object.entries(SEGMENT_GUIDANCE).map(([id, g]) => [id, g.start]))).toEqual({ ally: 5, peer: 10, mentor: 3, aspirational: 10 });
  });

  it("never calls someone never touched cooling, and uses the cooling line it is given", () => {
    const people = [contact("Never", { tier: "peer" }), contact("Half", { tier: "peer" }, ["2026-08-24"])];
    expect(review(people).cooling).toEqual([]);
    // A peer's half-life is 90 days: 90 days since is exactly 50%.
    expect(review(people, {}, 90, { coolingBelow: 0.6 }).cooling.map((c) => [c.name, c.warmth.value])).toEqual([["Half", 0.5]]);
  });

  it("flags a topic carried by more than half the people with topics; case doesn't split a topic", () => {
    const people = [contact("A", { topics: ["AI"] }), contact("B", { topics: ["ai", "Music"] }), contact("C", { topics: ["chess"] }), contact("D", {})];
    const diversity = topicDiversity(people);
    expect(diversity).toMatchObject({ people: 3, dominant: { topic: "AI", count: 2 } });
    expect(diversity.dominantShare).toBeCloseTo(2 / 3);
    expect(diversity.heldByOne.map((t) => t.topic)).toEqual(["chess", "Music"]);
    expect(topicDiversity([])).toEqual({ topics: [], people: 0, heldByOne: [], heldByOneShare: 0, dominant: null, dominantShare: 0 });
  });
});
