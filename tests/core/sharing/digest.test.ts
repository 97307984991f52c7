import { describe, expect, it } from "vitest";
import { calendarEvents, feedOptionsOf } from "../../../src/core/calendar/calendar-events";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { parseOpenTask, type PromiseTask } from "../../../src/core/conversation/promises";
import { buildDigest, type DigestOptions } from "../../../src/core/sharing/digest";
import { logSource, settingsWith, source, touchLog } from "../helpers";

// A Sunday.
const TODAY = "2026-11-22";
const resolved = settingsWith();
const OPTIONS: DigestOptions = { today: TODAY, tiers: resolved.tiers, weeklyCapacity: 5, upcomingDays: 14 };

function task(path: string, line: number, raw: string): PromiseTask {
  const parsed = parseOpenTask(raw, path, line);
  if (!parsed) throw new Error(`not a task: ${raw}`);
  return parsed;
}

function contact(path: string, frontmatter: Record<string, unknown>, promises: PromiseTask[] = []): Contact {
  return resolveContact(source(frontmatter, { path, today: TODAY, promises }), resolved);
}

describe("buildDigest", () => {
  it("lists who to reach today and later this week on the days the calendar feed puts them, with the plan's reason", () => {
    const people = [
      contact("People/Sam Rivera.md", { tier: "ally", last_touch: "2026-09-01" }),
      contact("People/Ana.md", { tier: "ally", last_touch: "2026-11-12" }),
      contact("People/Kai.md", { tier: "ally", last_touch: "2026-11-20" }),
    ];
    const digest = buildDigest(people, OPTIONS);
    expect(digest.reachToday.map((r) => `${r.name}: ${r.why}`)).toEqual(["Sam Rivera: overdue: last touch 3 months ago"]);
    // Ana comes due on Thursday 26 November, two weeks after her last touch; Kai in December.
    expect(digest.reachLater.map((r) => `${r.day} ${r.name}: ${r.why}`)).toEqual(["2026-11-26 Ana: due 26 Nov"]);
    const feed = calendarEvents(people, TODAY, resolved.tiers, 5, feedOptionsOf(resolved.settings)).filter((e) => e.date <= "2026-11-28" && !e.yearly);
    expect(feed.map((e) => `${e.date} ${e.summary}`)).toEqual(["2026-11-22 Reach out to Sam Rivera", "2026-11-26 Reach out to Ana"]);
    expect(digest.somethingDue).toBe(true);
  });

  it("lists someone once, on their first day, when the plan holds them twice this week", () => {
    // Over capacity today: the plan pulls the next weeks' people into Monday's batch.
    const people = ["A", "B", "C"].map((n) => contact(`People/${n}.md`, { tier: "ally", last_touch: "2026-08-01" }));
    const digest = buildDigest(people, { ...OPTIONS, weeklyCapacity: 1 });
    const all = [...digest.reachToday, ...digest.reachLater].map((r) => r.name);
    expect(new Set(all).size).toBe(all.length);
    expect(digest.reachToday.map((r) => r.name)).toEqual(["A", "B", "C"]);
  });

  it("lists promises due this week or late, once each, in plain words, soonest first", () => {
    const daily = task("Daily/2026-11-20.md", 3, "- [ ] introduce [[Sam Rivera]] to [[Ana|Ana S.]] 📅 2026-11-21");
    const people = [
      contact("People/Sam Rivera.md", { tier: "ally", last_touch: "2026-11-20" }, [task("People/Sam Rivera.md", 9, "- [ ] send the **article** [due:: 2026-11-27]"), daily, task("People/Sam Rivera.md", 10, "- [ ] call back 📅 2026-12-20"), task("People/Sam Rivera.md", 11, "- [ ] someday")]),
      contact("People/Ana.md", { tier: "ally", last_touch: "2026-11-20" }, [daily]),
    ];
    const digest = buildDigest(people, OPTIONS);
    expect(digest.promises.map((p) => [p.people.map((x) => x.name).join(" & "), p.text, p.due, p.daysLate])).toEqual([
      ["Ana & Sam Rivera", "introduce Sam Rivera to Ana S.", "2026-11-21", 1],
      ["Sam Rivera", "send the article", "2026-11-27", -5],
    ]);
    expect(digest.somethingDue).toBe(true);
  });

  it("lists the dates coming up within the view's days, and counts only today's as due", () => {
    const people = [
      contact("People/Sam Rivera.md", { tier: "ally", last_touch: "2026-11-20", birthday: "--11-29" }),
      contact("People/Ana.md", { tier: "ally", last_touch: "2026-11-20", role_since: "2024-12-01", birthday: "--12-20" }),
    ];
    const digest = buildDigest(people, OPTIONS);
    expect(digest.dates.map((d) => `${d.on} ${d.name}: ${d.label}${d.years === null ? "" : ` (${d.years})`}`)).toEqual(["2026-11-29 Sam Rivera: Birthday", "2026-12-01 Ana: In the role since (2)"]);
    expect(digest.somethingDue).toBe(false);
    expect(buildDigest(people, { ...OPTIONS, today: "2026-11-29" }).somethingDue).toBe(true);
  });

  it("has nothing due on a quiet day, and nothing at all for an empty vault", () => {
    const quiet = buildDigest([contact("People/Kai.md", { tier: "ally", last_touch: "2026-11-20" })], OPTIONS);
    expect(quiet).toEqual({ today: TODAY, reachToday: [], repliesOwed: 0, reachLater: [], promises: [], intros: [], dates: [], somethingDue: false });
    expect(buildDigest([], OPTIONS).somethingDue).toBe(false);
  });

  it("leaves out paused people and the snoozed until their snooze ends", () => {
    const people = [
      contact("People/Paused.md", { tier: "ally", status: "paused", last_touch: "2026-01-01" }),
      contact("People/Snoozed.md", { tier: "ally", last_touch: "2026-01-01", snooze_until: "2026-11-25" }),
    ];
    const digest = buildDigest(people, OPTIONS);
    expect(digest.reachToday).toEqual([]);
    expect(digest.reachLater.map((r) => `${r.day} ${r.name}`)).toEqual(["2026-11-25 Snoozed"]);
  });
});

describe("reciprocity in the digest", () => {
  it("puts a reply owed first today, counts it, and makes an introduction to follow up something due", () => {
    const owed = resolveContact(source({ tier: "peer" }, logSource(touchLog("2026-10-30 call →", "2026-11-17 check-in ←"), { path: "People/Mo.md" })), resolved);
    const intro = resolveContact(source({ tier: "mentor" }, logSource(touchLog("2026-10-10 intro → — to [[Ana Souza]]"), { path: "People/Lena.md" })), resolved);
    const digest = buildDigest([owed], OPTIONS);
    expect(digest.reachToday.map((r) => [r.name, r.why])).toEqual([["Mo", "replied? they reached out 5 days ago"]]);
    expect(digest.repliesOwed).toBe(1);
    const quiet = buildDigest([intro], OPTIONS);
    expect(quiet.reachToday).toEqual([]);
    expect(quiet.intros).toEqual([{ path: "People/Lena.md", name: "Lena", topics: [], with: "Ana Souza", introduced: "2026-10-10" }]);
    expect(quiet.somethingDue).toBe(true);
  });
});
