/**
 * The review of the fixture vault (tests/fixtures/review-vault), every figure worked
 * out by hand from the notes. Today is 2026-11-22; the last 90 days run from
 * 2026-08-25 to 2026-11-22. Finn is paused and left out of everything.
 */
import { describe, expect, it, vi } from "vitest";
import { notices } from "../fake/harness";
import { SliceClock } from "../../src/obsidian/slice-clock";
import { NOTES_PER_SLICE, TouchHistory } from "../../src/obsidian/touch-history";
import { reviewOf, startReviewVault } from "./review-fixture";
import { note, startPlugin } from "./start-plugin";

const names = (list: { name: string }[]) => list.map((x) => x.name);

describe("the review of the fixture vault, over 90 days", () => {
  it("covers the last 90 days and leaves the paused contact out", async () => {
    const review = await reviewOf(await startReviewVault(), 90);
    expect(review.period).toEqual({ days: 90, from: "2026-08-25", to: "2026-11-22" });
    expect(review.people).toBe(8);
    expect(review.paused).toBe(1);
  });

  it("counts who was on time in each tier, and the touch days against the cadence", async () => {
    const review = await reviewOf(await startReviewVault(), 90);
    const tiers = review.tiers.map((t) => ({ id: t.tier.id, people: t.people, onTime: t.onTime, late: t.late, never: t.neverTouched, touches: t.touches, asks: [t.askedAtLeast, t.askedAtMost] }));
    expect(tiers).toEqual([
      // Ana: gaps 29 (from 08-01), 21, 20, 21, 10 (the daily note's mention on 11-10), 5, then 7 days to today: all within 42.
      // Hal: his own cadence of 10 days; gaps 5, 5, 9, 8 and 6 to today. Touch days: Ana 6, Hal 5.
      // Asks: 90/42 + 90/10 = 11.1 → 11 at least; 90/14 + 90/5 (Hal is due from day 5) = 24.4 → 24 at most.
      { id: "ally", people: 2, onTime: 2, late: [], never: [], touches: 11, asks: [11, 24] },
      // Ben: gaps of 29 and 13–15 days; Eve: 87 days since 08-27, past 70; Gia: never touched.
      // Touch days: Ben 7, Eve 1. Asks: 3 × 90/70 = 3.9 → 4; 3 × 90/42 = 6.4 → 6.
      { id: "peer", people: 3, onTime: 1, late: ["Eve"], never: ["Gia"], touches: 8, asks: [4, 6] },
      // Cleo: 128 days from 04-20 to 08-26, then 88 to today, past 84. Ivy: 08-25, 10-01, 11-12 (08-24 is the day before the period).
      { id: "mentor", people: 2, onTime: 1, late: ["Cleo"], never: [], touches: 4, asks: [2, 3] },
      // Dev: one touch on 07-15, 130 days ago, within 180; none in the period. Asks: 90/180 = 0.5 → 1; 90/90 = 1.
      { id: "aspirational", people: 1, onTime: 1, late: [], never: [], touches: 0, asks: [1, 1] },
    ]);
  });

  it("sizes the segments against the method's suggested start", async () => {
    const review = await reviewOf(await startReviewVault(), 90);
    expect(review.segments.map((s) => [s.tier.id, s.people, s.guidance?.start])).toEqual([
      ["ally", 2, 5],
      ["peer", 3, 10],
      ["mentor", 2, 3],
      ["aspirational", 1, 10],
    ]);
  });

  it("measures reciprocity over the 20 newest touches with an exchange", async () => {
    const { reciprocity } = await reviewOf(await startReviewVault(), 90);
    // 22 touches in the period record an exchange (Ana 5, Ben 7, Cleo 1, Eve 1, Hal 5, Ivy 3);
    // the two oldest drop out: Ivy's on 08-25 and Cleo's on 08-26.
    expect(reciprocity.sample).toHaveLength(20);
    expect(reciprocity.sample[0]).toMatchObject({ date: "2026-11-20", path: "People/Ben.md" });
    expect(reciprocity.sample[19]).toMatchObject({ date: "2026-08-27", path: "People/Eve.md" });
    // gave: Ana 3, Ben 1, Hal 1, Ivy 2; asked: Ana 1, Ben 4, Eve 1, Hal 3; exchanged: Ana 1, Ben 2, Hal 1.
    expect(reciprocity.counts).toEqual({ gave: 7, asked: 9, exchanged: 4 });
    expect(reciprocity.askedShare).toBe(0.45);
    expect(reciprocity.flagged).toBe(true);
  });

  it("shows who reached out, and flags the one-sided", async () => {
    const { initiative } = await reviewOf(await startReviewVault(), 90);
    expect(initiative.map((r) => [r.name, r.counts.out, r.counts.in, r.counts.mutual, r.oneSided])).toEqual([
      ["Ana", 5, 0, 0, "me"], // 5 of 5 by me
      ["Hal", 1, 4, 0, "them"], // 4 of 5 by him: exactly 80%
      ["Ben", 3, 3, 1, null],
      ["Ivy", 2, 0, 1, null], // 2 of 3 by me, but fewer than 5 touches
      ["Cleo", 0, 1, 0, null],
      ["Eve", 1, 0, 0, null],
    ]);
  });

  it("lists who is drifting and who is cooling", async () => {
    const review = await reviewOf(await startReviewVault(), 90);
    // Eve: gaps of 14, 14, 14 and 15 days, so a rhythm of 14; 87 days quiet is 6.2× that.
    expect(names(review.drifting)).toEqual(["Eve"]);
    expect(review.drifting[0]?.drift).toMatchObject({ rhythmDays: 14, silenceDays: 87 });
    // Dev: aspirational, half-life 42 days, 130 days since: 0.5^(130/42) = 0.117, below 0.25.
    expect(names(review.cooling)).toEqual(["Dev"]);
    expect(review.cooling[0]?.warmth.value).toBeCloseTo(0.117, 3);
  });

  it("suggests a closer tier for Ben and a farther one for Cleo, with the reasons", async () => {
    const review = await reviewOf(await startReviewVault(), 90);
    expect(review.suggestions.map((s) => [s.name, s.direction, s.from.id, s.to.id, s.reason])).toEqual([
      ["Ben", "promote", "peer", "ally", "touched 7 times in 90 days; Peers ask for one every 6–10 weeks (at most about 2 in 90 days)"],
      ["Cleo", "move-down", "mentor", "aspirational", "overdue twice in 90 days (gaps of 128 and 88 days); Mentors ask for one every 8–12 weeks"],
    ]);
  });

  it("counts contacts per topic and the topics only one person holds", async () => {
    const { topics } = await reviewOf(await startReviewVault(), 90);
    expect(topics.topics.map((t) => [t.topic, t.count])).toEqual([
      ["product", 4],
      ["hiring", 2],
      ["research", 2],
      ["climate", 1],
      ["design", 1],
      ["rust", 1],
      ["writing", 1],
    ]);
    expect(topics.people).toBe(8);
    expect(topics.heldByOne.map((t) => t.topic)).toEqual(["climate", "design", "rust", "writing"]);
    expect(topics.heldByOneShare).toBeCloseTo(4 / 7);
    // product: 4 of 8 people is exactly half, not more: no monoculture.
    expect(topics.dominant).toBeNull();
  });
});

