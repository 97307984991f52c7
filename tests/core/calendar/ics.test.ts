import { describe, expect, it } from "vitest";
import { escapeText, foldLine, stableUid, utcStamp, writeCalendar, type CalendarEvent } from "../../../src/core/calendar/ics";
import { occurrences, parseFeed, physicalLines } from "../ics-parse";
import { parseWithTsIcs } from "../ics-second-parser";

const NOW = new Date(Date.UTC(2026, 10, 22, 9, 5, 7));
const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, "");

const HOSTILE = [
  `<img src=x onerror=alert(1)>`,
  "two\nlines\r\nand\rthree",
  "semi;colon, comma\\backslash",
  "emoji 👩‍👩‍👧 and 🎂",
  "RTL שלום עליכם مرحبا",
  'quotes " and \' and `ticks`',
];

describe("foldLine", () => {
  it("leaves a line of exactly 75 octets alone and folds one of 76", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });

  it("counts continuation lines' leading space, so they hold 74 more octets", () => {
    const folded = foldLine("b".repeat(75 + 74 + 1));
    expect(folded).toBe(`${"b".repeat(75)}\r\n ${"b".repeat(74)}\r\n b`);
  });

  it("counts UTF-8 octets, not characters: 72 ASCII and a 3-octet euro make exactly 75", () => {
    const line = `${"x".repeat(72)}€`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("moves a multibyte character that would cross octet 75 to the next line whole", () => {
    expect(foldLine(`${"x".repeat(73)}€`)).toBe(`${"x".repeat(73)}\r\n €`);
    expect(foldLine(`${"x".repeat(74)}é`)).toBe(`${"x".repeat(74)}\r\n é`);
    // An emoji is one character of four octets (a surrogate pair in JavaScript): never split.
    expect(foldLine(`${"x".repeat(72)}🎂`)).toBe(`${"x".repeat(72)}\r\n 🎂`);
    expect(foldLine(`${"x".repeat(71)}🎂`)).toBe(`${"x".repeat(71)}🎂`);
  });

  it("keeps every physical line at most 75 octets and valid UTF-8, and unfolds to the original", () => {
    const line = `SUMMARY:${"Ünïcødé 🎂 שלום ".repeat(30)}`;
    const folded = foldLine(line);
    for (const bytes of physicalLines(folded)) {
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma, and writes every line break as \\n", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops the control characters TEXT may not hold, keeping tabs", () => {
    expect(escapeText("a\u0000b\u0007c\td\u007f")).toBe("abc\td");
  });
});

describe("writeCalendar", () => {
  const events: CalendarEvent[] = [
    { uid: "one@keep-in-touch", date: "1990-04-17", summary: "Sam Rivera: Birthday", description: "Birthday: 1990-04-17", yearly: true },
    { uid: "two@keep-in-touch", date: "2026-11-23", summary: "Reach out to Ana", description: "Overdue.\nDue 2026-11-01." },
  ];

  it("ends every line with CRLF and has no bare CR or LF", () => {
    const text = writeCalendar(events, NOW);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has the calendar's VERSION, PRODID and CALSCALE, and a DTSTAMP on every event", () => {
    const text = writeCalendar(events, NOW);
    const { calendar, events: parsed } = parseFeed(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Keep in Touch//Calendar feed//EN");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(parsed.map((e) => e.dtstamp)).toEqual(["2026-11-22T09:05:07Z", "2026-11-22T09:05:07Z"]);
  });

  it("writes all-day events with VALUE=DATE, a yearly rule only where asked", () => {
    const text = writeCalendar(events, NOW);
    expect(text).toContain("DTSTART;VALUE=DATE:19900417\r\nDTEND;VALUE=DATE:19900418\r\nRRULE:FREQ=YEARLY\r\n");
    expect(parseFeed(text).events).toEqual([
      { uid: "one@keep-in-touch", summary: "Sam Rivera: Birthday", description: "Birthday: 1990-04-17", start: "1990-04-17", allDay: true, rrule: "FREQ=YEARLY", dtstamp: "2026-11-22T09:05:07Z" },
      { uid: "two@keep-in-touch", summary: "Reach out to Ana", description: "Overdue.\nDue 2026-11-01.", start: "2026-11-23", allDay: true, rrule: null, dtstamp: "2026-11-22T09:05:07Z" },
    ]);
    expect(occurrences(text, "one@keep-in-touch", 3)).toEqual(["1990-04-17", "1991-04-17", "1992-04-17"]);
    expect(occurrences(text, "two@keep-in-touch", 3)).toEqual(["2026-11-23"]);
  });

  it("repeats 29 February on the last day of February: the 28th in other years", () => {
    const text = writeCalendar([{ uid: "leap@keep-in-touch", date: "2000-02-29", summary: "Leap birthday", yearly: true }], NOW);
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n");
    expect(occurrences(text, "leap@keep-in-touch", 5)).toEqual(["2000-02-29", "2001-02-28", "2002-02-28", "2003-02-28", "2004-02-29"]);
  });

  it("writes hostile names as escaped text that reads back exactly, folded within 75 octets", () => {
    const hostile: CalendarEvent[] = HOSTILE.map((name, i) => ({ uid: `h${i}@keep-in-touch`, date: "2026-12-01", summary: `Reach out to ${name}`, description: `${name}\n${name.repeat(4)}` }));
    const text = writeCalendar(hostile, NOW);
    const normalised = (s: string) => s.replace(/\r\n|\r/g, "\n");
    expect(parseFeed(text).events.map((e) => [e.summary, e.description])).toEqual(HOSTILE.map((name) => [`Reach out to ${normalised(name)}`, normalised(`${name}\n${name.repeat(4)}`)]));
    for (const bytes of physicalLines(text)) expect(bytes.length).toBeLessThanOrEqual(75);
    // No property can be smuggled in: every content line starts with a known name.
    const names = unfold(text)
      .split("\r\n")
      .filter((l) => l !== "")
      .map((l) => /^[A-Z-]+/.exec(l)?.[0]);
    expect(new Set(names)).toEqual(new Set(["BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "TRANSP", "END"]));
  });

  it("writes an alarm's text escaped, so it reads back exactly and no property can be smuggled in", () => {
    const hostile: CalendarEvent[] = HOSTILE.map((name, i) => ({ uid: `a${i}@keep-in-touch`, date: "2026-12-01", summary: `Reach out to ${name}`, alarm: { trigger: "-PT15H", description: `Reach out to ${name}` } }));
    const text = writeCalendar(hostile, NOW);
    const normalised = (s: string) => s.replace(/\r\n|\r/g, "\n");
    const alarms = parseFeed(text).calendar.getAllSubcomponents("vevent").map((e) => e.getAllSubcomponents("valarm").map((a) => a.getFirstPropertyValue("description")));
    expect(alarms).toEqual(HOSTILE.map((name) => [normalised(`Reach out to ${name}`)]));
    // ts-ics reads the trigger of each, though it leaves an alarm's text as written (escapes and all).
    expect(parseWithTsIcs(text).map((e) => e.alarms.map((a) => [a.before, a.hours]))).toEqual(HOSTILE.map(() => [[true, 15]]));
    const names = unfold(text)
      .split("\r\n")
      .filter((l) => l !== "")
      .map((l) => /^[A-Z-]+/.exec(l)?.[0]);
    expect(new Set(names)).toEqual(new Set(["BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "TRANSP", "ACTION", "DESCRIPTION", "TRIGGER", "END"]));
    for (const bytes of physicalLines(text)) expect(bytes.length).toBeLessThanOrEqual(75);
  });

  it("writes an empty but valid calendar when there is nothing to show", () => {
    const text = writeCalendar([], NOW);
    expect(parseFeed(text).events).toEqual([]);
    expect(text).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keep in Touch//Calendar feed//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Keep in Touch\r\nEND:VCALENDAR\r\n");
  });
});

describe("stableUid and utcStamp", () => {
  it("gives the same UID for the same parts and different ones otherwise", () => {
    const uid = stableUid("People/Sam Rivera.md", "date", "birthday");
    expect(uid).toMatch(/^[0-9a-f]{16}@keep-in-touch$/);
    expect(stableUid("People/Sam Rivera.md", "date", "birthday")).toBe(uid);
    expect(stableUid("People/Sam Rivera.md", "date", "role_since")).not.toBe(uid);
    expect(stableUid("a", "bc")).not.toBe(stableUid("ab", "c"));
    expect(stableUid("People/Zoë 🎂.md", "touch", "2026-11-23")).toMatch(/^[0-9a-f]{16}@keep-in-touch$/);
  });

  it("writes the moment in UTC", () => {
    expect(utcStamp(NOW)).toBe("20261122T090507Z");
  });
});
