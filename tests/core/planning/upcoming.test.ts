import { describe, expect, it } from "vitest";
import { resolveContact } from "../../../src/core/contacts/contact";
import { upcomingContacts } from "../../../src/core/planning/upcoming";
import { settingsWith, source } from "../helpers";

const resolved = settingsWith();
const TODAY = "2026-11-22";
const contact = (path: string, fm: Record<string, unknown>) => resolveContact(source(fm, { path }), resolved);

describe("upcomingContacts", () => {
  // Close allies become due 14 days after the last touch; peers 42.
  const people = [
    contact("People/Ada.md", { tier: "ally", last_touch: "2026-11-12" }), // due 11-26: in 4 days
    contact("People/Bo.md", { tier: "ally", last_touch: "2026-11-10" }), // due 11-24: in 2 days
    contact("People/Cy.md", { tier: "ally", last_touch: "2026-11-09" }), // due 11-23: tomorrow
    contact("People/Di.md", { tier: "ally", last_touch: "2026-11-08" }), // due today: already due, not upcoming
    contact("People/Ed.md", { tier: "peer", last_touch: "2026-11-20" }), // due 2027-01-01: too far
    contact("People/Flo.md", { tier: "ally" }), // never touched: due, not upcoming
    contact("People/Gus.md", { tier: "ally", last_touch: "2026-11-12", snooze_until: "2026-12-01" }), // snoozed
    contact("People/Hal.md", { tier: "ally", last_touch: "2026-11-12", status: "paused" }), // paused
    contact("People/Abe.md", { tier: "ally", last_touch: "2026-11-10" }), // due 11-24, same day as Bo
  ];

  it("lists ok contacts who become due within the window, soonest first, then by name", () => {
    const entries = upcomingContacts(people, TODAY, 14);
    expect(entries.map((e) => [e.contact.name, e.dueDate, e.daysUntil])).toEqual([
      ["Cy", "2026-11-23", 1],
      ["Abe", "2026-11-24", 2],
      ["Bo", "2026-11-24", 2],
      ["Ada", "2026-11-26", 4],
    ]);
    expect(entries.every((e) => e.due.state === "ok")).toBe(true);
  });

  it("includes the last day of the window and nothing after it", () => {
    expect(upcomingContacts(people, TODAY, 4).map((e) => e.contact.name)).toEqual(["Cy", "Abe", "Bo", "Ada"]);
    expect(upcomingContacts(people, TODAY, 3).map((e) => e.contact.name)).toEqual(["Cy", "Abe", "Bo"]);
    expect(upcomingContacts(people, TODAY, 1).map((e) => e.contact.name)).toEqual(["Cy"]);
  });

  it("reaches further with a longer window", () => {
    expect(upcomingContacts(people, TODAY, 40).map((e) => e.contact.name)).toEqual(["Cy", "Abe", "Bo", "Ada", "Ed"]);
  });

  it("uses a contact's own cadence", () => {
    // 10-day cadence with a 7-day due-soon window: due from day 5.
    const own = contact("People/Ivy.md", { cadence: "10d", last_touch: "2026-11-20" });
    expect(upcomingContacts([own], TODAY, 14)).toMatchObject([{ dueDate: "2026-11-25", daysUntil: 3 }]);
  });

  it("counts calendar days across a month end and a daylight-saving change", () => {
    const late = contact("People/Jo.md", { tier: "ally", last_touch: "2026-10-20" });
    expect(upcomingContacts([late], "2026-10-30", 10)).toMatchObject([{ dueDate: "2026-11-03", daysUntil: 4 }]);
  });

  it("is empty for no contacts", () => {
    expect(upcomingContacts([], TODAY, 14)).toEqual([]);
  });
});
