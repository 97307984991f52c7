import { describe, expect, it } from "vitest";
import { matchesFilter } from "../../../src/core/planning/agenda";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { resolveTimeZoneName } from "../../../src/core/contacts/local-time";
import { peopleIn, placeChangeOf, placeCounts, placeFilterText, placeWrites } from "../../../src/core/contacts/places";
import { settingsWith, source } from "../helpers";

const settings = settingsWith();
const TODAY = "2026-11-22";

function contact(name: string, frontmatter: Record<string, unknown>): Contact {
  return resolveContact(source(frontmatter, { path: `People/${name}.md` }), settings);
}

const people = [
  contact("Ana", { tier: "peer", location: "Lisbon", last_touch: "2026-11-01" }), // ok
  contact("Bo", { tier: "peer", location: "lisbon ", last_touch: "2026-08-01" }), // overdue
  contact("Cy", { tier: "peer", location: "Lisboa", last_touch: "2026-09-25" }), // due
  contact("Di", { tier: "peer", location: "Lisbon", status: "paused" }),
  contact("Ed", { tier: "peer", location: "New York", last_touch: "2026-10-01" }), // due
  contact("Flo", { tier: "peer", location: "Berlin" }),
  contact("Gil", { tier: "peer", location: "Berlin" }),
  contact("Hu", { tier: "peer" }),
];

describe("placeCounts", () => {
  it("counts people per place, most first then by name; case and spaces don't split a place, other spellings stay apart", () => {
    expect(placeCounts(people)).toEqual([
      { place: "Berlin", count: 2 },
      { place: "Lisbon", count: 2 },
      { place: "Lisboa", count: 1 },
      { place: "New York", count: 1 },
    ]);
  });

  it("leaves out paused people and people without a place", () => {
    expect(placeCounts([people[3] as Contact, people[7] as Contact])).toEqual([]);
  });
});

describe("peopleIn", () => {
  it("lists the people in a place, most overdue first, without the paused", () => {
    expect(peopleIn(people, "LISBON", TODAY, settings.tiers).map((e) => [e.contact.name, e.due.state])).toEqual([
      ["Bo", "overdue"],
      ["Ana", "ok"],
    ]);
    expect(peopleIn(people, "Lisboa", TODAY, settings.tiers).map((e) => e.contact.name)).toEqual(["Cy"]);
  });
});

describe("the @ filter", () => {
  const names = (text: string) => people.filter((c) => matchesFilter(c, { text })).map((c) => c.name);

  it("matches places only, by substring, in any case", () => {
    expect(names("@lisb")).toEqual(["Ana", "Bo", "Cy", "Di"]);
    expect(names("@LISBON")).toEqual(["Ana", "Bo", "Di"]);
    expect(names(placeFilterText("New York"))).toEqual(["Ed"]);
    // A name is not a place.
    expect(names("@ana")).toEqual([]);
  });

  it("keeps words before the @ for names and topics, and takes a bare @ as 'has a place'", () => {
    expect(names("bo @lisbon")).toEqual(["Bo"]);
    expect(names("@")).toEqual(["Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gil"]);
    expect(names("hu")).toEqual(["Hu"]);
  });
});

describe("placeChangeOf", () => {
  const form = { location: "", timezone: "", clearLocation: false, clearTimezone: false };

  it("leaves blank fields alone and asks for something to do", () => {
    expect(placeChangeOf(form)).toEqual({ ok: false, reason: "Type a place or a time zone, or choose to clear one." });
    expect(placeChangeOf({ ...form, location: "  Porto  " })).toEqual({ ok: true, change: { location: "Porto" } });
  });

  it("makes the place one line and drops an @ typed out of habit", () => {
    expect(placeChangeOf({ ...form, location: "@ São\nPaulo" })).toEqual({ ok: true, change: { location: "São Paulo" } });
  });

  it("writes a listed zone in its own spelling and refuses one the platform doesn't know", () => {
    expect(placeChangeOf({ ...form, timezone: "asia/tokyo" })).toEqual({ ok: true, change: { timezone: "Asia/Tokyo" } });
    expect(placeChangeOf({ ...form, timezone: "Mars/Base" })).toEqual({ ok: false, reason: '"Mars/Base" is not a time zone Obsidian knows. Use a name like Europe/Lisbon or Asia/Kolkata.' });
    // Accepted even where the platform's list has only the older name (Asia/Calcutta).
    expect(resolveTimeZoneName("Asia/Kolkata")).toBe("Asia/Kolkata");
  });

  it("clears when asked, whatever was typed", () => {
    expect(placeChangeOf({ ...form, location: "Porto", clearLocation: true, clearTimezone: true })).toEqual({ ok: true, change: { location: null, timezone: null } });
  });
});

describe("placeWrites", () => {
  const keys = { location: "where", timezone: "tz" };

  it("writes only what differs from the note, under the configured keys", () => {
    expect(placeWrites({ where: "Porto", tz: "Europe/Lisbon" }, { location: "Porto", timezone: "Asia/Tokyo" }, keys)).toEqual([["tz", "Asia/Tokyo"]]);
    expect(placeWrites(undefined, { location: "Porto" }, keys)).toEqual([["where", "Porto"]]);
  });

  it("clears only what is there", () => {
    expect(placeWrites({ where: "Porto" }, { location: null, timezone: null }, keys)).toEqual([["where", null]]);
    expect(placeWrites({ where: "", tz: null }, { location: null, timezone: null }, keys)).toEqual([]);
  });
});
