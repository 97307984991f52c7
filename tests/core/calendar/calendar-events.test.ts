import { describe, expect, it } from "vitest";
import { calendarEvents, importantDateEvents, plannedTouchEvents, reminderDay, type FeedOptions } from "../../../src/core/calendar/calendar-events";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { stableUid, writeCalendar } from "../../../src/core/calendar/ics";
import { planWeeks } from "../../../src/core/planning/week-plan";
import { occurrences, parseFeed } from "../ics-parse";
import { settingsWith, source } from "../helpers";

// A Sunday: its week began on Monday 2026-11-16, the next one begins 2026-11-23.
const TODAY = "2026-11-22";
const resolved = settingsWith();
/** Full names, no details and no heads-up: the events as the notes have them. */
const PLAIN: FeedOptions = { touchAlarm: null, dateAlarm: null, disclosure: { names: "full", details: false } };

function contact(path: string, frontmatter: Record<string, unknown>): Contact {
  return resolveContact(source(frontmatter, { path, today: TODAY }), resolved);
}

describe("importantDateEvents", () => {
  it("makes each important date a yearly all-day event that starts in its own year, or in 2000 without one", () => {
    const sam = contact("People/Sam Rivera.md", { tier: "ally", birthday: "1990-04-17", role_since: "--09-01" });
    expect(importantDateEvents([sam], PLAIN)).toEqual([
      { uid: stableUid("People/Sam Rivera.md", "date", "birthday"), date: "1990-04-17", summary: "Sam Rivera: Birthday", description: "Birthday: 1990-04-17 (birthday in People/Sam Rivera.md)", yearly: true },
      { uid: stableUid("People/Sam Rivera.md", "date", "role_since"), date: "2000-09-01", summary: "Sam Rivera: In the role since", description: "In the role since: --09-01 (role_since in People/Sam Rivera.md)", yearly: true },
    ]);
  });

  it("keeps a 29 February birthday without a year on the last day of February every year", () => {
    const leap = contact("People/Leap.md", { birthday: "--02-29" });
    const text = writeCalendar(importantDateEvents([leap], PLAIN), new Date(Date.UTC(2026, 10, 22)));
    const [event] = parseFeed(text).events;
    expect(event?.start).toBe("2000-02-29");
    expect(occurrences(text, event?.uid ?? "", 29).slice(-3)).toEqual(["2026-02-28", "2027-02-28", "2028-02-29"]);
  });

  it("includes faded contacts' dates, as the view's list of dates does", () => {
    const faded = contact("People/Old Friend.md", { status: "paused", birthday: "--06-30" });
    expect(importantDateEvents([faded], PLAIN).map((e) => e.summary)).toEqual(["Old Friend: Birthday"]);
  });
});

describe("reminderDay", () => {
  const touch = { path: "People/Ana.md", name: "Ana", week: "2026-11-30", dueDate: "2026-11-30", reason: "due 30 Nov" };

  it("puts a touch on the Monday of its week", () => {
    expect(reminderDay(touch, TODAY)).toBe("2026-11-30");
  });

  it("moves it to its due date when that falls later in the same week", () => {
    expect(reminderDay({ ...touch, dueDate: "2026-12-03" }, TODAY)).toBe("2026-12-03");
    expect(reminderDay({ ...touch, dueDate: "2026-12-06" }, TODAY)).toBe("2026-12-06");
  });

  it("keeps it on the Monday when it was pulled early from a later week", () => {
    expect(reminderDay({ ...touch, dueDate: "2026-12-07" }, TODAY)).toBe("2026-11-30");
  });

  it("never puts it before today", () => {
    expect(reminderDay({ ...touch, week: "2026-11-16", dueDate: "2026-11-01" }, TODAY)).toBe(TODAY);
    expect(reminderDay({ ...touch, week: "2026-11-16", dueDate: "2026-11-18" }, TODAY)).toBe(TODAY);
  });
});

describe("plannedTouchEvents", () => {
  it("writes a one-day reminder with the plan's reason and the note, its UID from the note and the week", () => {
    const events = plannedTouchEvents([{ path: "People/Ana.md", name: "Ana", week: "2026-11-30", dueDate: "2026-12-02", reason: "due 2 Dec" }], TODAY, PLAIN);
    expect(events).toEqual([{ uid: stableUid("People/Ana.md", "touch", "2026-11-30"), date: "2026-12-02", summary: "Reach out to Ana", description: "due 2 Dec\nNote: People/Ana.md" }]);
    expect(events[0]?.yearly).toBeUndefined();
  });
});

