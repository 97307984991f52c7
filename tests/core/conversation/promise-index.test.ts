import { describe, expect, it } from "vitest";
import { PromiseIndex, linkedOpenTasks } from "../../../src/core/conversation/promise-index";

describe("linked promises", () => {
  it("reads the candidate lines that are open tasks", () => {
    const text = "# Monday\r\n- [ ] send [[Sam]] the deck 📅 2026-12-01\r\n- [x] call [[Ana]]\r\n";
    expect(linkedOpenTasks(text, "Daily/d.md", [{ line: 1, targets: ["People/Sam.md", "People/Sam.md"] }, { line: 2, targets: ["People/Ana.md"] }])).toEqual([
      { task: { path: "Daily/d.md", line: 1, text: "send [[Sam]] the deck 📅 2026-12-01", raw: "- [ ] send [[Sam]] the deck 📅 2026-12-01", due: "2026-12-01", warning: null }, targets: ["People/Sam.md"] },
    ]);
  });

  it("are indexed both ways, follow renames and report what a change affects", () => {
    const index = new PromiseIndex();
    const task = (text: string, line = 0) => ({ path: "Projects/Q1.md", line, text, raw: `- [ ] ${text}`, due: null, warning: null });
    expect([...index.set("Projects/Q1.md", [{ task: task("intro Sam to Ana"), targets: ["People/Sam.md", "People/Ana.md"] }])]).toEqual(["People/Sam.md", "People/Ana.md"]);
    expect(index.promisesTo("People/Ana.md").map((t) => t.text)).toEqual(["intro Sam to Ana"]);
    index.renameTarget("People/Ana.md", "People/Ana S.md");
    expect(index.promisesTo("People/Ana S.md")).toHaveLength(1);
    expect([...index.set("Projects/Q1.md", [])].sort()).toEqual(["People/Ana S.md", "People/Sam.md"]);
    expect(index.promisesTo("People/Sam.md")).toEqual([]);
  });
});
