import { describe, expect, it } from "vitest";
import { resolveContact } from "../../../src/core/contacts/contact";
import { computeDue } from "../../../src/core/contacts/due";
import { buildAgenda } from "../../../src/core/planning/agenda";
import { settingsWith, source } from "../helpers";

const resolved = settingsWith();
const TODAY = "2026-11-22";
const contact = (fm: Record<string, unknown>, path = "People/Sam.md") => resolveContact(source(fm, { path }), resolved);

describe("computeDue", () => {
  it("follows the tier range: ok, due from the lower bound, overdue past the upper", () => {
    // Close allies: due from 14 days, overdue after 42.
    expect(computeDue(contact({ tier: "ally", last_touch: "2026-11-09" }), TODAY)).toMatchObject({ state: "ok", daysSince: 13 });
    expect(computeDue(contact({ tier: "ally", last_touch: "2026-11-08" }), TODAY)).toMatchObject({ state: "due", daysSince: 14 });
    expect(computeDue(contact({ tier: "ally", last_touch: "2026-10-11" }), TODAY)).toMatchObject({ state: "due", daysSince: 42 });
    expect(computeDue(contact({ tier: "ally", last_touch: "2026-10-10" }), TODAY)).toMatchObject({ state: "overdue", daysSince: 43 });
  });

  it("follows a cadence override with the due-soon window", () => {
    expect(computeDue(contact({ cadence: "10d", last_touch: "2026-11-20" }), TODAY).state).toBe("ok");
    expect(computeDue(contact({ cadence: "10d", last_touch: "2026-11-18" }), TODAY).state).toBe("ok");
    expect(computeDue(contact({ cadence: "10d", last_touch: "2026-11-17" }), TODAY).state).toBe("due");
    expect(computeDue(contact({ cadence: "10d", last_touch: "2026-11-11" }), TODAY).state).toBe("overdue");
  });

  it("keeps a short cadence ok for its first half", () => {
    expect(computeDue(contact({ cadence: "3d", last_touch: "2026-11-22" }), TODAY).state).toBe("ok");
    expect(computeDue(contact({ cadence: "3d", last_touch: "2026-11-20" }), TODAY).state).toBe("due");
    expect(computeDue(contact({ cadence: "3d", last_touch: "2026-11-18" }), TODAY).state).toBe("overdue");
  });

  it("treats never-touched as due, unless the note names no tier yet", () => {
    expect(computeDue(contact({ tier: "peer" }), TODAY)).toMatchObject({ state: "due", daysSince: null });
    // Unclassified and never touched: waiting to be sorted, not nagging.
    expect(computeDue(contact({}), TODAY)).toMatchObject({ state: "ok", daysSince: null });
    // Touched once, it follows the default tier like anyone else.
    expect(computeDue(contact({ last_touch: "2026-01-01" }), TODAY).state).toBe("overdue");
  });

  it("snoozes until the snooze date, then counts again", () => {
    expect(computeDue(contact({ last_touch: "2025-01-01", snooze_until: "2026-11-23" }), TODAY).state).toBe("snoozed");
    expect(computeDue(contact({ last_touch: "2025-01-01", snooze_until: "2026-11-22" }), TODAY).state).toBe("overdue");
  });

  it("paused wins over everything", () => {
    expect(computeDue(contact({ last_touch: "2025-01-01", snooze_until: "2027-01-01", status: "paused" }), TODAY).state).toBe("paused");
  });

  it("a touch in the future is ok", () => {
    expect(computeDue(contact({ last_touch: "2026-12-01" }), TODAY).state).toBe("ok");
  });
});

describe("buildAgenda", () => {
  const people = [
    contact({ tier: "ally", last_touch: "2026-09-01" }, "People/Ada.md"), // 82 days / 42 → 1.95
    contact({ tier: "aspirational", last_touch: "2026-01-01" }, "People/Bo.md"), // 325 / 180 → 1.8
    contact({ tier: "peer", last_touch: "2026-08-01" }, "People/Cy.md"), // 113 / 70 → 1.6
    contact({ tier: "mentor" }, "People/Di.md"), // never
    contact({ tier: "ally" }, "People/Ed.md"), // never
    contact({ tier: "ally", last_touch: "2026-11-01" }, "People/Flo.md"), // due, 21/42
    contact({ tier: "peer", last_touch: "2026-11-20" }, "People/Gus.md"), // ok
    contact({ tier: "peer", snooze_until: "2026-12-24" }, "People/Hal.md"),
    contact({ tier: "peer", status: "paused" }, "People/Ivy.md"),
  ];

  it("orders overdue by how late each is against its own cadence", () => {
    const agenda = buildAgenda(people, TODAY, resolved.tiers);
    expect(agenda.overdue.map((e) => e.contact.name)).toEqual(["Ada", "Bo", "Cy"]);
    expect(agenda.dueSoon.map((e) => e.contact.name)).toEqual(["Flo", "Ed", "Di"]);
    expect(agenda.ok.map((e) => e.contact.name)).toEqual(["Gus"]);
    expect(agenda.snoozed.map((e) => e.contact.name)).toEqual(["Hal"]);
    expect(agenda.paused.map((e) => e.contact.name)).toEqual(["Ivy"]);
  });

  it("filters by tier and by text", () => {
    expect(buildAgenda(people, TODAY, resolved.tiers, { tierId: "ally" }).overdue.map((e) => e.contact.name)).toEqual(["Ada"]);
    expect(buildAgenda(people, TODAY, resolved.tiers, { text: "cy" }).overdue.map((e) => e.contact.name)).toEqual(["Cy"]);
    expect(buildAgenda(people, TODAY, resolved.tiers, { text: "mentors" }).dueSoon.map((e) => e.contact.name)).toEqual(["Di"]);
  });
});
