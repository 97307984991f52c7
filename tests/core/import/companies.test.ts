import { describe, expect, it } from "vitest";
import { alumniByUrgency, companyGroups, companyKey, describeCompanyGroup, worksOrWorkedAt } from "../../../src/core/import/companies";
import { resolveContact, type Contact } from "../../../src/core/contacts/contact";
import { settingsWith, source } from "../helpers";

interface Person {
  name: string;
  company?: string;
  pastCompanies?: string[];
  lastTouch?: string;
  status?: string;
}

/** A contact as the index would read it from a note with these properties. */
function contactWith(person: Person): Contact {
  const frontmatter = { company: person.company, past_companies: person.pastCompanies, last_touch: person.lastTouch, status: person.status };
  return resolveContact(source(frontmatter, { path: `People/${person.name}.md`, today: "2026-11-22" }), settingsWith());
}

describe("companies", () => {
  it("are one company whatever the case, accents, punctuation or legal form", () => {
    expect(companyKey("Acme, Inc.")).toBe("acme");
    expect(companyKey("ACME")).toBe("acme");
    expect(companyKey("Société Générale SA")).toBe("societe generale");
    expect(companyKey("Novak & Sons Ltd")).toBe("novak & sons");
    expect(companyKey("Inc")).toBe("inc");
  });

  it("group people by where they work now and where they used to, biggest first", () => {
    const sam = contactWith({ name: "Sam", company: "Globex", pastCompanies: ["Acme Inc."] });
    const ana = contactWith({ name: "Ana", company: "Acme" });
    const wei = contactWith({ name: "Wei", company: "Initech", pastCompanies: ["acme", "Globex"] });
    const lea = contactWith({ name: "Léa", company: "Acme", pastCompanies: ["Acme"] });
    const groups = companyGroups([sam, ana, wei, lea]);
    expect(groups.map((g) => [g.name, g.current.map((c) => c.name), g.former.map((c) => c.name)])).toEqual([
      ["Acme", ["Ana", "Léa"], ["Sam", "Wei"]],
      ["Globex", ["Sam"], ["Wei"]],
      ["Initech", ["Wei"], []],
    ]);
    expect(describeCompanyGroup(groups[0] as (typeof groups)[0])).toBe("2 now, 2 before");
    expect(worksOrWorkedAt(wei, "acme")).toBe(true);
    expect(worksOrWorkedAt(ana, "globex")).toBe(false);
  });

  it("list a company's people most overdue first, never-touched after the overdue, paused last", () => {
    const today = "2026-11-22";
    const overdue = contactWith({ name: "Overdue", company: "Acme", lastTouch: "2026-01-01" });
    const recent = contactWith({ name: "Recent", company: "Acme", lastTouch: "2026-11-20" });
    const never = contactWith({ name: "Never", pastCompanies: ["Acme"] });
    const paused = contactWith({ name: "Paused", company: "Acme", lastTouch: "2025-01-01", status: "paused" });
    const [acme] = companyGroups([recent, paused, never, overdue]);
    expect(alumniByUrgency(acme as NonNullable<typeof acme>, today).map((c) => c.name)).toEqual(["Overdue", "Never", "Recent", "Paused"]);
  });
});
