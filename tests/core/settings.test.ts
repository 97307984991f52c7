import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, normalizeSettings, readSettings, resolveSettings } from "../../src/core/settings";

describe("normalizeSettings", () => {
  it("gives defaults for nothing saved", () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings("garbage")).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid values and repairs the rest", () => {
    const s = normalizeSettings({
      contactsFolder: "Contacts",
      properties: { tier: "circle", lastTouch: 5 },
      tiers: [{ id: "fam", label: "Family", dueFrom: "1w", overdueAfter: "2w" }, "nonsense"],
      touchKinds: ["call", "phone call", 3, ""],
      dueSoonDays: -1,
    });
    expect(s.contactsFolder).toBe("Contacts");
    expect(s.properties.tier).toBe("circle");
    expect(s.properties.lastTouch).toBe("last_touch");
    expect(s.tiers).toEqual([{ id: "fam", label: "Family", dueFrom: "1w", overdueAfter: "2w", halfLife: "3m" }]);
    expect(s.touchKinds).toEqual(["call", "phone-call"]);
    expect(s.dueSoonDays).toBe(7);
  });
});

describe("readSettings", () => {
  it("says nothing about values that are missing, as in a file from an older version", () => {
    expect(readSettings({ contactsFolder: "Contacts" }).repairs).toEqual([]);
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, repairs: [] });
    expect(readSettings(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)))).toEqual({ settings: DEFAULT_SETTINGS, repairs: [] });
    // Tiers saved before half-lives existed take the built-in half-life, quietly.
    const old = readSettings({ tiers: [{ id: "ally", label: "Close allies", dueFrom: "2w", overdueAfter: "6w" }], defaultTier: "ally" });
    expect(old.repairs).toEqual([]);
    expect(old.settings.tiers[0]?.halfLife).toBe("6m");
  });

  it("names each value it had to reset, what it was and what it is now", () => {
    const { settings, repairs } = readSettings({
      dueSoonDays: -3,
      weeklyCapacity: 2.5,
      quietHoursFrom: 24,
      showStatusBar: "yes",
      mentionMode: "some",
      touchHeading: "   ",
      coolingBelow: 1.5,
      properties: { tier: 7 },
    });
    expect(repairs).toEqual([
      "Property for tier: 7, not a property name → tier",
      'Touch heading: "   ", not a name → ## Touches',
      "Due soon (days): -3, not a whole number of at least 0 → 7",
      'Links that count as touches: "some", not one of all, heading, off → all',
      "Weekly capacity: 2.5, not a whole number of at least 1 → 5",
      "Cooling below: 1.5, not a number between 0 and 1 → 0.25",
      "Quiet hours start: 24, not a whole number from 0 to 23 → 22",
      'Count in the status bar: "yes", not true or false → true',
    ]);
    expect(settings).toMatchObject({ dueSoonDays: 7, weeklyCapacity: 5, quietHoursFrom: 22, showStatusBar: true, mentionMode: "all", touchHeading: "## Touches", coolingBelow: 0.25 });
  });

  it("keeps a tier whose cadence can't be read, with its built-in range, instead of dropping it and its people", () => {
    const { settings, repairs } = readSettings({
      tiers: [
        { id: "ally", label: "Close allies", dueFrom: "-2w", overdueAfter: "6w" },
        { id: "fam", label: "Family", dueFrom: 10, overdueAfter: "1w", halfLife: "often" },
        "nonsense",
      ],
      defaultTier: "family",
    });
    expect(settings.tiers).toEqual([
      { id: "ally", label: "Close allies", dueFrom: "2w", overdueAfter: "6w", halfLife: "6m" },
      { id: "fam", label: "Family", dueFrom: "10d", overdueAfter: "10d", halfLife: "3m" },
    ]);
    expect(settings.defaultTier).toBe("ally");
    expect(repairs).toEqual([
      'Tier "Close allies", due from: "-2w", not a cadence → 2w',
      'Tier "Family", half-life: "often", not a cadence → 3m',
      'Tier "Family", overdue after: "1w", shorter than due from (10d) → 10d',
      'Tier 3: "nonsense", not a tier → left out',
      'Default tier: "family", not one of the tiers → ally',
    ]);
    expect(resolveSettings(settings).problems).toEqual([]);
  });

  it("replaces a list that isn't a list, and leaves out the items it can't read", () => {
    expect(readSettings({ touchKinds: "call, coffee" }).repairs).toEqual([`Touch kinds: "call, coffee", not a list → ${DEFAULT_SETTINGS.touchKinds.join(", ")}`]);
    expect(readSettings({ touchKinds: ["call", "→", 3, "  "] })).toMatchObject({ settings: { touchKinds: ["call"] }, repairs: ['Touch kinds: ["→",3], not a kind a touch line can hold → call'] });
    expect(readSettings({ starters: [{ label: "Hi", text: "Hello" }, { label: "Empty" }] }).repairs).toEqual(['Message starters: {"label":"Empty"}, unreadable → left out (1 kept)']);
    expect(readSettings({ dateKeys: {} }).repairs).toEqual(["Date properties: {}, not a list → the built-in date properties"]);
    expect(readSettings({ mapWizard: "tiers" }).repairs).toEqual(['Relationship map progress: "tiers", unreadable → starts over']);
    expect(readSettings({ mapWizard: null }).repairs).toEqual([]);
    expect(readSettings({ touchAlarm: null, dateAlarm: { daysBefore: -1, time: "9" }, feedNames: "nicknames" })).toMatchObject({
      settings: { touchAlarm: null, dateAlarm: DEFAULT_SETTINGS.dateAlarm, feedNames: "full" },
      repairs: ['Heads-up for dates: {"daysBefore":-1,"time":"9"}, not a heads-up → 3 days before, at 09:00', 'Names in the calendar: "nicknames", not one of full, first, initials, count → full'],
    });
    expect(readSettings({ captureMe: "Sam", captureEmails: [" Me@Example.org ", 7, "me@example.org"], captureMaxPeople: 0 })).toMatchObject({
      settings: { captureMe: [], captureEmails: ["me@example.org"], captureMaxPeople: 10 },
      repairs: ['Your names in chats: "Sam", not a list → none', "Your email addresses: 7, not text → left out", "Most people per mail or event: 0, not a whole number of at least 1 → 10"],
    });
  });
});

describe("resolveSettings", () => {
  it("reports broken tiers and a missing default tier, and still works", () => {
    const r = resolveSettings({ ...DEFAULT_SETTINGS, tiers: [{ id: "a", label: "A", dueFrom: "x", overdueAfter: "2w" }, { id: "b", label: "B", dueFrom: "1w", overdueAfter: "2w" }], defaultTier: "zzz" });
    expect(r.tiers.map((t) => t.id)).toEqual(["b"]);
    expect(r.defaultTier.id).toBe("b");
    expect(r.problems).toHaveLength(2);
  });

  it("reports two tiers with one id", () => {
    const r = resolveSettings({ ...DEFAULT_SETTINGS, tiers: [...DEFAULT_SETTINGS.tiers, { id: "peer", label: "Peers again", dueFrom: "1w", overdueAfter: "2w" }] });
    expect(r.tiers).toHaveLength(4);
    expect(r.problems).toEqual(['Two tiers have the id "peer"; only the first is used.']);
  });

  it("falls back to a built-in tier when none is usable", () => {
    const r = resolveSettings({ ...DEFAULT_SETTINGS, tiers: [] });
    expect(r.defaultTier.label).toBe("Peers");
  });
});
