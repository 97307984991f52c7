import { describe, expect, it } from "vitest";
import { resolveContact } from "../../../src/core/contacts/contact";
import { localDateOf } from "../../../src/core/shared/dates";
import { describeLastTime, describeLongSilence, describeSilence, explainLongSilence, lastTimeOf, longSilenceDays, wayBackLine } from "../../../src/core/insight/way-back";
import { settingsWith, source, touchLog as log } from "../helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();

const person = (fm: Record<string, unknown>) => resolveContact(source(fm, { today: TODAY }), resolved);

describe("a long silence", () => {
  it("starts at two half-lives of the tier, once past the overdue line", () => {
    // Peers: half-life 3 months (90 days), so 180 days of silence.
    expect(longSilenceDays(person({ tier: "peer", last_touch: "2026-05-27" }), TODAY)).toBeNull();
    expect(longSilenceDays(person({ tier: "peer", last_touch: "2026-05-26" }), TODAY)).toBe(180);
    // Aspirational warmth halves every 6 weeks, but they are overdue only after 6 months: 12 weeks isn't long yet.
    const aspirational = resolved.tiers.find((t) => t.id === "aspirational")!;
    expect(aspirational.halfLifeDays * 2).toBeLessThan(aspirational.overdueAfterDays);
    expect(longSilenceDays(person({ tier: "aspirational", last_touch: "2026-08-30" }), TODAY)).toBeNull();
    expect(longSilenceDays(person({ tier: "aspirational", last_touch: "2026-05-20" }), TODAY)).toBe(186);
    // A cadence of the note's own moves the line too.
    expect(longSilenceDays(person({ tier: "peer", cadence: "1y", last_touch: "2026-01-01" }), TODAY)).toBeNull();
  });

  it("is not shown for someone never touched, snoozed or let fade", () => {
    expect(longSilenceDays(person({ tier: "peer" }), TODAY)).toBeNull();
    expect(longSilenceDays(person({ tier: "peer", last_touch: "2025-01-01", snooze_until: "2026-12-01" }), TODAY)).toBeNull();
    expect(longSilenceDays(person({ tier: "peer", last_touch: "2025-01-01", status: "paused" }), TODAY)).toBeNull();
  });

  it("counts local days: a last touch logged at 23:30 on 26 May is 180 days before 22 November", () => {
    const day = localDateOf(new Date(2026, 4, 26, 23, 30));
    expect(longSilenceDays(person({ tier: "peer", last_touch: day }), TODAY)).toBe(180);
  });

  it("says how long without alarm, and why", () => {
    expect(describeLongSilence(426)).toBe("it's been a while — 14 months");
    expect(describeSilence(60)).toBe("9 weeks");
    expect(describeSilence(800)).toBe("2 years");
    expect(explainLongSilence(426, 90)).toBe(
      "No touch in 14 months: more than 2 half-lives of warmth (half-life 3 months). Reconnecting after a long gap goes easier when you pick up where you left off; the starter offered cites your last note.",
    );
  });
});

describe("last time", () => {
  it("is the newest touch's note, without a dismissal mark, else a topic", () => {
    const touches = log("2025-08-01 call — her move to Lisbon", "2025-09-01 coffee", "2025-07-01 call — the old job");
    expect(lastTimeOf(touches, ["typography"])).toEqual({ text: "her move to Lisbon", from: "note", date: "2025-08-01" });
    expect(describeLastTime(lastTimeOf(touches, [])!)).toBe("last time: her move to Lisbon");
    expect(lastTimeOf(log("2025-09-01 intro — to [[Lena]] (follow-up dismissed)"), [])?.text).toBe("to [[Lena]]");
    expect(lastTimeOf(log("2025-09-01 coffee"), [" ", "typography"])).toEqual({ text: "typography", from: "topic", date: null });
    expect(lastTimeOf([], [])).toBeNull();
  });

  it("opens the way-back starter", () => {
    expect(wayBackLine({ text: "her move to Lisbon", from: "note", date: "2025-08-01" })).toBe("It's been a while! Last time we talked about her move to Lisbon — how did it go?");
    expect(wayBackLine({ text: "typography", from: "topic", date: null })).toBe("It's been a while! I was thinking about typography and it made me think of you.");
    expect(wayBackLine(null)).toBe("It's been a while — I was thinking of you and wanted to say hello.");
  });
});
