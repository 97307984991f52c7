import { describe, expect, it } from "vitest";
import { allClearText, buildBlockAgenda, matchesTopics } from "../../../src/core/planning/block-agenda";
import { describeDays } from "../../../src/core/shared/dates";
import { DEFAULT_BLOCK_OPTIONS, parseBlockOptions } from "../../../src/core/planning/block-options";
import { resolveContact } from "../../../src/core/contacts/contact";
import { settingsWith, source } from "../helpers";

const resolved = settingsWith();
const TODAY = "2026-11-22";
const contact = (path: string, fm: Record<string, unknown>) => resolveContact(source(fm, { path }), resolved);
const optionsFor = (text: string) => {
  const { options, errors } = parseBlockOptions(text, resolved.tiers);
  expect(errors).toEqual([]);
  return options;
};

const people = [
  contact("People/Ada.md", { tier: "ally", last_touch: "2026-09-01", topics: ["Hiring"] }), // overdue 40 days
  contact("People/Bo.md", { tier: "aspirational", last_touch: "2026-01-01" }), // overdue 145 days
  contact("People/Cy.md", { tier: "peer", last_touch: "2026-09-10", topics: "fundraising, ops" }), // overdue 3 days
  contact("People/Di.md", { tier: "mentor", topics: ["hiring"] }), // never touched
  contact("People/Flo.md", { tier: "ally", last_touch: "2026-11-01" }), // due
  contact("People/Gus.md", { tier: "ally", last_touch: "2026-11-12", topics: ["fundraising"] }), // due in 4 days
  contact("People/Hal.md", { tier: "peer", last_touch: "2026-10-12" }), // due 11-23: tomorrow
  contact("People/Ivy.md", { tier: "peer", snooze_until: "2026-12-24" }), // snoozed
];

const view = (text: string) => buildBlockAgenda(people, TODAY, resolved.tiers, optionsFor(text)).map((s) => [s.section, s.rows.map((r) => `${r.contact.name}: ${r.status}`), s.total]);

describe("buildBlockAgenda", () => {
  it("builds overdue, due soon and upcoming in order, with a status for each", () => {
    expect(view("")).toEqual([
      ["overdue", ["Ada: overdue 6 weeks", "Bo: overdue 5 months", "Cy: overdue 3 days"], 3],
      ["due", ["Flo: due", "Di: never touched"], 2],
      ["upcoming", ["Hal: due tomorrow", "Gus: due in 4 days"], 2],
    ]);
  });

  it("cuts each section to the limit and keeps the total", () => {
    expect(view("limit: 1")).toEqual([
      ["overdue", ["Ada: overdue 6 weeks"], 3],
      ["due", ["Flo: due"], 2],
      ["upcoming", ["Hal: due tomorrow"], 2],
    ]);
  });

  it("filters by tier and by any of the topics, ignoring case", () => {
    expect(view("tier: ally")).toEqual([
      ["overdue", ["Ada: overdue 6 weeks"], 1],
      ["due", ["Flo: due"], 1],
      ["upcoming", ["Gus: due in 4 days"], 1],
    ]);
    expect(view("topics: HIRING, Fundraising")).toEqual([
      ["overdue", ["Ada: overdue 6 weeks", "Cy: overdue 3 days"], 2],
      ["due", ["Di: never touched"], 1],
      ["upcoming", ["Gus: due in 4 days"], 1],
    ]);
    expect(view("tier: peer\ntopics: ops")).toEqual([
      ["overdue", ["Cy: overdue 3 days"], 1],
      ["due", [], 0],
      ["upcoming", [], 0],
    ]);
  });

  it("shows the sections asked for, in the order asked, and looks as far ahead as asked", () => {
    expect(view("show: upcoming, overdue\nupcoming: 1").map((s) => [s[0], s[2]])).toEqual([
      ["upcoming", 1],
      ["overdue", 3],
    ]);
  });
});

describe("matchesTopics", () => {
  it("matches whole topics, not parts of them", () => {
    expect(matchesTopics(people[2]!, ["fund"])).toBe(false);
    expect(matchesTopics(people[2]!, ["ops"])).toBe(true);
    expect(matchesTopics(people[1]!, [])).toBe(true);
  });
});

describe("describeDays", () => {
  it("uses days, then weeks, months and years", () => {
    expect([1, 2, 13, 14, 40, 69, 70, 145, 729, 730].map(describeDays)).toEqual([
      "1 day", "2 days", "13 days", "2 weeks", "6 weeks", "10 weeks", "2 months", "5 months", "24 months", "1 year",
    ]);
  });
});

describe("allClearText", () => {
  it("names the sections shown", () => {
    expect(allClearText(optionsFor(""))).toBe("All caught up: nobody is overdue, due soon or due in the next 14 days.");
    expect(allClearText(optionsFor("show: overdue"))).toBe("All caught up: nobody is overdue.");
    expect(allClearText(optionsFor("show: due, upcoming\nupcoming: 1"))).toBe("All caught up: nobody is due soon or due tomorrow.");
  });
});

describe("the dates section", () => {
  it("lists birthdays and anniversaries coming up, when asked for", () => {
    const resolved = settingsWith();
    const c = (path: string, fm: Record<string, unknown>) => resolveContact(source(fm, { path }), resolved);
    const people = [c("People/Ana.md", { birthday: "--11-30", last_touch: "2026-11-20" }), c("People/Sam.md", { role_since: "2024-11-24" }), c("People/Bo.md", { birthday: "--01-05" })];
    const [dates] = buildBlockAgenda(people, "2026-11-22", resolved.tiers, { ...DEFAULT_BLOCK_OPTIONS, show: ["dates"] });
    expect(dates?.rows.map((r) => `${r.contact.name}: ${r.status}`)).toEqual(["Sam: In the role since (2 years) in 2 days", "Ana: Birthday in 8 days"]);
  });
});
