import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Contact } from "../../../src/core/contacts/contact";
import { addDaysTo, type LocalDate } from "../../../src/core/shared/dates";
import { computeDue } from "../../../src/core/contacts/due";
import type { ImportantDate } from "../../../src/core/contacts/important-dates";
import { DEFAULT_TIERS, parseTier, type Tier } from "../../../src/core/contacts/tiers";
import { describeWeekLoad, formatDayMonth, levelLoad, planWeeks, weekStartOf, type LoadSlot, type WeekPlan } from "../../../src/core/planning/week-plan";

const TIERS: Tier[] = DEFAULT_TIERS.map((setting) => {
  const parsed = parseTier(setting);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.tier;
});
const [ALLY, PEER, MENTOR, ASPIRATIONAL] = TIERS as [Tier, Tier, Tier, Tier];

/** A Wednesday: the week of Monday 23 November 2026. */
const TODAY = "2026-11-25";

function person(name: string, tier: Tier, lastTouch: LocalDate | null, extra: Partial<Contact> = {}): Contact {
  return {
    path: `People/${name}.md`,
    name,
    tier,
    tierSet: true,
    cadenceOverride: null,
    dueFromDays: tier.dueFromDays,
    overdueAfterDays: tier.overdueAfterDays,
    lastTouch,
    lastTouchSource: lastTouch === null ? null : `People/${name}.md`,
    touchDates: lastTouch === null ? [] : [lastTouch],
    snoozeUntil: null,
    status: "active",
    topics: [],
    importantDates: [],
    promises: [],
    fadeReason: null,
    location: null,
    timezone: null,
    company: null,
    role: null,
    pastCompanies: [],
    unansweredSince: null,
    replyWithinDays: 3,
    introductions: [],
    introFollowUpDays: 30,
    warnings: [],
    writable: true,
    syncDamage: null,
    ...extra,
  };
}

const birthday = (month: number, day: number): ImportantDate => ({ key: "birthday", label: "Birthday", anniversary: false, month, day, year: null });
const names = (list: readonly { name: string }[]) => list.map((p) => p.name);
const everyone = (plan: WeekPlan) => plan.weeks.flatMap((w) => w.planned);

describe("weeks", () => {
  it("start on Monday and are named by it", () => {
    expect(weekStartOf("2026-11-23")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-25")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-29")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-22")).toBe("2026-11-16");
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28");
    expect(formatDayMonth("2026-11-30")).toBe("30 Nov");
    expect(formatDayMonth("2027-01-04")).toBe("4 Jan");
  });

  it("forecasts eight weeks from this one", () => {
    const plan = planWeeks([], TODAY, TIERS, 5);
    expect(plan.weeks.map((w) => w.week)).toEqual(["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28", "2027-01-04", "2027-01-11"]);
    expect(plan.weeks.every((w) => w.capacity === 5 && w.planned.length === 0 && w.naturalCount === 0)).toBe(true);
  });
});

