import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { TrackedContacts, type ContactLookup } from "../../../src/core/contacts/tracked-contacts";
import { settingsWith } from "../helpers";

const resolved = settingsWith();

function contact(path: string, status: "active" | "paused", topic = ""): Contact {
  return resolveContact({ path, frontmatter: { tier: "peer", status, topics: topic }, propertiesProblem: null, loggedTouchDates: [] }, resolved);
}

/** An index in miniature: contacts by path in insertion order (as the real one keeps them), counting looks at everyone. */
class Lookup implements ContactLookup {
  readonly contacts = new Map<string, Contact>();
  looksAtEveryone = 0;

  all(): Contact[] {
    this.looksAtEveryone++;
    return [...this.contacts.values()];
  }

  get(path: string): Contact | undefined {
    return this.contacts.get(path);
  }

  set(c: Contact): void {
    this.contacts.set(c.path, c);
  }
}

const paused = (c: Contact) => c.status === "paused";
/** Alike when the topics are: what a part showing topics would redraw for. */
const sameTopics = (a: Contact, b: Contact) => a.topics.join() === b.topics.join();

describe("TrackedContacts", () => {
  it("follows changes one contact at a time, and says when what a part shows changed", () => {
    const index = new Lookup();
    for (let i = 0; i < 1000; i++) index.set(contact(`P${i}.md`, i % 100 === 0 ? "paused" : "active", "a"));
    const tracked = new TrackedContacts(paused, sameTopics);
    expect(tracked.update(index, null)).toBe(true);
    expect(tracked.size).toBe(10);
    expect(index.looksAtEveryone).toBe(1);

    // Someone the part isn't about changes: nothing to redraw, and nobody else looked at.
    index.set(contact("P5.md", "active", "b"));
    expect(tracked.update(index, ["P5.md"])).toBe(false);
    // Someone it is about changes in a way it doesn't show, then in a way it does.
    index.set(contact("P100.md", "paused", "a"));
    expect(tracked.update(index, ["P100.md"])).toBe(false);
    index.set(contact("P100.md", "paused", "b"));
    expect(tracked.update(index, ["P100.md"])).toBe(true);
    // Someone leaves.
    index.set(contact("P200.md", "active", "a"));
    expect(tracked.update(index, ["P200.md"])).toBe(true);
    expect(tracked.size).toBe(9);
    index.contacts.delete("P300.md");
    expect(tracked.update(index, ["P300.md", "gone.md"])).toBe(true);
    expect(tracked.size).toBe(8);
    expect(index.looksAtEveryone).toBe(1);

    // Someone joins: their place in the index's order takes a look at everyone.
    index.set(contact("P7.md", "paused", "a"));
    expect(tracked.update(index, ["P7.md"])).toBe(true);
    expect(index.looksAtEveryone).toBe(2);
    expect(tracked.contacts().map((c) => c.path)).toEqual(["P0.md", "P7.md", "P100.md", "P400.md", "P500.md", "P600.md", "P700.md", "P800.md", "P900.md"]);

    // A look at everyone that finds the same: nothing to redraw.
    expect(tracked.update(index, null)).toBe(false);
  });

  it("always holds what a look at everyone would find, in the index's order", () => {
    const step = fc.record({ path: fc.integer({ min: 0, max: 12 }), kind: fc.constantFrom("set", "delete", "rebuild"), paused: fc.boolean(), topic: fc.constantFrom("a", "b") });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const index = new Lookup();
        const tracked = new TrackedContacts(paused, sameTopics);
        tracked.update(index, null);
        let shown = "";
        for (const s of steps) {
          const path = `P${s.path}.md`;
          if (s.kind === "set") index.set(contact(path, s.paused ? "paused" : "active", s.topic));
          if (s.kind === "delete") index.contacts.delete(path);
          const differs = tracked.update(index, s.kind === "rebuild" ? null : [path]);
          const expected = [...index.contacts.values()].filter(paused);
          expect(tracked.contacts()).toEqual(expected);
          // "Nothing to redraw" only when the part would show the same.
          const now = expected.map((c) => `${c.path}:${c.topics.join()}`).join("|");
          if (!differs) expect(now).toBe(shown);
          shown = now;
        }
      }),
      { numRuns: 300 },
    );
  });
});
