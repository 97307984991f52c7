import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { alarmTrigger, describeHeadsUp, eventAlarm, normalizeHeadsUp, type HeadsUp } from "../../../src/core/calendar/alarms";
import { writeCalendar, type CalendarEvent } from "../../../src/core/calendar/ics";
import { addDaysTo } from "../../../src/core/shared/dates";
import { alarmWallClock, instantIn, localTimeIn, parseWithTsIcs } from "../ics-second-parser";

const NOW = new Date(Date.UTC(2026, 10, 22, 9, 0, 0));

describe("alarmTrigger", () => {
  it("writes the heads-ups the way Apple Calendar writes its own all-day alerts", () => {
    expect(alarmTrigger({ daysBefore: 0, time: "09:00" })).toBe("PT9H");
    expect(alarmTrigger({ daysBefore: 1, time: "09:00" })).toBe("-PT15H");
    expect(alarmTrigger({ daysBefore: 2, time: "09:00" })).toBe("-P1DT15H");
    expect(alarmTrigger({ daysBefore: 3, time: "09:00" })).toBe("-P2DT15H");
    expect(alarmTrigger({ daysBefore: 7, time: "09:00" })).toBe("-P6DT15H");
  });

  it("keeps minutes, midnight and the last minute of the day", () => {
    expect(alarmTrigger({ daysBefore: 0, time: "00:00" })).toBe("PT0S");
    expect(alarmTrigger({ daysBefore: 0, time: "07:30" })).toBe("PT7H30M");
    expect(alarmTrigger({ daysBefore: 0, time: "00:05" })).toBe("PT5M");
    expect(alarmTrigger({ daysBefore: 1, time: "00:00" })).toBe("-P1D");
    expect(alarmTrigger({ daysBefore: 1, time: "23:59" })).toBe("-PT1M");
    expect(alarmTrigger({ daysBefore: 3, time: "18:45" })).toBe("-P2DT5H15M");
  });
});

describe("normalizeHeadsUp", () => {
  const fallback: HeadsUp = { daysBefore: 3, time: "09:00" };

  it("keeps a valid heads-up and turns null or none into no heads-up", () => {
    expect(normalizeHeadsUp({ daysBefore: 1, time: "18:30" }, fallback)).toEqual({ daysBefore: 1, time: "18:30" });
    expect(normalizeHeadsUp(null, fallback)).toBeNull();
    expect(normalizeHeadsUp("none", fallback)).toBeNull();
  });

  it("gives the default for anything a hand-edited file might hold", () => {
    for (const bad of [undefined, 3, "09:00", { daysBefore: -1, time: "09:00" }, { daysBefore: 29, time: "09:00" }, { daysBefore: 1.5, time: "09:00" }, { daysBefore: 1, time: "9:00" }, { daysBefore: 1, time: "24:00" }, { daysBefore: 1 }]) {
      expect(normalizeHeadsUp(bad, fallback)).toEqual(fallback);
    }
    expect(normalizeHeadsUp(undefined, null)).toBeNull();
  });

  it("says what it is in words", () => {
    expect([{ daysBefore: 0, time: "09:00" }, { daysBefore: 1, time: "18:30" }, { daysBefore: 3, time: "09:00" }, { daysBefore: 7, time: "08:00" }, null].map(describeHeadsUp)).toEqual([
      "on the day at 09:00",
      "the day before at 18:30",
      "3 days before at 09:00",
      "a week before at 08:00",
      "no heads-up",
    ]);
  });
});

/**
 * The mornings the clocks change, in three zones on both sides of the equator, and
 * the days around them: an all-day event on such a day, or a few days after it,
 * still rings at the time the user chose, on their clock.
 */
const CLOCK_CHANGES: [zone: string, days: string[]][] = [
  ["Europe/Berlin", ["2027-03-28", "2027-10-31"]],
  ["America/New_York", ["2027-03-14", "2027-11-07"]],
  ["Australia/Sydney", ["2027-04-04", "2027-10-03"]],
];

const HEADS_UPS: HeadsUp[] = [
  { daysBefore: 0, time: "09:00" },
  { daysBefore: 1, time: "09:00" },
  { daysBefore: 3, time: "09:00" },
  { daysBefore: 7, time: "18:30" },
  { daysBefore: 0, time: "23:15" },
];

function eventOn(date: string, headsUp: HeadsUp, i: number): CalendarEvent {
  const summary = `Reach out to Sam ${i}`;
  return { uid: `e${i}@keep-in-touch`, date, summary, alarm: eventAlarm(headsUp, summary) };
}

