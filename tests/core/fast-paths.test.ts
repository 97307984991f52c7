/**
 * The per-contact work the index, the API and the view do for everyone (touch days,
 * topics, text properties, drift) takes shortcuts that must give what the plain
 * versions gave: each is checked against that plain version on arbitrary input, and
 * drift's walk is checked to read only the recent end of a long history.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTopics, resolveContact, textOf } from "../../src/core/contacts/contact";
import { addDaysTo, daysBetween, type LocalDate } from "../../src/core/shared/dates";
import { DRIFT_RULE, driftFiguresOf, driftOf, touchGaps } from "../../src/core/insight/drift";
import { settingsWith } from "./helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();
const day = fc.integer({ min: -30, max: 900 }).map((n) => addDaysTo(TODAY, -n));

/** The plain versions, as they were before the shortcuts. */
const plain = {
  touchDays(logged: readonly LocalDate[], extra: readonly LocalDate[]): LocalDate[] {
    return [...new Set([...logged, ...extra])].sort();
  },
  topics(value: unknown): string[] {
    const flat = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
    const items = flat(value).flatMap((v) => (typeof v === "string" ? v.split(",") : typeof v === "number" || typeof v === "boolean" ? [String(v)] : []));
    return items.map((v) => v.trim().replace(/^#/, "")).filter((v) => v !== "");
  },
  text(value: unknown): string | null {
    const flat = (v: unknown): unknown[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
    const parts = flat(value)
      .map((v) => (typeof v === "string" ? v.trim() : typeof v === "number" || typeof v === "boolean" ? String(v) : ""))
      .filter((v) => v !== "");
    return parts.length === 0 ? null : parts.join(", ");
  },
  gaps(touchDates: readonly LocalDate[], today: LocalDate): number[] {
    const days = [...new Set(touchDates)].filter((d) => d <= today).sort();
    const gaps: number[] = [];
    for (let i = 1; i < days.length; i++) {
      const gap = daysBetween(days[i - 1] as LocalDate, days[i] as LocalDate);
      if (gap > DRIFT_RULE.BURST_DAYS) gaps.push(gap);
    }
    return gaps;
  },
};

/** A property value as YAML gives them: text with commas and hashes, numbers, yes/no, nothing, nested lists. */
const scalar = fc.oneof(fc.string(), fc.constantFrom(" #a, b ,", "#", "# x", ",,", " "), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object());
const propertyValue = fc.oneof(scalar, fc.array(scalar), fc.array(fc.oneof(scalar, fc.array(scalar))));

describe("shortcuts give what the plain versions gave", () => {
  it("a contact's touch days: the log's days and the other days merged, each once, oldest first", () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), fc.boolean(), fc.option(day, { nil: null }), fc.array(day, { maxLength: 4 }), (days, sortLog, lastTouch, mentioned) => {
        const logged = sortLog ? [...new Set(days)].sort() : days;
        const contact = resolveContact(
          {
            path: "People/Sam.md",
            frontmatter: lastTouch === null ? { tier: "peer" } : { tier: "peer", last_touch: lastTouch },
            propertiesProblem: null,
            loggedTouchDates: logged,
            mentions: mentioned.map((date, i) => ({ date, path: `Daily/${i}.md` })),
          },
          resolved,
        );
        const extra = [...(lastTouch === null ? [] : [lastTouch]), ...mentioned];
        expect(contact.touchDates).toEqual(plain.touchDays(logged, extra));
      }),
      { numRuns: 500 },
    );
  });

  it("a log that already holds every other day is used as it is", () => {
    const logged = ["2026-09-01", "2026-10-01"];
    const contact = resolveContact(
      { path: "People/Sam.md", frontmatter: { tier: "peer", last_touch: "2026-10-01" }, propertiesProblem: null, loggedTouchDates: logged, mentions: [{ date: "2026-09-01", path: "Daily/1.md" }] },
      resolved,
    );
    expect(contact.touchDates).toBe(logged);
  });

  it("topics and text properties, whatever the value", () => {
    fc.assert(
      fc.property(propertyValue, (value) => {
        expect(readTopics(value)).toEqual(plain.topics(value));
        expect(textOf(value)).toBe(plain.text(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("the gaps between bursts of touches, and the rhythm and drift made of them", () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 40 }), (days) => {
        const sorted = [...new Set(days)].sort();
        expect(touchGaps(sorted, TODAY)).toEqual(plain.gaps(sorted, TODAY));
        expect(touchGaps(sorted, TODAY, DRIFT_RULE.RECENT_GAPS)).toEqual(plain.gaps(sorted, TODAY).slice(-DRIFT_RULE.RECENT_GAPS));
        const contact = { touchDates: sorted, lastTouch: sorted.filter((d) => d <= TODAY).at(-1) ?? null };
        const { explanation, ...figures } = driftOf(contact, TODAY);
        expect(explanation).not.toBe("");
        expect(driftFiguresOf({ ...contact }, TODAY)).toEqual(figures);
        // Remembered for the contact and the day: asked again, or on another day, the same as asking afresh.
        expect(driftFiguresOf(contact, TODAY)).toEqual(figures);
        const later = addDaysTo(TODAY, 40);
        expect(driftFiguresOf(contact, later)).toEqual(driftFiguresOf({ ...contact }, later));
      }),
      { numRuns: 500 },
    );
  });
});

describe("drift reads only the recent end of a history", () => {
  /** A list that counts which of its days were read. */
  function counted(days: LocalDate[]): { days: LocalDate[]; read: Set<number> } {
    const read = new Set<number>();
    const proxy = new Proxy(days, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { days: proxy, read };
  }

  it("whether the history is ten touches or ten thousand", () => {
    const reads = [10, 10_000].map((touches) => {
      // A touch every ten days up to yesterday, and a few planned ones after today.
      const days = Array.from({ length: touches }, (_, i) => addDaysTo(TODAY, -1 - 10 * (touches - 1 - i)));
      const history = counted([...days, "2026-12-01", "2026-12-15"]);
      const drift = driftFiguresOf({ touchDates: history.days, lastTouch: days.at(-1) ?? null }, TODAY);
      expect(drift.rhythmDays).toBe(10);
      return history.read.size;
    });
    // The planned days, then the last RECENT_GAPS gaps: the same few reads at both sizes.
    expect(reads[0]).toBe(reads[1]);
    expect(reads[1]).toBeLessThanOrEqual(2 + DRIFT_RULE.RECENT_GAPS + 1);
  });
});
