import { describe, expect, it } from "vitest";
import { CalendarParser, type CalendarOptions } from "../../../src/core/capture/calendar";
import { daysByPerson, feed, fixture } from "./helpers";

const NOW = Date.UTC(2024, 5, 15, 12, 0, 0);
const OPTIONS: CalendarOptions = { zone: "Europe/Berlin", now: NOW, ownEmails: ["alex@me.example"], titles: true, maxPeople: 10 };

function capture(name: string, options: Partial<CalendarOptions> = {}, size = Infinity) {
  return feed(new CalendarParser({ ...OPTIONS, ...options }), fixture(name), size);
}

describe("calendar capture: a Google Calendar export", () => {
  const extract = capture("google.ics");

  it("finds each person's meetings on the user's calendar days, newest first", () => {
    expect(daysByPerson(extract)).toEqual({
      "sam@rivera.example": ["2024-03-05 → Coffee with Sam"],
      // Tuesdays at 18:00 in New York are Wednesdays in Berlin; the 16th is excluded and the 23rd moved to the 25th.
      "zoe@martin.example": [
        "2024-02-21 ← Zoë / Alex weekly",
        "2024-02-14 ← Zoë / Alex weekly",
        "2024-02-07 ← Zoë / Alex weekly",
        "2024-01-31 ← Zoë / Alex weekly",
        "2024-01-25 ← Zoë / Alex weekly (moved)",
        "2024-01-10 ← Zoë / Alex weekly",
        "2024-01-03 ← Zoë / Alex weekly",
      ],
      // Second Tuesdays, six times, the March one cancelled on its own; and an all-day offsite someone else organised.
      "priya@shah.example": ["2024-06-11 → Mentoring", "2024-05-14 → Mentoring", "2024-04-10 ↔ Design offsite", "2024-04-09 → Mentoring", "2024-02-13 → Mentoring", "2024-01-09 → Mentoring"],
      "chris@lee.example": ["2024-04-10 ← Design offsite"],
      // Weekly from 3 June: the 17th hasn't happened yet. Jordan declined the offsite.
      "jordan@park.example": ["2024-06-10 → Running club", "2024-06-03 → Running club"],
    });
  });

  it("names people as the calendar does, and leaves out rooms, alarms and the user", () => {
    const names = extract.people.map((p) => p.name).sort();
    expect(names).toEqual(["Chris Lee", "Jordan Park", "Priya Shah", "Sam Rivera", "Zoë Martin"]);
  });

  it("says what it passed over and why", () => {
    expect(extract.skipped).toEqual({
      "cancelled events": 2,
      "events you declined": 1,
      "events still to come": 1,
      "events with more than 10 people": 1,
    });
    expect(extract.malformed.count).toBe(0);
    expect(extract.notices).toEqual([]);
  });

  it("leaves titles out when asked", () => {
    const plain = capture("google.ics", { titles: false });
    expect(daysByPerson(plain)["sam@rivera.example"]).toEqual(["2024-03-05 →"]);
  });

  it("counts a larger meeting when the limit allows it", () => {
    const big = capture("google.ics", { maxPeople: 20 });
    expect(daysByPerson(big)["p11@team.example"]).toEqual(["2024-02-15 → Team all-hands"]);
  });

  it("places days on the user's own calendar: the same export read in New York", () => {
    const ny = capture("google.ics", { zone: "America/New_York" });
    expect(daysByPerson(ny)["zoe@martin.example"]?.at(-1)).toBe("2024-01-02 ← Zoë / Alex weekly");
  });

  it("counts no occurrence after now", () => {
    const earlier = capture("google.ics", { now: Date.UTC(2024, 1, 1) });
    expect(daysByPerson(earlier)["zoe@martin.example"]).toEqual(["2024-01-31 ← Zoë / Alex weekly", "2024-01-25 ← Zoë / Alex weekly (moved)", "2024-01-10 ← Zoë / Alex weekly", "2024-01-03 ← Zoë / Alex weekly"]);
    expect(daysByPerson(earlier)["priya@shah.example"]).toEqual(["2024-01-09 → Mentoring"]);
  });
});

describe("calendar capture: an Apple Calendar export", () => {
  const extract = capture("apple.ics");

  it("reads quoted parameters, EMAIL on a urn:uuid attendee, escapes, floating and UTC times", () => {
    expect(daysByPerson(extract)).toEqual({
      "sam@rivera.example": ["2024-03-31 → Lunch, then a walk; catch up with Sam \\ Zoë"],
      "zoe@martin.example": ["2024-03-31 → Lunch, then a walk; catch up with Sam \\ Zoë"],
      // A floating 23:00 stays on its own day; 22:00 UTC is past midnight in Berlin.
      "priya@shah.example": ["2024-05-02 ← Late call with Priya"],
      // 29 February repeats only in leap years.
      "jordan@park.example": ["2024-05-19 ↔ Board games", "2024-02-29 ↔ Dinner with Jordan"],
    });
    const zoe = extract.people.find((p) => p.emails[0] === "zoe@martin.example");
    expect(zoe?.name).toBe('Zoë "Zo" Martin');
    expect(extract.people.find((p) => p.emails[0] === "sam@rivera.example")?.name).toBe("Rivera, Sam");
  });
});

