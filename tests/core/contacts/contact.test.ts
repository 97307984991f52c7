import { describe, expect, it } from "vitest";
import { describeRhythm, readTopics, resolveContact } from "../../../src/core/contacts/contact";
import { isContactNote, notAContactBecause } from "../../../src/core/contacts/contact-rule";
import { settingsWith, source } from "../helpers";

const resolved = settingsWith();

describe("isContactNote", () => {
  it("counts notes in the contacts folder and its subfolders", () => {
    expect(isContactNote("People/Sam.md", undefined, [], resolved)).toBe(true);
    expect(isContactNote("people/work/Sam.md", undefined, [], resolved)).toBe(true);
    expect(isContactNote("Peoplex/Sam.md", undefined, [], resolved)).toBe(false);
    expect(isContactNote("Notes/Sam.md", undefined, [], resolved)).toBe(false);
  });

  it("counts any note with a tier", () => {
    expect(isContactNote("Notes/Sam.md", { tier: "peer" }, [], resolved)).toBe(true);
    expect(isContactNote("Notes/Sam.md", { tier: "" }, [], resolved)).toBe(false);
  });

  it("counts the contact tag and its subtags when one is set", () => {
    const tagged = settingsWith({ contactTag: "#person" });
    expect(isContactNote("Notes/Sam.md", undefined, ["#person"], tagged)).toBe(true);
    expect(isContactNote("Notes/Sam.md", undefined, ["#Person/family"], tagged)).toBe(true);
    expect(isContactNote("Notes/Sam.md", undefined, ["#personal"], tagged)).toBe(false);
    expect(isContactNote("Notes/Sam.md", undefined, ["#person"], resolved)).toBe(false);
  });

  it("can turn the folder rule off", () => {
    expect(isContactNote("People/Sam.md", undefined, [], settingsWith({ contactsFolder: "" }))).toBe(false);
  });

  it("says why a note isn't a contact, naming only the rules the settings use", () => {
    expect(notAContactBecause(resolved)).toBe("it isn't in the contacts folder (People) and has no tier property");
    expect(notAContactBecause(settingsWith({ contactTag: "#person", contactsFolder: "/Contacts/" }))).toBe("it isn't in the contacts folder (Contacts), has no tier property and no #person tag");
    expect(notAContactBecause(settingsWith({ contactTag: "person", contactsFolder: "" }))).toBe("it has no tier property and no #person tag");
    expect(notAContactBecause(settingsWith({ contactsFolder: "", properties: { ...resolved.settings.properties, tier: "circle" } }))).toBe("it has no circle property");
  });
});

