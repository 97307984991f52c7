/**
 * The digest as a short message, in plain text for mail and notifications or in
 * Markdown: a heading per section that has something in it, one line per person
 * with why, and no more about anyone than the user's disclosure allows. With only
 * counts, each section is one line of numbers.
 */
import type { Digest, DigestDate, DigestIntro, DigestPerson, DigestPromise, DigestReach } from "../core/sharing/digest";
import { detailLines, type LastNote } from "../core/sharing/details";
import { shownName, type Disclosure } from "../core/sharing/privacy";
import { dayNumberOf, plural, type LocalDate } from "../core/shared/dates";

export type DigestFormat = "text" | "markdown";

export interface DigestReport {
  vaultName: string;
  digest: Digest;
  disclosure: Disclosure;
  format: DigestFormat;
  /** Each person's last touch with a note, when details go along. */
  lastNotes?: ReadonlyMap<string, LastNote>;
}

/** At most this many lines a section; the rest are counted. A digest is read at a glance. */
export const MAX_LINES_PER_SECTION = 10;

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

function weekdayOf(date: LocalDate): string {
  // Day 4 since 1970-01-01 (a Thursday) was a Monday.
  return WEEKDAYS[(((dayNumberOf(date) - 4) % 7) + 7) % 7] ?? "";
}

function monthOf(date: LocalDate): string {
  return MONTHS[Number(date.slice(5, 7)) - 1] ?? "";
}

/** "Sunday 22 November 2026". */
export function longDay(date: LocalDate): string {
  return `${weekdayOf(date)} ${Number(date.slice(8, 10))} ${monthOf(date)} ${date.slice(0, 4)}`;
}

/** "Mon 23 Nov". */
export function shortDay(date: LocalDate): string {
  return `${weekdayOf(date).slice(0, 3)} ${Number(date.slice(8, 10))} ${monthOf(date).slice(0, 3)}`;
}

/** Markdown's active characters, backslashed, so a name or a note is shown as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!]/g, "\\$&");
}

interface Writer {
  /** A person's name as allowed, set off in Markdown. */
  name(person: DigestPerson): string;
  /** Free text (a reason, a promise, a note), escaped for Markdown. */
  text(text: string): string;
  heading(title: string): string;
  /** Markdown wants a blank line between a heading and its list. */
  blankAfterHeading: boolean;
  /** One item; detail lines under it. */
  item(line: string, details: string[]): string[];
}

function writerFor(report: DigestReport): Writer {
  const { names } = report.disclosure;
  if (report.format === "markdown") {
    return {
      name: (person) => `**${escapeMarkdown(shownName(person.name, names) ?? "")}**`,
      text: escapeMarkdown,
      heading: (title) => `## ${title}`,
      blankAfterHeading: true,
      item: (line, details) => [`- ${line}`, ...details.map((d) => `  - ${escapeMarkdown(d)}`)],
    };
  }
  return {
    name: (person) => shownName(person.name, names) ?? "",
    text: (text) => text,
    heading: (title) => title,
    blankAfterHeading: false,
    item: (line, details) => [`- ${line}`, ...details.map((d) => `    ${d}`)],
  };
}

/** The details of a person, under the first line that names them; later lines don't repeat them. */
function detailsOnce(report: DigestReport): (person: DigestPerson) => string[] {
  const shown = new Set<string>();
  return (person) => {
    if (!report.disclosure.details || shown.has(person.path)) return [];
    shown.add(person.path);
    return detailLines(person.topics, report.lastNotes?.get(person.path));
  };
}

function lateText(p: DigestPromise): string {
  const due = `due ${shortDay(p.due)}`;
  if (p.daysLate > 0) return `${due}, ${plural(p.daysLate, "day")} late`;
  return p.daysLate === 0 ? `${due}, today` : due;
}

function dateText(d: DigestDate): string {
  const years = d.years === null ? "" : ` (${plural(d.years, "year")})`;
  const when = d.daysUntil === 0 ? "today" : d.daysUntil === 1 ? "tomorrow" : shortDay(d.on);
  return `${d.label}${years}, ${when}`;
}

