import { describe, expect, it } from "vitest";
import { decodeWords, parseAddressList, parseMailDate, plainSubject } from "../../../src/core/capture/mail-headers";
import { MboxParser, type MboxOptions } from "../../../src/core/capture/mbox";
import { daysByPerson, feed, fixture } from "./helpers";

const OPTIONS: MboxOptions = { zone: "Europe/Berlin", ownEmails: ["alex@me.example"], maxPeople: 10 };
const PHOTOS = "Photos from the trip, and a very long subject line that goes on past the end of…";

describe("mail capture: a Gmail Takeout mbox", () => {
  const extract = feed(new MboxParser(OPTIONS), fixture("gmail.mbox"));

  it("gives each person one touch a day, its direction from who sent, its snippet the subject", () => {
    expect(daysByPerson(extract)).toEqual({
      // A thread both ways on one day is one touch.
      "sam@rivera.example": [`2024-03-18 → ${PHOTOS}`, "2024-03-04 ↔ Lisbon plans"],
      // 23:30 in New York on the 15th is the 16th in Berlin.
      "zoe@martin.example": ["2024-03-16 ← Café on Friday"],
      "priya@shah.example": [`2024-03-18 → ${PHOTOS}`],
      // No Date header: the separator line's date counts.
      "jordan@park.example": ["2024-03-19 ← Tickets"],
    });
  });

  it("decodes names and skips lists, big mailings, automatic mail, spam and notes to self", () => {
    expect(extract.people.find((p) => p.emails[0] === "zoe@martin.example")?.name).toBe("Zoë Martin");
    expect(extract.people.find((p) => p.emails[0] === "sam@rivera.example")?.name).toBe("Sam Rivera");
    expect(extract.skipped).toEqual({
      "mailing lists, newsletters and automatic mail": 2,
      "messages to more than 10 people": 1,
      spam: 1,
      "mail to yourself": 1,
    });
    expect(extract.malformed).toEqual({ count: 1, examples: [{ line: 98, reason: "a message without a sender" }] });
    expect(extract.notices).toEqual([]);
  });

  it("counts a big mailing when the limit allows it", () => {
    const loose = feed(new MboxParser({ ...OPTIONS, maxPeople: 20 }), fixture("gmail.mbox"));
    expect(daysByPerson(loose)["p11@team.example"]).toEqual(["2024-03-06 → Team lunch"]);
    expect(daysByPerson(loose)["sam@rivera.example"]).toContain("2024-03-06 → Team lunch");
  });

  it("reads a single saved message without a separator line", () => {
    const eml = "From: Kim Lee <kim@lee.example>\r\nTo: alex@me.example\r\nDate: Tue, 2 Apr 2024 10:00:00 +0000\r\nSubject: Hello\r\n\r\nFrom my phone\r\n";
    expect(daysByPerson(feed(new MboxParser(OPTIONS), eml))).toEqual({ "kim@lee.example": ["2024-04-02 ← Hello"] });
  });

  it("says so when it finds no mail, or doesn't know the user's address", () => {
    expect(feed(new MboxParser(OPTIONS), "just some text\n").notices).toEqual(["No mail messages were found: this doesn't look like an .mbox file."]);
    expect(feed(new MboxParser({ ...OPTIONS, ownEmails: [] }), fixture("gmail.mbox")).notices).toEqual(["Without your own address, mail you sent can't be told from mail you received."]);
  });
});

describe("mail headers", () => {
  it("decodes encoded words in B and Q, joining adjacent ones", () => {
    expect(decodeWords("=?UTF-8?B?Wm/DqyBNYXJ0aW4=?=")).toBe("Zoë Martin");
    expect(decodeWords("=?ISO-8859-1?Q?Caf=E9_on?= =?ISO-8859-1?Q?_Friday?=")).toBe("Café on Friday");
    expect(decodeWords("Re: =?utf-8?q?J=C3=BCrgen?= says hi")).toBe("Re: Jürgen says hi");
    expect(decodeWords("=?windows-1252?Q?=93quoted=94?=")).toBe("\u201cquoted\u201d");
  });

  it("reads address lists with quotes, comments and groups", () => {
    expect(parseAddressList('"Rivera, Sam" <Sam@Rivera.example>, zoe@martin.example (Zoë Martin), Friends: a@b.example, c@d.example;, undisclosed-recipients:;')).toEqual([
      { address: "sam@rivera.example", name: "Rivera, Sam" },
      { address: "zoe@martin.example", name: "Zoë Martin" },
      { address: "a@b.example", name: null },
      { address: "c@d.example", name: null },
    ]);
    expect(parseAddressList('"Kim \\"KJ\\" Lee" <kim@lee.example>')).toEqual([{ address: "kim@lee.example", name: 'Kim "KJ" Lee' }]);
  });

  it("reads dates with numeric and named zones, with or without weekday and seconds", () => {
    expect(parseMailDate("Thu, 14 Mar 2024 10:00:00 +0100")).toBe(Date.UTC(2024, 2, 14, 9));
    expect(parseMailDate("14 Mar 2024 10:00 PDT")).toBe(Date.UTC(2024, 2, 14, 17));
    expect(parseMailDate("Thu, 14 Mar 24 10:00:00 GMT (UTC)")).toBe(Date.UTC(2024, 2, 14, 10));
    expect(parseMailDate("Thu, 31 Feb 2024 10:00:00 +0000")).toBeNull();
    expect(parseMailDate("yesterday")).toBeNull();
  });

  it("strips reply and forward prefixes from subjects", () => {
    expect(plainSubject("Re: Fwd: RE[2]: AW: Lisbon")).toBe("Lisbon");
    expect(plainSubject("Regarding Lisbon")).toBe("Regarding Lisbon");
  });
});
