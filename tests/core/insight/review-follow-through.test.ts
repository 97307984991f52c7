import { describe, expect, it } from "vitest";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { followThroughOf } from "../../../src/core/insight/review-follow-through";
import { reviewPeriod } from "../../../src/core/insight/review-period";
import { describeIntroductions, describeLongSilences, describeRepliesOwed } from "../../../src/core/insight/review-text";
import { logSource, settingsWith, source, touchLog } from "../helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();
const period = reviewPeriod(TODAY, 90);

function contact(name: string, fm: Record<string, unknown>, ...lines: string[]): Contact {
  return resolveContact(source(fm, logSource(touchLog(...lines), { path: `People/${name}.md` })), resolved);
}

describe("what the review says of replies, introductions and silences", () => {
  const hannah = contact("Hannah", { tier: "peer" }, "2026-10-30 call →", "2026-11-17 check-in ←");
  // Logged on both notes: one introduction. Helen answered it with a touch after 30 days; Wei did not.
  const helen = contact("Helen", { tier: "mentor" }, "2026-09-01 intro → — to [[Wei]]", "2026-10-05 coffee");
  const wei = contact("Wei", { tier: "peer" }, "2026-09-01 intro → — to [[Helen]]");
  // Introduced Sam to Noor ten days ago: made, not yet due.
  const sam = contact("Sam", { tier: "ally" }, "2026-11-12 intro → — to [[Noor]]");
  const kenji = contact("Kenji", { tier: "aspirational" }, "2026-04-01 resource → gave — sent him our blog post");

  it("counts each on constructed histories", () => {
    const f = followThroughOf([hannah, helen, wei, sam, kenji], period, TODAY);
    expect(f.repliesOwed).toEqual([{ path: "People/Hannah.md", name: "Hannah", since: "2026-11-17" }]);
    expect(f.introductionsMade).toBe(2);
    expect(f.introductionsDue).toBe(1);
    expect(f.introductionsFollowedUp).toBe(1);
    expect(f.longSilences).toEqual([{ path: "People/Kenji.md", name: "Kenji", days: 235 }]);
    expect(describeRepliesOwed(f)).toBe("Replies owed: 1 (Hannah since 2026-11-17).");
    expect(describeIntroductions(f, period)).toBe("Introductions: 2 made in the last 90 days (2026-08-25 to 2026-11-22); 1 of the 1 past their follow-up day followed up.");
    expect(describeLongSilences(f)).toBe("Long silences: 1 (Kenji, 8 months).");
  });

  it("leaves an introduction before the period out, and says none when there is none", () => {
    const old = contact("Ana", { tier: "peer", last_touch: "2026-11-20" }, "2026-05-01 intro → — to [[Lena]]");
    const f = followThroughOf([old], period, TODAY);
    expect(f).toMatchObject({ repliesOwed: [], introductionsMade: 0, longSilences: [] });
    expect(describeIntroductions(f, period)).toBe("Introductions: none logged in the last 90 days (2026-08-25 to 2026-11-22).");
    expect(describeRepliesOwed(f)).toBe("Replies owed: none. Everyone who reached out has heard back from you.");
  });
});
