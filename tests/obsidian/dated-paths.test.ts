import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { moment } from "obsidian";
import { dateOfDailyNotePath, dateOfFileName, type DailyNoteConfig, type MomentFn } from "../../src/core/daily/daily-notes";
import { DatedPathReader } from "../../src/obsidian/dated-paths";

const m = moment as unknown as MomentFn;

const FORMATS = [
  "YYYY-MM-DD",
  "YYYY/MM/YYYY-MM-DD",
  "YYYY/YYYY-MM-DD",
  "DD.MM.YYYY",
  "YYYYMMDD",
  "YYYYMDD",
  "YYYYMD",
  "M-D-YY",
  "D M YYYY",
  "[Daily] YYYY-MM-DD",
  "YYYY-MM-DD [10]",
  "dddd, MMMM Do YYYY",
  "YYYY-MM-DD ddd",
  "MMM D, YYYY",
  "YYYY-[W]ww",
  "YY.M.D",
];
const FOLDERS = ["", "Daily", "Journal/Days"];

function original(path: string, config: DailyNoteConfig): string | null {
  return dateOfDailyNotePath(path, config, m) ?? dateOfFileName(path, config, m);
}

/** Texts near what a format writes: the day itself, with a digit or a character changed, or added, or taken away. */
const textFor = (format: string) =>
  fc
    .tuple(fc.date({ min: new Date(1890, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }), fc.integer({ min: 0, max: 4 }), fc.nat(), fc.constantFrom("0", "1", "9", "-", "x", "/", " "))
    .map(([date, mutation, at, ch]) => {
      const text = m(date).format(format);
      const i = text.length === 0 ? 0 : at % text.length;
      if (mutation === 1) return text.slice(0, i) + ch + text.slice(i + 1);
      if (mutation === 2) return text.slice(0, i) + ch + text.slice(i);
      if (mutation === 3) return text.slice(0, i) + text.slice(i + 1);
      return text;
    });

describe("reading a day from a note's path", () => {
  // 150 texts for each of the 48 formats and folders: the shortcut is only as good as
  // the cases it was compared on, and 7,200 comparisons through moment cost about a
  // second of CPU, many times that on a busy machine: hence the time allowed.
  it("gives exactly the answers of the daily-note rules, for every format", () => {
    for (const format of FORMATS) {
      for (const folder of FOLDERS) {
        const config: DailyNoteConfig = { folder, format, template: "" };
        const reader = new DatedPathReader(config, m);
        fc.assert(
          fc.property(textFor(format), fc.constantFrom("", `${folder}/`, "Meetings/", "Daily/"), fc.constantFrom(".md", ".MD", ""), (text, dir, ext) => {
            const path = `${dir.replace(/^\//, "")}${text}${ext}`;
            expect(reader.dateOf(path)).toBe(original(path, config));
          }),
          { numRuns: 150, seed: 42 },
        );
      }
    }
  }, 60_000);

  it("reads the usual names", () => {
    const reader = new DatedPathReader({ folder: "Daily", format: "YYYY-MM-DD", template: "" }, m);
    expect(reader.dateOf("Daily/2026-11-22.md")).toBe("2026-11-22");
    expect(reader.dateOf("Meetings/2026-11-20.md")).toBe("2026-11-20");
    expect(reader.dateOf("Daily/2026-02-30.md")).toBeNull();
    expect(reader.dateOf("Notes/Project plan.md")).toBeNull();
    const nested = new DatedPathReader({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "" }, m);
    expect(nested.dateOf("Journal/2026/11/2026-11-22.md")).toBe("2026-11-22");
    expect(nested.dateOf("Journal/2026/10/2026-11-22.md")).toBe("2026-11-22"); // by its file name, as dateOfFileName reads it
    const textual = new DatedPathReader({ folder: "", format: "dddd, MMMM Do YYYY", template: "" }, m);
    expect(textual.dateOf("Sunday, November 22nd 2026.md")).toBe("2026-11-22");
  });

  it("makes its expressions once, and runs none for a name that can't start a day", () => {
    const reader = new DatedPathReader({ folder: "Daily", format: "YYYY-MM-DD", template: "" }, m);
    const exec = vi.spyOn(RegExp.prototype, "exec");
    const made = vi.spyOn(window, "RegExp");
    try {
      for (let i = 0; i < 100; i++) expect(reader.dateOf(`Notes/Plan ${String(i).padStart(5, "0")}.md`)).toBeNull();
      expect(exec.mock.calls.length).toBe(0);
      for (let i = 1; i <= 28; i++) expect(reader.dateOf(`Daily/2026-11-${String(i).padStart(2, "0")}.md`)).toBe(`2026-11-${String(i).padStart(2, "0")}`);
      // One run of the expression per day read, and no expression made again.
      expect(exec.mock.calls.length).toBe(28);
      expect(made.mock.calls.length).toBe(0);
    } finally {
      exec.mockRestore();
      made.mockRestore();
    }
  });
});
