import { describe, expect, it } from "vitest";
import { countedLinks, type NoteStructure } from "../../../src/core/daily/mentions";
import { MentionIndex } from "../../../src/core/daily/mention-index";

const note: NoteStructure = {
  headings: [
    { heading: "Log", level: 2, line: 0 },
    { heading: "People", level: 2, line: 10 },
    { heading: "Aside", level: 3, line: 14 },
    { heading: "Later", level: 2, line: 20 },
  ],
  links: [
    { link: "Plain", line: 1 },
    { link: "Open task", line: 2 },
    { link: "Done task", line: 3 },
    { link: "Cancelled", line: 4 },
    { link: "Quoted", line: 5 },
    { link: "Code", line: 7 },
    { link: "Under people", line: 11 },
    { link: "Under aside", line: 15 },
    { link: "Child of open task", line: 17 },
    { link: "Later", line: 21 },
  ],
  listItems: [
    { line: 2, endLine: 2, task: " " },
    { line: 3, endLine: 3, task: "x" },
    { line: 4, endLine: 4, task: "-" },
    { line: 16, endLine: 17, task: "x" },
    { line: 17, endLine: 17 },
  ],
  sections: [
    { type: "blockquote", line: 5, endLine: 5 },
    { type: "code", line: 6, endLine: 8 },
  ],
};

describe("countedLinks", () => {
  it("counts links, not open or cancelled tasks, quotes or code", () => {
    expect(countedLinks(note, { mode: "all", heading: "" })).toEqual(["Plain", "Done task", "Under people", "Under aside", "Child of open task", "Later"]);
  });

  it("counts only links under the heading (and its subheadings) in heading mode", () => {
    expect(countedLinks(note, { mode: "heading", heading: "## people" })).toEqual(["Under people", "Under aside", "Child of open task"]);
  });

  it("counts nothing when off", () => {
    expect(countedLinks(note, { mode: "off", heading: "" })).toEqual([]);
  });

  it("lists a target once", () => {
    expect(countedLinks({ headings: [], listItems: [], sections: [], links: [{ link: "A", line: 0 }, { link: "A", line: 1 }] }, { mode: "all", heading: "" })).toEqual(["A"]);
  });
});

describe("MentionIndex", () => {
  it("keeps mentions both ways and reports what a change affects", () => {
    const index = new MentionIndex();
    expect([...index.set("Daily/1.md", "2026-11-01", ["People/Sam.md", "People/Ana.md"], ["Noor"])]).toEqual(["People/Sam.md", "People/Ana.md"]);
    index.set("Daily/2.md", "2026-11-02", ["People/Sam.md"], []);
    expect(index.mentionsOf("People/Sam.md")).toEqual([
      { path: "Daily/1.md", date: "2026-11-01" },
      { path: "Daily/2.md", date: "2026-11-02" },
    ]);
    expect(index.notesLinkingTo("noor")).toEqual(["Daily/1.md"]);
    expect([...index.set("Daily/1.md", "2026-11-01", ["People/Sam.md"], [])].sort()).toEqual(["People/Ana.md", "People/Sam.md"]);
    expect(index.mentionsOf("People/Ana.md")).toEqual([]);
    expect(index.notesLinkingTo("Noor")).toEqual([]);
    index.renameTarget("People/Sam.md", "People/Sam R.md");
    expect(index.mentionsOf("People/Sam R.md")).toHaveLength(2);
    expect([...index.remove("Daily/2.md")]).toEqual(["People/Sam R.md"]);
    expect(index.mentionsOf("People/Sam R.md")).toEqual([{ path: "Daily/1.md", date: "2026-11-01" }]);
  });
});
