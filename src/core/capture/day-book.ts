/**
 * Collects, per person and day, the one touch a capture proposes: the directions
 * seen that day joined (in and out make both ways) and the earliest snippet kept.
 * Also counts what a parser passed over or could not read.
 */
import type { LocalDate } from "../shared/dates";
import { cleanNote, type TouchDirection } from "../touches/touch-line";
import { SNIPPET_LENGTH, type CapturedDay, type CapturedPerson, type MalformedSummary } from "./model";

/** A call that day outranks messages the same day: the touch is the call. */
export const CALL_KIND = "call";

/** Two directions on one day: the same stays, different ones make both ways. */
export function joinDirections(a: TouchDirection, b: TouchDirection): TouchDirection {
  return a === b ? a : "mutual";
}

/** Text made a snippet: one line, no control characters, at most SNIPPET_LENGTH characters with an ellipsis when cut. */
export function snippetOf(text: string): string {
  const clean = cleanNote(text);
  const chars = Array.from(clean);
  if (chars.length <= SNIPPET_LENGTH) return clean;
  return `${chars.slice(0, SNIPPET_LENGTH - 1).join("").trimEnd()}…`;
}

/** Keeps the first characters of text that arrives in parts, up to what a snippet can use. */
export function appendBounded(kept: string, more: string, limit = SNIPPET_LENGTH * 2): string {
  if (kept.length >= limit) return kept;
  return kept + more.slice(0, limit - kept.length);
}

interface PersonEntry {
  person: Omit<CapturedPerson, "days">;
  days: Map<LocalDate, { day: CapturedDay; snippetAt: number }>;
}

/** Days per person, people told apart by a key the parser chooses (an address, a sender id). */
export class DayBook {
  private readonly entries = new Map<string, PersonEntry>();

  /** Records a day with someone; a second record of that day joins the first, and the earliest snippet that has words wins. */
  add(key: string, person: Omit<CapturedPerson, "days">, day: CapturedDay): void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { person: { name: person.name, emails: [...person.emails], phones: [...person.phones] }, days: new Map() };
      this.entries.set(key, entry);
    } else if (entry.person.name === null && person.name !== null) {
      entry.person.name = person.name;
    }
    const known = entry.days.get(day.date);
    if (!known) {
      entry.days.set(day.date, { day: { ...day }, snippetAt: day.snippet === "" ? Infinity : day.firstAt });
      return;
    }
    known.day.direction = joinDirections(known.day.direction, day.direction);
    if (day.kind === CALL_KIND) known.day.kind = CALL_KIND;
    known.day.firstAt = Math.min(known.day.firstAt, day.firstAt);
    if (day.snippet !== "" && day.firstAt < known.snippetAt) {
      known.day.snippet = day.snippet;
      known.snippetAt = day.firstAt;
    }
  }

  /** Everyone with at least one day, each person's days newest first. */
  list(): CapturedPerson[] {
    const out: CapturedPerson[] = [];
    for (const [key, days] of this.byKey()) out.push({ ...(this.entries.get(key) as PersonEntry).person, days });
    return out;
  }

  /** Each key with its days, newest first. */
  byKey(): [string, CapturedDay[]][] {
    const out: [string, CapturedDay[]][] = [];
    for (const [key, { days }] of this.entries) {
      if (days.size === 0) continue;
      out.push([key, [...days.values()].map((d) => d.day).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))]);
    }
    return out;
  }
}

/** How many examples of bad records are kept to show. */
const EXAMPLES = 5;

/** Counts records skipped on purpose (by reason) and records that could not be read (with a few line numbers). */
export class ReadLog {
  readonly skipped: Record<string, number> = {};
  readonly malformed: MalformedSummary = { count: 0, examples: [] };
  readonly notices: string[] = [];

  skip(reason: string, count = 1): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }

  bad(line: number, reason: string): void {
    this.malformed.count++;
    if (this.malformed.examples.length < EXAMPLES) this.malformed.examples.push({ line, reason });
  }

  /** A new log that starts from this one's counts and examples (notices are left out: they are worked out again). */
  copy(): ReadLog {
    const log = new ReadLog();
    Object.assign(log.skipped, this.skipped);
    log.malformed.count = this.malformed.count;
    log.malformed.examples.push(...this.malformed.examples);
    return log;
  }

  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }
}
