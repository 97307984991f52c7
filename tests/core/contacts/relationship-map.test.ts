import { describe, expect, it } from "vitest";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import {
  describeGap,
  describeMapLoad,
  describeTierLoad,
  mapLoad,
  mappedPeople,
  orderCandidates,
  parseNames,
  samePerson,
  tierForKey,
  touchesPerWeek,
  typicalGapDays,
  type MapCandidate,
} from "../../../src/core/contacts/relationship-map";
import { normalizeMapWizard } from "../../../src/core/contacts/map-wizard-state";
import { normalizeSettings } from "../../../src/core/settings";
import { triageOrder, TriageSession } from "../../../src/core/contacts/triage";
import { settingsWith, source } from "../helpers";

const resolved = settingsWith();
const tiers = resolved.tiers;
function tier(id: string) {
  const found = tiers.find((t) => t.id === id);
  if (!found) throw new Error(`no tier ${id}`);
  return found;
}

function contact(path: string, frontmatter: Record<string, unknown>, lastTouch?: string): Contact {
  return resolveContact(source(frontmatter, { path, loggedTouchDates: lastTouch ? [lastTouch] : [], today: "2026-11-22" }), resolved);
}

function candidate(name: string, mentions: number, lastMentioned: string | null, path: string | null = `People/${name}.md`): MapCandidate {
  return { path, name, mentions, lastMentioned, unclassified: false };
}

describe("the relationship map's candidates", () => {
  it("come most mentioned first, then most recently mentioned, then by name", () => {
    const ordered = orderCandidates([candidate("Zoe", 2, "2026-11-01"), candidate("Ana", 0, null), candidate("Ben", 5, "2026-10-01"), candidate("Cy", 2, "2026-11-20"), candidate("Al", 0, null, null)]);
    expect(ordered.map((c) => c.name)).toEqual(["Ben", "Cy", "Zoe", "Al", "Ana"]);
  });

  it("are told apart by note, or by name (ignoring case) when they have none", () => {
    expect(samePerson({ path: "People/A.md", name: "A" }, { path: "People/A.md", name: "a" })).toBe(true);
    expect(samePerson({ path: null, name: "Priya Shah" }, { path: null, name: "priya shah" })).toBe(true);
    expect(samePerson({ path: null, name: "Priya Shah" }, { path: "People/Priya Shah.md", name: "Priya Shah" })).toBe(false);
  });

  it("can be typed one per line, list markers and links taken off, repeats left out", () => {
    expect(parseNames("Priya Shah\n- Jordan Lee\n\n2. [[Ana Souza|Ana]]\n  priya shah  \r\n* Kenji")).toEqual(["Priya Shah", "Jordan Lee", "Ana Souza", "Kenji"]);
    expect(parseNames("  \n\n")).toEqual([]);
  });
});

describe("the weekly load of a map", () => {
  it("counts each person once per the middle of their tier's window", () => {
    // Close allies: due from 14 days, overdue after 42: every 28 days, a quarter of a touch a week.
    expect(typicalGapDays(tier("ally"))).toBe(28);
    expect(touchesPerWeek(tier("ally"))).toBe(0.25);
    expect(touchesPerWeek(tier("peer"))).toBe(7 / 56);
    expect(touchesPerWeek(tier("aspirational"))).toBeCloseTo(7 / 135);
    expect(describeGap(28)).toBe("4 weeks");
    expect(describeGap(135)).toBe("4.5 months");
    expect(describeGap(10)).toBe("10 days");
  });

  it("sums the map's people, adds the contacts already in tiers (not paused, not in the map), and compares with the capacity", () => {
    const mapped = [
      ...Array.from({ length: 5 }, () => ({ tierId: "ally", dueFromDays: 14, overdueAfterDays: 42 })),
      ...Array.from({ length: 10 }, () => ({ tierId: "peer", dueFromDays: 42, overdueAfterDays: 70 })),
    ];
    const contacts = [
      contact("People/Ana.md", { tier: "mentor" }),
      contact("People/Old.md", { tier: "ally", status: "paused" }),
      contact("People/Unsorted.md", {}),
      contact("People/Also in map.md", { tier: "peer" }),
    ];
    const load = mapLoad(mapped, contacts, tiers, 2, new Set(["People/Also in map.md"]));
    expect(load.map).toBeCloseTo(5 * 0.25 + 10 * 0.125);
    expect(load.already).toBeCloseTo(0.1);
    expect(load.total).toBeCloseTo(2.6);
    expect(load.fastest).toBeCloseTo(5 * 0.5 + (10 * 7) / 42 + 7 / 56);
    expect(load.slowest).toBeCloseTo((5 * 7) / 42 + (10 * 7) / 70 + 7 / 84);
    expect(load.tiers.map((t) => [t.tier.id, t.inMap, t.already, t.starterSize])).toEqual([
      ["ally", 5, 0, 5],
      ["peer", 10, 0, 10],
      ["mentor", 0, 1, 3],
      ["aspirational", 0, 0, 10],
    ]);
    const lines = describeMapLoad(load);
    expect(lines[0]).toBe("This map asks about 2.5 touches a week.");
    expect(lines[1]).toBe("With the people already in tiers, your network asks about 2.6 a week.");
    expect(lines[2]).toContain("7 / 28 days = 0.25 a week");
    expect(lines[3]).toBe("That is more than your weekly capacity of 2. Put some people in a slower tier, skip a few for now, or raise the capacity in settings.");
    expect(describeMapLoad({ ...load, capacity: 5 }).at(-1)).toBe("That fits your weekly capacity of 5.");
    expect(describeTierLoad(load.tiers[0] as (typeof load.tiers)[number])).toBe("every 2–6 weeks, counted as every 4 weeks: about 0.3 a week each");
  });
});