/** What the user asked for: that day minus the days before, at that time. */
function expected(date: string, headsUp: HeadsUp): string {
  return `${addDaysTo(date, -headsUp.daysBefore)} ${headsUp.time}`;
}

/** ical.js's own arithmetic on the floating start of the event, as its own calendar clients use it. */
function icalJsWallClock(component: InstanceType<typeof ICAL.Component>): { day: string; hour: number; minute: number } {
  const alarm = component.getFirstSubcomponent("valarm");
  const trigger = alarm?.getFirstPropertyValue("trigger") as InstanceType<typeof ICAL.Duration>;
  const start = new ICAL.Event(component).startDate.clone();
  start.isDate = false;
  start.addDuration(trigger);
  return { day: start.toString().slice(0, 10), hour: start.hour, minute: start.minute };
}

describe("the feed's alarms, read by two independent parsers", () => {
  const cases = CLOCK_CHANGES.flatMap(([zone, changes]) =>
    changes.flatMap((change) => [-1, 0, 1, 2, 3].map((offset) => addDaysTo(change, offset))).flatMap((date) => HEADS_UPS.map((headsUp) => ({ zone, date, headsUp }))),
  );
  const text = writeCalendar(
    cases.map((c, i) => eventOn(c.date, c.headsUp, i)),
    NOW,
  );

  it("writes one DISPLAY alarm per event, after the event's properties, that both parsers read", () => {
    expect(text).toContain("TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reach out to Sam 0\r\nTRIGGER:PT9H\r\nEND:VALARM\r\nEND:VEVENT\r\n");
    const second = parseWithTsIcs(text);
    expect(second).toHaveLength(cases.length);
    for (const [i, event] of second.entries()) {
      expect(event.allDay).toBe(true);
      expect(event.alarms).toHaveLength(1);
      expect(event.alarms[0]).toMatchObject({ action: "DISPLAY", description: `Reach out to Sam ${i}` });
    }
    const first = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent");
    expect(first.map((e) => e.getAllSubcomponents("valarm").map((a) => [a.getFirstPropertyValue("action"), a.getFirstPropertyValue("description")]))).toEqual(
      cases.map((_, i) => [["DISPLAY", `Reach out to Sam ${i}`]]),
    );
  });

  it("rings at the chosen time on the user's clock, across a change of the clocks, by both parsers' readings", () => {
    const second = parseWithTsIcs(text);
    const first = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent");
    const rungAt = cases.map((c, i) => {
      const event = second[i];
      const alarm = event?.alarms[0];
      if (!event || !alarm) throw new Error(`no alarm for case ${i}`);
      return {
        ...c,
        bySecond: localTimeIn(c.zone, instantIn(c.zone, alarmWallClock(event.start, alarm))),
        byFirst: localTimeIn(c.zone, instantIn(c.zone, icalJsWallClock(first[i] as InstanceType<typeof ICAL.Component>))),
      };
    });
    for (const r of rungAt) {
      const want = expected(r.date, r.headsUp);
      expect(r.bySecond, `${r.zone} ${r.date} ${describeHeadsUp(r.headsUp)}`).toBe(want);
      expect(r.byFirst, `${r.zone} ${r.date} ${describeHeadsUp(r.headsUp)} (ical.js)`).toBe(want);
    }
    expect(rungAt.length).toBe(3 * 2 * 5 * HEADS_UPS.length);
  });

  it("rings a birthday's heads-up at the chosen time every year, whenever the clocks change in between", () => {
    // 29 March: in 2027 Europe's clocks change on the 28th, between the heads-up on the 26th and the day.
    const headsUp: HeadsUp = { daysBefore: 3, time: "09:00" };
    const birthday: CalendarEvent = { uid: "b@keep-in-touch", date: "2000-03-29", summary: "Sam: Birthday", yearly: true, alarm: eventAlarm(headsUp, "Sam: Birthday") };
    const [event] = parseWithTsIcs(writeCalendar([birthday], NOW));
    const alarm = event?.alarms[0];
    if (!event || !alarm) throw new Error("no birthday alarm");
    expect(event.yearly).toBe(true);
    const days = event.daysUntil("2036-01-01").filter((d) => d >= "2026-01-01");
    expect(days).toEqual(["2026-03-29", "2027-03-29", "2028-03-29", "2029-03-29", "2030-03-29", "2031-03-29", "2032-03-29", "2033-03-29", "2034-03-29", "2035-03-29"]);
    for (const zone of ["Europe/Berlin", "Europe/London", "America/New_York"]) {
      for (const d of days) expect(localTimeIn(zone, instantIn(zone, alarmWallClock(d, alarm))), `${zone} ${d}`).toBe(expected(d, headsUp));
    }
  });
});
