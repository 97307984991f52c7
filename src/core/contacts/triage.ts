import type { Contact } from "./contact";
import type { LocalDate } from "../shared/dates";

/** How often dated notes link to a note, and the latest day they did. */
export interface MentionCount {
  count: number;
  last: LocalDate | null;
}

/** Whether a contact's note names no tier and the contact isn't paused: one of the people still to sort. */
export function isUnclassified(contact: Contact): boolean {
  return !contact.tierSet && contact.status === "active";
}

/** Contacts whose note names no tier and who aren't paused: the people still to sort. */
export function unclassifiedContacts(contacts: Iterable<Contact>): Contact[] {
  const out: Contact[] = [];
  for (const contact of contacts) if (isUnclassified(contact)) out.push(contact);
  return out;
}

/** The people to triage, most mentioned in dated notes first, then most recently touched, then by name. */
export function triageOrder(contacts: Iterable<Contact>, mentions: ReadonlyMap<string, MentionCount>): Contact[] {
  const count = (c: Contact) => mentions.get(c.path)?.count ?? 0;
  return unclassifiedContacts(contacts).sort((a, b) => count(b) - count(a) || (b.lastTouch ?? "").localeCompare(a.lastTouch ?? "") || a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
}

/** One decision in a triage session, with whatever is needed to take it back. */
export interface TriageDecision<Undo> {
  index: number;
  kind: "tier" | "pause" | "skip";
  /** The undo step of the write, or null when nothing was written (a skip, or a failed write). */
  undo: Undo | null;
}

/**
 * Walks a list one person at a time, remembering each decision so the last one can
 * be taken back (and the cursor returns to that person).
 */
export class TriageSession<Item, Undo> {
  private readonly decisions: TriageDecision<Undo>[] = [];
  cursor = 0;

  constructor(readonly items: readonly Item[]) {}

  get current(): Item | undefined {
    return this.items[this.cursor];
  }

  get done(): boolean {
    return this.cursor >= this.items.length;
  }

  get canUndo(): boolean {
    return this.decisions.length > 0;
  }

  /** Records the decision for the current person and moves on. */
  decide(kind: TriageDecision<Undo>["kind"], undo: Undo | null = null): void {
    if (this.done) return;
    this.decisions.push({ index: this.cursor, kind, undo });
    this.cursor++;
  }

  /** Takes the last decision off the list and goes back to its person; the caller takes back its write. */
  undoLast(): TriageDecision<Undo> | undefined {
    const last = this.decisions.pop();
    if (last) this.cursor = last.index;
    return last;
  }

  /** How many of each decision stand. */
  counts(): Record<TriageDecision<Undo>["kind"], number> {
    const counts = { tier: 0, pause: 0, skip: 0 };
    for (const d of this.decisions) counts[d.kind]++;
    return counts;
  }
}