describe("this week's batch", () => {
  it("takes tier priority first, then how overdue, and lists the rest as over capacity", () => {
    const contacts = [
      person("Aspirational overdue", ASPIRATIONAL, "2026-01-01"),
      person("Peer overdue long", PEER, "2026-05-01"),
      person("Peer overdue short", PEER, "2026-09-01"),
      person("Ally due", ALLY, "2026-11-05"),
      person("Ally overdue", ALLY, "2026-09-20"),
      person("Mentor never", MENTOR, null),
    ];
    const plan = planWeeks(contacts, TODAY, TIERS, 3);
    expect(names(plan.thisWeek)).toEqual(["Ally overdue", "Peer overdue long", "Peer overdue short"]);
    expect(names(plan.overflow)).toEqual(["Aspirational overdue", "Ally due", "Mentor never"]);
    expect(plan.weeks[0]?.naturalCount).toBe(6);
    expect(plan.thisWeek[0]).toMatchObject({ path: "People/Ally overdue.md", tierId: "ally", dueDate: TODAY, week: "2026-11-23", pulledEarly: false });
    expect(plan.thisWeek[0]?.reason).toBe("overdue: last touch 9 weeks ago");
    expect(plan.overflow.find((p) => p.name === "Mentor never")?.reason).toBe("never touched");
  });

  it("includes someone who comes due later this week, on their day", () => {
    // An ally last touched on 12 Nov is due from 26 Nov, a Thursday.
    const plan = planWeeks([person("Sam", ALLY, "2026-11-12")], TODAY, TIERS, 5);
    expect(plan.thisWeek).toEqual([expect.objectContaining({ name: "Sam", dueDate: "2026-11-26", reason: "due 26 Nov", pulledEarly: false })]);
  });

  it("never plans paused people, and snoozed ones only after the snooze", () => {
    const contacts = [
      person("Paused", PEER, "2025-01-01", { status: "paused" }),
      person("Snoozed", PEER, "2025-01-01", { snoozeUntil: "2026-11-27" }),
      person("Snoozed long", PEER, "2025-01-01", { snoozeUntil: "2027-06-01" }),
    ];
    const plan = planWeeks(contacts, TODAY, TIERS, 5);
    expect(plan.thisWeek).toEqual([]);
    expect(plan.overflow).toEqual([]);
    // A peer's next touch after that is six weeks on, in the forecast's last week.
    expect(everyone(plan).map((p) => [p.name, p.week, p.reason])).toEqual([
      ["Snoozed", "2026-11-30", "back from snooze 30 Nov"],
      ["Snoozed", "2027-01-11", "due again 11 Jan"],
    ]);
  });

  it("brings someone in for a birthday this week, ahead of the overdue", () => {
    const contacts = [person("Recent", PEER, "2026-11-20", { importantDates: [birthday(11, 28)] }), person("Overdue", PEER, "2026-01-01")];
    const plan = planWeeks(contacts, TODAY, TIERS, 1);
    expect(plan.thisWeek).toEqual([expect.objectContaining({ name: "Recent", dueDate: "2026-11-28", reason: "Birthday on 28 Nov (due 1 Jan)" })]);
    expect(names(plan.overflow)).toEqual(["Overdue"]);
  });

  it("takes a touch already logged in the birthday's week as the one for it", () => {
    const plan = planWeeks([person("Wished", PEER, "2026-11-24", { importantDates: [birthday(11, 28)] })], TODAY, TIERS, 5);
    expect(plan.thisWeek).toEqual([]);
  });

  it("mentions a birthday of someone already due", () => {
    const plan = planWeeks([person("Due", PEER, "2026-08-01", { importantDates: [birthday(11, 26)] })], TODAY, TIERS, 5);
    expect(plan.thisWeek[0]?.reason).toBe("overdue: last touch 4 months ago; Birthday on 26 Nov");
  });

  it("is a suggestion of at most the capacity, even of zero", () => {
    const plan = planWeeks([person("Due", PEER, "2026-01-01")], TODAY, TIERS, 0);
    expect(plan.thisWeek).toEqual([]);
    expect(names(plan.overflow)).toEqual(["Due"]);
  });
});