/** A section: its heading with a count, its first items drawn, and how many more. */
function section<T>(w: Writer, title: string, items: readonly T[], draw: (item: T) => string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LINES_PER_SECTION).flatMap(draw);
  const more = items.length - MAX_LINES_PER_SECTION;
  return ["", w.heading(`${title} (${items.length})`), ...(w.blankAfterHeading ? [""] : []), ...shown, ...(more > 0 ? [`- and ${more} more`] : [])];
}

function namedSections(report: DigestReport, w: Writer): string[] {
  const { digest } = report;
  const detailsOf = detailsOnce(report);
  const reach = (r: DigestReach, withDay: boolean) => w.item(`${withDay ? `${shortDay(r.day)}: ` : ""}${w.name(r)} — ${w.text(r.why)}`, detailsOf(r));
  const promise = (p: DigestPromise) => {
    const who = p.people.map((person) => w.name(person)).join(", ");
    const what = report.disclosure.details ? `${w.text(p.text)} (${lateText(p)})` : `a promise ${lateText(p)}`;
    return w.item(`${who} — ${what}`, []);
  };
  const date = (d: DigestDate) => w.item(`${w.name(d)} — ${w.text(dateText(d))}`, detailsOf(d));
  // The other person is named as the user allows names, like everyone else.
  const intro = (i: DigestIntro) => {
    const other = i.with === null ? "" : ` to ${w.name({ path: "", name: i.with, topics: [] })}`;
    return w.item(`${w.name(i)} — how did the intro${other} go? (introduced ${shortDay(i.introduced)})`, detailsOf(i));
  };
  return [
    ...section(w, "Reach out today", digest.reachToday, (r) => reach(r, false)),
    ...section(w, "Promises due", digest.promises, promise),
    ...section(w, "Introductions to follow up", digest.intros, intro),
    ...section(w, "Later this week", digest.reachLater, (r) => reach(r, true)),
    ...section(w, "Dates coming up", digest.dates, date),
  ];
}

function people(n: number): string {
  return n === 1 ? "1 person" : `${n} people`;
}

/** Only counts: one line a section, nothing that says who. */
function countedSections(report: DigestReport, w: Writer): string[] {
  const { digest } = report;
  const lines: string[] = [];
  const add = (title: string, n: number, text: string) => {
    if (n > 0) lines.push(w.item(`${title}: ${text}`, [])[0] ?? "");
  };
  add("Reach out today", digest.reachToday.length, `${people(digest.reachToday.length)}${digest.repliesOwed > 0 ? ` (${digest.repliesOwed} owed a reply)` : ""}`);
  const late = digest.promises.filter((p) => p.daysLate > 0).length;
  add("Promises due", digest.promises.length, `${digest.promises.length}${late > 0 ? ` (${late} late)` : ""}`);
  add("Introductions to follow up", digest.intros.length, String(digest.intros.length));
  add("Later this week", digest.reachLater.length, people(digest.reachLater.length));
  const today = digest.dates.filter((d) => d.daysUntil === 0).length;
  add("Dates coming up", digest.dates.length, `${digest.dates.length}${today > 0 ? ` (${today} today)` : ""}`);
  return lines.length > 0 ? ["", ...lines] : [];
}

function titleOf(report: DigestReport, w: Writer): string {
  const title = `Keep in Touch: ${report.vaultName}, ${longDay(report.digest.today)}`;
  return report.format === "markdown" ? `# ${escapeMarkdown(title)}` : w.text(title);
}

/** The whole message, ending in a newline. */
export function renderDigest(report: DigestReport): string {
  const w = writerFor(report);
  const body = report.disclosure.names === "count" ? countedSections(report, w) : namedSections(report, w);
  const { digest } = report;
  const lines = [titleOf(report, w)];
  if (!digest.somethingDue) lines.push("", body.length === 0 ? "Nothing due today, and nothing coming up." : "Nothing due today.");
  lines.push(...body);
  return `${lines.join("\n")}\n`;
}
