import { describe, expect, it } from "vitest";
import { readAll } from "../../../src/core/import/import-record";
import { IMPORT_FORMATS } from "../../../src/core/import/formats";
import { VCardReader } from "../../../src/core/import/vcard";
import { fixtureText } from "./fixtures";

const read = (name: string) => readAll(new VCardReader(fixtureText(name)));

describe("vCard 3.0 (an iPhone's export)", () => {
  const { records, problems } = read("apple-v3.vcf");

  it("reads FN, the preferred e-mail and phone, the company from ORG, the city from ADR and a LinkedIn URL", () => {
    expect(records[0]).toEqual({
      where: "card 1",
      name: "Dr. Sam J. Rivera",
      otherNames: ["Sam Rivera"],
      fields: {
        company: "Acme Robotics",
        role: "Head of Platform, Europe",
        email: "sam.rivera@acme.example",
        phone: "+1 (555) 010-2030",
        location: "San Francisco",
        birthday: "1990-04-17",
        linkedin: "https://www.linkedin.com/in/sam-rivera",
      },
    });
  });

  it("joins folded lines and reads a birthday whose year Apple leaves out (1604) as having none", () => {
    expect(records[1]?.fields).toEqual({ company: "Globex Corporation", role: "VP Engineering", email: "ana@globex.example", location: "Lisbon", birthday: "--09-03" });
    expect(records[2]?.fields).toEqual({ birthday: "1985-02-12" });
  });

  it("reports a card with no name and reads the rest", () => {
    expect(records.map((r) => r.name)).toEqual(["Dr. Sam J. Rivera", "Ana Souza", "Amara Okafor"]);
    expect(problems).toEqual(["Card 4 has no name, only the company Initech; left out."]);
  });
});

describe("vCard 4.0", () => {
  const { records, problems } = read("v4.vcf");

  it("prefers PREF=1, strips tel: from a phone URI, reads --0417 and a social profile", () => {
    expect(records[0]?.fields).toEqual({
      company: "Shinsei Labs",
      role: "Researcher",
      email: "kenji@work.example",
      phone: "+81-90-1234-5678",
      location: "Tokyo",
      birthday: "--04-17",
      linkedin: "https://jp.linkedin.com/in/kenji-w/",
    });
  });

  it("keeps 29 February without a year, and reports a birthday that isn't a day", () => {
    expect(records[1]).toMatchObject({ name: "Zoë Laurent", fields: { birthday: "--02-29" } });
    expect(records[2]).toEqual({ where: "card 3", name: "Léa Martin", otherNames: [], fields: {} });
    expect(problems).toEqual(['Léa Martin (card 3): the birthday "1992-13-40" isn\'t a date, so it was left out.']);
  });
});

describe("vCard 2.1 (an older Android phone)", () => {
  const { records, problems } = read("android-v21.vcf");

  it("decodes quoted-printable in the card's character set, with soft line breaks, and bare TYPE parameters", () => {
    expect(records[0]).toEqual({
      where: "card 1",
      name: "Jürgen Müller",
      otherNames: [],
      fields: { company: "Bäckerei Schröder GmbH", email: "juergen@example.de", phone: "+49 170 1234567", location: "München", birthday: "1990-04-17" },
    });
    expect(problems).toEqual([]);
  });

  it("builds the name from N when FN is missing", () => {
    expect(records[1]).toEqual({ where: "card 2", name: "Farah Haddad", otherNames: [], fields: { role: "Product Lead – Growth" } });
  });
});

describe("a damaged vCard file", () => {
  it("reports a card with no END and still reads the cards before and after it", () => {
    const { records, problems } = read("missing-end.vcf");
    expect(records.map((r) => r.name)).toEqual(["Priya Raman", "Ben Carter"]);
    expect(problems).toEqual([
      "Card 2 (Cut Short) has no END:VCARD line, so it may be cut short and was left out; the other cards were read.",
      "Card 4 (Trailing Card) has no END:VCARD line, so it may be cut short and was left out; the other cards were read.",
    ]);
  });

  it("refuses a file with no card in it", () => {
    expect(() => IMPORT_FORMATS.vcard.reader("First Name,Last Name\nSam,Rivera\n")).toThrow("This file holds no vCard: no line reads BEGIN:VCARD.");
  });

  it("reads a large file in slices, each line looked at once", () => {
    const card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Rivera\r\nEMAIL;TYPE=work:sam@example.com\r\nNOTE:a folded\r\n  note\r\nEND:VCARD\r\n";
    const text = card.repeat(20_000);
    const reader = new VCardReader(text);
    let slices = 1;
    while (reader.read(500)) slices++;
    expect(reader.records).toHaveLength(20_000);
    expect(slices).toBe(40);
    expect(reader.progress).toBe(1);
    expect(reader.work).toBeLessThanOrEqual(text.length + 1);
  });
});
