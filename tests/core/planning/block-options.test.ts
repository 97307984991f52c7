import { describe, expect, it } from "vitest";
import { DEFAULT_BLOCK_OPTIONS, editDistance, findBlockContact, parseBlockOptions } from "../../../src/core/planning/block-options";
import { resolveContact } from "../../../src/core/contacts/contact";
import { settingsWith, source } from "../helpers";

const { tiers } = settingsWith();
const parse = (source: string) => parseBlockOptions(source, tiers);
const TIER_LIST = "Close allies (ally), Peers (peer), Mentors (mentor), Aspirational";

describe("parseBlockOptions", () => {
  it("gives the defaults for an empty block", () => {
    expect(parse("")).toEqual({ options: DEFAULT_BLOCK_OPTIONS, errors: [] });
    expect(parse("\n  \n# just a comment\n")).toEqual({ options: DEFAULT_BLOCK_OPTIONS, errors: [] });
    expect(DEFAULT_BLOCK_OPTIONS).toEqual({ limit: 10, tier: null, topics: [], show: ["overdue", "due", "upcoming"], upcomingDays: 14, datesDays: 14, contact: null });
  });

  it("reads every option", () => {
    const { options, errors } = parse("limit: 5\ntier: Peers\ntopics: hiring, Fundraising\nshow: due, overdue\nupcoming: 30");
    expect(errors).toEqual([]);
    expect(options).toEqual({ limit: 5, tier: tiers[1], topics: ["hiring", "fundraising"], show: ["due", "overdue"], upcomingDays: 30, datesDays: 30, contact: null });
  });

  it("looks for dates as far ahead as it is told the setting is, unless the block says", () => {
    expect(parseBlockOptions("show: dates", tiers, 45).options).toMatchObject({ upcomingDays: 14, datesDays: 45 });
    expect(parseBlockOptions("show: dates\nupcoming: 3w", tiers, 45).options).toMatchObject({ upcomingDays: 21, datesDays: 21 });
  });

  it("ignores blank lines, comments, spacing and the case of keys", () => {
    const { options, errors } = parse("\n# daily agenda\n  Limit :  3  \n\n   # tier: mentor\nTIER: close ally\n");
    expect(errors).toEqual([]);
    expect(options.limit).toBe(3);
    expect(options.tier?.id).toBe("ally");
  });

  it("does not mutate the defaults", () => {
    parse("limit: 2\ntopics: a\nshow: due");
    expect(DEFAULT_BLOCK_OPTIONS).toEqual({ limit: 10, tier: null, topics: [], show: ["overdue", "due", "upcoming"], upcomingDays: 14, datesDays: 14, contact: null });
  });

  it("resolves a tier by id, label or a loose form of it", () => {
    for (const [value, id] of [["peer", "peer"], ["Peers", "peer"], ["close allies", "ally"], ["Ally", "ally"], ["mentors", "mentor"]] as const) {
      expect(parse(`tier: ${value}`).options.tier?.id).toBe(id);
    }
  });

  it("reads topics as a comma list, a bracketed list, with tags' # and quotes dropped, duplicates once", () => {
    expect(parse("topics: [hiring, 'B2B SaaS']").options.topics).toEqual(["hiring", "b2b saas"]);
    expect(parse("topics: #hiring, #Hiring, , fundraising").options.topics).toEqual(["hiring", "fundraising"]);
  });

  it("accepts the heading's words for the due section and cadences for the upcoming window", () => {
    expect(parse("show: Due soon, upcoming").options.show).toEqual(["due", "upcoming"]);
    expect(parse("upcoming: 2w").options.upcomingDays).toBe(14);
    expect(parse("upcoming: 1m").options.upcomingDays).toBe(30);
  });

  it("names an unknown option and lists the options", () => {
    expect(parse("colour: blue").errors).toEqual(['Line 1: unknown option "colour". Options are limit, tier, topics, show, upcoming, contact.']);
  });

  it("suggests the nearest option for a typo", () => {
    expect(parse("limt: 5").errors).toEqual(['Line 1: unknown option "limt". Did you mean "limit"? Options are limit, tier, topics, show, upcoming, contact.']);
    expect(parse("shwo: due").errors[0]).toContain('Did you mean "show"?');
    expect(parse("tiers: peer").errors[0]).toContain('Did you mean "tier"?');
    expect(parse("upcomming: 7").errors[0]).toContain('Did you mean "upcoming"?');
    expect(parse("topic: a").errors[0]).toContain('Did you mean "topics"?');
    expect(parse("upcom: 7").errors[0]).toContain('Did you mean "upcoming"?');
    expect(parse("tags: a").errors[0]).toContain('Did you mean "topics"?');
    expect(parse("days: 7").errors[0]).toContain('Did you mean "upcoming"?');
  });

  it("rejects a limit that is not a whole number of at least 1", () => {
    for (const value of ["0", "-1", "2.5", "five", "10 rows"]) {
      const { options, errors } = parse(`limit: ${value}`);
      expect(errors).toEqual([`Line 1: limit: expected a whole number of at least 1, got "${value}".`]);
      expect(options.limit).toBe(10);
    }
    expect(parse("limit:").errors).toEqual(["Line 1: limit: expected a whole number of at least 1, got nothing."]);
  });

  it("lists the tiers when the tier doesn't exist, and suggests a near one", () => {
    expect(parse("tier: family").errors).toEqual([`Line 1: tier: there is no tier "family". The tiers are ${TIER_LIST}.`]);
    expect(parse("tier: Mentros").errors).toEqual([`Line 1: tier: there is no tier "Mentros". Did you mean "Mentors"? The tiers are ${TIER_LIST}.`]);
    expect(parse("tier:").errors).toEqual([`Line 1: tier: expected a tier's name or id: ${TIER_LIST}.`]);
    expect(parse("tier: family").options.tier).toBeNull();
  });

  it("rejects empty topics", () => {
    expect(parse("topics: , ,").errors).toEqual(["Line 1: topics: expected one or more topics separated by commas, like hiring, fundraising."]);
  });

  it("rejects unknown or repeated sections, and keeps the default sections", () => {
    const { options, errors } = parse("show: overdue, upcomming, whenever");
    expect(errors).toEqual([
      'Line 1: show: "upcomming" is not a section. Did you mean "upcoming"? "whenever" is not a section. Sections are overdue, due, upcoming, dates.',
    ]);
    expect(options.show).toEqual(["overdue", "due", "upcoming"]);
    expect(parse("show: due, due soon").errors).toEqual(["Line 1: show: due is listed twice. Sections are overdue, due, upcoming, dates."]);
    expect(parse("show:").errors).toEqual(["Line 1: show: expected one or more of overdue, due, upcoming, dates, separated by commas."]);
  });

  it("rejects a bad upcoming window", () => {
    expect(parse("upcoming: soon").errors).toEqual(['Line 1: upcoming: expected a number of days of at least 1, like 14 (or 2w, 1m), got "soon".']);
    expect(parse("upcoming: 0").errors).toHaveLength(1);
  });

  it("reports a repeated option and keeps the first value", () => {
    const { options, errors } = parse("limit: 3\ntier: peer\nlimit: 4");
    expect(errors).toEqual(["Line 3: limit is already set on line 1; set it once."]);
    expect(options.limit).toBe(3);
  });

  it("reports a line that is not an option", () => {
    expect(parse("limit 5").errors).toEqual(['Line 1: expected "option: value", got "limit 5".']);
    expect(parse(": 5").errors).toEqual(['Line 1: expected "option: value", got ": 5".']);
  });

  it("reports every problem, in line order, and never throws", () => {
    const { errors } = parse("limt: 5\r\nlimit: 0\r\ntier: nobody\r\n\r\nshow: all");
    expect(errors.map((e) => e.slice(0, 7))).toEqual(["Line 1:", "Line 2:", "Line 3:", "Line 5:"]);
    for (const weird of ["::::", "\u0000", "🌻: 🌻", "limit: 99999999999999999999", "tier: constructor", "toString: 1", "__proto__: x"]) {
      expect(() => parse(weird)).not.toThrow();
    }
    expect(parse("constructor: x").errors).toEqual(['Line 1: unknown option "constructor". Options are limit, tier, topics, show, upcoming, contact.']);
    expect(parse("__proto__: x").errors).toEqual(['Line 1: unknown option "__proto__". Options are limit, tier, topics, show, upcoming, contact.']);
    expect(parse("tier: constructor").errors).toEqual([`Line 1: tier: there is no tier "constructor". The tiers are ${TIER_LIST}.`]);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps", () => {
    expect(editDistance("limit", "limit")).toBe(0);
    expect(editDistance("limt", "limit")).toBe(1);
    expect(editDistance("shwo", "show")).toBe(1);
    expect(editDistance("", "tier")).toBe(4);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("the contact option", () => {
  it("reads a wikilink, with or without quotes, alias or heading, or a plain name", () => {
    for (const [value, target] of [
      ["[[Sam Rivera]]", "Sam Rivera"],
      ['"[[Sam Rivera]]"', "Sam Rivera"],
      ["[[People/Sam Rivera|Sam]]", "People/Sam Rivera"],
      ["[[Sam Rivera#Touches]]", "Sam Rivera"],
      ["Sam Rivera", "Sam Rivera"],
      ["People/Sam Rivera.md", "People/Sam Rivera.md"],
    ] as const) {
      expect(parse(`limit: 3\ncontact: ${value}`)).toEqual({ options: { ...DEFAULT_BLOCK_OPTIONS, limit: 3, contact: { target, line: 2 } }, errors: [] });
    }
    expect(parse("person: Sam").errors).toEqual(['Line 1: unknown option "person". Did you mean "contact"? Options are limit, tier, topics, show, upcoming, contact.']);
  });

  it("says what it expected when the value is empty or a broken link", () => {
    for (const value of ["", "[[]]", "[[Sam", "[[Sam]] and [[Ana]]"]) {
      const { options, errors } = parse(`contact: ${value}`);
      expect(options.contact).toBeNull();
      expect(errors).toEqual([`Line 1: contact: expected a link to a contact like [[Sam Rivera]], or a name, got ${value === "" ? "nothing" : `"${value}"`}.`]);
    }
  });
});

describe("findBlockContact", () => {
  const resolved = settingsWith();
  const contact = (path: string) => resolveContact(source({ tier: "peer" }, { path }), resolved);
  const contacts = [contact("People/Sam Rivera.md"), contact("People/Ana Souza.md"), contact("Work/Ana Souza.md"), contact("Work/Team/Lea.md")];
  const find = (target: string) => findBlockContact({ target, line: 4 }, contacts);

  it("finds a contact by name or by path, ignoring case and .md", () => {
    for (const target of ["Sam Rivera", "sam rivera", "People/Sam Rivera", "People/Sam Rivera.md"]) {
      expect(find(target)).toMatchObject({ ok: true, contact: { path: "People/Sam Rivera.md" } });
    }
    expect(find("Team/Lea")).toMatchObject({ ok: true, contact: { path: "Work/Team/Lea.md" } });
    expect(find("Work/Ana Souza")).toMatchObject({ ok: true, contact: { path: "Work/Ana Souza.md" } });
  });

  it("asks for more of the path when two contacts share a name", () => {
    expect(find("Ana Souza")).toEqual({ ok: false, error: 'Line 4: contact: 2 contacts match "Ana Souza": People/Ana Souza, Work/Ana Souza. Write more of the path, like [[People/Ana Souza]].' });
  });

  it("says when there is no such contact, with a likely name", () => {
    expect(find("Sam Rivra")).toEqual({ ok: false, error: 'Line 4: contact: there is no contact "Sam Rivra". Did you mean "Sam Rivera"? A contact is a note in the contacts folder, with a tier or with the contact tag.' });
    expect(find("Nobody")).toEqual({ ok: false, error: 'Line 4: contact: there is no contact "Nobody". A contact is a note in the contacts folder, with a tier or with the contact tag.' });
    // Part of a name is not the name.
    expect(find("Rivera").ok).toBe(false);
  });
});
