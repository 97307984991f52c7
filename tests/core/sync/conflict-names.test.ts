import { describe, expect, it, vi } from "vitest";
import { conflictCopyNames, looksLikeCopyOf } from "../../../src/core/sync/conflict-names";

describe("conflict copy names", () => {
  it.each([
    ["Sam Rivera.sync-conflict-20261203-123456-ABCDEFG", "Sam Rivera", "Syncthing"],
    ["Sam Rivera.sync-conflict-20261203-123456", "Sam Rivera", "Syncthing"],
    ["Sam Rivera (conflicted copy 2026-12-03)", "Sam Rivera", "Dropbox"],
    ["Sam Rivera (Ana's conflicted copy 2026-12-03)", "Sam Rivera", "Dropbox"],
    ["Sam Rivera (conflicted copy 2026-12-03 (1))", "Sam Rivera", "Dropbox"],
    ["Sam Rivera (conflicted copy 2026-12-03 123456)", "Sam Rivera", "Nextcloud"],
    ["Sam Rivera (conflicted copy ana 2026-12-03 123456)", "Sam Rivera", "Nextcloud"],
    ["Sam Rivera_conflict-20261203-123456", "Sam Rivera", "Nextcloud"],
    ["Sam Rivera (Conflicted copy Laptop 202612031234)", "Sam Rivera", "Obsidian Sync"],
    ["Sam Rivera 2", "Sam Rivera", "iCloud"],
    ["Sam Rivera 12", "Sam Rivera", "iCloud"],
    ["Sam Rivera-DESKTOP-4F2K9QX", "Sam Rivera", "OneDrive"],
  ])("%s is a %s copy of %s", (name, original, tool) => {
    expect(conflictCopyNames(name)[0]).toMatchObject({ original, tool });
  });

  it("names a person could choose are only ambiguous, and ordinary names aren't copies at all", () => {
    expect(conflictCopyNames("Sam Rivera 2")[0]?.ambiguous).toBe(true);
    expect(conflictCopyNames("Sam Rivera.sync-conflict-20261203-123456")[0]?.ambiguous).toBe(false);
    for (const name of ["Sam Rivera", "Jean-Luc Picard", "Agent 1", "Ana (work)", "Sam Rivera 0"]) expect(conflictCopyNames(name)).toEqual([]);
  });

  it("runs no pattern for a name that ends as no sync tool's copy does", () => {
    const exec = vi.spyOn(RegExp.prototype, "exec");
    const test = vi.spyOn(RegExp.prototype, "test");
    try {
      for (const name of ["Sam Rivera", "Jean-Luc Picard", "Ana (work).draft", "Émile Zola", "2026-11-22 notes"]) expect(conflictCopyNames(name)).toEqual([]);
      expect(exec.mock.calls.length + test.mock.calls.length).toBe(0);
    } finally {
      exec.mockRestore();
      test.mockRestore();
    }
  });

  it("still reads every name that ends in a digit, a capital, a hyphen or a bracket", () => {
    expect(conflictCopyNames("Sam Rivera-PC-")[0]).toMatchObject({ original: "Sam Rivera", tool: "OneDrive" });
    expect(conflictCopyNames("Ana-LAPTOP")[0]).toMatchObject({ original: "Ana", tool: "OneDrive" });
    expect(conflictCopyNames("Sam Rivera (conflicted copy 2026-12-03)")[0]?.tool).toBe("Dropbox");
  });

  it("a name that reads two ways gives both, the nearer original last", () => {
    expect(conflictCopyNames("Ana-LAPTOP-X1").map((n) => n.original)).toEqual(["Ana", "Ana-LAPTOP"]);
  });

  it("a copy looks like its original when only last_touch differs in the properties, and the headings are the same", () => {
    const original = { frontmatter: { tier: "ally", last_touch: "2026-11-18" }, headings: ["## Touches"] };
    expect(looksLikeCopyOf({ frontmatter: { last_touch: "2026-11-21", tier: "ally" }, headings: ["## Touches"] }, original, "last_touch")).toBe(true);
    expect(looksLikeCopyOf({ frontmatter: { tier: "peer" }, headings: ["## Touches"] }, original, "last_touch")).toBe(false);
    expect(looksLikeCopyOf({ frontmatter: { tier: "ally" }, headings: [] }, original, "last_touch")).toBe(false);
  });
});
