import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/core/import/encoding";
import { IMPORT_FORMATS, sniffFormat } from "../../../src/core/import/formats";
import { googleCsvReader } from "../../../src/core/import/google-csv";
import { readAll } from "../../../src/core/import/import-record";
import { linkedInCsvReader } from "../../../src/core/import/linkedin-csv";
import { fixtureText } from "./fixtures";

describe("Google Contacts CSV, current layout", () => {
  const { records, problems } = readAll(googleCsvReader(fixtureText("google-current.csv")));

  it("reads names, the starred e-mail, the company and title, the city and a LinkedIn website", () => {
    expect(records[0]).toEqual({
      where: "line 2",
      name: "Sam Rivera",
      otherNames: [],
      fields: {
        company: "Acme Robotics",
        role: "Head of Platform",
        email: "sam.home@example.com",
        phone: "+1 555 010 2030",
        location: "San Francisco",
        birthday: "1990-04-17",
        linkedin: "https://www.linkedin.com/in/sam-rivera",
      },
    });
  });

  it("counts lines through quoted line breaks; keeps the middle name in the name but matches without it; takes the first of several values in a cell", () => {
    expect(records[1]).toEqual({
      where: "line 5",
      name: "Ana Maria Souza",
      otherNames: ["Ana Souza"],
      fields: { company: "Globex, Inc.", role: "VP Engineering", email: "ana@globex.example", location: "Lisbon", birthday: "--09-03" },
    });
  });

  it("reports a company without a person, a row without a name, and a birthday that isn't a date; skips blank rows", () => {
    expect(records.map((r) => r.name)).toEqual(["Sam Rivera", "Ana Maria Souza", 'Olu O\'Neil "Junior"']);
    expect(records[2]?.fields).toEqual({});
    expect(problems).toEqual([
      "Line 6 has no name, only the company Initech; left out.",
      'Olu O\'Neil "Junior" (line 7): the birthday "April 3" isn\'t a date, so it was left out.',
      "Line 9 has no name; left out.",
    ]);
  });
});

describe("Google Contacts CSV, older layout", () => {
  it("reads Name, Given and Family Name, Organization 1 - Name and Title, and Location", () => {
    const { records, problems } = readAll(googleCsvReader(fixtureText("google-older.csv")));
    expect(records).toEqual([
      {
        where: "line 2",
        name: "Helen Okoye",
        otherNames: [],
        fields: { company: "Okoye Partners", role: "Managing Partner", email: "helen@okoye.example", phone: "+234 803 555 0199", location: "Lagos", birthday: "1979-11-30", linkedin: "linkedin.com/in/helenokoye" },
      },
      { where: "line 3", name: "Tomás Novak", otherNames: [], fields: { company: "Novak & Sons", email: "tomas@novak.example", location: "Prague", birthday: "--07-21" } },
    ]);
    expect(problems).toEqual([]);
  });

  it("reads the same people from a semicolon or tab file, and from UTF-16 or Windows Latin-1 bytes", () => {
    const text = fixtureText("google-older.csv");
    const expected = readAll(googleCsvReader(text)).records;
    expect(readAll(googleCsvReader(text.replace(/,/g, ";"))).records).toEqual(expected);
    expect(readAll(googleCsvReader(text.replace(/,/g, "\t"))).records).toEqual(expected);
    for (const bytes of [Buffer.from(`\uFEFF${text}`, "utf16le"), Buffer.from(text, "utf16le"), Buffer.from(text, "latin1")]) {
      expect(readAll(googleCsvReader(decodeBytes(new Uint8Array(bytes)).text)).records).toEqual(expected);
    }
  });
});

describe("LinkedIn Connections.csv", () => {
  const { records, problems } = readAll(linkedInCsvReader(fixtureText("Connections.csv")));

  it("skips the notes before the header and reads company, position, profile and 'Connected On' as a date", () => {
    expect(records[0]).toEqual({
      where: "line 5",
      name: "Sam Rivera",
      otherNames: [],
      fields: { company: "Globex", role: "Director of Platform", linkedin: "https://www.linkedin.com/in/sam-rivera", met: "2024-03-12" },
    });
    expect(records[1]?.fields).toEqual({ company: "Stark Industries, Inc.", role: "Senior Engineer, Robotics", email: "wei.zhang@example.com", linkedin: "https://www.linkedin.com/in/weizhang", met: "2019-01-03" });
  });

  it("reports a member who hides their name, a row with neither name nor profile, and a date it can't read", () => {
    expect(records.map((r) => r.name)).toEqual(["Sam Rivera", "Wei Zhang", "Grace Mwangi PhD", "Elif Kaya"]);
    expect(records[3]?.fields.met).toBeUndefined();
    expect(problems).toEqual([
      "Line 8 has no name (the member hides it); left out.",
      'Elif Kaya (line 9): "Connected On" reads "sometime in 2020", not a date like 12 Mar 2024, so it was left out.',
      "Line 10 has no name and no profile URL; left out.",
    ]);
  });
});

describe("telling exports apart", () => {
  it("says clearly when a file isn't the export the command reads, and which one it looks like", () => {
    const linkedIn = fixtureText("Connections.csv");
    expect(() => IMPORT_FORMATS.google.reader(linkedIn)).toThrow("This doesn't look like a Google Contacts export");
    expect(() => IMPORT_FORMATS.linkedin.reader(fixtureText("google-current.csv"))).toThrow("This doesn't look like LinkedIn's Connections.csv");
    expect(sniffFormat(linkedIn)).toBe("linkedin");
    expect(sniffFormat(fixtureText("google-older.csv"))).toBe("google");
    expect(sniffFormat(fixtureText("v4.vcf"))).toBe("vcard");
    expect(sniffFormat("just some text\n")).toBeNull();
  });

  // 10 MB is 134,433 rows: more than one spread or apply can take as arguments, so
  // records gathered that way would fail here. Reading them costs most of a second of
  // CPU, many times that on a busy machine: hence the time allowed.
  it("reads 10 MB of connections in slices, in work linear in the size", () => {
    const head = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    const row = 'Sam,Rivera,https://www.linkedin.com/in/sam,,"Acme, Inc.",Engineer,12 Mar 2024\n';
    const rows = Math.ceil((10 * 1024 * 1024) / row.length);
    const text = head + row.repeat(rows);
    const reader = linkedInCsvReader(text);
    let slices = 1;
    while (reader.read(5000)) slices++;
    expect(reader.records).toHaveLength(rows);
    expect(slices).toBe(Math.ceil(rows / 5000));
    expect(reader.work).toBeLessThanOrEqual(text.length + rows * 8);
  }, 60_000);
});
