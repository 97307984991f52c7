import type { Contact } from "../contacts/contact";
import { addDaysTo, daysBetween, type LocalDate } from "../shared/dates";
import { computeDue, type DueInfo } from "../contacts/due";

/** A contact who is fine today but becomes due soon. */
export interface UpcomingEntry {
  contact: Contact;
  due: DueInfo;
  /** The day the contact becomes due: the last touch plus `dueFromDays`. */
  dueDate: LocalDate;
  /** Whole days from today until `dueDate`, at least 1. */
  daysUntil: number;
}

/**
 * Contacts in state `ok` who become due within the next `days` days (today + 1 …
 * today + days), soonest first, then by name. Snoozed, paused, due and overdue
 * contacts are not upcoming: they are on the other lists or deliberately off them.
 */
export function upcomingContacts(contacts: Iterable<Contact>, today: LocalDate, days: number): UpcomingEntry[] {
  const entries: UpcomingEntry[] = [];
  for (const contact of contacts) {
    const due = computeDue(contact, today);
    if (due.state !== "ok" || contact.lastTouch === null) continue;
    const dueDate = addDaysTo(contact.lastTouch, contact.dueFromDays);
    const daysUntil = daysBetween(today, dueDate);
    if (daysUntil >= 1 && daysUntil <= days) entries.push({ contact, due, dueDate, daysUntil });
  }
  return entries.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.contact.name.localeCompare(b.contact.name));
}
