import { moment } from "obsidian";
import { describe, expect, it } from "vitest";
import { cleanFolder, dailyFormatProblem, dailyNotePath, dateOfDailyNotePath, dateOfFileName, fillDailyTemplate, templatePath, type DailyNoteConfig, type MomentFn } from "../../../src/core/daily/daily-notes";

const m: MomentFn = moment;
const config = (format: string, folder = "Daily", template = ""): DailyNoteConfig => ({ folder, format, template });

describe("daily note paths", () => {
  it("formats and parses the default format", () => {
    expect(dailyNotePath("2026-11-22", config("YYYY-MM-DD"), m)).toBe("Daily/2026-11-22.md");
    expect(dateOfDailyNotePath("Daily/2026-11-22.md", config("YYYY-MM-DD"), m)).toBe("2026-11-22");
    expect(dateOfDailyNotePath("Other/2026-11-22.md", config("YYYY-MM-DD"), m)).toBeNull();
    expect(dateOfDailyNotePath("Daily/2026-11-22 notes.md", config("YYYY-MM-DD"), m)).toBeNull();
    expect(dateOfDailyNotePath("Daily/2026-02-30.md", config("YYYY-MM-DD"), m)).toBeNull();
  });

  it("handles nested formats", () => {
    const nested = config("YYYY/MM/YYYY-MM-DD", "Journal");
    expect(dailyNotePath("2026-11-22", nested, m)).toBe("Journal/2026/11/2026-11-22.md");
    expect(dateOfDailyNotePath("Journal/2026/11/2026-11-22.md", nested, m)).toBe("2026-11-22");
    expect(dateOfDailyNotePath("Journal/2026/10/2026-11-22.md", nested, m)).toBeNull();
    // A note named like a daily note, anywhere, is read with the format's last segment…
    expect(dateOfFileName("Meetings/2026-11-20.md", nested, m)).toBe("2026-11-20");
    // …but only when that segment names a day on its own.
    expect(dateOfFileName("Notes/12.md", config("YYYY/MM/DD", "Journal"), m)).toBeNull();
  });

  it("handles bracketed literals and words", () => {
    const fancy = config("[Day] YYYY-MM-DD, dddd");
    expect(dailyNotePath("2026-11-22", fancy, m)).toBe("Daily/Day 2026-11-22, Sunday.md");
    expect(dateOfDailyNotePath("Daily/Day 2026-11-22, Sunday.md", fancy, m)).toBe("2026-11-22");
  });

  it("treats the root folder and trailing slashes alike", () => {
    expect(dailyNotePath("2026-11-22", config("YYYY-MM-DD", ""), m)).toBe("2026-11-22.md");
    expect(dailyNotePath("2026-11-22", config("YYYY-MM-DD", "Daily/"), m)).toBe("Daily/2026-11-22.md");
    expect(dateOfDailyNotePath("2026-11-22.md", config("YYYY-MM-DD", "/"), m)).toBe("2026-11-22");
    expect(cleanFolder(" /Journal//2026/ ")).toBe("Journal/2026");
  });

  it("uses the default format when none is set", () => {
    expect(dailyNotePath("2026-11-22", config(""), m)).toBe("Daily/2026-11-22.md");
  });
});

describe("dailyFormatProblem", () => {
  it("accepts formats that name one note per day", () => {
    for (const f of ["YYYY-MM-DD", "YYYY/MM/YYYY-MM-DD", "DD.MM.YYYY", "[Day] YYYY-MM-DD, dddd", "YYYYMMDD", "gggg-[W]ww-e"]) expect(dailyFormatProblem(f, m)).toBeNull();
  });

  it("rejects week and month granularity", () => {
    expect(dailyFormatProblem("gggg-[W]ww", m)).toMatch(/doesn't name one note per day/);
    expect(dailyFormatProblem("YYYY-MM", m)).toMatch(/doesn't name one note per day/);
  });

  it("rejects formats that can't produce a path", () => {
    expect(dailyFormatProblem("YYYY-MM-DD HH:mm", m)).toMatch(/characters a file name can't hold/);
    expect(dailyFormatProblem("YYYY//MM-DD", m)).toMatch(/usable file name/);
    expect(dailyFormatProblem("[note]", m)).toMatch(/doesn't name one note per day/);
  });
});

describe("templates", () => {
  it("finds the template note", () => {
    expect(templatePath(config("", "", "Templates/Daily"))).toBe("Templates/Daily.md");
    expect(templatePath(config("", "", "Templates/Daily.md"))).toBe("Templates/Daily.md");
    expect(templatePath(config("", "", ""))).toBeNull();
  });

  it("fills title, date and time like the core plugin", () => {
    const text = "# {{title}}\n{{date}} {{date:dddd}} {{ time }} {{time:HH}}\n";
    expect(fillDailyTemplate(text, "2026-11-22", "2026-11-22", new Date(2026, 10, 22, 9, 5), m)).toBe("# 2026-11-22\n2026-11-22 Sunday 09:05 09\n");
  });
});
