import { describe, expect, it } from "vitest";
import { CalendarParser } from "../../../src/core/capture/calendar";
import { formatCaptureSummary, formatProposalLines } from "../../../src/core/capture/dry-run";
import { MboxParser } from "../../../src/core/capture/mbox";
import type { CaptureExtract, CapturedPerson } from "../../../src/core/capture/model";
import { planCapture, type CaptureContact } from "../../../src/core/capture/plan";
import { WhatsAppParser } from "../../../src/core/capture/whatsapp";
import { feed, fixture } from "./helpers";

function contact(path: string, name: string, more: Partial<CaptureContact> = {}): CaptureContact {
  return { path, name, aliases: [], emails: [], phones: [], touchDays: new Set(), captureNever: false, ...more };
}

const SAM = contact("People/Sam Rivera.md", "Sam Rivera", { emails: ["sam@rivera.example"], touchDays: new Set(["2024-03-04"]) });
const ZOE = contact("People/Zoe Martin.md", "Zoe Martin", { aliases: ["Zo"], captureNever: true });
const PRIYA = contact("People/Priya Shah.md", "Priya Shah", { emails: ["PRIYA@shah.example"] });
const JORDAN_A = contact("People/Jordan Park.md", "Jordan Park");
const JORDAN_B = contact("Work/Jordan Park.md", "Park, Jordan");
const CONTACTS = [SAM, ZOE, PRIYA, JORDAN_A, JORDAN_B];

function extractOf(people: CapturedPerson[]): CaptureExtract {
  return { format: "mbox", people, skipped: {}, malformed: { count: 0, examples: [] }, notices: [] };
}

describe("planning a capture: the mail fixture against a vault", () => {
  const extract = feed(new MboxParser({ zone: "Europe/Berlin", ownEmails: ["alex@me.example"], maxPeople: 10 }), fixture("gmail.mbox"));
  const plan = planCapture(extract, CONTACTS, "2024-06-15");

  it("proposes each matched contact's new days, newest first, as touches", () => {
    expect(plan.proposals).toEqual([
      {
        path: "People/Priya Shah.md",
        name: "Priya Shah",
        checked: true,
        touches: [{ date: "2024-03-18", kind: "email", direction: "out", note: "Photos from the trip, and a very long subject line that goes on past the end of…" }],
        alreadyLogged: 0,
      },
      {
        path: "People/Sam Rivera.md",
        name: "Sam Rivera",
        checked: true,
        // 4 March already has a touch in Sam's note.
        touches: [{ date: "2024-03-18", kind: "email", direction: "out", note: "Photos from the trip, and a very long subject line that goes on past the end of…" }],
        alreadyLogged: 1,
      },
      // Zoë's address isn't in her note, but her name (accents aside) is; her note says capture: never.
      { path: "People/Zoe Martin.md", name: "Zoe Martin", checked: false, touches: [{ date: "2024-03-16", kind: "email", direction: "in", note: "Café on Friday" }], alreadyLogged: 0 },
    ]);
  });

  it("reports a name that fits two notes instead of guessing", () => {
    expect(plan.ambiguous).toEqual([
      {
        name: "Jordan Park",
        emails: ["jordan@park.example"],
        phones: [],
        days: 1,
        lastDay: "2024-03-19",
        candidates: [
          { path: "People/Jordan Park.md", name: "Jordan Park" },
          { path: "Work/Jordan Park.md", name: "Park, Jordan" },
        ],
      },
    ]);
    expect(plan.unmatched).toEqual([]);
  });

  it("prints the dry run and a summary from the same plan", () => {
    // Zoë is unticked (capture: never), so her line is not printed.
    expect(formatProposalLines(plan)).toEqual(["2024-03-18  Priya Shah  →", "2024-03-18  Sam Rivera  →"]);
    expect(formatCaptureSummary(plan)).toEqual([
      "3 new touches for 3 people.",
      "Left unticked (capture: never): Zoe Martin.",
      "Skipped (2): mailing lists, newsletters and automatic mail.",
      "Skipped (1): messages to more than 10 people.",
      "Skipped (1): spam.",
      "Skipped (1): mail to yourself.",
      "Skipped (1): days that already have a touch.",
      "Jordan Park <jordan@park.example> fits more than one note (Jordan Park, Park, Jordan): not captured.",
      "1 record couldn't be read (line 98: a message without a sender).",
    ]);
  });

  it("proposes nothing the second time, once the touches are written", () => {
    const written = CONTACTS.map((c) => {
      const proposal = plan.proposals.find((p) => p.path === c.path);
      return proposal ? { ...c, touchDays: new Set([...c.touchDays, ...proposal.touches.map((t) => t.date)]) } : c;
    });
    const again = planCapture(extract, written, "2024-06-15");
    expect(again.proposals).toEqual([]);
    expect(again.skipped["days that already have a touch"]).toBe(4);
  });
});