describe("resolveContact", () => {
  it("reads tier, dates, topics and status", () => {
    const c = resolveContact(source({ tier: "Close allies", last_touch: "2026-10-01", topics: "hiring, AI ops", snooze_until: "2026-12-01", status: "active" }), resolved);
    expect(c).toMatchObject({
      name: "Sam Rivera",
      tier: { id: "ally" },
      dueFromDays: 14,
      overdueAfterDays: 42,
      lastTouch: "2026-10-01",
      snoozeUntil: "2026-12-01",
      status: "active",
      topics: ["hiring", "AI ops"],
      warnings: [],
      writable: true,
    });
  });

  it("takes the later of last_touch and the touch log", () => {
    expect(resolveContact(source({ last_touch: "2026-10-01" }, { loggedTouchDates: ["2026-09-01", "2026-10-05"] }), resolved).lastTouch).toBe("2026-10-05");
    expect(resolveContact(source({ last_touch: "2026-10-09" }, { loggedTouchDates: ["2026-10-05"] }), resolved).lastTouch).toBe("2026-10-09");
    expect(resolveContact(source(undefined, { loggedTouchDates: ["2026-10-05"] }), resolved).lastTouch).toBe("2026-10-05");
    expect(resolveContact(source({}), resolved).lastTouch).toBeNull();
  });

  it("uses the default tier silently when there is none", () => {
    const c = resolveContact(source({}), resolved);
    expect(c.tier.id).toBe("peer");
    expect(c.warnings).toEqual([]);
  });

  it("warns about an unknown tier and uses the default", () => {
    const c = resolveContact(source({ tier: "banana" }), resolved);
    expect(c.tier.id).toBe("peer");
    expect(c.warnings).toEqual(['Unknown tier "banana"; using Peers.']);
  });

  it("warns about cadence banana and keeps the tier's range", () => {
    const c = resolveContact(source({ tier: "mentor", cadence: "banana" }), resolved);
    expect(c.cadenceOverride).toBeNull();
    expect([c.dueFromDays, c.overdueAfterDays]).toEqual([56, 84]);
    expect(c.warnings[0]).toMatch(/^cadence: "banana" is not a cadence.*using the Mentors range\.$/);
  });

  it("turns a cadence override into one interval with a due-soon window", () => {
    const c = resolveContact(source({ tier: "mentor", cadence: "3w" }), resolved);
    expect([c.cadenceOverride, c.dueFromDays, c.overdueAfterDays]).toEqual([21, 14, 21]);
    expect(describeRhythm(c)).toBe("every 3 weeks");
    expect(describeRhythm(resolveContact(source({ tier: "ally" }), resolved))).toBe("every 2–6 weeks");
    expect(describeRhythm(resolveContact(source({ tier: "aspirational" }), resolved))).toBe("every 3–6 months");
  });

  it("warns about bad dates and statuses without failing", () => {
    const c = resolveContact(source({ last_touch: "last spring", snooze_until: 7, status: "gone" }), resolved);
    expect(c.lastTouch).toBeNull();
    expect(c.snoozeUntil).toBeNull();
    expect(c.status).toBe("active");
    expect(c.warnings).toHaveLength(3);
  });

  it("accepts Date values from a YAML parser", () => {
    expect(resolveContact(source({ last_touch: new Date(Date.UTC(2026, 9, 1)) }), resolved).lastTouch).toBe("2026-10-01");
  });

  it("reads properties case-insensitively and with renamed keys", () => {
    expect(resolveContact(source({ Tier: "mentor" }), resolved).tier.id).toBe("mentor");
    const renamed = settingsWith({ properties: { ...resolved.settings.properties, tier: "circle" } });
    expect(resolveContact(source({ circle: "ally" }), renamed).tier.id).toBe("ally");
  });

  it("marks broken properties unwritable with the reason", () => {
    const c = resolveContact(source(undefined, { propertiesProblem: "The note's properties are not valid YAML (x)." }), resolved);
    expect(c.writable).toBe(false);
    expect(c.warnings[0]).toMatch(/not valid YAML/);
  });

  it("reads topics from lists and comma strings", () => {
    expect(readTopics(["#hiring", " fundraising ", 42, null])).toEqual(["hiring", "fundraising", "42"]);
    expect(readTopics("a, ,b")).toEqual(["a", "b"]);
    expect(readTopics(undefined)).toEqual([]);
  });

  it("reads paused", () => {
    expect(resolveContact(source({ status: "Paused" }), resolved).status).toBe("paused");
  });
});

