import { describe, expect, it } from "vitest";
import { resolveContact, type ContactSource } from "../../../src/core/contacts/contact";
import { computeDue } from "../../../src/core/contacts/due";
import { buildAgenda } from "../../../src/core/planning/agenda";
import { planWeeks } from "../../../src/core/planning/week-plan";
import { formatPlanLine } from "../../../src/core/daily/daily-lines";
import { localDateOf } from "../../../src/core/shared/dates";
import type { Touch } from "../../../src/core/touches/touch-line";
import { describeReplyOwed, explainReplyOwed, replyOwedSince, theirDaysOf, unansweredSince } from "../../../src/core/touches/replies";
import { inTimeZone, logSource, settingsWith, source, touchLog as log } from "../helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();

/** A contact resolved from its touch log (and whatever else the source adds), as the index would. */
function contact(touches: Touch[], fm: Record<string, unknown> = { tier: "ally" }, extra: Partial<ContactSource> = {}, settings = resolved) {
  return resolveContact(source(fm, logSource(touches, { today: TODAY, ...extra })), settings);
}

describe("their days", () => {
  it("are the days on which every logged line is theirs", () => {
    const touches = log("2026-11-01 call ←", "2026-11-05 check-in ←", "2026-11-05 call →", "2026-11-09 ← gave", "2026-11-10 lunch", "2026-11-12 ↔");
    expect(theirDaysOf(touches)).toEqual(["2026-11-01", "2026-11-09"]);
  });
});

describe("unansweredSince", () => {
  it("is the first of the run of their days that ends the history", () => {
    expect(unansweredSince(["2026-11-01", "2026-11-10", "2026-11-15"], ["2026-11-10", "2026-11-15"])).toBe("2026-11-10");
    expect(unansweredSince(["2026-11-01", "2026-11-10", "2026-11-15"], ["2026-11-01", "2026-11-15"])).toBe("2026-11-15");
    expect(unansweredSince(["2026-11-01", "2026-11-10"], ["2026-11-01"])).toBeNull();
    expect(unansweredSince([], [])).toBeNull();
  });
});