describe("planning a capture: matching", () => {
  const day = (date: string, direction: "in" | "out" | "mutual" = "in", snippet = "", firstAt = 0) => ({ date, kind: "message", direction, snippet, firstAt });

  it("lists people who fit no contact, most days first", () => {
    const plan = planCapture(
      extractOf([
        { name: "Kim Lee", emails: ["kim@lee.example"], phones: [], days: [day("2024-03-02")] },
        { name: null, emails: [], phones: ["+44 7700 900123"], days: [day("2024-03-05"), day("2024-03-01")] },
      ]),
      CONTACTS,
      "2024-06-15",
    );
    expect(plan.unmatched).toEqual([
      { name: null, emails: [], phones: ["+44 7700 900123"], days: 2, lastDay: "2024-03-05" },
      { name: "Kim Lee", emails: ["kim@lee.example"], phones: [], days: 1, lastDay: "2024-03-02" },
    ]);
    expect(formatCaptureSummary(plan)).toContain("Not a contact yet: +44 7700 900123 (2 days), Kim Lee <kim@lee.example> (1 day).");
  });

  it("matches by phone, national or international, and by an alias", () => {
    const withPhone = contact("People/Kim.md", "Kim", { phones: ["07700 900123"] });
    const plan = planCapture(
      extractOf([
        { name: "+44 7700 900123", emails: [], phones: ["+44 7700 900123"], days: [day("2024-03-05")] },
        { name: "zo", emails: [], phones: [], days: [day("2024-03-06")] },
      ]),
      [...CONTACTS, withPhone],
      "2024-06-15",
    );
    expect(plan.proposals.map((p) => [p.name, p.touches.map((t) => t.date)])).toEqual([
      ["Kim", ["2024-03-05"]],
      ["Zoe Martin", ["2024-03-06"]],
    ]);
  });

  it("joins two identities of one contact: one touch a day, both ways, the earlier snippet", () => {
    const plan = planCapture(
      extractOf([
        { name: "Sam Rivera", emails: ["sam@rivera.example"], phones: [], days: [day("2024-05-01", "in", "later", 20)] },
        { name: "Sam Rivera", emails: [], phones: [], days: [day("2024-05-01", "out", "earlier", 10), day("2024-07-01")] },
      ]),
      CONTACTS,
      "2024-06-15",
    );
    expect(plan.proposals).toEqual([{ path: SAM.path, name: "Sam Rivera", checked: true, touches: [{ date: "2024-05-01", kind: "message", direction: "mutual", note: "earlier" }], alreadyLogged: 0 }]);
    expect(plan.skipped).toEqual({ "days after today": 1 });
  });

  it("a WhatsApp group against the vault, end to end", () => {
    const extract = feed(new WhatsAppParser({ me: ["Alex Morgan"] }), fixture("whatsapp-ios-group-uk.txt"));
    const plan = planCapture(extract, CONTACTS, "2024-06-15");
    expect(formatProposalLines(plan)).toEqual(["2024-03-13  Sam Rivera  ↔", "2024-03-02  Sam Rivera  ↔"]);
    expect(plan.proposals.find((p) => p.name === "Zoe Martin")?.touches.map((t) => t.date)).toEqual(["2024-03-16", "2024-03-02"]);
  });

  it("a calendar against the vault: meetings keep their titles as notes", () => {
    const extract = feed(new CalendarParser({ zone: "Europe/Berlin", now: Date.UTC(2024, 5, 15, 12), ownEmails: ["alex@me.example"], titles: true, maxPeople: 10 }), fixture("google.ics"));
    const plan = planCapture(extract, CONTACTS, "2024-06-15");
    expect(plan.proposals.find((p) => p.name === "Sam Rivera")?.touches).toEqual([{ date: "2024-03-05", kind: "meeting", direction: "out", note: "Coffee with Sam" }]);
  });
});
