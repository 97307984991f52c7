import { describe, expect, it } from "vitest";
import { resolveContact } from "../../../src/core/contacts/contact";
import { logSource, settingsWith, source, touchLog } from "../helpers";

// What a resolved contact holds, counted: ten thousand contacts each holding empty
// lists or copies of their note's lists would hold tens of thousands of arrays more.
const resolved = settingsWith();

describe("what a resolved contact holds", () => {
  it("shares one frozen empty list for every list it has nothing in", () => {
    const a = resolveContact(source({ tier: "peer" }), resolved);
    const b = resolveContact(source({ tier: "ally" }, { path: "People/Ada Chen.md" }), resolved);
    for (const key of ["topics", "importantDates", "promises", "pastCompanies", "introductions", "warnings"] as const) {
      expect(a[key], key).toHaveLength(0);
      expect(a[key], key).toBe(b[key]);
      expect(Object.isFrozen(a[key]), key).toBe(true);
    }
  });

  it("keeps lists that have something as lists of their own", () => {
    const contact = resolveContact(source({ tier: "nobody", topics: ["design"] }), resolved);
    expect(contact.topics).toEqual(["design"]);
    expect(contact.warnings).toHaveLength(1);
    expect(Object.isFrozen(contact.warnings)).toBe(false);
  });

  it("holds its note's introductions and touch days, not copies of them", () => {
    const note = logSource(touchLog("2026-03-01 intro — to [[Lena Fischer]]", "2026-04-02 call"));
    const contact = resolveContact(source({ tier: "peer" }, { ...note, loggedInOrder: true, today: "2026-11-22" }), resolved);
    expect(contact.introductions).toBe(note.introductions);
    expect(contact.touchDates).toBe(note.loggedTouchDates);
  });

  it("merges a day the log doesn't have into a list exactly as long as its days", () => {
    const note = logSource(touchLog("2026-03-01 call", "2026-04-02 call"));
    const contact = resolveContact(
      source({ tier: "peer", last_touch: "2026-05-01" }, { ...note, loggedInOrder: true, today: "2026-11-22", mentions: [{ date: "2026-03-01", path: "Daily/2026-03-01.md" }] }),
      resolved,
    );
    expect(contact.touchDates).toEqual(["2026-03-01", "2026-04-02", "2026-05-01"]);
    expect(Object.keys(contact.touchDates)).toEqual(["0", "1", "2"]);
  });

  it("holds the name it is given (the vault's file has it) instead of one of its own made from the path", () => {
    expect(resolveContact(source({ tier: "peer" }, { path: "People/Sam Rivera.md", name: "Sam R" }), resolved).name).toBe("Sam R");
    expect(resolveContact(source({ tier: "peer" }, { path: "People/Sam Rivera.md" }), resolved).name).toBe("Sam Rivera");
  });
});
