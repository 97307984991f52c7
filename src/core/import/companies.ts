import { computeDue } from "../contacts/due";
import type { Contact } from "../contacts/contact";
import type { LocalDate } from "../shared/dates";
import { foldText } from "./name-match";

/** Legal forms after a company's name: "Acme Inc." and "Acme" are one company. */
const LEGAL_FORMS = new Set(["inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "srl", "bv", "nv", "plc", "corp", "corporation", "co", "company", "oy", "ab", "as", "pty", "kk"]);

/** What two spellings of one company have in common: no accents, case, punctuation or legal form. */
export function companyKey(name: string): string {
  const words = foldText(name)
    .replace(/[.,]/g, "")
    .split(/[^\p{L}\p{N}&+]+/u)
    .filter((w) => w !== "");
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop();
  return words.join(" ");
}

/** Whether the person works at the company now, or used to. */
export function worksOrWorkedAt(contact: Pick<Contact, "company" | "pastCompanies">, key: string): boolean {
  return (contact.company !== null && companyKey(contact.company) === key) || contact.pastCompanies.some((c) => companyKey(c) === key);
}

/** One company and the people who work there now or used to. */
export interface CompanyGroup {
  key: string;
  /** The spelling most of its people's notes use. */
  name: string;
  current: Contact[];
  /** Those who have left it (and don't work there again). */
  former: Contact[];
}

/**
 * Every company the contacts name, current or past, biggest first: who is there now,
 * and who has moved on (the alumni a yearly check-in is for).
 */
export function companyGroups(contacts: Iterable<Contact>): CompanyGroup[] {
  const groups = new Map<string, { group: CompanyGroup; spellings: Map<string, number> }>();
  const add = (company: string, contact: Contact, now: boolean) => {
    const key = companyKey(company);
    if (key === "") return;
    let entry = groups.get(key);
    if (!entry) {
      entry = { group: { key, name: company, current: [], former: [] }, spellings: new Map() };
      groups.set(key, entry);
    }
    const list = now ? entry.group.current : entry.group.former;
    if (list.includes(contact) || (!now && entry.group.current.includes(contact))) return;
    list.push(contact);
    entry.spellings.set(company, (entry.spellings.get(company) ?? 0) + 1);
  };
  for (const contact of contacts) {
    if (contact.company) add(contact.company, contact, true);
    for (const past of contact.pastCompanies) if (contact.company === null || companyKey(past) !== companyKey(contact.company)) add(past, contact, false);
  }
  const out = [...groups.values()].map(({ group, spellings }) => {
    // The most used spelling; on a tie, one written with capitals ("Globex" over "globex"), then the first seen.
    const capitals = (text: string) => (text === text.toLowerCase() ? 0 : 1);
    const [name] = [...spellings.entries()].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]))[0] ?? [group.name];
    return { ...group, name };
  });
  return out.sort((a, b) => b.current.length + b.former.length - (a.current.length + a.former.length) || a.name.localeCompare(b.name));
}

/** "3 now, 2 before" */
export function describeCompanyGroup(group: CompanyGroup): string {
  const parts: string[] = [];
  if (group.current.length > 0) parts.push(`${group.current.length} now`);
  if (group.former.length > 0) parts.push(`${group.former.length} before`);
  return parts.join(", ");
}

/** The company's people, now and before, most overdue first (measured against each one's own cadence); paused last. */
export function alumniByUrgency(group: CompanyGroup, today: LocalDate): Contact[] {
  const rank = (c: Contact) => {
    const due = computeDue(c, today);
    if (due.state === "paused") return -2;
    if (due.state === "snoozed") return -1;
    // Never touched: due for a first touch, after everyone already overdue.
    return due.daysSince === null ? 1 : due.pressure;
  };
  return [...group.current, ...group.former].sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name));
}
