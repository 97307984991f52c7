import { describe, expect, it } from "vitest";
import { DEFAULT_STARTERS, fillStarter, firstNameOf, startersFromNote, startersOnOffer } from "../../../src/core/conversation/starters";

const sam = { name: "Dr. Sam Rivera", first_name: "Sam", topic: "onboarding", last_touch_note: "coffee at the usual place" };

describe("fillStarter", () => {
  it("fills every known placeholder, with or without spaces inside the braces", () => {
    const filled = fillStarter("Hi {{first_name}} ({{ name }}),\nabout {{topic}}: {{last_touch_note}}.", sam);
    expect(filled).toEqual({ text: "Hi Sam (Dr. Sam Rivera),\nabout onboarding: coffee at the usual place.", missing: [], unknown: [] });
  });

  it("uses a placeholder's fallback when the note has no value", () => {
    const filled = fillStarter("Hope {{topic|things}} is going well, {{first_name|there}}.", { name: "Sam", first_name: "Sam" });
    expect(filled).toEqual({ text: "Hope things is going well, Sam.", missing: [], unknown: [] });
  });

  it("leaves out the whole line of a placeholder with no value and no fallback, and says which", () => {
    const filled = fillStarter("Quick check-in, Sam.\nI keep thinking of our last chat ({{last_touch_note}}).\nNo need to reply fast.", { topic: "" });
    expect(filled.text).toBe("Quick check-in, Sam.\nNo need to reply fast.");
    expect(filled.missing).toEqual(["last_touch_note"]);
    expect(filled.text).not.toContain("{{");
  });

  it("doesn't leave two blank lines in a row, or a blank line at an end, where a line was left out", () => {
    expect(fillStarter("Hi.\n\n{{topic}} news\n\nBye.", {}).text).toBe("Hi.\n\nBye.");
    expect(fillStarter("{{topic}}\n\nHi.", {}).text).toBe("Hi.");
  });

  it("keeps the text byte for byte when nothing is left out, blank lines included", () => {
    expect(fillStarter("\nHi {{name}}.\n\n\nBye.\n", { name: "Sam" }).text).toBe("\nHi Sam.\n\n\nBye.\n");
  });

  it("leaves unknown placeholders as written and reports them", () => {
    const filled = fillStarter("Hi {{nickname}}, {{first_name}} — {{Company|your team}}", sam);
    expect(filled.text).toBe("Hi {{nickname}}, Sam — {{Company|your team}}");
    expect(filled.unknown).toEqual(["nickname", "Company"]);
    expect(filled.missing).toEqual([]);
  });

  it("reads placeholder names in any case and counts a blank value as none", () => {
    expect(fillStarter("Hi {{First_Name}}", sam).text).toBe("Hi Sam");
    expect(fillStarter("About {{topic|work}}", { topic: "   " }).text).toBe("About work");
  });

  it("gives every default a value line and a warmth line, and fills them without leftovers for a bare note", () => {
    const kinds = DEFAULT_STARTERS.map((s) => s.kind);
    expect(kinds).toEqual(["congrats", "resource", "check-in", "intro", "micro-support", "ask"]);
    for (const starter of DEFAULT_STARTERS) {
      const filled = fillStarter(starter.text, { name: "Jo", first_name: "Jo" });
      expect(filled.text).not.toMatch(/\{\{/);
      expect(filled.unknown).toEqual([]);
      expect(filled.text.split("\n").length).toBeGreaterThanOrEqual(2);
    }
  });

  it("lays the ask out as CLEAR: context, leverage, exact request, ask size, relief valve", () => {
    const ask = DEFAULT_STARTERS.find((s) => s.kind === "ask");
    const text = fillStarter(ask?.text ?? "", sam).text;
    expect(text.split("\n").slice(1).map((line) => line.replace(/^\[/, "").split(":")[0])).toEqual([
      "Context",
      "Leverage",
      "Exact request",
      "Ask size",
      "Totally fine if now isn't a good time — no worries at all.",
    ]);
    expect(text).toContain("you know onboarding well");
  });
});

describe("firstNameOf", () => {
  it.each([
    ["Sam Rivera", "Sam"],
    ["Dr. Sam Rivera", "Sam"],
    ["Prof Ana de la Cruz", "Ana"],
    ["Jae-won Park", "Jae-won"],
    ["Rivera, Sam", "Sam"],
    ["Rivera, Dr. Sam", "Sam"],
    ["Sam Rivera, PhD", "Sam"],
    ["Sam Rivera Jr.", "Sam"],
    ["Sam (Acme)", "Sam"],
    ["Dr. Rivera", "Dr. Rivera"],
    ["Madonna", "Madonna"],
    ["  Sam  ", "Sam"],
    ["", ""],
  ])("%s → %s", (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});

describe("startersFromNote", () => {
  it("reads each ## section as a starter: heading as label, an optional kind line, the rest as text", () => {
    const note = [
      "---",
      "tags: [starters]",
      "---",
      "My own starters; the plugin reads the sections below.",
      "",
      "## Thank you",
      "kind: follow-through",
      "Thanks again, {{first_name}}.",
      "Your advice on {{topic}} helped.",
      "",
      "## Conference hello",
      "",
      "Great to meet you at the conference.",
      "### Not a new starter",
      "```",
      "## Not a heading either",
      "```",
    ].join("\n");
    expect(startersFromNote(note)).toEqual({
      starters: [
        { kind: "follow-through", label: "Thank you", text: "Thanks again, {{first_name}}.\nYour advice on {{topic}} helped." },
        { kind: "", label: "Conference hello", text: "Great to meet you at the conference.\n### Not a new starter\n```\n## Not a heading either\n```" },
      ],
      problems: [],
    });
  });

  it("reports sections without text or a heading instead of using them", () => {
    const { starters, problems } = startersFromNote("## Empty\nkind: congrats\n\n##\nSome text\n## Good\nHello\r\n");
    expect(starters).toEqual([{ kind: "", label: "Good", text: "Hello" }]);
    expect(problems).toEqual(["“Empty” has no text.", "A section has an empty heading; give it a label."]);
  });

  it("ignores ## lines inside the properties block", () => {
    expect(startersFromNote("---\nnote: |\n  ## Hidden\n---\n## Shown\nHi").starters.map((s) => s.label)).toEqual(["Shown"]);
  });

  it("finds nothing in a note without sections", () => {
    expect(startersFromNote("Just text\n# Title\n")).toEqual({ starters: [], problems: [] });
  });
});

describe("startersOnOffer", () => {
  const mine = { kind: "congrats", label: "Mine", text: "Well done, {{first_name}}." };
  const noted = { kind: "", label: "From the note", text: "Hello." };

  it("offers the defaults when the settings hold none, then the note's", () => {
    expect(startersOnOffer([], [noted]).map((s) => s.label)).toEqual([...DEFAULT_STARTERS.map((s) => s.label), "From the note"]);
  });

  it("offers the settings' own instead of the defaults, then the note's", () => {
    expect(startersOnOffer([mine], [noted])).toEqual([mine, noted]);
  });

  it("skips a starter emptied in settings and names one without a label by its kind", () => {
    expect(startersOnOffer([mine, { kind: "intro", label: "", text: "Meet Ana?" }, { kind: "congrats", label: "Blank", text: "  " }], [])).toEqual([mine, { kind: "intro", label: "intro", text: "Meet Ana?" }]);
  });
});