describe("load-levelling and the forecast", () => {
  it("pulls the extras of a crowded week a week early, the higher tiers first", () => {
    // Seven peers touched on 26 October come due on 7 December: two more than the week holds.
    const peers = ["A", "B", "C", "D", "E"].map((n) => person(`Peer ${n}`, PEER, "2026-10-26"));
    const allies = ["F", "G"].map((n) => person(`Ally ${n}`, ALLY, "2026-11-23"));
    const plan = planWeeks([...peers, ...allies], TODAY, TIERS, 5);
    const [, week1, week2] = plan.weeks;
    expect(week2).toMatchObject({ week: "2026-12-07", naturalCount: 7, pulledEarlier: 2 });
    expect(week2?.planned).toHaveLength(5);
    expect(week1?.planned.map((p) => [p.name, p.pulledEarly])).toEqual([
      ["Ally F", true],
      ["Ally G", true],
    ]);
    expect(week1?.planned[0]?.reason).toBe("due 7 Dec; a little early, to keep the week of 7 Dec within capacity");
    expect(describeWeekLoad(week2!)).toBe("Week of 7 Dec: 7 people due, 5 planned, capacity 5; 2 pulled into earlier weeks");
    expect(describeWeekLoad(week1!)).toBe("Week of 30 Nov: 0 people due, 2 planned, capacity 5; 2 pulled in from later weeks");
  });

  it("keeps a birthday in its week and pulls someone else instead", () => {
    const peers = ["A", "B"].map((n) => person(`Peer ${n}`, PEER, "2026-10-26"));
    const withBirthday = person("Friend", ASPIRATIONAL, "2026-11-20", { importantDates: [birthday(12, 9)] });
    const plan = planWeeks([...peers, withBirthday], TODAY, TIERS, 2);
    expect(names(plan.weeks[2]?.planned ?? [])).toEqual(["Friend", "Peer B"]);
    expect(plan.weeks[1]?.planned.map((p) => [p.name, p.pulledEarly])).toEqual([["Peer A", true]]);
  });

  it("expects someone again a cadence after each touch", () => {
    const plan = planWeeks([person("Ally", ALLY, "2026-11-09")], TODAY, TIERS, 5);
    expect(everyone(plan).map((p) => [p.week, p.dueDate])).toEqual([
      ["2026-11-23", TODAY],
      ["2026-12-07", "2026-12-09"],
      ["2026-12-21", "2026-12-23"],
      ["2027-01-04", "2027-01-06"],
    ]);
    expect(everyone(plan)[1]?.reason).toBe("due again 9 Dec");
  });

  it("shows a week that cannot be levelled as over capacity", () => {
    // Three birthdays in one week with room for two: none can move.
    const contacts = ["A", "B", "C"].map((n) => person(n, PEER, "2026-11-20", { importantDates: [birthday(12, 16)] }));
    const plan = planWeeks(contacts, TODAY, TIERS, 2);
    expect(plan.weeks[3]?.planned).toHaveLength(3);
    expect(describeWeekLoad(plan.weeks[3]!)).toBe("Week of 14 Dec: 3 people due, 3 planned, capacity 2; 1 over capacity");
  });

  it("explains this week's overflow", () => {
    const plan = planWeeks(["A", "B", "C"].map((n) => person(n, PEER, "2026-01-01")), TODAY, TIERS, 2);
    expect(describeWeekLoad(plan.weeks[0]!, plan.overflow.length)).toBe("Week of 23 Nov: 3 people due, 2 planned, capacity 2; 1 over capacity, still listed");
  });
});

/** Slots that fit into weeks of `capacity` exactly when no run of weeks is asked to hold more than it can (Hall's condition for intervals). */
function fits(slots: readonly LoadSlot[], weekCount: number, capacity: number): boolean {
  for (let a = 0; a < weekCount; a++) {
    for (let b = a; b < weekCount; b++) {
      const inside = slots.filter((s) => s.release >= a && s.natural <= b).length;
      if (inside > capacity * (b - a + 1)) return false;
    }
  }
  return true;
}

const slotArb = (weekCount: number) =>
  fc.tuple(fc.nat(weekCount - 1), fc.nat(weekCount - 1), fc.nat(3)).map(([x, y, priority]) => ({ release: Math.min(x, y), natural: Math.max(x, y), priority }));

describe("levelLoad (property)", () => {
  it("never exceeds the capacity when the slots can fit, and keeps each slot within its weeks", () => {
    fc.assert(
      fc.property(fc.array(slotArb(8), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (slots, capacity) => {
        const weeks = levelLoad(slots, 8, capacity, (a, b) => a.priority - b.priority);
        const counts = new Array<number>(8).fill(0);
        weeks.forEach((w, i) => {
          const slot = slots[i]!;
          // Never later than due; this week's extras are over capacity (-1), never lost.
          if (w === -1) expect(slot.natural).toBe(0);
          else {
            expect(w).toBeLessThanOrEqual(slot.natural);
            counts[w]!++;
          }
        });
        expect(counts[0]).toBeLessThanOrEqual(capacity);
        if (fits(slots, 8, capacity)) {
          expect(weeks.every((w, i) => w >= slots[i]!.release)).toBe(true);
          expect(Math.max(...counts)).toBeLessThanOrEqual(capacity);
        }
      }),
    );
  });
});

const contactArb: fc.Arbitrary<ContactRecord> = fc
  .record({
    tier: fc.constantFrom(...TIERS),
    cadence: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    lastTouchAgo: fc.option(fc.integer({ min: -10, max: 400 }), { nil: null }),
    snoozeIn: fc.option(fc.integer({ min: -5, max: 90 }), { nil: null }),
    paused: fc.boolean(),
    birthday: fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })), { nil: null }),
  })
  .map((r) => ({
    ...r,
    dueFrom: r.cadence ?? r.tier.dueFromDays,
    overdueAfter: r.cadence ?? r.tier.overdueAfterDays,
  }));