describe("calendar capture: an Outlook export", () => {
  const extract = capture("outlook.ics");

  it("reads Windows zone names, CRLF lines and yearly rules", () => {
    expect(daysByPerson(extract)).toEqual({
      "priya@shah.example": ["2024-02-07 ← Quarterly review"],
      "sam@rivera.example": ["2024-02-07 ↔ Quarterly review", "2024-01-26 ← Annual dinner", "2023-01-27 ← Annual dinner"],
      // 23:30 in Los Angeles is the next morning in Berlin.
      "jordan@park.example": ["2024-04-09 → Call across the Pacific"],
      "zoe@martin.example": ["2024-05-20 → Check-in"],
    });
  });

  it("reports a zone it can't read and a start it can't read, by line", () => {
    expect(extract.notices).toEqual(['The time zone "Customized Time Zone" isn\'t known, so its times were read on your own clock.']);
    expect(extract.malformed).toEqual({ count: 1, examples: [{ line: 87, reason: "an event whose start can't be read" }] });
  });
});

describe("calendar capture: hard cases", () => {
  const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}END:VCALENDAR\r\n`;

  it("an event that never ends is reported, not counted", () => {
    const extract = feed(new CalendarParser(OPTIONS), "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20240101T100000Z\nATTENDEE:mailto:a@b.example\n");
    expect(extract.people).toEqual([]);
    expect(extract.malformed.examples).toEqual([{ line: 2, reason: "an event that never ends (the file may be cut short)" }]);
  });

  it("an unreadable rule counts the first date and says why", () => {
    const extract = feed(new CalendarParser(OPTIONS), wrap("BEGIN:VEVENT\r\nDTSTART:20240101T100000Z\r\nRRULE:FREQ=HOURLY\r\nATTENDEE:mailto:a@b.example\r\nEND:VEVENT\r\n"));
    expect(daysByPerson(extract)).toEqual({ "a@b.example": ["2024-01-01 ↔"] });
    expect(extract.malformed.examples[0]?.reason).toBe("a repeating rule that can't be read (FREQ=HOURLY is not read (only daily, weekly, monthly and yearly)); only its first date counts");
  });

  it("an override that moves a past occurrence into the future removes it", () => {
    const body =
      "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20240603T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\nATTENDEE:mailto:a@b.example\r\nEND:VEVENT\r\n" +
      "BEGIN:VEVENT\r\nUID:x\r\nRECURRENCE-ID:20240604T100000Z\r\nDTSTART:20240704T100000Z\r\nATTENDEE:mailto:a@b.example\r\nEND:VEVENT\r\n";
    const extract = feed(new CalendarParser(OPTIONS), wrap(body));
    expect(daysByPerson(extract)["a@b.example"]).toEqual(["2024-06-07 ↔", "2024-06-06 ↔", "2024-06-05 ↔", "2024-06-03 ↔"]);
    expect(extract.skipped).toEqual({ "events still to come": 1 });
  });

  it("an override before its series, and one whose series is not in the file, both count", () => {
    const body =
      "BEGIN:VEVENT\r\nUID:y\r\nRECURRENCE-ID;VALUE=DATE:20240102\r\nDTSTART;VALUE=DATE:20240103\r\nSUMMARY:Moved\r\nEND:VEVENT\r\n" +
      "BEGIN:VEVENT\r\nUID:y\r\nDTSTART;VALUE=DATE:20240101\r\nRRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:Daily\r\nATTENDEE;CN=Kim:mailto:kim@x.example\r\nEND:VEVENT\r\n" +
      "BEGIN:VEVENT\r\nUID:z\r\nRECURRENCE-ID:20240110T100000Z\r\nDTSTART:20240110T100000Z\r\nSUMMARY:Lone\r\nATTENDEE:mailto:kim@x.example\r\nEND:VEVENT\r\n";
    const extract = feed(new CalendarParser(OPTIONS), wrap(body));
    // The moved day inherits the series' attendees; the 3rd is both the series' own day and the moved one (one touch).
    expect(daysByPerson(extract)["kim@x.example"]).toEqual(["2024-01-10 ↔ Lone", "2024-01-03 ↔ Moved", "2024-01-01 ↔ Daily"]);
  });

  it("EXDATE lists several dates, RDATE adds some", () => {
    const body =
      "BEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=Europe/Berlin:20240101T090000\r\nRRULE:FREQ=DAILY;COUNT=5\r\nEXDATE;TZID=Europe/Berlin:20240102T090000,20240104T090000\r\n" +
      "RDATE;TZID=Europe/Berlin:20240201T090000\r\nATTENDEE:mailto:a@b.example\r\nEND:VEVENT\r\n";
    const extract = feed(new CalendarParser(OPTIONS), wrap(body));
    expect(daysByPerson(extract)["a@b.example"]).toEqual(["2024-02-01 ↔", "2024-01-05 ↔", "2024-01-03 ↔", "2024-01-01 ↔"]);
  });
});
