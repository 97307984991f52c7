import { describe, expect, it } from "vitest";
import { moment } from "../../src/cli/moment";
import { contactsOfVault } from "../../src/cli/vault-contacts";
import type { DailyNoteConfig } from "../../src/core/daily/daily-notes";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings, type KeepInTouchSettings } from "../../src/core/settings";

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const DAILY: DailyNoteConfig = { folder: "Daily", format: "YYYY-MM-DD", template: "" };
const note = (properties: string, body = "") => `---\n${properties}\n---\n${body}`;
const CONTACTS = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01"),
  [ANA]: note("tier: mentor\nlast_touch: 2026-09-01"),
};

/** The contacts of a vault with these notes, on 2026-11-22, as the CLI reads them. */
function contacts(files: Record<string, string>, settings: Partial<KeepInTouchSettings> = {}, daily: DailyNoteConfig = DAILY) {
  const notes = Object.entries(files)
    .map(([path, text]) => ({ path, text }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const resolved = resolveSettings({ ...normalizeSettings(DEFAULT_SETTINGS), ...settings });
  const list = contactsOfVault(notes, resolved, { daily, today: "2026-11-22", moment });
  return (name: string) => list.find((c) => c.name === name);
}

describe("contactsOfVault: mentions count as touches", () => {
  it("a link in a daily note is a touch on that day, and the source is the daily note", () => {
    const get = contacts({ ...CONTACTS, "Daily/2026-11-20.md": "Coffee with [[Sam Rivera]].\n" });
    expect(get("Sam Rivera")).toMatchObject({ lastTouch: "2026-11-20", lastTouchSource: "Daily/2026-11-20.md", touchDates: ["2026-09-01", "2026-11-20"] });
    expect(get("Ana Souza")).toMatchObject({ lastTouch: "2026-09-01", lastTouchSource: ANA });
  });

  it("open tasks, embeds, code and quotes don't count; completed tasks and display aliases do", () => {
    const get = contacts({
      ...CONTACTS,
      "Daily/2026-11-18.md": "- [ ] call [[Sam Rivera]]\n![[Ana Souza]]\n> [[Sam Rivera]] said\n```\n[[Ana Souza]]\n```\n",
      "Daily/2026-11-19.md": "- [x] sent [[Ana Souza|Ana]] the deck\n",
    });
    expect(get("Sam Rivera")?.lastTouch).toBe("2026-09-01");
    expect(get("Ana Souza")).toMatchObject({ lastTouch: "2026-11-19", lastTouchSource: "Daily/2026-11-19.md" });
  });

  it("a note named like a daily note counts anywhere; one dated in the future doesn't count yet", () => {
    const get = contacts({ ...CONTACTS, "Meetings/2026-11-21.md": "[[Sam Rivera]]\n", "Meetings/2026-12-01.md": "Plan with [[Ana Souza]]\n" });
    expect(get("Sam Rivera")?.lastTouch).toBe("2026-11-21");
    expect(get("Ana Souza")?.lastTouch).toBe("2026-09-01");
    expect(get("Ana Souza")?.warnings).toEqual(["Mentioned in Meetings/2026-12-01.md, dated in the future (2026-12-01); a mention counts from its day."]);
  });

  it("meeting notes with a date property count when that setting is on", () => {
    const files = { ...CONTACTS, "Meetings/Partner sync.md": note("date: 2026-11-15", "With [[Ana Souza]].\n") };
    expect(contacts(files)("Ana Souza")?.lastTouch).toBe("2026-09-01");
    expect(contacts(files, { countDatePropertyNotes: true })("Ana Souza")).toMatchObject({ lastTouch: "2026-11-15", lastTouchSource: "Meetings/Partner sync.md" });
  });

  it("follows the settings: only under a heading, nothing, or opted out per contact", () => {
    const text = "[[Ana Souza]]\n## People\n- [[Sam Rivera]]\n## Reading\n[[Ana Souza]]\n";
    const heading = contacts({ ...CONTACTS, "Daily/2026-11-20.md": text }, { mentionMode: "heading", mentionHeading: "People" });
    expect(heading("Sam Rivera")?.lastTouch).toBe("2026-11-20");
    expect(heading("Ana Souza")?.lastTouch).toBe("2026-09-01");
    expect(contacts({ ...CONTACTS, "Daily/2026-11-20.md": text }, { mentionMode: "off" })("Sam Rivera")?.lastTouch).toBe("2026-09-01");
    const optOut = contacts({ ...CONTACTS, [ANA]: note("tier: mentor\nlast_touch: 2026-09-01\nignore_mentions: true"), "Daily/2026-11-20.md": text });
    expect(optOut("Sam Rivera")?.lastTouch).toBe("2026-11-20");
    expect(optOut("Ana Souza")?.lastTouch).toBe("2026-09-01");
  });

  it("never treats a contact as a dated note, even one named like a daily note", () => {
    const get = contacts({ ...CONTACTS, "People/2026-11-20.md": note("tier: peer", "Met [[Sam Rivera]]\n") });
    expect(get("Sam Rivera")?.lastTouch).toBe("2026-09-01");
    expect(get("2026-11-20")).toMatchObject({ lastTouch: null });
  });

  it("resolves links like Obsidian: by path, or by name in any case, the shortest path first", () => {
    const files = {
      ...CONTACTS,
      "Archive/Sam Rivera.md": note("tier: peer\nlast_touch: 2026-01-01"),
      "Daily/2026-11-19.md": "[[sam rivera]] and [Ana](../People/Ana%20Souza.md)\n",
      "Daily/2026-11-20.md": "[[Archive/Sam Rivera]]\n",
    };
    const notes = Object.entries(files).map(([path, text]) => ({ path, text }));
    const resolved = resolveSettings(normalizeSettings(DEFAULT_SETTINGS));
    const byPath = new Map(contactsOfVault(notes, resolved, { daily: DAILY, today: "2026-11-22", moment }).map((c) => [c.path, c.lastTouch]));
    // "sam rivera" goes to the shorter path: People/ has one letter less than Archive/.
    expect(byPath.get(SAM)).toBe("2026-11-19");
    expect(byPath.get("Archive/Sam Rivera.md")).toBe("2026-11-20");
    expect(byPath.get(ANA)).toBe("2026-11-19");
  });

  it("uses the daily-note settings it is given", () => {
    const files = { ...CONTACTS, "Journal/2026/11/20.md": "[[Sam Rivera]]\n" };
    expect(contacts(files)("Sam Rivera")?.lastTouch).toBe("2026-09-01");
    expect(contacts(files, {}, { folder: "Journal", format: "YYYY/MM/DD", template: "" })("Sam Rivera")?.lastTouch).toBe("2026-11-20");
  });
});