describe("a reply owed", () => {
  it("shows once the grace days have passed, at the top of the due list whatever the cadence says", () => {
    // Close allies are only due after 2 weeks; she wrote 5 days ago after a call 9 days ago.
    const sam = contact(log("2026-11-13 call →", "2026-11-17 check-in ← — asked about the offsite"));
    expect(sam.unansweredSince).toBe("2026-11-17");
    const due = computeDue(sam, TODAY);
    expect(due).toMatchObject({ state: "overdue", replyOwedSince: "2026-11-17", daysSince: 5 });
    expect(describeReplyOwed("2026-11-17", TODAY)).toBe("replied? they reached out 5 days ago");
    expect(explainReplyOwed("2026-11-17", TODAY, 3)).toBe(
      "They reached out on 2026-11-17 (← in the touch log) and no touch of yours has followed in 5 days. After 3 days a reply owed goes to the top of the due list; logging any touch with them clears it.",
    );

    // Far more overdue by cadence, and still below someone waiting on a reply.
    const late = resolveContact(source({ tier: "ally", last_touch: "2026-06-01" }, { path: "People/Ana.md", today: TODAY }), resolved);
    const agenda = buildAgenda([late, sam], TODAY, resolved.tiers);
    expect(agenda.overdue.map((e) => e.contact.name)).toEqual(["Sam Rivera", "Ana"]);
  });

  it("waits the grace days (a setting) before it shows", () => {
    const touches = log("2026-11-01 call →", "2026-11-20 ←");
    expect(computeDue(contact(touches), TODAY)).toMatchObject({ state: "ok", replyOwedSince: null });
    expect(computeDue(contact(touches, { tier: "ally" }, {}, settingsWith({ replyWithinDays: 2 })), TODAY)).toMatchObject({ state: "overdue", replyOwedSince: "2026-11-20" });
    expect(computeDue(contact(log("2026-11-22 ←"), { tier: "ally" }, {}, settingsWith({ replyWithinDays: 0 })), TODAY).replyOwedSince).toBe("2026-11-22");
  });

  it("counts from the first of several messages in a row", () => {
    const sam = contact(log("2026-11-01 call →", "2026-11-10 check-in ←", "2026-11-14 check-in ←", "2026-11-21 call ←"));
    expect(computeDue(sam, TODAY).replyOwedSince).toBe("2026-11-10");
  });

  it("is answered by any touch of yours, the same day or later", () => {
    expect(computeDue(contact(log("2026-11-10 check-in ←", "2026-11-10 call →")), TODAY).replyOwedSince).toBeNull();
    expect(computeDue(contact(log("2026-11-10 check-in ←", "2026-11-10 ↔")), TODAY).replyOwedSince).toBeNull();
    expect(computeDue(contact(log("2026-11-10 check-in ←", "2026-11-12 coffee")), TODAY).replyOwedSince).toBeNull();
    // Written newest first by hand: the order of lines doesn't matter, only their days.
    expect(computeDue(contact(log("2026-11-12 call →", "2026-11-10 check-in ←")), TODAY).replyOwedSince).toBeNull();
  });

  it("is answered by a mention on a later day, not by one on the day of their message", () => {
    const touches = log("2026-11-01 call →", "2026-11-10 check-in ←");
    const sameDay = contact(touches, { tier: "ally" }, { mentions: [{ date: "2026-11-10", path: "Daily/2026-11-10.md" }] });
    expect(computeDue(sameDay, TODAY).replyOwedSince).toBe("2026-11-10");
    const later = contact(touches, { tier: "ally" }, { mentions: [{ date: "2026-11-11", path: "Daily/2026-11-11.md" }] });
    expect(computeDue(later, TODAY).replyOwedSince).toBeNull();
    // A mention dated after today doesn't count yet, so it answers nothing.
    const future = contact(touches, { tier: "ally" }, { mentions: [{ date: "2026-11-30", path: "Daily/2026-11-30.md" }] });
    expect(computeDue(future, TODAY).replyOwedSince).toBe("2026-11-10");
  });

  it("ignores a message logged in the future (a typo) until its day", () => {
    const sam = contact(log("2026-11-01 call →", "2026-12-01 check-in ←"));
    expect(computeDue(sam, TODAY).replyOwedSince).toBeNull();
  });

  it("shows for someone snoozed, and not for someone let fade", () => {
    const touches = log("2026-11-01 call →", "2026-11-15 check-in ←");
    const snoozed = contact(touches, { tier: "ally", snooze_until: "2026-12-20" });
    expect(computeDue(snoozed, TODAY)).toMatchObject({ state: "overdue", replyOwedSince: "2026-11-15" });
    const faded = contact(touches, { tier: "ally", status: "paused" });
    expect(computeDue(faded, TODAY)).toMatchObject({ state: "paused", replyOwedSince: null });
    expect(replyOwedSince({ status: "paused", unansweredSince: "2026-11-15", replyWithinDays: 3 }, TODAY)).toBeNull();
  });

  describe("a message logged at 23:30 local time, west of UTC", () => {
    inTimeZone("America/Los_Angeles");

    it("counts on its local day, so the grace days end on the local calendar", () => {
      // 23:30 on 19 November in Los Angeles is 07:30 on 20 November in UTC.
      const wrote = new Date(2026, 10, 19, 23, 30);
      expect(wrote.toISOString().slice(0, 10)).toBe("2026-11-20");
      const day = localDateOf(wrote);
      expect(day).toBe("2026-11-19");
      const sam = contact(log("2026-11-01 call →", `${day} check-in ← — asked for the deck`));
      // Three local days later the reply is owed; by the UTC day it would still wait one more.
      expect(computeDue(sam, "2026-11-21").replyOwedSince).toBeNull();
      expect(computeDue(sam, "2026-11-22")).toMatchObject({ state: "overdue", replyOwedSince: "2026-11-19" });
      expect(describeReplyOwed("2026-11-19", localDateOf(new Date(2026, 10, 22, 23, 30)))).toBe("replied? they reached out 3 days ago");
    });
  });
});

describe("a reply owed in the plans", () => {
  it("comes first in this week's plan, snoozed or not, with its reason", () => {
    const hannah = contact(log("2026-11-01 call →", "2026-11-17 check-in ←"), { tier: "aspirational", snooze_until: "2027-01-01" }, { path: "People/Hannah.md" });
    const allies = ["Ana", "Ben"].map((name) => resolveContact(source({ tier: "ally", last_touch: "2026-08-01" }, { path: `People/${name}.md`, today: TODAY }), resolved));
    const plan = planWeeks([...allies, hannah], TODAY, resolved.tiers, 1);
    expect(plan.thisWeek.map((t) => [t.name, t.reason])).toEqual([["Hannah", "replied? they reached out 5 days ago"]]);
    expect(plan.overflow.map((t) => t.name)).toEqual(["Ana", "Ben"]);
  });

  it("gives the touch plan in the daily note its reason", () => {
    const hannah = contact(log("2026-11-17 check-in ←"));
    const [entry] = buildAgenda([hannah], TODAY, resolved.tiers).overdue;
    expect(formatPlanLine("[[Hannah]]", entry!, TODAY)).toBe("- [ ] [[Hannah]] — replied? they reached out 5 days ago");
  });
});
