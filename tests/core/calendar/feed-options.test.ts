import { describe, expect, it } from "vitest";
import { calendarEvents, feedOptionsOf, type FeedOptions } from "../../../src/core/calendar/calendar-events";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { writeCalendar } from "../../../src/core/calendar/ics";
import { parseFeed } from "../ics-parse";
import { parseWithTsIcs } from "../ics-second-parser";
import { settingsWith, source } from "../helpers";

const TODAY = "2026-11-22";
const NOW = new Date(Date.UTC(2026, 10, 22, 9, 0, 0));
const resolved = settingsWith();

function contact(path: string, frontmatter: Record<string, unknown>): Contact {
  return resolveContact(source(frontmatter, { path, today: TODAY }), resolved);
}

const PEOPLE = [
  contact("People/Sam Rivera.md", { tier: "ally", last_touch: "2026-09-01", birthday: "1990-12-02", topics: ["cycling", "jazz"] }),
  contact("People/Zoë Laurent.md", { tier: "ally", last_touch: "2026-08-01", birthday: "--12-02" }),
  contact("People/Ana.md", { tier: "peer", last_touch: "2026-10-19", role_since: "2021-03-01" }),
];

function feed(options: FeedOptions): ReturnType<typeof parseFeed>["events"] {
  return parseFeed(writeCalendar(calendarEvents(PEOPLE, TODAY, resolved.tiers, 5, options), NOW)).events;
}

const full = feedOptionsOf(resolved.settings);

describe("the feed's heads-ups", () => {
  it("gives planned touches and dates each their own heads-up, from the settings' defaults", () => {
    const events = parseWithTsIcs(writeCalendar(calendarEvents(PEOPLE, TODAY, resolved.tiers, 5, full), NOW));
    const touches = events.filter((e) => e.summary.startsWith("Reach out to "));
    const dates = events.filter((e) => !e.summary.startsWith("Reach out to "));
    expect(touches.length).toBeGreaterThan(0);
    expect(dates.map((e) => e.summary).sort()).toEqual(["Ana: In the role since", "Sam Rivera: Birthday", "Zoë Laurent: Birthday"]);
    // 9:00 on the day of a touch; 9:00 three days before a date.
    for (const e of touches) expect(e.alarms).toEqual([{ action: "DISPLAY", description: e.summary, before: false, weeks: 0, days: 0, hours: 9, minutes: 0, seconds: 0 }]);
    for (const e of dates) expect(e.alarms).toEqual([{ action: "DISPLAY", description: e.summary, before: true, weeks: 0, days: 2, hours: 15, minutes: 0, seconds: 0 }]);
  });

  it("leaves the alarm out where the user chose none", () => {
    const text = writeCalendar(calendarEvents(PEOPLE, TODAY, resolved.tiers, 5, { ...full, dateAlarm: null }), NOW);
    const events = parseWithTsIcs(text);
    expect(events.filter((e) => e.alarms.length === 0).map((e) => e.summary).sort()).toEqual(["Ana: In the role since", "Sam Rivera: Birthday", "Zoë Laurent: Birthday"]);
    expect(writeCalendar(calendarEvents(PEOPLE, TODAY, resolved.tiers, 5, { ...full, dateAlarm: null, touchAlarm: null }), NOW)).not.toContain("VALARM");
  });
});

describe("how much of a person the feed holds", () => {
  it("names people in full by default, with the date as written and the note's path, and no topics", () => {
    const events = feed(full);
    expect(events.find((e) => e.summary === "Sam Rivera: Birthday")?.description).toBe("Birthday: 1990-12-02 (birthday in People/Sam Rivera.md)");
    expect(events.find((e) => e.summary === "Reach out to Sam Rivera")?.description).toBe("overdue: last touch 3 months ago\nNote: People/Sam Rivera.md");
    expect(events.map((e) => e.description ?? "").join("\n")).not.toContain("cycling");
  });

  it("with first names or initials, says only the name as allowed and why, never the path or the year of birth", () => {
    for (const [names, sam, zoe] of [
      ["first", "Sam", "Zoë"],
      ["initials", "S. R.", "Z. L."],
    ] as const) {
      const events = feed({ ...full, disclosure: { names, details: false } });
      const summaries = events.map((e) => e.summary);
      expect(summaries).toContain(`${sam}: Birthday`);
      expect(summaries).toContain(`Reach out to ${zoe}`);
      expect(events.find((e) => e.summary === `${sam}: Birthday`)?.description).toBeNull();
      expect(events.find((e) => e.summary === `Reach out to ${sam}`)?.description).toBe("overdue: last touch 3 months ago");
      const everything = events.map((e) => `${e.summary}\n${e.description ?? ""}`).join("\n");
      for (const secret of ["Rivera", "Laurent", "People/", "1990"]) expect(everything, `${names}: ${secret}`).not.toContain(secret);
    }
  });

  it("with counts only, holds one reminder a day and one date event per day and kind, and no name at all", () => {
    const text = writeCalendar(calendarEvents(PEOPLE, TODAY, resolved.tiers, 5, { ...full, disclosure: { names: "count", details: true } }), NOW);
    const events = parseFeed(text).events;
    expect(events.filter((e) => e.rrule !== null).map((e) => `${e.start} ${e.summary}`)).toEqual(["2000-03-01 In the role since: 1 person", "2000-12-02 Birthday: 2 people"]);
    expect(events.filter((e) => e.start === TODAY).map((e) => e.summary)).toEqual(["Reach out to 2 people"]);
    expect(events.every((e) => e.description === null)).toBe(true);
    for (const secret of ["Sam", "Zoë", "Ana", "People/", "cycling"]) expect(text).not.toContain(secret);
    // The heads-up says the same as the event.
    expect(parseWithTsIcs(text).every((e) => e.alarms[0]?.description === e.summary)).toBe(true);
  });

  it("keeps counted events' UIDs when the people behind them change, so calendars update them", () => {
    const uids = (people: Contact[]) => calendarEvents(people, TODAY, resolved.tiers, 5, { ...full, disclosure: { names: "count", details: false } }).map((e) => [e.summary, e.uid]);
    const before = new Map(uids(PEOPLE).map(([s, u]) => [u, s]));
    const after = new Map(uids(PEOPLE.slice(1)).map(([s, u]) => [u, s]));
    const birthday = [...before].find(([, s]) => s === "Birthday: 2 people")?.[0] ?? "";
    expect(after.get(birthday)).toBe("Birthday: 1 person");
  });

  it("adds topics and the last touch's note when details go along", () => {
    const lastNotes = new Map([["People/Sam Rivera.md", { date: "2026-09-01", note: "her move to Lisbon" }]]);
    const events = feed({ ...full, disclosure: { names: "first", details: true }, lastNotes });
    expect(events.find((e) => e.summary === "Reach out to Sam")?.description).toBe("overdue: last touch 3 months ago\nTopics: cycling, jazz\nLast time (2026-09-01): her move to Lisbon");
    expect(events.find((e) => e.summary === "Sam: Birthday")?.description).toBe("Topics: cycling, jazz\nLast time (2026-09-01): her move to Lisbon");
    expect(events.find((e) => e.summary === "Zoë: Birthday")?.description).toBeNull();
  });
});
