import { describe, expect, it } from "vitest";
import { countedLinks } from "../../../src/core/daily/mentions";
import { linkpathOf, noteStructureOf } from "../../../src/core/notes/note-structure";

const ALL = { mode: "all", heading: "" } as const;
const links = (text: string) => noteStructureOf(text).links;

describe("noteStructureOf: links", () => {
  it("reads wikilinks with aliases, headings and block references as their path", () => {
    expect(links("Met [[Sam Rivera]], [[Ana Souza|Ana]], [[Lee Chen#Early days|Lee]] and [[Noor#^quote]].\n")).toEqual([
      { link: "Sam Rivera", line: 0 },
      { link: "Ana Souza", line: 0 },
      { link: "Lee Chen", line: 0 },
      { link: "Noor", line: 0 },
    ]);
  });

  it("reads Markdown links to notes, decoded, and leaves out web links", () => {
    expect(links("[Sam](Sam%20Rivera.md), [Ana](<People/Ana Souza.md> \"title\"), [site](https://example.com), [mail](mailto:a@b.c)\n")).toEqual([
      { link: "Sam Rivera.md", line: 0 },
      { link: "People/Ana Souza.md", line: 0 },
    ]);
  });

  it("leaves out embeds, inline code and comments", () => {
    expect(links("![[Sam Rivera]] ![pic](Ana.md) `[[Lee]]` ``a [[Noor]] b`` %%[[Kai]]%% [[Mo]]\n")).toEqual([{ link: "Mo", line: 0 }]);
  });

  it("reads the target of a link escaped for a table", () => {
    expect(links("| who | note |\n| --- | --- |\n| [[Sam Rivera\\|Sam]] | coffee |\n")).toEqual([{ link: "Sam Rivera", line: 2 }]);
  });

  it("takes the path part of a link text like getLinkpath", () => {
    expect(linkpathOf("Sam#Heading#Sub")).toBe("Sam");
    expect(linkpathOf("#Heading")).toBe("");
    expect(linkpathOf("People/Sam.md")).toBe("People/Sam.md");
  });
});

