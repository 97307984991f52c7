import { describe, expect, it } from "vitest";
import { firstNameOf, initialsOf, isNameDisclosure, shownName } from "../../../src/core/sharing/privacy";
import { detailLines, lastNoteOf } from "../../../src/core/sharing/details";

describe("names as the user allows", () => {
  it("gives the full name, the first name, the initials, or nothing", () => {
    expect(["full", "first", "initials", "count"].map((mode) => shownName("Sam Rivera", mode as "full"))).toEqual(["Sam Rivera", "Sam", "S. R.", null]);
  });

  it("takes the first word as the first name, a hyphenated one whole", () => {
    expect(firstNameOf("Jae-won Park")).toBe("Jae-won");
    expect(firstNameOf("  Madonna ")).toBe("Madonna");
    expect(firstNameOf("Harbor Lane Studio")).toBe("Harbor");
  });

  it("takes the first letter of each word for initials, accents and all, skipping words without letters", () => {
    expect(initialsOf("Zoë Laurent")).toBe("Z. L.");
    expect(initialsOf("Émile de la Tour")).toBe("É. D. L. T.");
    expect(initialsOf("Jae-won Park")).toBe("J. P.");
    // A decomposed é stays one letter with its accent.
    expect(initialsOf("E\u0301mile Zola")).toBe("É. Z.");
    expect(initialsOf("🎂 Party 2026")).toBe("P.");
    expect(initialsOf("שלום עליכם")).toBe("ש. ע.");
    expect(initialsOf("🎂 42")).toBe("?");
  });

  it("knows the four choices and nothing else", () => {
    expect(["full", "first", "initials", "count"].every(isNameDisclosure)).toBe(true);
    expect(["", "Full", "none", 1, null].some(isNameDisclosure)).toBe(false);
  });
});

describe("details", () => {
  it("takes the newest touch with a note, as plain words", () => {
    expect(
      lastNoteOf([
        { date: "2026-09-01", note: "old" },
        { date: "2026-10-02", note: "coffee with [[Lena Fischer|Lena]] about **the move**" },
        { date: "2026-11-01" },
        { date: "2026-10-02", kind: "call" },
      ]),
    ).toEqual({ date: "2026-10-02", note: "coffee with Lena about the move" });
    expect(lastNoteOf([{ date: "2026-11-01" }])).toBeNull();
  });

  it("writes topics and the last note as lines, each only when there is one", () => {
    expect(detailLines(["cycling", "jazz"], { date: "2026-09-01", note: "her move to Lisbon" })).toEqual(["Topics: cycling, jazz", "Last time (2026-09-01): her move to Lisbon"]);
    expect(detailLines([], null)).toEqual([]);
  });
});
