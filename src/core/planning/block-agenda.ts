import { buildAgenda, type AgendaEntry } from "./agenda";
import type { BlockOptions, BlockSection } from "./block-options";
import type { Contact } from "../contacts/contact";
import { describeDays, plural, type LocalDate } from "../shared/dates";
import type { Tier } from "../contacts/tiers";
import { upcomingContacts, type UpcomingEntry } from "./upcoming";
import { describeUpcoming, upcomingDates } from "../contacts/important-dates";

/** One person in a block's section, with what to say about them. */
export interface BlockRow {
  contact: Contact;
  /** "overdue 2 weeks", "due", "never touched", "due in 3 days". */
  status: string;
}

export interface BlockSectionRows {
  section: BlockSection;
  /** The first `limit` people of the section. */
  rows: BlockRow[];
  /** How many people the section has in all, before the limit. */
  total: number;
}

/** Has at least one of the topics, ignoring case (no topics: everyone matches). */
export function matchesTopics(contact: Contact, topics: readonly string[]): boolean {
  if (topics.length === 0) return true;
  const own = new Set(contact.topics.map((t) => t.trim().toLowerCase()));
  return topics.some((t) => own.has(t.toLowerCase()));
}

/** The sections a block asks for, in its order, each sorted like the sidebar and cut to the limit. */
export function buildBlockAgenda(contacts: Iterable<Contact>, today: LocalDate, tiers: readonly Tier[], options: BlockOptions): BlockSectionRows[] {
  const chosen = [...contacts].filter((c) => matchesTopics(c, options.topics));
  const agenda = buildAgenda(chosen, today, tiers, { tierId: options.tier?.id });
  return options.show.map((section) => {
    const all: BlockRow[] =
      section === "overdue"
        ? agenda.overdue.map(overdueRow)
        : section === "due"
          ? agenda.dueSoon.map(dueRow)
          : section === "dates"
            ? dateRows(chosen.filter((c) => !options.tier || c.tier.id === options.tier.id), today, options.datesDays)
            : upcomingContacts(agenda.ok.map((e) => e.contact), today, options.upcomingDays).map(upcomingRow);
    return { section, rows: all.slice(0, options.limit), total: all.length };
  });
}

/** Birthdays and anniversaries coming up, soonest first: "Birthday in 3 days". */
function dateRows(contacts: readonly Contact[], today: LocalDate, days: number): BlockRow[] {
  return contacts
    .flatMap((contact) => upcomingDates(contact.importantDates, today, days).map((u) => ({ contact, u })))
    .sort((a, b) => a.u.daysUntil - b.u.daysUntil || a.contact.name.localeCompare(b.contact.name))
    .map(({ contact, u }) => ({ contact, status: describeUpcoming(u) }));
}

function overdueRow({ contact, due }: AgendaEntry): BlockRow {
  const late = Math.max(1, (due.daysSince ?? 0) - contact.overdueAfterDays);
  return { contact, status: `overdue ${describeDays(late)}` };
}

function dueRow({ contact, due }: AgendaEntry): BlockRow {
  return { contact, status: due.daysSince === null ? "never touched" : "due" };
}

function upcomingRow({ contact, daysUntil }: UpcomingEntry): BlockRow {
  return { contact, status: daysUntil === 1 ? "due tomorrow" : `due in ${describeDays(daysUntil)}` };
}

function upcomingPhrase(days: number): string {
  return days === 1 ? "due tomorrow" : `due in the next ${plural(days, "day")}`;
}

/** What to say when every section is empty: "Nobody is overdue or due soon." */
export function allClearText(options: BlockOptions): string {
  const parts = options.show.map((s) =>
    s === "overdue" ? "overdue" : s === "due" ? "due soon" : s === "dates" ? `celebrating a date in the next ${plural(options.datesDays, "day")}` : upcomingPhrase(options.upcomingDays),
  );
  const listed = parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1] ?? ""}`;
  return `All caught up: nobody is ${listed}.`;
}
