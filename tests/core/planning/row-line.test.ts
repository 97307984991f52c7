import { describe, expect, it } from "vitest";
import { resolveContact } from "../../../src/core/contacts/contact";
import { computeDue } from "../../../src/core/contacts/due";
import { parseOpenTask, type PromiseTask } from "../../../src/core/conversation/promises";
import { LAST_TOUCH_RULE, ROW_LINE_RULES, rowLineOf, type RowLineRule } from "../../../src/core/planning/row-line";
import { logSource, settingsWith, source, touchLog } from "../helpers";

const resolved = settingsWith();
const TODAY = "2026-11-22";
const promise = (raw: string) => parseOpenTask(raw, "People/Sam.md", 3) as PromiseTask;

function lineOf(fm: Record<string, unknown>, promises: PromiseTask[] = [], rules?: readonly RowLineRule[]) {
  const contact = resolveContact(source(fm, { path: "People/Sam.md", promises }), resolved);
  const line = rowLineOf({ contact, due: computeDue(contact, TODAY), today: TODAY, upcomingDays: 14 }, rules);
  return `${line.rule}: ${line.text} (${line.tone})`;
}

describe("the line under a name", () => {
  it("is chosen in one order: reply owed, long silence, overdue, due, promise, introduction, date, snoozed, paused, last touch", () => {
    expect(ROW_LINE_RULES.map((r) => r.id)).toEqual(["reply-owed", "long-silence", "overdue", "due", "promise", "intro-follow-up", "date", "snoozed", "paused", "last-touch"]);
  });

  it("puts a reply owed first, a long silence gently before overdue, and an introduction after a promise; each says why", () => {
    const owed = (fm: Record<string, unknown>, lines: string[], promises: PromiseTask[] = []) => {
      const contact = resolveContact(source(fm, logSource(touchLog(...lines), { path: "People/Sam.md", promises, today: TODAY })), resolved);
      return rowLineOf({ contact, due: computeDue(contact, TODAY), today: TODAY, upcomingDays: 14 });
    };
    // Long silent before their message, and a promise late: the reply owed wins.
    const all = owed({ tier: "peer" }, ["2025-01-10 intro → — to [[Lena]]", "2026-11-17 check-in ←"], [promise("- [ ] call 📅 2026-11-01")]);
    expect(all).toMatchObject({ rule: "reply-owed", text: "replied? they reached out 5 days ago", tone: "late" });
    expect(all.why).toMatch(/^They reached out on 2026-11-17/);
    expect(owed({ tier: "peer" }, ["2025-09-10 call — her move to Lisbon"])).toMatchObject({ rule: "long-silence", text: "it's been a while — 14 months", tone: "quiet" });
    expect(owed({ tier: "ally", last_touch: "2026-11-20" }, ["2026-10-01 intro → — to [[Lena]]"], [promise("- [ ] call 📅 2026-11-25")])).toMatchObject({ rule: "promise" });
    expect(owed({ tier: "ally", last_touch: "2026-11-01", birthday: "--11-24" }, ["2026-10-01 intro → — to [[Lena]]"])).toMatchObject({ rule: "due" });
    const intro = owed({ tier: "mentor", last_touch: "2026-10-20", birthday: "--11-24" }, ["2026-10-01 intro → — to [[Lena]]"]);
    expect(intro).toMatchObject({ rule: "intro-follow-up", text: "how did the intro to Lena go?", tone: "quiet" });
    expect(intro.why).toMatch(/^You logged an introduction to Lena on 2026-10-01/);
  });

  it("says how overdue, before a promise or a date", () => {
    // Close allies are overdue after 6 weeks: 82 days since is 40 days past.
    expect(lineOf({ tier: "ally", last_touch: "2026-09-01", birthday: "--11-24" }, [promise("- [ ] call 📅 2026-11-01")])).toBe("overdue: overdue by 6 weeks (late)");
    expect(lineOf({ tier: "ally", last_touch: "2026-10-10" })).toBe("overdue: overdue by 1 day (late)");
  });

  it("says due, never touched or due today, before a promise or a date", () => {
    expect(lineOf({ tier: "ally", last_touch: "2026-11-01" }, [promise("- [ ] call 📅 2026-11-01")])).toBe("due: last touch 3 weeks ago (soon)");
    expect(lineOf({ tier: "mentor", birthday: "--11-24" })).toBe("due: never touched (soon)");
    expect(lineOf({ tier: "ally", last_touch: "2026-10-11" })).toBe("due: due today (soon)");
  });

  it("then names the most pressing promise, late ones in the error colour", () => {
    const recent = { tier: "ally", last_touch: "2026-11-20", birthday: "--11-24" };
    expect(lineOf(recent, [promise("- [ ] later 📅 2026-12-20"), promise("- [ ] call 📅 2026-11-13")])).toBe("promise: promise 9 days late (late)");
    expect(lineOf(recent, [promise("- [ ] call 📅 2026-11-25")])).toBe("promise: promise due in 3 days (quiet)");
    expect(lineOf(recent, [promise("- [ ] call"), promise("- [ ] write")])).toBe("promise: 2 open promises (quiet)");
  });

  it("then a date coming up, a snooze or a pause, and else the last touch", () => {
    expect(lineOf({ tier: "ally", last_touch: "2026-11-20", birthday: "--11-24" })).toBe("date: Birthday in 2 days (quiet)");
    expect(lineOf({ tier: "ally", last_touch: "2026-11-20", birthday: "--12-24" })).toBe("last-touch: last touch 2 days ago (quiet)");
    expect(lineOf({ tier: "ally", last_touch: "2026-09-01", snooze_until: "2026-12-24" })).toBe("snoozed: snoozed until 2026-12-24 (quiet)");
    expect(lineOf({ tier: "ally", status: "paused", fade_reason: "moved away" }, [promise("- [ ] call")])).toBe("paused: paused: moved away (quiet)");
  });

  it("takes a new rule where it is put in the order", () => {
    const owed: RowLineRule = { id: "reply-owed", describe: ({ contact }) => (contact.topics.includes("owed") ? { text: "you owe a reply", tone: "late" } : null) };
    const rules = [owed, ...ROW_LINE_RULES];
    expect(lineOf({ tier: "ally", last_touch: "2026-09-01", topics: ["owed"] }, [], rules)).toBe("reply-owed: you owe a reply (late)");
    expect(lineOf({ tier: "ally", last_touch: "2026-09-01" }, [], rules)).toBe("overdue: overdue by 6 weeks (late)");
    // Without a rule that always speaks, the last touch still fills the line.
    expect(lineOf({ tier: "ally", last_touch: "2026-11-20" }, [], [owed])).toBe("last-touch: last touch 2 days ago (quiet)");
    expect(LAST_TOUCH_RULE.id).toBe("last-touch");
  });
});
