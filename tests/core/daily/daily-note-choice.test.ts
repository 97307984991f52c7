import { describe, expect, it } from "vitest";
import { chooseDailyNoteSettings } from "../../../src/core/daily/daily-note-choice";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../../src/core/settings";

const own = normalizeSettings({ ...DEFAULT_SETTINGS, dailyFolder: "/Journal/", dailyFormat: "DD.MM.YYYY", dailyTemplate: "Templates/Day" });
const core = { folder: "Daily/", format: "", template: "Templates/Daily" };
const periodicDaily = { daily: { enabled: true, folder: "Periodic", format: "YYYY/MM/YYYY-MM-DD", template: "" } };
const calendarSets = (enabled: boolean) => ({
  activeCalendarSet: "work",
  calendarSets: [
    { id: "home", day: { enabled: true, folder: "Home", format: "YYYY-MM-DD" } },
    { id: "work", day: { enabled, folder: "Work", format: "YYYY-MM-DD" } },
  ],
});

describe("chooseDailyNoteSettings", () => {
  it("uses Periodic Notes first, and says so when the core plugin disagrees", () => {
    expect(chooseDailyNoteSettings({ periodicNotes: periodicDaily, coreDailyNotes: core }, own)).toEqual({
      config: { folder: "Periodic", format: "YYYY/MM/YYYY-MM-DD", template: "" },
      source: "periodic-notes",
      notes: ["Periodic Notes and the core Daily notes plugin have different settings; Periodic Notes' are used."],
    });
    expect(chooseDailyNoteSettings({ periodicNotes: periodicDaily, coreDailyNotes: null }, own).notes).toEqual([]);
  });

  it("reads the active calendar set of Periodic Notes 1.x", () => {
    expect(chooseDailyNoteSettings({ periodicNotes: calendarSets(true), coreDailyNotes: null }, own).config.folder).toBe("Work");
    // The active set doesn't do daily notes: the next in line applies.
    expect(chooseDailyNoteSettings({ periodicNotes: calendarSets(false), coreDailyNotes: core }, own).source).toBe("daily-notes");
  });

  it("uses the core plugin when Periodic Notes doesn't do daily notes, with the default format when none is set", () => {
    const disabled = { daily: { enabled: false, folder: "Periodic" } };
    expect(chooseDailyNoteSettings({ periodicNotes: disabled, coreDailyNotes: core }, own)).toEqual({
      config: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" },
      source: "daily-notes",
      notes: [],
    });
    expect(chooseDailyNoteSettings({ periodicNotes: null, coreDailyNotes: {} }, own).config).toEqual({ folder: "", format: "YYYY-MM-DD", template: "" });
  });

  it("falls back to the plugin's own settings, and shrugs off malformed data", () => {
    const expected = { config: { folder: "Journal", format: "DD.MM.YYYY", template: "Templates/Day" }, source: "keep-in-touch", notes: [] };
    expect(chooseDailyNoteSettings({ periodicNotes: null, coreDailyNotes: null }, own)).toEqual(expected);
    expect(chooseDailyNoteSettings({ periodicNotes: "nonsense", coreDailyNotes: null }, own)).toEqual(expected);
    expect(chooseDailyNoteSettings({ periodicNotes: { calendarSets: [null, 3] }, coreDailyNotes: null }, own)).toEqual(expected);
    expect(chooseDailyNoteSettings({ periodicNotes: null, coreDailyNotes: [1, 2] }, own).config).toEqual({ folder: "", format: "YYYY-MM-DD", template: "" });
  });
});
