import { describe, expect, it } from "vitest";
import { MentionIndex } from "../../../src/core/daily/mention-index";

describe("the mention index", () => {
  it("a build's add records a note as set does, links once each", () => {
    const built = new MentionIndex();
    const set = new MentionIndex();
    const notes: [string, string, string[], string[]][] = [
      ["Daily/2026-11-20.md", "2026-11-20", ["People/Sam.md", "People/Ana.md", "People/Sam.md"], ["Nobody", "NOBODY"]],
      ["Daily/2026-11-21.md", "2026-11-21", ["People/Sam.md"], []],
      ["Meetings/Kickoff.md", "2026-11-18", [], ["Someone"]],
    ];
    for (const [path, date, targets, unresolved] of notes) {
      expect([...built.add(path, date, targets, unresolved)]).toEqual([...new Set(targets)]);
      set.set(path, date, targets, unresolved);
    }
    for (const target of ["People/Sam.md", "People/Ana.md", "People/Bo.md"]) expect(built.mentionsOf(target)).toEqual(set.mentionsOf(target));
    expect(built.mentionsOf("People/Sam.md")).toEqual([
      { path: "Daily/2026-11-20.md", date: "2026-11-20" },
      { path: "Daily/2026-11-21.md", date: "2026-11-21" },
    ]);
    for (const name of ["nobody", "Someone"]) expect(built.notesLinkingTo(name)).toEqual(set.notesLinkingTo(name));
    expect(built.notesLinkingTo("Nobody")).toEqual(["Daily/2026-11-20.md"]);
    // Adding a note again replaces it, as set does.
    built.add("Daily/2026-11-21.md", "2026-11-21", ["People/Ana.md"], []);
    expect(built.mentionsOf("People/Sam.md").map((m) => m.path)).toEqual(["Daily/2026-11-20.md"]);
    expect(built.size).toBe(3);
  });

  it("hands out each mention made once: resolving a contact again makes none", () => {
    const index = new MentionIndex();
    index.add("Daily/2026-11-20.md", "2026-11-20", ["People/Sam.md", "People/Ana.md"], []);
    const first = index.mentionsOf("People/Sam.md");
    const again = index.mentionsOf("People/Sam.md");
    expect(again[0]).toBe(first[0]);
    expect(index.mentionsOf("People/Ana.md")[0]).toBe(first[0]);
    expect(index.mentionsOf("People/Nobody.md")).toBe(index.mentionsOf("People/Else.md"));
  });

  it("a note with many links keeps each once", () => {
    const index = new MentionIndex();
    const targets = Array.from({ length: 40 }, (_, i) => `People/P${i % 25}.md`);
    expect(index.add("Index.md", "2026-11-20", targets, []).length).toBe(25);
  });
});
