import type { Contact } from "./contact";

/** Where the contacts come from: everyone, or one by path (the index). */
export interface ContactLookup {
  all(): Contact[];
  get(path: string): Contact | undefined;
}

/**
 * The contacts a part of the view is about (those with promises, those without a
 * tier…), in the index's order, kept current from the index's changes: a change to a
 * few contacts costs those few, and only a rebuild, a new day (`changed` null) or
 * someone joining the part looks at everyone. Says whether what the part shows may
 * have changed, so it can skip its redraw.
 */
export class TrackedContacts {
  private tracked = new Map<string, Contact>();

  constructor(
    /** Whether the part is about this contact. */
    private readonly tracks: (contact: Contact) => boolean,
    /** Whether the part would show two versions of a contact alike (by default: only when they are one object). */
    private readonly showsAlike: (a: Contact, b: Contact) => boolean = (a, b) => a === b,
  ) {}

  get size(): number {
    return this.tracked.size;
  }

  /** The tracked contacts, in the index's order. */
  contacts(): Contact[] {
    return [...this.tracked.values()];
  }

  /** Brings the tracked contacts up to date; true when one came, went or changed in a way the part shows. */
  update(index: ContactLookup, changed: readonly string[] | null): boolean {
    if (changed === null) return this.replaceAll(index.all());
    let differs = false;
    for (const path of changed) {
      const before = this.tracked.get(path);
      const contact = index.get(path);
      const now = contact && this.tracks(contact) ? contact : undefined;
      if (now === undefined) {
        if (before !== undefined) differs = this.tracked.delete(path);
      } else if (before === undefined) {
        // Where a newcomer goes in the index's order only a look at everyone can tell.
        this.replaceAll(index.all());
        return true;
      } else {
        if (!this.showsAlike(before, now)) differs = true;
        this.tracked.set(path, now);
      }
    }
    return differs;
  }

  private replaceAll(contacts: readonly Contact[]): boolean {
    const next = new Map<string, Contact>();
    for (const contact of contacts) if (this.tracks(contact)) next.set(contact.path, contact);
    let differs = next.size !== this.tracked.size;
    if (!differs) {
      // In the same order, too: the part's lists keep the index's order where sorting leaves a tie.
      const before = this.tracked.entries();
      for (const [path, contact] of next) {
        const [oldPath, old] = before.next().value as [string, Contact];
        if (oldPath !== path || !this.showsAlike(old, contact)) {
          differs = true;
          break;
        }
      }
    }
    this.tracked = next;
    return differs;
  }
}
