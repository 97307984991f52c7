import { describe, expect, it } from "vitest";
import type { Reciprocity, SegmentSize, TierReview } from "../../../src/core/insight/review";
import { reviewPeriod } from "../../../src/core/insight/review-period";
import { askedRange, describeReciprocity, describeSegment, describeTierTouches, describeTopicDiversity } from "../../../src/core/insight/review-text";
import { topicDiversity } from "../../../src/core/insight/topic-diversity";
import type { Contact } from "../../../src/core/contacts/contact";

const peers = { id: "peer", label: "Peers", dueFromDays: 42, overdueAfterDays: 70, halfLifeDays: 90 };
const period = reviewPeriod("2026-11-22", 90);

describe("the words behind the review's figures", () => {
  it("says how the cadence's asks were computed", () => {
    const review: TierReview = { tier: peers, people: 3, onTime: 1, late: [], neverTouched: [], touches: 8, askedAtLeast: 4, askedAtMost: 6 };
    expect(describeTierTouches(review, period)).toBe(
      "8 touch days with Peers in the last 90 days (2026-08-25 to 2026-11-22); a day counts once per person, logged or mentioned. Their cadence (every 6–10 weeks) asks for about 4–6: 90 days over each person's overdue line, and over their due-from line, summed.",
    );
    expect(askedRange({ ...review, askedAtLeast: 1, askedAtMost: 1 })).toBe("1");
  });

  it("gives segment guidance as guidance, and just the count for a tier of the user's own", () => {
    const ally: SegmentSize = { tier: { ...peers, id: "ally", label: "Close allies" }, people: 12, guidance: { start: 5, note: "a closest circle of 10–15" } };
    expect(describeSegment(ally)).toBe("Close allies: 12 people. The method suggests starting with 5; that's guidance, not a rule. Also: a closest circle of 10–15.");
    expect(describeSegment({ tier: { ...peers, id: "friends", label: "Friends" }, people: 1, guidance: null })).toBe("Friends: 1 person.");
  });

  it("says when no touch records an exchange", () => {
    const empty: Reciprocity = { sample: [], counts: { gave: 0, asked: 0, exchanged: 0 }, askedShare: 0, flagged: false };
    expect(describeReciprocity(empty, period)).toBe("No touch in the last 90 days (2026-08-25 to 2026-11-22) records what was exchanged (gave, asked or exchanged).");
  });

  it("names a monoculture", () => {
    const person = (topics: string[]) => ({ topics }) as unknown as Contact;
    const diversity = topicDiversity([person(["finance"]), person(["finance", "golf"]), person(["finance"])]);
    expect(describeTopicDiversity(diversity)).toBe(
      "1 of 2 topics (50%) are held by a single person: if that person drifts, the topic goes with them. finance is carried by 100% of the people with topics: more than 50% is a monoculture.",
    );
    expect(describeTopicDiversity(topicDiversity([]))).toBe("No contact has topics yet.");
  });
});