describe("tier keys", () => {
  it("follow the tier order in settings, 1 to 9", () => {
    expect(tierForKey("1", tiers)?.id).toBe("ally");
    expect(tierForKey("4", tiers)?.id).toBe("aspirational");
    expect(tierForKey("5", tiers)).toBeUndefined();
    expect(tierForKey("0", tiers)).toBeUndefined();
    expect(tierForKey("p", tiers)).toBeUndefined();
    const nine = Array.from({ length: 10 }, (_, i) => ({ ...tier("peer"), id: `t${i + 1}` }));
    expect(tierForKey("9", nine)?.id).toBe("t9");
  });
});

describe("the wizard's saved progress", () => {
  it("reads back what was saved, and drops what can't be read", () => {
    const saved = {
      step: "topics",
      cursor: 7,
      people: [
        { path: "People/Sam.md", name: "Sam", tierId: "ally", skipped: false, topic: " hiring " },
        { path: null, name: "Priya Shah", tierId: null, skipped: true, topic: "" },
        { name: "   " },
        "garbage",
        { path: 3, name: "Kenji", tierId: 4 },
      ],
    };
    expect(normalizeMapWizard(saved)).toEqual({
      step: "topics",
      cursor: 3,
      people: [
        { path: "People/Sam.md", name: "Sam", tierId: "ally", skipped: false, topic: "hiring" },
        { path: null, name: "Priya Shah", tierId: null, skipped: true, topic: "" },
        { path: null, name: "Kenji", tierId: null, skipped: false, topic: "" },
      ],
    });
    expect(normalizeMapWizard({ step: "confirm", people: [] })).toEqual({ step: "pick", people: [], cursor: 0 });
    expect(normalizeMapWizard({ step: "nowhere", people: [{ name: "A" }], cursor: -2 })?.step).toBe("pick");
    for (const bad of [null, undefined, 3, "x", []]) expect(normalizeMapWizard(bad)).toBeNull();
  });

  it("is kept in the settings, and a broken one loads as none", () => {
    expect(normalizeSettings({}).mapWizard).toBeNull();
    expect(normalizeSettings({ mapWizard: "broken" }).mapWizard).toBeNull();
    expect(normalizeSettings({ mapWizard: { step: "tiers", cursor: 0, people: [{ name: "Sam" }] } }).mapWizard?.people[0]?.name).toBe("Sam");
  });

  it("writes only people with a tier the settings still know, not the skipped", () => {
    const state = {
      step: "confirm" as const,
      cursor: 0,
      people: [
        { path: null, name: "A", tierId: "ally", skipped: false, topic: "" },
        { path: null, name: "B", tierId: "gone", skipped: false, topic: "" },
        { path: null, name: "C", tierId: null, skipped: true, topic: "" },
        { path: null, name: "D", tierId: null, skipped: false, topic: "" },
      ],
    };
    expect(mappedPeople(state, tiers).map((p) => [p.name, p.tier.id])).toEqual([["A", "ally"]]);
  });
});

describe("triage", () => {
  it("takes active contacts without a tier, most mentioned first, then most recently touched", () => {
    const contacts = [
      contact("People/Tiered.md", { tier: "peer" }),
      contact("People/Paused.md", { status: "paused" }),
      contact("People/Quiet.md", {}),
      contact("People/Recent.md", {}, "2026-11-01"),
      contact("People/Busy.md", {}),
    ];
    const order = triageOrder(contacts, new Map([["People/Busy.md", { count: 4, last: "2026-11-20" }]]));
    expect(order.map((c) => c.name)).toEqual(["Busy", "Recent", "Quiet"]);
  });

  it("walks one person at a time and takes back the last decision, back to that person", () => {
    const session = new TriageSession<string, string>(["a", "b", "c"]);
    session.decide("tier", "step-a");
    session.decide("skip");
    expect(session.current).toBe("c");
    expect(session.undoLast()).toEqual({ index: 1, kind: "skip", undo: null });
    expect(session.current).toBe("b");
    session.decide("pause", "step-b");
    session.decide("tier", "step-c");
    expect(session.done).toBe(true);
    session.decide("skip");
    expect(session.counts()).toEqual({ tier: 2, pause: 1, skip: 0 });
    expect(session.undoLast()?.undo).toBe("step-c");
    expect(session.current).toBe("c");
    session.undoLast();
    session.undoLast();
    expect(session.undoLast()).toBeUndefined();
    expect(session.cursor).toBe(0);
    expect(session.canUndo).toBe(false);
  });
});
