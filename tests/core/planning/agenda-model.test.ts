import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/planning/agenda";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { addDaysTo } from "../../../src/core/shared/dates";
import { normalizeSettings, resolveSettings } from "../../../src/core/settings";
import { AgendaModel, STATES } from "../../../src/core/planning/agenda-model";
import { LazySorted } from "../../../src/core/shared/lazy-sorted";

const TODAY = "2026-11-22";
const resolved = resolveSettings(normalizeSettings(null));

/** A contact from a few generated facts; names are unique, as file names in one folder are. */
const contactArb = (i: number) =>
  fc
    .record({
      tier: fc.constantFrom("ally", "peer", "mentor", "aspirational", "unknown"),
      ago: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      cadence: fc.option(fc.constantFrom("1w", "3w", "2m"), { nil: null }),
      snooze: fc.option(fc.integer({ min: -5, max: 30 }), { nil: null }),
      paused: fc.boolean(),
      name: fc.constantFrom("Ana", "ana", "Émile", "Zoë", "Bo", "Sam Rivera", "Kenji"),
    })
    .map((f): Contact => {
      const fm: Record<string, unknown> = { tier: f.tier };
      if (f.ago !== null) fm.last_touch = addDaysTo(TODAY, -f.ago);
      if (f.cadence !== null) fm.cadence = f.cadence;
      if (f.snooze !== null) fm.snooze_until = addDaysTo(TODAY, f.snooze);
      if (f.paused) fm.status = "paused";
      return resolveContact({ path: `People/${f.name} ${i}.md`, frontmatter: fm, propertiesProblem: null, loggedTouchDates: [] }, resolved);
    });

const contactsArb = fc.integer({ min: 0, max: 60 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => contactArb(i))));

function paths(model: AgendaModel) {
  return Object.fromEntries(STATES.map((s) => [s, model.lists[s].toArray().map((e) => e.contact.path)]));
}

function expected(contacts: readonly Contact[]) {
  const agenda = buildAgenda(contacts, TODAY, resolved.tiers);
  const p = (entries: { contact: Contact }[]) => entries.map((e) => e.contact.path);
  return { overdue: p(agenda.overdue), due: p(agenda.dueSoon), ok: p(agenda.ok), snoozed: p(agenda.snoozed), paused: p(agenda.paused) };
}

describe("the agenda model", () => {
  it("orders everyone as buildAgenda does", () => {
    fc.assert(
      fc.property(contactsArb, (contacts) => {
        const model = new AgendaModel(resolved.tiers, TODAY, {});
        model.rebuild(contacts);
        expect(paths(model)).toEqual(expected(contacts));
      }),
      { numRuns: 200, seed: 1 },
    );
  });

  it("stays in that order one change at a time", () => {
    fc.assert(
      fc.property(contactsArb, contactsArb, fc.array(fc.nat(), { maxLength: 30 }), (before, after, picks) => {
        const model = new AgendaModel(resolved.tiers, TODAY, {});
        const current = new Map(before.map((c) => [c.path, c]));
        model.rebuild(current.values());
        // Read part of the lists, as a view does, so later changes meet a half-sorted list.
        for (const s of STATES) if (model.lists[s].length > 0) model.lists[s].at(Math.min(2, model.lists[s].length - 1));
        const pool = [...before.map((c) => c.path), ...after.map((c) => c.path)];
        const byPath = new Map(after.map((c) => [c.path, c]));
        for (const pick of picks) {
          const path = pool[pick % Math.max(pool.length, 1)];
          if (path === undefined) continue;
          const next = pick % 3 === 0 ? undefined : byPath.get(path);
          if (next) current.set(path, next);
          else current.delete(path);
          model.update(path, next);
        }
        expect(paths(model)).toEqual(expected([...current.values()]));
      }),
      { numRuns: 200, seed: 2 },
    );
  });
});

describe("a lazily sorted list", () => {
  it("reads like a sorted array, whatever was inserted, removed or read before", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { maxLength: 300 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 60 }), (values, ops) => {
        const list = new LazySorted<{ v: number }>((a, b) => a.v - b.v);
        const items = values.map((v) => ({ v }));
        list.reset([...items]);
        const present = new Set(items);
        for (const [n, insert] of ops) {
          if (list.length > 0) list.at(n % list.length);
          if (insert) {
            const item = { v: 1e9 + n * 1000 + present.size };
            if ([...present].some((p) => p.v === item.v)) continue;
            list.insert(item);
            present.add(item);
          } else if (present.size > 0) {
            const item = [...present][n % present.size] as { v: number };
            expect(list.remove(item)).toBe(true);
            present.delete(item);
          }
        }
        expect(list.toArray().map((i) => i.v)).toEqual([...present].map((i) => i.v).sort((a, b) => a - b));
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it("puts only what is read in order: the first rows of ten thousand cost linear work", () => {
    const list = new LazySorted<number>((a, b) => a - b);
    list.reset(Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_007));
    expect(list.at(0)).toBe(0);
    expect(list.at(29)).toBe(29);
    // A full sort would take about n·log2(n) ≈ 130,000 comparisons.
    expect(list.comparisons).toBeLessThan(50_000);
  });
});
