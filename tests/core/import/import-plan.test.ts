import { describe, expect, it } from "vitest";
import { applyFieldChanges, birthdayKey, importKeys, newNoteText } from "../../../src/core/import/import-edit";
import { countSelected, defaultSelection, planImport, sameValue, type ExistingNote } from "../../../src/core/import/import-plan";
import type { ImportRecord } from "../../../src/core/import/import-record";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const noteName = (name: string) => name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
const KEYS = importKeys(DEFAULT_SETTINGS);

function record(name: string, fields: ImportRecord["fields"], where = "line 2", otherNames: string[] = []): ImportRecord {
  return { where, name, otherNames, fields };
}

function existing(name: string, values: ExistingNote["values"] = {}, extra: Partial<ExistingNote> = {}): ExistingNote {
  return { path: `People/${name}.md`, name, aliases: [], values, pastCompanies: [], problem: null, ...extra };
}

describe("planning an import", () => {
  const notes = [
    existing("Sam Rivera", { company: "Acme Robotics", email: "Sam.Rivera@acme.example", phone: "+1 555 010 2030", birthday: "1990-04-17" }, { pastCompanies: ["Initech"] }),
    existing("Ana Souza", {}, { aliases: ["Nani"] }),
    existing("Wei Zhang"),
    existing("Wei Zhang (Stark)", {}, { aliases: ["Wei Zhang"] }),
    existing("Broken", {}, { problem: "The note's properties are not valid YAML." }),
  ];

  it("fills empty properties, offers overwrites with old and new, and creates notes for new people", () => {
    const plan = planImport(
      [
        record("Dr. Sam Rivera", { company: "Globex", role: "Director", email: "sam.rivera@ACME.example", phone: "+1 (555) 010-2030", birthday: "--04-17" }),
        record("Nani", { location: "Lisbon" }, "line 3"),
        record("Léa / Martin", { company: "Initech", linkedin: "https://www.linkedin.com/in/lea" }, "line 4"),
      ],
      notes,
      ["Line 9 has no name; left out."],
      { noteName },
    );
    expect(plan.updates).toEqual([
      {
        path: "People/Sam Rivera.md",
        name: "Sam Rivera",
        where: "line 2",
        changes: [
          { id: "note-0-company", field: "company", value: "Globex", old: "Acme Robotics", pastCompany: "Acme Robotics" },
          { id: "note-0-role", field: "role", value: "Director", old: null, pastCompany: null },
        ],
      },
      { path: "People/Ana Souza.md", name: "Ana Souza", where: "line 3", changes: [{ id: "note-1-location", field: "location", value: "Lisbon", old: null, pastCompany: null }] },
    ]);
    expect(plan.creates).toEqual([
      {
        id: "new-0",
        name: "Léa / Martin",
        noteName: "Léa Martin",
        where: "line 4",
        fields: [
          { id: "new-0-company", field: "company", value: "Initech", old: null, pastCompany: null },
          { id: "new-0-linkedin", field: "linkedin", value: "https://www.linkedin.com/in/lea", old: null, pastCompany: null },
        ],
      },
    ]);
    expect(plan.problems).toEqual(["Line 9 has no name; left out."]);
    const selected = defaultSelection(plan);
    expect([...selected].sort()).toEqual(["new-0", "note-0-role", "note-1-location"]);
    expect(countSelected(plan, selected)).toEqual({ creates: 1, updates: 2 });
  });

  it("reports a name that fits two notes and plans nothing for it", () => {
    const plan = planImport([record("Wei Zhang", { email: "wei@example.com" })], notes, [], { noteName });
    expect(plan.updates).toEqual([]);
    expect(plan.creates).toEqual([]);
    expect(plan.ambiguous).toEqual(["Wei Zhang (line 2) fits 2 notes: Wei Zhang, Wei Zhang (Stark). Nothing was planned for it; rename one or add an alias."]);
  });

  it("uses the first of two records for one person, leaves out notes it can't write and names it can't use, and counts who is up to date", () => {
    const plan = planImport(
      [
        record("Priya Raman", { email: "priya@example.com" }, "card 1"),
        record("Raman, Priya", { email: "other@example.com" }, "card 2"),
        record("Broken", { email: "b@example.com" }, "card 3"),
        record("???", { email: "q@example.com" }, "card 4"),
        record("Sam Rivera", { email: "sam.rivera@acme.example", company: "ACME Robotics" }, "card 5"),
      ],
      notes,
      [],
      { noteName },
    );
    expect(plan.creates.map((c) => c.name)).toEqual(["Priya Raman"]);
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped).toEqual([
      "Raman, Priya (card 2) is in the file twice; only card 1 was used.",
      "Broken (card 3) can't be changed: The note's properties are not valid YAML.",
      "??? (card 4) has no letter or digit to name a note with; left out.",
    ]);
  });

  it("compares values as people write them", () => {
    expect(sameValue("linkedin", "https://www.linkedin.com/in/sam/", "linkedin.com/in/sam?trk=abc")).toBe(true);
    expect(sameValue("birthday", "1990-04-17", "--04-17")).toBe(true);
    expect(sameValue("birthday", "--04-17", "1990-04-17")).toBe(false);
    expect(sameValue("location", "Zürich", "zurich")).toBe(true);
    expect(sameValue("phone", "+1 555 0100", "+1 555 0199")).toBe(false);
  });
});

describe("writing an import's changes", () => {
  it("sets each property byte for byte and adds the old company to the past companies' list", () => {
    const text = "---\ntier: ally   # closest\ncompany: Acme Robotics\npast_companies:\n  - Initech\n---\nMet at the summit.\n";
    const out = applyFieldChanges(
      text,
      [
        { id: "a", field: "company", value: "Globex", old: "Acme Robotics", pastCompany: "Acme Robotics" },
        { id: "b", field: "email", value: "sam@globex.example", old: null, pastCompany: null },
        { id: "c", field: "birthday", value: "--04-17", old: null, pastCompany: null },
      ],
      KEYS,
    );
    expect(out).toBe("---\ntier: ally   # closest\ncompany: Globex\npast_companies:\n  - Initech\n  - Acme Robotics\nemail: sam@globex.example\nbirthday: --04-17\n---\nMet at the summit.\n");
  });

  it("builds a new note from a template, keeping the template's own properties and text exactly", () => {
    const template = "---\ntags: [person]\naliases: []\n---\n# About\n\n## Touches\n";
    const fields = [
      { id: "x", field: "company" as const, value: "Stark Industries, Inc.", old: null, pastCompany: null },
      { id: "y", field: "met" as const, value: "2019-01-03", old: null, pastCompany: null },
    ];
    expect(newNoteText(template, fields, KEYS, { key: "tier", id: "peer" })).toBe(
      "---\ntags: [person]\naliases: []\ntier: peer\ncompany: Stark Industries, Inc.\nmet: 2019-01-03\n---\n# About\n\n## Touches\n",
    );
    expect(newNoteText("## Touches\n", fields, KEYS, null)).toBe("---\ncompany: Stark Industries, Inc.\nmet: 2019-01-03\n---\n## Touches\n");
  });

  it("writes birthdays to the date property the settings call a birthday", () => {
    expect(birthdayKey(DEFAULT_SETTINGS)).toBe("birthday");
    expect(birthdayKey({ ...DEFAULT_SETTINGS, dateKeys: [{ key: "geburtstag", label: "Birthday", anniversary: false }] })).toBe("geburtstag");
    expect(birthdayKey({ ...DEFAULT_SETTINGS, dateKeys: [] })).toBe("birthday");
  });
});
