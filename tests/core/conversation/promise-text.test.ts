import { describe, expect, it } from "vitest";
import { describePromiseDue, groupPromises, linkName, promiseDisplay } from "../../../src/core/conversation/promise-text";
import { comparePromises, parseOpenTask, type PromiseTask } from "../../../src/core/conversation/promises";

const plain = (text: string) => promiseDisplay(text).plain;

describe("a promise as people read it", () => {
  it("shows links as names, each a part that knows its note", () => {
    expect(promiseDisplay("Introduce [[Grace Mwangi]] to [[People/Lena Fischer|Lena]] before the demo day 📅 2026-11-28")).toEqual({
      parts: [
        { kind: "text", text: "Introduce " },
        { kind: "link", target: "Grace Mwangi", label: "Grace Mwangi" },
        { kind: "text", text: " to " },
        { kind: "link", target: "People/Lena Fischer", label: "Lena" },
        { kind: "text", text: " before the demo day" },
      ],
      plain: "Introduce Grace Mwangi to Lena before the demo day",
    });
  });

  it("says nothing of the due date in either form; it is said once, elsewhere", () => {
    expect(plain("send the scorecard 📅 2026-11-20")).toBe("send the scorecard");
    expect(plain("send the scorecard 📅️2026-11-20")).toBe("send the scorecard");
    expect(plain("intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05")).toBe("intro Ana Souza to Sam Rivera");
    expect(plain("intro to Priya [due:: 2026-11-30] soon")).toBe("intro to Priya soon");
    expect(plain("call (due:: 2026-11-30)")).toBe("call");
  });

  it("leaves out what task plugins write for themselves", () => {
    expect(plain("send the deck ⏫ 🛫 2026-11-01 ⏳ 2026-11-10 ➕ 2026-10-30 📅 2026-11-28")).toBe("send the deck");
    expect(plain("water the plants 🔁 every week when done 📅 2026-11-28")).toBe("water the plants");
    expect(plain("book the table 🆔 abc123 ⛔ xyz789 🏁 delete")).toBe("book the table");
    expect(plain("reply to [[Sam]] 🔽 ^block-1")).toBe("reply to Sam");
    expect(plain("ask about the move [priority:: high] [[Ana]]")).toBe("ask about the move Ana");
  });

  it("keeps tags, web links as their words, and links to notes written the Markdown way", () => {
    expect(promiseDisplay("share [the article](https://example.com/a) and [notes](People/Sam%20Rivera.md) #work")).toEqual({
      parts: [
        { kind: "text", text: "share the article and " },
        { kind: "link", target: "People/Sam Rivera.md", label: "notes" },
        { kind: "text", text: " #work" },
      ],
      plain: "share the article and notes #work",
    });
  });

  it("names a link by its note: no folder, heading or extension", () => {
    expect(linkName("People/Sam Rivera#Next time")).toBe("Sam Rivera");
    expect(linkName("Sam.md")).toBe("Sam");
    expect(plain("see ![[Ana Souza]]")).toBe("see Ana Souza");
  });

  it("still says something when the task was nothing but metadata", () => {
    expect(plain("📅 2026-11-28")).toBe("📅 2026-11-28");
  });

  it("says the due date once, as a span of days", () => {
    const today = "2026-11-22";
    expect(["2026-11-13", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-25", "2027-01-10"].map((d) => describePromiseDue(d, today))).toEqual([
      { text: "9 days late", late: true },
      { text: "1 day late", late: true },
      { text: "due today", late: false },
      { text: "due tomorrow", late: false },
      { text: "due in 3 days", late: false },
      { text: "due in 7 weeks", late: false },
    ]);
    expect(describePromiseDue(null, today)).toBeNull();
  });
});

describe("promises of several people", () => {
  const task = (raw: string, path: string, line: number) => parseOpenTask(raw, path, line) as PromiseTask;
  const intro = task("- [ ] intro [[Ana]] to [[Sam]] due:: 2026-12-05", "Projects/Q1.md", 0);
  const scorecard = task("- [ ] send the scorecard 📅 2026-11-20", "People/Sam.md", 4);
  const people = [
    { name: "Sam", promises: [scorecard, intro] },
    // The same task read again for another person is another object with the same note and line.
    { name: "Ana", promises: [{ ...intro }] },
  ];

  it("are one entry per task, naming everyone it is a promise to, most pressing first", () => {
    const grouped = groupPromises(people, (p) => p.promises, comparePromises);
    expect(grouped.map((g) => [g.promise.text, g.people.map((p) => p.name)])).toEqual([
      ["send the scorecard 📅 2026-11-20", ["Sam"]],
      ["intro [[Ana]] to [[Sam]] due:: 2026-12-05", ["Sam", "Ana"]],
    ]);
  });

  it("keep two tasks with the same words in different notes apart", () => {
    const same = [task("- [ ] call", "a.md", 0), task("- [ ] call", "b.md", 0)];
    expect(groupPromises([{ promises: same }], (p) => p.promises, comparePromises)).toHaveLength(2);
  });
});
