import type { Contact } from "../../core/contacts/contact";
import { daysBetween, formatAgo, type LocalDate } from "../../core/shared/dates";

/** "last touch 5 weeks ago" or "never touched". */
export function lastTouchText(contact: Contact, today: LocalDate): string {
  if (contact.lastTouch === null) return "never touched";
  return `last touch ${formatAgo(daysBetween(contact.lastTouch, today))}`;
}
