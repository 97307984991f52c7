/**
 * Meetings from a calendar export (.ics from Google Calendar, Apple Calendar or
 * Outlook): each event that has happened, with people other than the user, is a
 * *meeting* with each of them on the event's day in the user's time zone.
 *
 * Rules where exports leave room:
 * - An event counts from the moment it starts (an all-day one from its day); series
 *   are walked up to now, never beyond.
 * - Cancelled events, events the user declined and attendees who declined don't
 *   count; rooms and resources (CUTYPE=ROOM/RESOURCE, Google resource addresses) and
 *   groups are not people. An event with more than `maxPeople` others is a gathering,
 *   not a touch, and is skipped.
 * - Direction: the user organised it → (they reached out); the person organised it ←;
 *   anyone else or no organiser ↔ (a plan made together).
 */
import { DayBook, ReadLog, snippetOf } from "./day-book";
import { ContentLineReader, param, unescapeText, type ContentLine } from "./ics-lines";
import { attendeeRole, personOf, samePerson, type Person } from "./ics-people";
import { occurrenceKey, parseIcsTime, UserClock, type IcsTime } from "./ics-time";
import { CAPTURE_KINDS, type CaptureExtract, type CaptureParser } from "./model";
import { parseRule, walkRule } from "./rrule";
import { formatDay } from "./civil";
import type { TouchDirection } from "../touches/touch-line";

export interface CalendarOptions {
  /** The user's IANA time zone: days are counted on their calendar. */
  zone: string;
  /** The present moment (milliseconds since 1970): later occurrences don't count. */
  now: number;
  /** The user's own addresses, to leave them out and to tell organised from invited and declined. */
  ownEmails: readonly string[];
  /** Whether the event's title becomes the touch's note. */
  titles: boolean;
  /** Events with more people than this (the user not counted) are skipped. */
  maxPeople: number;
}

