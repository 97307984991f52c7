import type { Contact } from "../contacts/contact";
import { computeDue, type DueInfo, type DueState } from "../contacts/due";
import type { LocalDate } from "../shared/dates";
import type { Tier } from "../contacts/tiers";
import { worksOrWorkedAt } from "../import/companies";

export interface AgendaEntry {
  contact: Contact;
  due: DueInfo;
}

/** Who needs a touch today, in the order the user should see them. */
export interface Agenda {
  overdue: AgendaEntry[];
  dueSoon: AgendaEntry[];
  ok: AgendaEntry[];
  snoozed: AgendaEntry[];
  paused: AgendaEntry[];
}

export interface AgendaFilter {
  /** Only this tier id. */
  tierId?: string;
  /** Case-insensitive text matched against name, tier and topics; after an `@`, against the place only. */
  text?: string;
  /** Only people who work at this company now or used to (its `companyKey`). */
  company?: string;
}

export function matchesFilter(contact: Contact, filter: AgendaFilter): boolean {
  if (filter.tierId && contact.tier.id !== filter.tierId) return false;
  if (filter.company && !worksOrWorkedAt(contact, filter.company)) return false;
  let text = filter.text?.trim().toLowerCase();
  if (!text) return true;
  // Everything after the @ is one piece of a place, so "@new york" keeps its space; "@" alone means "has a place".
  const at = text.indexOf("@");
  if (at !== -1) {
    if (contact.location === null || !contact.location.toLowerCase().includes(text.slice(at + 1).trim())) return false;
    text = text.slice(0, at).trim();
    if (!text) return true;
  }
  const haystack = [contact.name, contact.tier.label, contact.tier.id, ...contact.topics].join("\n").toLowerCase();
  return text.split(/\s+/).every((word) => haystack.includes(word));
}

function tierRank(tiers: readonly Tier[], contact: Contact): number {
  const i = tiers.findIndex((t) => t.id === contact.tier.id);
  return i === -1 ? tiers.length : i;
}

/** Replies owed come first, the longest waiting first; the contact's place otherwise. */
export function compareReplies(a: Pick<AgendaEntry, "due">, b: Pick<AgendaEntry, "due">): number {
  const aSince = a.due.replyOwedSince;
  const bSince = b.due.replyOwedSince;
  if (aSince === bSince) return 0;
  if (aSince === null) return 1;
  if (bSince === null) return -1;
  return aSince < bSince ? -1 : 1;
}

/** Replies owed first; then most overdue, measured against each person's own cadence; never-touched last, closest tiers first; then by name. */
export function compareUrgency(tiers: readonly Tier[]) {
  return (a: AgendaEntry, b: AgendaEntry): number => {
    const replies = compareReplies(a, b);
    if (replies !== 0) return replies;
    const aNever = a.due.daysSince === null;
    const bNever = b.due.daysSince === null;
    if (aNever !== bNever) return aNever ? 1 : -1;
    if (!aNever && b.due.pressure !== a.due.pressure) return b.due.pressure - a.due.pressure;
    const rank = tierRank(tiers, a.contact) - tierRank(tiers, b.contact);
    if (rank !== 0) return rank;
    return a.contact.name.localeCompare(b.contact.name);
  };
}

export function buildAgenda(contacts: Iterable<Contact>, today: LocalDate, tiers: readonly Tier[], filter: AgendaFilter = {}): Agenda {
  const buckets: Record<DueState, AgendaEntry[]> = { overdue: [], due: [], ok: [], snoozed: [], paused: [] };
  for (const contact of contacts) {
    if (!matchesFilter(contact, filter)) continue;
    const due = computeDue(contact, today);
    buckets[due.state].push({ contact, due });
  }
  const byUrgency = compareUrgency(tiers);
  buckets.overdue.sort(byUrgency);
  buckets.due.sort(byUrgency);
  buckets.ok.sort(byUrgency);
  const byName = (a: AgendaEntry, b: AgendaEntry) => a.contact.name.localeCompare(b.contact.name);
  buckets.snoozed.sort((a, b) => (a.contact.snoozeUntil ?? "").localeCompare(b.contact.snoozeUntil ?? "") || byName(a, b));
  buckets.paused.sort(byName);
  return { overdue: buckets.overdue, dueSoon: buckets.due, ok: buckets.ok, snoozed: buckets.snoozed, paused: buckets.paused };
}
