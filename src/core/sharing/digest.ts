/**
 * The digest: what a short daily message says, for a person who isn't in Obsidian.
 * Who to reach today and later this week and why (the weekly plan's touches, on the
 * days the calendar feed puts them), promises due within the week, and the dates
 * coming up. It holds people, not words about them: how much of a person is shown is
 * the renderer's business, by the user's disclosure.
 */
import { plannedReminders, reminderDay } from "../calendar/calendar-events";
import type { Contact } from "../contacts/contact";
import { upcomingDates } from "../contacts/important-dates";
import type { Tier } from "../contacts/tiers";
import { addDaysTo, daysBetween, type LocalDate } from "../shared/dates";
import { withoutDue } from "../conversation/promises";
import { plainText } from "../notes/note-preview";
import { computeDue } from "../contacts/due";
import { introFollowUps } from "../touches/introductions";

/** "This week" in a digest: today and the six days after it, whatever day today is. */
export const DIGEST_DAYS = 7;

export interface DigestPerson {
  path: string;
  name: string;
  topics: readonly string[];
}

/** Someone to reach: on `day`, because of `why` (the weekly plan's reason). */
export interface DigestReach extends DigestPerson {
  day: LocalDate;
  why: string;
}

/** An open promise with a due date within the week, or past it. */
export interface DigestPromise {
  /** Everyone the task is a promise to, by name order. */
  people: DigestPerson[];
  /** The task's words as they read, without the due date or link brackets. */
  text: string;
  due: LocalDate;
  /** Days past its due date; 0 when due today, negative when still ahead. */
  daysLate: number;
}

export interface DigestDate extends DigestPerson {
  label: string;
  on: LocalDate;
  daysUntil: number;
  /** For anniversaries with a known year: how many years it will be. */
  years: number | null;
}

/** An introduction whose follow-up is due: ask this person how it went. */
export interface DigestIntro extends DigestPerson {
  /** The other person, as the introduction's line names them; null when it names no one. */
  with: string | null;
  introduced: LocalDate;
}

export interface Digest {
  today: LocalDate;
  reachToday: DigestReach[];
  /** Of those to reach today, how many are owed a reply. */
  repliesOwed: number;
  /** Later this week: tomorrow to six days from now. */
  reachLater: DigestReach[];
  promises: DigestPromise[];
  intros: DigestIntro[];
  dates: DigestDate[];
  /** Whether anything asks for action today: someone to reach, a promise due or late, an introduction to follow up, a date today. */
  somethingDue: boolean;
}

export interface DigestOptions {
  today: LocalDate;
  tiers: readonly Tier[];
  weeklyCapacity: number;
  /** How many days ahead dates are listed (the view's upcoming days). */
  upcomingDays: number;
}

function personOf(contact: Contact): DigestPerson {
  return { path: contact.path, name: contact.name, topics: contact.topics };
}

function byName(a: DigestPerson, b: DigestPerson): number {
  return a.name.localeCompare(b.name) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function reachOf(contacts: readonly Contact[], options: DigestOptions): { today: DigestReach[]; later: DigestReach[] } {
  const byPath = new Map(contacts.map((c) => [c.path, c]));
  const lastDay = addDaysTo(options.today, DIGEST_DAYS - 1);
  const within: DigestReach[] = [];
  for (const touch of plannedReminders(contacts, options.today, options.tiers, options.weeklyCapacity)) {
    const day = reminderDay(touch, options.today);
    const contact = byPath.get(touch.path);
    if (day <= lastDay && contact) within.push({ ...personOf(contact), day, why: touch.reason });
  }
  // Soonest first; the sort is stable, so within a day the plan's order of priority stays.
  within.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // Someone the plan holds twice this week (due now, and again in next week's batch) is listed once, on the first day.
  const seen = new Set<string>();
  const first = within.filter((r) => !seen.has(r.path) && seen.add(r.path));
  return { today: first.filter((r) => r.day === options.today), later: first.filter((r) => r.day !== options.today) };
}

function promisesOf(contacts: readonly Contact[], options: DigestOptions): DigestPromise[] {
  const lastDay = addDaysTo(options.today, DIGEST_DAYS - 1);
  // A task that links two people is one promise: keyed by where it is.
  const tasks = new Map<string, DigestPromise>();
  for (const contact of contacts) {
    for (const promise of contact.promises) {
      if (promise.due === null || promise.due > lastDay) continue;
      const key = `${promise.path}\u0000${promise.line}`;
      const known = tasks.get(key);
      if (known) known.people.push(personOf(contact));
      else tasks.set(key, { people: [personOf(contact)], text: plainText(withoutDue(promise.text)), due: promise.due, daysLate: daysBetween(promise.due, options.today) });
    }
  }
  for (const task of tasks.values()) task.people.sort(byName);
  return [...tasks.values()].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : byName(a.people[0] as DigestPerson, b.people[0] as DigestPerson) || a.text.localeCompare(b.text)));
}

function datesOf(contacts: readonly Contact[], options: DigestOptions): DigestDate[] {
  const dates: DigestDate[] = [];
  for (const contact of contacts) {
    for (const u of upcomingDates(contact.importantDates, options.today, options.upcomingDays)) {
      dates.push({ ...personOf(contact), label: u.date.label, on: u.on, daysUntil: u.daysUntil, years: u.years });
    }
  }
  return dates.sort((a, b) => a.daysUntil - b.daysUntil || byName(a, b) || a.label.localeCompare(b.label));
}

function introsOf(contacts: readonly Contact[], today: LocalDate): DigestIntro[] {
  const intros: DigestIntro[] = [];
  for (const contact of contacts) {
    for (const followUp of introFollowUps(contact, today)) intros.push({ ...personOf(contact), with: followUp.with, introduced: followUp.introduced });
  }
  return intros.sort((a, b) => a.introduced.localeCompare(b.introduced) || byName(a, b));
}

/** The digest of these contacts as of `options.today`. */
export function buildDigest(contacts: readonly Contact[], options: DigestOptions): Digest {
  const reach = reachOf(contacts, options);
  const promises = promisesOf(contacts, options);
  const intros = introsOf(contacts, options.today);
  const dates = datesOf(contacts, options);
  const byPath = new Map(contacts.map((c) => [c.path, c]));
  const repliesOwed = reach.today.filter((r) => {
    const contact = byPath.get(r.path);
    return contact !== undefined && computeDue(contact, options.today).replyOwedSince !== null;
  }).length;
  const somethingDue = reach.today.length > 0 || promises.some((p) => p.daysLate >= 0) || intros.length > 0 || dates.some((d) => d.daysUntil === 0);
  return { today: options.today, reachToday: reach.today, repliesOwed, reachLater: reach.later, promises, intros, dates, somethingDue };
}
