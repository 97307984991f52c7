import { compareReplies, matchesFilter, type AgendaEntry, type AgendaFilter } from "./agenda";
import type { Contact } from "../contacts/contact";
import type { LocalDate } from "../shared/dates";
import { computeDue, type DueState } from "../contacts/due";
import type { Tier } from "../contacts/tiers";
import { LazySorted } from "../shared/lazy-sorted";

/** An agenda entry with what its place in a list is decided by, worked out once. */
export interface ModelEntry extends AgendaEntry {
  /** The tier's place in the settings (closest first); unknown tiers last. */
  rank: number;
}

export const STATES: readonly DueState[] = ["overdue", "due", "ok", "snoozed", "paused"];

/**
 * The agenda of `buildAgenda`, kept current one contact at a time: a change moves
 * one entry (a binary search and a splice) instead of sorting everyone again. The
 * lists are in buildAgenda's order, with the path as the last tie-break so that
 * the order never depends on when an entry was inserted, and they are only put in
 * order as far as they are read: a view showing thirty rows doesn't sort ten thousand.
 */
export class AgendaModel {
  readonly lists: Record<DueState, LazySorted<ModelEntry>> = {
    overdue: new LazySorted(byUrgency),
    due: new LazySorted(byUrgency),
    ok: new LazySorted(byUrgency),
    snoozed: new LazySorted(bySnooze),
    paused: new LazySorted(byName),
  };
  private byPath = new Map<string, ModelEntry>();
  private ranks = new Map<string, number>();
  /** Entries whose due state was worked out: lets tests check that one change costs one entry. */
  computed = 0;

  constructor(
    readonly tiers: readonly Tier[],
    readonly today: LocalDate,
    readonly filter: AgendaFilter,
  ) {
    tiers.forEach((t, i) => {
      if (!this.ranks.has(t.id)) this.ranks.set(t.id, i);
    });
  }

  get size(): number {
    return this.byPath.size;
  }

  entry(path: string): ModelEntry | undefined {
    return this.byPath.get(path);
  }

  /** Everyone, from scratch. */
  rebuild(contacts: Iterable<Contact>): void {
    const lists: Record<DueState, ModelEntry[]> = { overdue: [], due: [], ok: [], snoozed: [], paused: [] };
    this.byPath.clear();
    for (const contact of contacts) {
      const entry = this.entryFor(contact);
      if (!entry) continue;
      this.byPath.set(contact.path, entry);
      lists[entry.due.state].push(entry);
    }
    for (const state of STATES) this.lists[state].reset(lists[state]);
  }

  /**
   * One contact changed (undefined: it is gone). Returns the lists it left and
   * joined, or nothing when it wasn't listed before and isn't now.
   */
  update(path: string, contact: Contact | undefined): DueState[] {
    const touched: DueState[] = [];
    const old = this.byPath.get(path);
    if (old) {
      this.lists[old.due.state].remove(old);
      this.byPath.delete(path);
      touched.push(old.due.state);
    }
    const entry = contact ? this.entryFor(contact) : null;
    if (entry) {
      this.lists[entry.due.state].insert(entry);
      this.byPath.set(path, entry);
      if (!touched.includes(entry.due.state)) touched.push(entry.due.state);
    }
    return touched;
  }

  private entryFor(contact: Contact): ModelEntry | null {
    if (!matchesFilter(contact, this.filter)) return null;
    this.computed++;
    return { contact, due: computeDue(contact, this.today), rank: this.ranks.get(contact.tier.id) ?? this.tiers.length };
  }
}

function byName(a: ModelEntry, b: ModelEntry): number {
  return a.contact.name.localeCompare(b.contact.name) || (a.contact.path < b.contact.path ? -1 : a.contact.path > b.contact.path ? 1 : 0);
}

/** compareUrgency of core/agenda, with the tier ranks worked out once. */
function byUrgency(a: ModelEntry, b: ModelEntry): number {
  const replies = compareReplies(a, b);
  if (replies !== 0) return replies;
  const aNever = a.due.daysSince === null;
  const bNever = b.due.daysSince === null;
  if (aNever !== bNever) return aNever ? 1 : -1;
  if (!aNever && b.due.pressure !== a.due.pressure) return b.due.pressure - a.due.pressure;
  return a.rank - b.rank || byName(a, b);
}

function bySnooze(a: ModelEntry, b: ModelEntry): number {
  return (a.contact.snoozeUntil ?? "").localeCompare(b.contact.snoozeUntil ?? "") || byName(a, b);
}