describe("noteStructureOf: blocks", () => {
  it("skips the properties block and counts lines from the top of the file", () => {
    const text = "---\nattendees: \"[[Sam Rivera]]\"\ndate: 2026-11-20\n---\n# Sync\nWith [[Ana Souza]].\n";
    expect(noteStructureOf(text)).toMatchObject({
      links: [{ link: "Ana Souza", line: 5 }],
      headings: [{ heading: "Sync", level: 1, line: 4 }],
    });
  });

  it("reads CRLF and a byte-order mark like LF", () => {
    const lf = "---\ntier: x\n---\n## Log\n- [ ] [[Sam]]\n- [x] [[Ana]]\n";
    const crlf = `\uFEFF${lf.replace(/\n/g, "\r\n")}`;
    expect(noteStructureOf(crlf)).toEqual(noteStructureOf(lf));
    expect(noteStructureOf("\uFEFF## Log\r\n[[Sam]]\r\n").headings).toEqual([{ heading: "Log", level: 2, line: 0 }]);
  });

  it("reads list items, tasks and their status, nested items and continuation lines", () => {
    const text = ["- [ ] call [[Sam]]", "  about the launch", "  - [x] sent [[Ana]] the deck", "    and [[Lee]]", "- [-] [[Noor]]", "1. [[Kai]]", "lazy [[Mo]]", "", "    still item 1", "", "after"].join("\n");
    const s = noteStructureOf(text);
    expect(s.listItems).toEqual([
      { line: 0, endLine: 1, task: " " },
      { line: 2, endLine: 3, task: "x" },
      { line: 4, endLine: 4, task: "-" },
      { line: 5, endLine: 8 },
    ]);
    expect(s.sections).toEqual([
      { type: "list", line: 0, endLine: 8 },
      { type: "paragraph", line: 10, endLine: 10 },
    ]);
  });

  it("doesn't take a thematic break or a word in brackets for a list item or task", () => {
    expect(noteStructureOf("- - -\n* * *\n-[ ] no space\n- [ ]task\n").listItems).toEqual([{ line: 3, endLine: 3 }]);
  });

  it("marks fenced code, and reads no links inside it, closed or not", () => {
    const text = "```\n[[Sam]]\n```\n~~~~md\n[[Ana]]\n~~~\nstill code [[Lee]]\n~~~~\n[[Noor]]\n```\n[[Kai]]\n";
    const s = noteStructureOf(text);
    expect(s.sections).toEqual([
      { type: "code", line: 0, endLine: 2 },
      { type: "code", line: 3, endLine: 7 },
      { type: "paragraph", line: 8, endLine: 8 },
      { type: "code", line: 9, endLine: 10 },
    ]);
    expect(s.links).toEqual([{ link: "Noor", line: 8 }]);
  });

  it("keeps a code block inside a list item in the item, without its links", () => {
    const s = noteStructureOf("- [x] notes for [[Sam]]\n  ```\n  [[Ana]]\n  ```\n- next\n");
    expect(s.listItems).toEqual([
      { line: 0, endLine: 3, task: "x" },
      { line: 4, endLine: 4 },
    ]);
    expect(s.links).toEqual([{ link: "Sam", line: 0 }]);
  });

  it("marks quotes and callouts, lazy lines included, ended by a blank line or a list", () => {
    const text = "> [[Sam]] said\nlazy [[Ana]]\n\n> [!note] Later\n> [[Lee]]\n- [[Noor]]\n";
    const s = noteStructureOf(text);
    expect(s.sections).toEqual([
      { type: "blockquote", line: 0, endLine: 1 },
      { type: "callout", line: 3, endLine: 4 },
      { type: "list", line: 5, endLine: 5 },
    ]);
    expect(countedLinks(s, ALL)).toEqual(["Noor"]);
  });

  it("reads headings outside code only, with their level and text", () => {
    const s = noteStructureOf("# Day\n```\n## Not a heading\n```\n## People ##\n#tag is not a heading\n### Notes on C#\n");
    expect(s.headings).toEqual([
      { heading: "Day", level: 1, line: 0 },
      { heading: "People", level: 2, line: 4 },
      { heading: "Notes on C#", level: 3, line: 6 },
    ]);
  });

  it("reads no links in math or comment blocks, nor in HTML blocks", () => {
    expect(links("$$\n[[Sam]]\n$$\n%%\n[[Ana]]\n%%\n<div>\n[[Lee]]\n</div>\n\n[[Noor]]\n")).toEqual([{ link: "Noor", line: 10 }]);
  });
});

describe("countedLinks over a daily note's text", () => {
  const daily = [
    "---", // 0
    "tags: daily",
    "---",
    "# Friday", // 3
    "",
    "Coffee with [[Sam Rivera]]: we planned the retro.", // 5
    "",
    "- [ ] call [[Ana Souza]] about the offsite", // 7
    "- [x] sent [[Lee Chen]] the deck", // 8
    "  - notes in [[Project Atlas#Decks|the project note]]", // 9
    "- read ![[Noor Haddad]]'s post", // 10
    "",
    "> A checker earns trust by explaining. — [[Kai Brandt]]", // 12
    "",
    "```keep-in-touch", // 14
    "limit: 5",
    "```",
    "",
    "## Touches", // 18
    "- [[Mo Farah]] call — caught up",
    "- [[Sam Rivera]] coffee",
    "",
    "## Reading", // 22
    "Finished [Ida's essay](Ida%20Berg.md).",
  ].join("\n");

  it("counts prose, done tasks, their children and touch lines; not open tasks, embeds, quotes or code", () => {
    expect(countedLinks(noteStructureOf(daily), ALL)).toEqual(["Sam Rivera", "Lee Chen", "Project Atlas", "Mo Farah", "Ida Berg.md"]);
  });

  it("counts only the links under the mention heading in heading mode", () => {
    expect(countedLinks(noteStructureOf(daily), { mode: "heading", heading: "## Touches" })).toEqual(["Mo Farah", "Sam Rivera"]);
  });
});
