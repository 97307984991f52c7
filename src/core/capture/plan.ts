/**
 * From what a file holds to what the review proposes: people matched to contact notes
 * (by address, then phone, then any spelling of the name), their days turned into
 * touches, days that already have a touch left out and counted. A name that fits two
 * notes is reported, never guessed; people who fit no note are listed to be added.
 */
import type { LocalDate } from "../shared/dates";
import { NameIndex } from "../import/name-match";
import type { Touch } from "../touches/touch-line";
import { DayBook } from "./day-book";
import { inertMarkdown } from "./inert-markdown";
import type { CaptureExtract, CapturedPerson, MalformedSummary } from "./model";

/** A contact note as the capture sees it; the adapter reads these from the index. */
export interface CaptureContact {
  path: string;
  name: string;
  aliases: readonly string[];
  /** The `email` property and any addresses in `emails`. */
  emails: readonly string[];
  phones: readonly string[];
  /** Every day that already has a touch for this contact (any kind, by hand or by the plugin). */
  touchDays: ReadonlySet<LocalDate>;
  /** The note says `capture: never`: its touches are proposed unchecked. */
  captureNever: boolean;
}

export interface ProposedContact {
  path: string;
  name: string;
  /** Whether the review starts with this person's touches ticked. */
  checked: boolean;
  /** New touches, newest first: date, kind, direction and the snippet as the note. */
  touches: Touch[];
  /** Days found that already had a touch. */
  alreadyLogged: number;
}

/** Someone in the file who fits no contact, or more than one. */
export interface FoundPerson {
  name: string | null;
  emails: string[];
  phones: string[];
  /** How many days they were in touch, and the latest. */
  days: number;
  lastDay: LocalDate;
}

export interface AmbiguousPerson extends FoundPerson {
  /** The notes the name (or address) fits. */
  candidates: { path: string; name: string }[];
}

export interface CapturePlan {
  format: CaptureExtract["format"];
  /** Contacts with new touches, by name. */
  proposals: ProposedContact[];
  /** People to add as contacts, most days first. */
  unmatched: FoundPerson[];
  ambiguous: AmbiguousPerson[];
  /** Everything passed over, by reason: the file's own reasons and the days already logged. */
  skipped: Record<string, number>;
  malformed: MalformedSummary;
  notices: string[];
}

export const ALREADY_LOGGED = "days that already have a touch";
export const AFTER_TODAY = "days after today";

/** A phone number's digits, without the international prefix 00. */
function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, "").replace(/^00/, "");
}

/** Whether two numbers are one: equal digits, or a national number (leading 0) that ends an international one. */
function samePhone(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.startsWith("0") && short.length >= 7 && long.endsWith(short.slice(1));
}

type Match = { kind: "one"; path: string } | { kind: "ambiguous"; paths: string[] } | { kind: "none" };

class ContactFinder {
  private readonly byEmail = new Map<string, string[]>();
  private readonly phones: { digits: string; path: string }[] = [];
  private readonly names: NameIndex;

  constructor(contacts: readonly CaptureContact[]) {
    for (const contact of contacts) {
      for (const email of contact.emails) {
        const key = email.trim().toLowerCase();
        if (key === "") continue;
        const paths = this.byEmail.get(key) ?? [];
        if (!paths.includes(contact.path)) paths.push(contact.path);
        this.byEmail.set(key, paths);
      }
      for (const phone of contact.phones) {
        const digits = phoneDigits(phone);
        if (digits !== "") this.phones.push({ digits, path: contact.path });
      }
    }
    this.names = new NameIndex(contacts);
  }

  find(person: CapturedPerson): Match {
    const byEmail = new Set(person.emails.flatMap((e) => this.byEmail.get(e.toLowerCase()) ?? []));
    if (byEmail.size > 0) return matchOf(byEmail);
    const digits = person.phones.map(phoneDigits);
    const byPhone = new Set(this.phones.filter((p) => digits.some((d) => samePhone(d, p.digits))).map((p) => p.path));
    if (byPhone.size > 0) return matchOf(byPhone);
    return person.name === null ? { kind: "none" } : this.names.match([person.name]);
  }
}

function matchOf(paths: Set<string>): Match {
  const list = [...paths].sort();
  return list.length === 1 ? { kind: "one", path: list[0] as string } : { kind: "ambiguous", paths: list };
}

function found(person: CapturedPerson): FoundPerson {
  return { name: person.name, emails: person.emails, phones: person.phones, days: person.days.length, lastDay: person.days[0]?.date ?? "" };
}

/** The review's content for a file's extract and the vault's contacts; `today` keeps days after it out. */
export function planCapture(extract: CaptureExtract, contacts: readonly CaptureContact[], today: LocalDate): CapturePlan {
  const finder = new ContactFinder(contacts);
  const byPath = new Map(contacts.map((c) => [c.path, c]));
  const perContact = new DayBook();
  const unmatched: FoundPerson[] = [];
  const ambiguous: AmbiguousPerson[] = [];
  for (const person of extract.people) {
    const match = finder.find(person);
    if (match.kind === "one") {
      for (const day of person.days) perContact.add(match.path, { name: null, emails: [], phones: [] }, day);
    } else if (match.kind === "ambiguous") {
      ambiguous.push({ ...found(person), candidates: match.paths.map((path) => ({ path, name: byPath.get(path)?.name ?? path })) });
    } else {
      unmatched.push(found(person));
    }
  }
  const skipped: Record<string, number> = { ...extract.skipped };
  const proposals: ProposedContact[] = [];
  for (const [path, days] of perContact.byKey()) {
    const contact = byPath.get(path) as CaptureContact;
    const touches: Touch[] = [];
    let alreadyLogged = 0;
    for (const day of days) {
      if (day.date > today) {
        skipped[AFTER_TODAY] = (skipped[AFTER_TODAY] ?? 0) + 1;
      } else if (contact.touchDays.has(day.date)) {
        alreadyLogged++;
      } else {
        const touch: Touch = { date: day.date, kind: day.kind, direction: day.direction };
        const note = inertMarkdown(day.snippet);
        if (note !== "") touch.note = note;
        touches.push(touch);
      }
    }
    if (alreadyLogged > 0) skipped[ALREADY_LOGGED] = (skipped[ALREADY_LOGGED] ?? 0) + alreadyLogged;
    if (touches.length > 0) proposals.push({ path, name: contact.name, checked: !contact.captureNever, touches, alreadyLogged });
  }
  proposals.sort((a, b) => a.name.localeCompare(b.name, "en") || (a.path < b.path ? -1 : 1));
  const byDays = (a: FoundPerson, b: FoundPerson) => b.days - a.days || (a.name ?? a.emails[0] ?? a.phones[0] ?? "").localeCompare(b.name ?? b.emails[0] ?? b.phones[0] ?? "", "en");
  return { format: extract.format, proposals, unmatched: unmatched.sort(byDays), ambiguous: ambiguous.sort(byDays), skipped, malformed: extract.malformed, notices: extract.notices };
}