const WANTED = new Set(["UID", "SUMMARY", "DTSTART", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS", "ATTENDEE", "ORGANIZER"]);
/** Attendees kept per event; a longer list only counts (it is over any sensible maxPeople anyway). */
const MAX_ATTENDEES = 200;

interface Draft {
  line: number;
  uid: string;
  summary: string;
  start: ContentLine | null;
  rrule: ContentLine | null;
  rdates: ContentLine[];
  exdates: ContentLine[];
  recurrenceId: ContentLine | null;
  cancelled: boolean;
  people: Person[];
  peopleCount: number;
  organizer: Person | null;
  organizerIsMe: boolean;
  declinedByMe: boolean;
}

/** What an event says about who met, shared by all of a series' occurrences. */
interface EventFacts {
  line: number;
  title: string;
  people: Person[];
  peopleCount: number;
  organizer: Person | null;
  organizerIsMe: boolean;
  declinedByMe: boolean;
  cancelled: boolean;
}

interface Occurrence {
  time: IcsTime;
  instant: number;
}

interface Series {
  facts: EventFacts;
  allDay: boolean;
  occurrences: Map<number, Occurrence>;
}

interface Override {
  facts: EventFacts;
  /** Which occurrence it replaces. */
  replaces: IcsTime;
  replacesKey: number;
  /** Where it is now; null when its start can't be read. */
  occurrence: Occurrence | null;
}

export class CalendarParser implements CaptureParser {
  readonly format = "ics" as const;
  charsSeen = 0;
  private readonly reader: ContentLineReader;
  private readonly log = new ReadLog();
  private readonly book = new DayBook();
  private readonly clock: UserClock;
  private readonly own: Set<string>;
  private readonly stack: string[] = [];
  private draft: Draft | null = null;
  private readonly series = new Map<string, Series[]>();
  private readonly overrides: { uid: string; override: Override }[] = [];
  private sawCalendar = false;

  constructor(private readonly options: CalendarOptions) {
    this.clock = new UserClock(options.zone, options.now);
    this.own = new Set(options.ownEmails.map((e) => e.trim().toLowerCase()));
    this.reader = new ContentLineReader(WANTED, (property, line) => this.property(property, line));
  }

  push(chunk: string): void {
    this.charsSeen += chunk.length;
    this.reader.push(chunk);
  }

  end(): CaptureExtract {
    this.reader.end();
    if (this.draft) this.log.bad(this.draft.line, "an event that never ends (the file may be cut short)");
    if (!this.sawCalendar) this.log.notice("No BEGIN:VCALENDAR line was found: this doesn't read as a calendar export.");
    this.finishSeries();
    return { format: "ics", people: this.book.list(), skipped: this.log.skipped, malformed: this.log.malformed, notices: this.log.notices };
  }

  private property(property: ContentLine | null, line: number): void {
    if (property === null) {
      if (this.draft) this.log.bad(line, "a line that isn't a calendar property");
      return;
    }
    if (property.name === "BEGIN") {
      const component = property.value.trim().toUpperCase();
      if (component === "VCALENDAR") this.sawCalendar = true;
      if (component === "VEVENT" && this.stack.length > 0 && this.stack[this.stack.length - 1] === "VCALENDAR") this.draft = newDraft(line);
      this.stack.push(component);
      return;
    }
    if (property.name === "END") {
      const component = property.value.trim().toUpperCase();
      const at = this.stack.lastIndexOf(component);
      if (at === -1) {
        this.log.bad(line, `an END:${component} without its BEGIN`);
        return;
      }
      this.stack.length = at;
      if (component === "VEVENT" && this.draft) {
        const draft = this.draft;
        this.draft = null;
        this.finishEvent(draft);
      }
      return;
    }
    const draft = this.draft;
    if (!draft || this.stack[this.stack.length - 1] !== "VEVENT") return;
    switch (property.name) {
      case "UID":
        draft.uid = property.value.trim();
        break;
      case "SUMMARY":
        draft.summary = unescapeText(property.value);
        break;
      case "DTSTART":
        draft.start = property;
        break;
      case "RRULE":
        draft.rrule = property;
        break;
      case "RDATE":
        draft.rdates.push(property);
        break;
      case "EXDATE":
        draft.exdates.push(property);
        break;
      case "RECURRENCE-ID":
        draft.recurrenceId = property;
        break;
      case "STATUS":
        draft.cancelled = property.value.trim().toUpperCase() === "CANCELLED";
        break;
      case "ORGANIZER":
        this.organizer(draft, property);
        break;
      case "ATTENDEE":
        this.attendee(draft, property);
        break;
    }
  }

  private organizer(draft: Draft, property: ContentLine): void {
    const person = personOf(property);
    draft.organizer = person;
    draft.organizerIsMe = person.email !== null && this.own.has(person.email);
  }

  private attendee(draft: Draft, property: ContentLine): void {
    const role = attendeeRole(property, this.own);
    if (role.kind === "me") {
      if (role.declined) draft.declinedByMe = true;
      return;
    }
    if (role.kind === "none" || draft.people.some((p) => samePerson(p, role.person))) return;
    draft.peopleCount++;
    if (draft.people.length < MAX_ATTENDEES) draft.people.push(role.person);
  }

  private readTime(property: ContentLine): IcsTime | null {
    const parsed = parseIcsTime(property.value, param(property, "TZID"));
    if (!parsed.ok) return null;
    if (parsed.unknownZone !== null) this.log.notice(`The time zone "${parsed.unknownZone}" isn't known, so its times were read on your own clock.`);
    return parsed.time;
  }

  /** Each value of a property that may list several (EXDATE, RDATE). */
  private readTimes(property: ContentLine): IcsTime[] {
    const times: IcsTime[] = [];
    for (const value of property.value.split(",")) {
      const parsed = this.readTime({ ...property, value });
      if (parsed === null) this.log.bad(property.line, `a date that can't be read in ${property.name}`);
      else times.push(parsed);
    }
    return times;
  }

  private occurrenceOf(time: IcsTime): Occurrence {
    return { time, instant: this.clock.instantOf(time) };
  }

  private finishEvent(draft: Draft): void {
    const start = draft.start ? this.readTime(draft.start) : null;
    if (start === null) {
      this.log.bad(draft.start?.line ?? draft.line, draft.start ? "an event whose start can't be read" : "an event without a start");
      return;
    }
    const peopleCount = draft.peopleCount + (draft.organizer && !draft.organizerIsMe && !draft.people.some((p) => p.email !== null && p.email === draft.organizer?.email) ? 1 : 0);
    const facts: EventFacts = {
      line: draft.line,
      title: draft.summary,
      people: draft.people,
      peopleCount,
      organizer: draft.organizer,
      organizerIsMe: draft.organizerIsMe,
      declinedByMe: draft.declinedByMe,
      cancelled: draft.cancelled,
    };
    if (draft.recurrenceId) {
      const replaces = this.readTime(draft.recurrenceId);
      if (replaces === null) {
        this.log.bad(draft.recurrenceId.line, "a RECURRENCE-ID that can't be read");
        return;
      }
      const replacedAt = this.clock.instantOf(replaces);
      this.overrides.push({ uid: draft.uid, override: { facts, replaces, replacesKey: occurrenceKey(replaces, replacedAt), occurrence: this.occurrenceOf(start) } });
      return;
    }
    if (draft.rrule === null && draft.rdates.length === 0) {
      this.count(facts, this.occurrenceOf(start));
      return;
    }
    if (facts.cancelled) {
      this.log.skip("cancelled events");
      return;
    }
    const series: Series = { facts, allDay: start.kind === "date", occurrences: new Map() };
    this.expand(draft, start, series);
    const list = this.series.get(draft.uid);
    if (list) list.push(series);
    else this.series.set(draft.uid, [series]);
  }

  /** The occurrences of a series up to now, less its EXDATEs. */
  private expand(draft: Draft, start: IcsTime, series: Series): void {
    const excluded = new Set<number>();
    const excludedDays = new Set<number>();
    for (const property of draft.exdates) {
      for (const time of this.readTimes(property)) {
        if (time.kind === "date" && start.kind !== "date") excludedDays.add(time.day);
        else excluded.add(occurrenceKey(time, this.clock.instantOf(time)));
      }
    }
    const add = (occurrence: Occurrence): void => {
      if (!this.clock.hasHappened(occurrence.time, occurrence.instant)) return;
      const key = occurrenceKey(occurrence.time, occurrence.instant);
      if (!excluded.has(key) && !excludedDays.has(occurrence.time.day)) series.occurrences.set(key, occurrence);
    };
    if (draft.rrule) {
      const parsed = parseRule(draft.rrule.value);
      if (!parsed.ok) {
        this.log.bad(draft.rrule.line, `a repeating rule that can't be read (${parsed.reason}); only its first date counts`);
        add(this.occurrenceOf(start));
      } else {
        const until = parsed.rule.until;
        // An event's own calendar can be up to two days ahead of the user's (UTC+14 against UTC−12); hasHappened decides.
        const { capped } = walkRule(parsed.rule, start.day, this.clock.today + 2, (day) => {
          const occurrence = this.occurrenceOf({ ...start, day });
          if (until !== null && !withinUntil(occurrence, until)) return false;
          if (!this.clock.hasHappened(occurrence.time, occurrence.instant)) return false;
          add(occurrence);
          return true;
        });
        if (capped) this.log.notice(`A repeating event (line ${draft.line}) goes back further than the capture walks; only its later occurrences count.`);
      }
    } else {
      add(this.occurrenceOf(start));
    }
    for (const property of draft.rdates) {
      if ((param(property, "VALUE") ?? "").toUpperCase() === "PERIOD") {
        this.log.bad(property.line, "an RDATE given as periods");
        continue;
      }
      for (const time of this.readTimes(property)) add(this.occurrenceOf(time));
    }
  }

  /** Overrides take their occurrence's place; then every series and override is counted. */
  private finishSeries(): void {
    for (const { uid, override } of this.overrides) {
      const masters = this.series.get(uid) ?? [];
      for (const series of masters) {
        if (!series.occurrences.delete(override.replacesKey) && override.replaces.kind === "date" && !series.allDay) {
          for (const [key, occurrence] of series.occurrences) if (occurrence.time.day === override.replaces.day) series.occurrences.delete(key);
        }
      }
      const master = masters[0];
      const facts = master ? inherit(override.facts, master.facts) : override.facts;
      if (override.occurrence) this.count(facts, override.occurrence);
    }
    for (const list of this.series.values()) {
      for (const series of list) {
        for (const occurrence of series.occurrences.values()) this.count(series.facts, occurrence);
      }
    }
  }

  /** One occurrence of an event: a meeting with each person, or a reason it doesn't count. */
  private count(facts: EventFacts, occurrence: Occurrence): void {
    if (!this.clock.hasHappened(occurrence.time, occurrence.instant)) return this.log.skip("events still to come");
    if (facts.cancelled) return this.log.skip("cancelled events");
    if (facts.declinedByMe) return this.log.skip("events you declined");
    const people = [...facts.people];
    const organizer = facts.organizer;
    if (organizer && !facts.organizerIsMe && (organizer.email !== null || organizer.name !== null) && !people.some((p) => samePerson(p, organizer))) people.push(organizer);
    if (people.length === 0) return this.log.skip("events with nobody else in them");
    if (facts.peopleCount > this.options.maxPeople) return this.log.skip(`events with more than ${this.options.maxPeople} people`);
    const date = formatDay(this.clock.localDay(occurrence.time, occurrence.instant));
    const snippet = this.options.titles ? snippetOf(facts.title) : "";
    for (const person of people) {
      const direction: TouchDirection = facts.organizerIsMe ? "out" : organizer && samePerson(person, organizer) ? "in" : "mutual";
      const key = person.email ?? `name:${person.name ?? ""}`;
      this.book.add(key, { name: person.name, emails: person.email ? [person.email] : [], phones: [] }, { date, kind: CAPTURE_KINDS.ics, direction, snippet, firstAt: occurrence.instant });
    }
  }
}

/** An override that repeats nothing about who comes or what it's called keeps the series' own. */
function inherit(own: EventFacts, master: EventFacts): EventFacts {
  const hasPeople = own.people.length > 0 || own.organizer !== null;
  return {
    ...own,
    title: own.title !== "" ? own.title : master.title,
    people: hasPeople ? own.people : master.people,
    peopleCount: hasPeople ? own.peopleCount : master.peopleCount,
    organizer: hasPeople ? own.organizer : master.organizer,
    organizerIsMe: hasPeople ? own.organizerIsMe : master.organizerIsMe,
  };
}

function newDraft(line: number): Draft {
  return { line, uid: "", summary: "", start: null, rrule: null, rdates: [], exdates: [], recurrenceId: null, cancelled: false, people: [], peopleCount: 0, organizer: null, organizerIsMe: false, declinedByMe: false };
}

/** Whether an occurrence falls on or before a rule's UNTIL, compared the way UNTIL is written. */
function withinUntil(occurrence: Occurrence, until: IcsTime): boolean {
  const { time } = occurrence;
  if (until.kind === "date" || time.kind === "date") return time.day <= until.day;
  if (until.kind === "utc") return occurrence.instant <= until.day * 86_400_000 + until.ms;
  return time.day * 86_400_000 + time.ms <= until.day * 86_400_000 + until.ms;
}