describe("mentions in dated notes", () => {
  it("count as touches, and the source says where the last one came from", () => {
    const c = resolveContact(
      source({ last_touch: "2026-10-01" }, { loggedTouchDates: ["2026-10-05"], mentions: [{ date: "2026-11-20", path: "Daily/2026-11-20.md" }, { date: "2026-09-01", path: "Daily/2026-09-01.md" }], today: "2026-11-22" }),
      resolved,
    );
    expect(c.lastTouch).toBe("2026-11-20");
    expect(c.lastTouchSource).toBe("Daily/2026-11-20.md");
    expect(c.touchDates).toEqual(["2026-09-01", "2026-10-01", "2026-10-05", "2026-11-20"]);
  });

  it("the contact's own note is the source when the log is as new as the mention", () => {
    const c = resolveContact(source({}, { loggedTouchDates: ["2026-11-20"], mentions: [{ date: "2026-11-20", path: "Daily/2026-11-20.md" }], today: "2026-11-22" }), resolved);
    expect(c.lastTouchSource).toBe("People/Sam Rivera.md");
    // Logged and mentioned on the same day: one touch, not two.
    expect(c.touchDates).toEqual(["2026-11-20"]);
  });

  it("a note dated in the future doesn't count yet, and says so", () => {
    const c = resolveContact(source({}, { mentions: [{ date: "2026-12-01", path: "Meetings/Planning.md" }], today: "2026-11-22" }), resolved);
    expect(c.lastTouch).toBeNull();
    expect(c.warnings).toEqual(["Mentioned in Meetings/Planning.md, dated in the future (2026-12-01); a mention counts from its day."]);
  });
});

describe("important dates, promises, fading and topics", () => {
  it("reads birthdays with and without a year, and warns about impossible days", () => {
    const c = resolveContact(source({ birthday: "--04-17", role_since: "2023-02-30" }), resolved);
    expect(c.importantDates).toEqual([{ key: "birthday", label: "Birthday", anniversary: false, year: null, month: 4, day: 17 }]);
    expect(c.warnings).toEqual(['role_since: "2023-02-30" is not a real calendar day; ignored.']);
  });

  it("keeps promises sorted and passes their warnings on", () => {
    const p = (text: string, due: string | null, warning: string | null = null) => ({ path: "a.md", line: 0, text, raw: `- [ ] ${text}`, due, warning });
    const c = resolveContact(source({}, { promises: [p("later", null), p("bad", null, "Promise \"bad\" has a due date…"), p("soon", "2026-11-25")] }), resolved);
    expect(c.promises.map((x) => x.text)).toEqual(["soon", "bad", "later"]);
    expect(c.warnings).toEqual(['Promise "bad" has a due date…']);
  });

  it("reads the fade reason of a paused contact", () => {
    expect(resolveContact(source({ status: "paused", fade_reason: "moved on" }), resolved).fadeReason).toBe("moved on");
    expect(resolveContact(source({ status: "active", fade_reason: "old" }), resolved).fadeReason).toBeNull();
  });

  it("reads topics given as nested lists or numbers as text", () => {
    expect(readTopics([["ai", ["ops"]], 2026, "hiring, #growth"])).toEqual(["ai", "ops", "2026", "hiring", "growth"]);
    expect(readTopics(42)).toEqual(["42"]);
  });
});

describe("places, time zones and work", () => {
  it("reads a location as text: a list joined, a number as written", () => {
    expect(resolveContact(source({ location: "Lisbon" }), resolved).location).toBe("Lisbon");
    expect(resolveContact(source({ location: ["Lisbon", "Porto"] }), resolved).location).toBe("Lisbon, Porto");
    expect(resolveContact(source({ location: 1010 }), resolved).location).toBe("1010");
    expect(resolveContact(source({ location: "  " }), resolved).location).toBeNull();
  });

  it("keeps a time zone Intl knows, and warns about one it doesn't", () => {
    expect(resolveContact(source({ timezone: "Asia/Kolkata" }), resolved)).toMatchObject({ timezone: "Asia/Kolkata", warnings: [] });
    const bad = resolveContact(source({ timezone: "Mars/Olympus" }), resolved);
    expect(bad.timezone).toBeNull();
    expect(bad.warnings).toEqual(['timezone "Mars/Olympus" is not a time zone Obsidian knows (use a name like Europe/Lisbon); no local time is shown.']);
  });

  it("reads company, role and past companies", () => {
    const c = resolveContact(source({ company: "Harbor Lane", role: "Design lead", past_companies: ["Acme", "Globex"] }), resolved);
    expect(c).toMatchObject({ company: "Harbor Lane", role: "Design lead", pastCompanies: ["Acme", "Globex"] });
  });
});