describe("calendarEvents", () => {
  const people = [
    contact("People/Sam Rivera.md", { tier: "ally", last_touch: "2026-09-01", birthday: "1990-12-02" }),
    contact("People/Ana.md", { tier: "peer", last_touch: "2026-10-19" }),
    contact("People/Kai.md", { tier: "ally", last_touch: "2026-11-20" }),
    contact("People/Paused.md", { tier: "ally", status: "paused", last_touch: "2025-01-01", birthday: "--01-05" }),
  ];

  it("lists the dates by month and day, then the weekly plan's touches soonest first", () => {
    const events = calendarEvents(people, TODAY, resolved.tiers, 5, PLAIN);
    expect(events.slice(0, 2).map((e) => `${e.date} ${e.summary}${e.yearly ? " (yearly)" : ""}`)).toEqual(["2000-01-05 Paused: Birthday (yearly)", "1990-12-02 Sam Rivera: Birthday (yearly)"]);
    const touches = events.slice(2);
    // Every touch the plan holds, once, on its reminder day, and nothing else.
    const plan = planWeeks(people, TODAY, resolved.tiers, 5);
    const planned = [...plan.weeks.flatMap((w) => w.planned), ...plan.overflow];
    expect(touches.map((e) => e.uid).sort()).toEqual(planned.map((p) => stableUid(p.path, "touch", p.week)).sort());
    for (const p of planned) expect(touches.find((e) => e.uid === stableUid(p.path, "touch", p.week))?.date).toBe(reminderDay(p, TODAY));
    expect(touches.map((e) => e.date)).toEqual(touches.map((e) => e.date).sort());
    // Sam is overdue: today. Ana, a peer due six weeks after 19 October, on Monday 30 November. Paused never.
    expect(touches[0]).toMatchObject({ date: TODAY, summary: "Reach out to Sam Rivera" });
    expect(touches.find((e) => e.summary === "Reach out to Ana")?.date).toBe("2026-11-30");
    expect(touches.some((e) => e.summary.includes("Paused"))).toBe(false);
    expect(touches.every((e) => e.date >= TODAY && e.yearly === undefined)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("gives the same events, UIDs included, for the same contacts in any order", () => {
    expect(calendarEvents([...people].reverse(), TODAY, resolved.tiers, 5, PLAIN)).toEqual(calendarEvents(people, TODAY, resolved.tiers, 5, PLAIN));
  });

  it("follows the plan: as many this week as the capacity, and the people over it on next Monday, as the plan lists them", () => {
    const due = ["A", "B", "C", "D", "E", "F", "G"].map((name, i) => contact(`People/${name}.md`, { tier: "ally", last_touch: `2026-08-0${i + 1}` }));
    const plan = planWeeks(due, TODAY, resolved.tiers, 3);
    expect(plan.thisWeek.map((p) => p.name)).toEqual(["A", "B", "C"]);
    expect(plan.overflow.map((p) => p.name)).toEqual(["D", "E", "F", "G"]);
    const events = calendarEvents(due, TODAY, resolved.tiers, 3, PLAIN);
    const on = (date: string) => events.filter((e) => e.date === date).map((e) => e.summary);
    expect(events.filter((e) => e.date <= "2026-11-22").map((e) => e.summary)).toEqual(["Reach out to A", "Reach out to B", "Reach out to C"]);
    // Next Monday: the people the plan puts there, and those it lists as over this week's capacity, each once.
    const nextWeek = plan.weeks[1]?.planned.map((p) => p.name) ?? [];
    expect(nextWeek).toEqual(["B", "C", "D"]);
    expect(on("2026-11-23")).toEqual(["B", "C", "D", "E", "F", "G"].map((name) => `Reach out to ${name}`));
    const d = events.find((e) => e.summary === "Reach out to D");
    expect(d).toEqual({
      uid: stableUid("People/D.md", "touch", "2026-11-23"),
      date: "2026-11-23",
      summary: "Reach out to D",
      description: `${plan.overflow[0]?.reason ?? ""}; over this week's capacity, so next week\nNote: People/D.md`,
    });
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("keeps one reminder a week for a person over capacity whose next touch falls in next week too", () => {
    const weekly = resolveContact(source({ tier: "peer", cadence: "3d", last_touch: "2026-08-01" }, { path: "People/Often.md", today: TODAY }), resolved);
    const others = ["A", "B"].map((name) => contact(`People/${name}.md`, { tier: "ally", last_touch: "2026-07-01" }));
    expect(planWeeks([weekly, ...others], TODAY, resolved.tiers, 2).overflow.map((p) => p.name)).toEqual(["Often"]);
    const events = calendarEvents([weekly, ...others], TODAY, resolved.tiers, 2, PLAIN).filter((e) => e.summary === "Reach out to Often");
    expect(events.map((e) => e.date)).toEqual([...new Set(events.map((e) => e.date))]);
    expect(events[0]?.description).toMatch(/^overdue: .*; over this week's capacity, so next week\nNote: People\/Often.md$/);
    expect(events.some((e) => e.date <= TODAY)).toBe(false);
    expect(events[0]?.date).toBe("2026-11-23");
  });
});
