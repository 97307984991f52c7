import { moment } from "obsidian";
import { describe, expect, it } from "vitest";
import type { DailyNoteConfig, MomentFn } from "../../../src/core/daily/daily-notes";
import { dateOfNote, ignoresMentions, mentionRulesOf } from "../../../src/core/daily/mention-sources";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../../src/core/settings";

const m: MomentFn = moment;
const daily: DailyNoteConfig = { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "" };
const settings = normalizeSettings(DEFAULT_SETTINGS);
const withDates = { ...settings, countDatePropertyNotes: true, datePropertyKey: "day" };

describe("dateOfNote", () => {
  it("dates daily notes, and notes named like one anywhere", () => {
    expect(dateOfNote("Journal/2026/11/2026-11-20.md", undefined, daily, settings, m)).toBe("2026-11-20");
    expect(dateOfNote("Meetings/2026-11-18.md", undefined, daily, settings, m)).toBe("2026-11-18");
    expect(dateOfNote("Meetings/Partner sync.md", { day: "2026-11-15" }, daily, settings, m)).toBeNull();
  });

  it("dates notes by their date property when that setting is on, matching the key in any case", () => {
    expect(dateOfNote("Meetings/Partner sync.md", { Day: "2026-11-15" }, daily, withDates, m)).toBe("2026-11-15");
    expect(dateOfNote("Meetings/Partner sync.md", { day: "2026-11-15T09:30" }, daily, withDates, m)).toBe("2026-11-15");
    expect(dateOfNote("Meetings/Partner sync.md", { day: "soon" }, daily, withDates, m)).toBeNull();
    expect(dateOfNote("Meetings/Partner sync.md", { day: "" }, daily, withDates, m)).toBeNull();
    // The file name wins over the property.
    expect(dateOfNote("Meetings/2026-11-18.md", { day: "2026-11-15" }, daily, withDates, m)).toBe("2026-11-18");
  });
});

describe("mention settings", () => {
  it("reads the rules and the per-contact opt-out", () => {
    expect(mentionRulesOf({ ...settings, mentionMode: "heading", mentionHeading: "## People" })).toEqual({ mode: "heading", heading: "## People" });
    for (const value of [true, "true", " Yes "]) expect(ignoresMentions({ ignore_mentions: value }, settings)).toBe(true);
    for (const value of [false, "no", 1, undefined]) expect(ignoresMentions({ ignore_mentions: value }, settings)).toBe(false);
    expect(ignoresMentions(undefined, settings)).toBe(false);
    expect(ignoresMentions({ quiet: true }, { ...settings, mentionOptOutProperty: "quiet" })).toBe(true);
  });
});
