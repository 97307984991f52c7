/** Captured days are touch lines, so warmth, drift, the due lists and the review count them as they count any touch. */
import { describe, expect, it } from "vitest";
import { reviewOf } from "../review-fixture";
import { captureVault, fixture, openCapture, PEOPLE, PRIYA, SAM } from "./capture-fixture";

describe("captured touches count like any other", () => {
  it("move the last touch, warmth, rhythm and the review, exactly as the same lines written by hand do", async () => {
    const started = await captureVault({ "Exports/google.ics": fixture("google.ics") });
    const priya = () => started.plugin.api.getContacts().find((c) => c.path === PRIYA);
    expect(priya()).toMatchObject({ lastTouch: null, warmth: 0, rhythmDays: null });
    const reviewBefore = await reviewOf(started, 365);

    const modal = await openCapture(started, "Exports/google.ics");
    await modal.submit();
    await started.flush();
    // Days 01-09, 02-13, 04-09, 04-10 (one burst with the 9th), 05-14, 06-11: gaps 28, 34, 56, 35; the median is 35.
    expect(priya()).toMatchObject({ lastTouch: "2024-06-11", lastTouchSource: PRIYA, rhythmDays: 35, drifting: false });
    // Mentors' half-life is 3 months; the last touch was 4 days before today.
    expect(priya()?.warmth).toBeCloseTo(Math.pow(0.5, 4 / 90), 12);
    expect(started.plugin.index.get(PRIYA)?.touchDates).toEqual(["2024-01-09", "2024-02-13", "2024-04-09", "2024-04-10", "2024-05-14", "2024-06-11"]);
    const reviewAfter = await reviewOf(started, 365);
    const touchesOf = (review: typeof reviewAfter, tier: string) => review.tiers.find((t) => t.tier.id === tier)?.touches;
    expect([touchesOf(reviewBefore, "mentor"), touchesOf(reviewBefore, "ally")]).toEqual([0, 1]);
    expect([touchesOf(reviewAfter, "mentor"), touchesOf(reviewAfter, "ally")]).toEqual([6, 2]);

    // The same notes, written by hand, in a vault that never saw a capture.
    const byHand = await captureVault({ [PRIYA]: started.text(PRIYA) ?? "", [SAM]: started.text(SAM) ?? "" });
    expect(byHand.text(PRIYA)).not.toBe(PEOPLE[PRIYA]);
    expect(byHand.plugin.api.getContacts()).toEqual(started.plugin.api.getContacts());
    expect((await reviewOf(byHand, 365)).tiers).toEqual(reviewAfter.tiers);
  });
});