describe("the review over other periods", () => {
  it("over 30 days, asks in 3 of 9 touches and suggests nothing", async () => {
    const review = await reviewOf(await startReviewVault(), 30);
    expect(review.period).toMatchObject({ from: "2026-10-24", to: "2026-11-22" });
    // Ana 10-31 exchanged, 11-15 gave; Ben 11-06 exchanged, 11-20 asked; Hal 10-25 gave, 10-30 asked, 11-08 asked, 11-16 exchanged; Ivy 11-12 gave.
    expect(review.reciprocity.counts).toEqual({ gave: 3, asked: 3, exchanged: 3 });
    expect(review.reciprocity.flagged).toBe(false);
    // Ben: 2 touch days (11-06, 11-20) is fewer than 4. Cleo: only today's silence of 88 days falls in the period.
    expect(review.suggestions).toEqual([]);
  });
});

describe("touch history", () => {
  it("reads a changed touch log again once told the note changed", async () => {
    const started = await startReviewVault();
    const { plugin, app } = started;
    const history = new TouchHistory(plugin.app, () => plugin.settings);
    const first = await history.load(["People/Gia.md", "People/Nobody.md"]);
    expect(first.get("People/Gia.md")).toEqual([]);
    expect(first.get("People/Nobody.md")).toEqual([]);
    await app.vault.modify(app.vault.getFileByPath("People/Gia.md")!, `${started.text("People/Gia.md") ?? ""}- 2026-11-21 call ← gave — she reached out\n`);
    expect((await history.load(["People/Gia.md"])).get("People/Gia.md")).toEqual([]);
    history.forget(["People/Gia.md"]);
    expect((await history.load(["People/Gia.md"])).get("People/Gia.md")).toEqual([{ date: "2026-11-21", kind: "call", direction: "in", exchange: "gave", note: "she reached out" }]);
    expect(notices()).toEqual([]);
  });

  it("reads a big vault in slices, yielding to the app between them", async () => {
    const files = Object.fromEntries(Array.from({ length: 2 * NOTES_PER_SLICE + 50 }, (_, i) => [`People/P${i}.md`, note("tier: peer", `## Touches\n- 2026-11-0${(i % 9) + 1} call → gave\n`)]));
    const { plugin } = await startPlugin(files);
    const yields = vi.spyOn(SliceClock.prototype, "yield");
    const history = new TouchHistory(plugin.app, () => plugin.settings);
    const touches = await history.load(Object.keys(files));
    expect(yields).toHaveBeenCalledTimes(2);
    expect(touches.size).toBe(450);
    expect(touches.get("People/P449.md")).toEqual([{ date: "2026-11-09", kind: "call", direction: "out", exchange: "gave" }]);
    // Known notes aren't read again.
    await history.load(Object.keys(files));
    expect(yields).toHaveBeenCalledTimes(2);
    yields.mockRestore();
  });

  it("writes a tier only for a tier that exists, and never into broken properties", async () => {
    const broken = note("tier: peer\nrole: Staff: tools");
    const started = await startPlugin({ "People/Paolo.md": broken, "People/Sam.md": note("tier: peer") });
    await expect(started.plugin.writer.setTier("People/Sam.md", "friends")).rejects.toThrow('"friends" is not one of the tiers');
    await expect(started.plugin.writer.setTier("People/Paolo.md", "ally")).rejects.toThrow(/not valid YAML/);
    expect(started.text("People/Paolo.md")).toBe(broken);
    await started.plugin.writer.setTier("People/Sam.md", "mentor");
    await started.flush();
    expect(started.text("People/Sam.md")).toBe(note("tier: mentor"));
    expect(started.plugin.index.get("People/Sam.md")?.tier.id).toBe("mentor");
  });
});