interface ContactRecord {
  tier: Tier;
  cadence: number | null;
  dueFrom: number;
  overdueAfter: number;
  lastTouchAgo: number | null;
  snoozeIn: number | null;
  paused: boolean;
  birthday: [number, number] | null;
}

function contactsOf(records: readonly ContactRecord[]): Contact[] {
  return records.map((r, i) =>
    person(`P${String(i).padStart(3, "0")}`, r.tier, r.lastTouchAgo === null ? null : addDaysTo(TODAY, -r.lastTouchAgo), {
      dueFromDays: r.dueFrom,
      overdueAfterDays: r.overdueAfter,
      cadenceOverride: r.cadence,
      snoozeUntil: r.snoozeIn === null ? null : addDaysTo(TODAY, r.snoozeIn),
      status: r.paused ? "paused" : "active",
      importantDates: r.birthday === null ? [] : [birthday(r.birthday[0], r.birthday[1])],
    }),
  );
}

describe("planWeeks (property)", () => {
  const todayArb = fc.integer({ min: 0, max: 6 }).map((d) => addDaysTo("2026-11-23", d));

  it("shows everyone due now, this week or over capacity, and never a paused or snoozed person", () => {
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 30 }), fc.integer({ min: 0, max: 6 }), todayArb, (records, capacity, today) => {
        const contacts = contactsOf(records);
        const plan = planWeeks(contacts, today, TIERS, capacity);
        expect(plan.thisWeek.length).toBeLessThanOrEqual(capacity);
        const shownNow = [...plan.thisWeek, ...plan.overflow].map((p) => p.path);
        expect(new Set(shownNow).size).toBe(shownNow.length);
        for (const contact of contacts) {
          const state = computeDue(contact, today).state;
          if (state === "due" || state === "overdue") expect(shownNow).toContain(contact.path);
          if (state === "snoozed") expect(shownNow).not.toContain(contact.path);
          if (state === "paused") expect([...shownNow, ...everyone(plan).map((p) => p.path)]).not.toContain(contact.path);
        }
        for (const load of plan.weeks) for (const p of load.planned) expect(p.week).toBe(load.week);
      }),
    );
  });

  it("gives the same plan for the same contacts in any order", () => {
    fc.assert(
      fc.property(fc.array(contactArb, { maxLength: 25 }), fc.integer({ min: 1, max: 5 }), fc.infiniteStream(fc.nat()), (records, capacity, stream) => {
        const contacts = contactsOf(records);
        const keys = new Map(contacts.map((c) => [c.path, stream.next().value as number]));
        const shuffled = [...contacts].sort((a, b) => (keys.get(a.path) ?? 0) - (keys.get(b.path) ?? 0));
        expect(planWeeks(shuffled, TODAY, TIERS, capacity)).toEqual(planWeeks(contacts, TODAY, TIERS, capacity));
      }),
    );
  });

  it("never exceeds the capacity in any week when the people due can be spread to fit", () => {
    // Long cadences and no snoozes or birthdays: each person is due once, and may be reached any week up to then.
    const simple = contactArb.map((r) => ({ ...r, dueFrom: 60 + (r.cadence ?? 0), overdueAfter: 200, snoozeIn: null, birthday: null, paused: false }));
    fc.assert(
      fc.property(fc.array(simple, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (records, capacity) => {
        const plan = planWeeks(contactsOf(records), TODAY, TIERS, capacity);
        let due = 0;
        const feasible = plan.weeks.every((w, k) => (due += w.naturalCount) <= capacity * (k + 1));
        if (!feasible) return;
        expect(plan.overflow).toEqual([]);
        for (const load of plan.weeks) expect(load.planned.length).toBeLessThanOrEqual(capacity);
      }),
    );
  });
});
