import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { relationshipsBase } from "../../../src/core/export/relationships-base";
import { DEFAULT_SETTINGS, type KeepInTouchSettings } from "../../../src/core/settings";

/** Top-level keys of a base, from Obsidian's help page "Bases syntax" (help.obsidian.md/bases/syntax). */
const BASE_KEYS = ["filters", "formulas", "properties", "summaries", "views"];
/** Keys of one view, from the same page's "Views" section. */
const VIEW_KEYS = ["type", "name", "limit", "groupBy", "filters", "order", "summaries"];
/** Keys of a property's settings, from the same page's "Properties" section. */
const PROPERTY_KEYS = ["displayName"];
/** View types from the help page "Views" (help.obsidian.md/bases/views). */
const VIEW_TYPES = ["table", "cards", "list", "map"];
/**
 * Every function Obsidian's help page "Functions" (help.obsidian.md/bases/functions)
 * lists: global ones, then those of any value, dates, strings, numbers, lists, links,
 * files, objects and regular expressions.
 */
const FUNCTIONS = new Set([
  "escapeHTML", "date", "duration", "file", "html", "if", "image", "icon", "max", "min", "link", "list", "now", "number", "today",
  "isTruthy", "isType", "toString",
  "format", "relative", "isEmpty", "time",
  "contains", "containsAll", "containsAny", "endsWith", "lower", "replace", "repeat", "reverse", "slice", "split", "startsWith", "title", "trim",
  "abs", "ceil", "floor", "round", "toFixed",
  "filter", "flat", "join", "map", "reduce", "sort", "unique",
  "asFile", "linksTo",
  "asLink", "hasLink", "hasProperty", "hasTag", "inFolder",
  "keys", "values",
  "matches",
]);

function formulasOf(settings: KeepInTouchSettings): { base: Record<string, unknown>; expressions: string[] } {
  const base = parse(relationshipsBase(settings)) as Record<string, unknown>;
  const expressions: string[] = [];
  const walkFilter = (f: unknown): void => {
    if (typeof f === "string") expressions.push(f);
    else if (Array.isArray(f)) f.forEach(walkFilter);
    else if (f && typeof f === "object") {
      expect(Object.keys(f).every((k) => ["and", "or", "not"].includes(k))).toBe(true);
      Object.values(f).forEach(walkFilter);
    }
  };
  walkFilter(base.filters);
  expressions.push(...Object.values(base.formulas as Record<string, string>));
  for (const view of base.views as Record<string, unknown>[]) walkFilter(view.filters);
  return { base, expressions };
}

/** The names called in an expression: `name(` after a word boundary or a dot, leaving out what is inside quotes. */
function calledNames(expression: string): string[] {
  const unquoted = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...unquoted.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)].map((m) => m[1] ?? "");
}

describe("the relationships base", () => {
  it("uses only the keys, view types and functions Obsidian documents", () => {
    const settings: KeepInTouchSettings = { ...DEFAULT_SETTINGS, contactTag: "person", properties: { ...DEFAULT_SETTINGS.properties, tier: "circle of trust" } };
    for (const s of [DEFAULT_SETTINGS, settings]) {
      const { base, expressions } = formulasOf(s);
      expect(Object.keys(base).filter((k) => !BASE_KEYS.includes(k))).toEqual([]);
      for (const view of base.views as Record<string, unknown>[]) {
        expect(Object.keys(view).filter((k) => !VIEW_KEYS.includes(k))).toEqual([]);
        expect(VIEW_TYPES).toContain(view.type);
      }
      for (const props of Object.values(base.properties as Record<string, Record<string, unknown>>)) {
        expect(Object.keys(props).filter((k) => !PROPERTY_KEYS.includes(k))).toEqual([]);
      }
      const called = expressions.flatMap(calledNames);
      expect(called.length).toBeGreaterThan(10);
      expect(called.filter((name) => !FUNCTIONS.has(name))).toEqual([]);
      // Every formula a view or a property names is defined.
      const defined = Object.keys(base.formulas as Record<string, string>);
      const named = [...expressions.join(" ").matchAll(/formula\.([A-Za-z_]+)/g), ...JSON.stringify(base.views).matchAll(/formula\.([A-Za-z_]+)/g)].map((m) => m[1]);
      expect(named.filter((n) => !defined.includes(n ?? ""))).toEqual([]);
    }
  });

  it("quotes a property name that isn't a plain word and selects by folder, tier or tag, as the plugin does", () => {
    const settings: KeepInTouchSettings = { ...DEFAULT_SETTINGS, contactTag: "#person", properties: { ...DEFAULT_SETTINGS.properties, tier: "circle of trust" } };
    const { base } = formulasOf(settings);
    expect(base.filters).toEqual({ and: ['file.ext == "md"', { or: ['file.inFolder("People")', 'note["circle of trust"].isTruthy()', 'file.hasTag("person")'] }] });
    expect((base.formulas as Record<string, string>).tier_name).toBe('if(note["circle of trust"], note["circle of trust"].toString().lower().trim(), "")');
    const none = formulasOf({ ...DEFAULT_SETTINGS, contactsFolder: "" }).base;
    // Without a folder or a tag, a note is a contact when it names a tier.
    expect(none.filters).toEqual({ and: ['file.ext == "md"', "note.tier.isTruthy()"] });
  });

  it("writes each tier's bounds into the formulas, from the current settings", () => {
    const settings: KeepInTouchSettings = { ...DEFAULT_SETTINGS, tiers: [{ id: "inner", label: "Inner circle", dueFrom: "10d", overdueAfter: "3w" }], defaultTier: "inner" };
    const formulas = formulasOf(settings).base.formulas as Record<string, string>;
    expect(formulas.due_from_days).toBe('if(formula.tier_name == "inner" || formula.tier_name == "inner circle", 10, 10)');
    expect(formulas.overdue_after_days).toBe('if(formula.tier_name == "inner" || formula.tier_name == "inner circle", 21, 21)');
  });

  it("is exactly this for the default settings", () => {
    expect(relationshipsBase(DEFAULT_SETTINGS)).toBe(EXPECTED_DEFAULT);
  });

  it("is what the demo vault holds, so the two can't drift apart", () => {
    // The demo vault keeps the plugin's default settings.
    expect(readFileSync("demo-vault/Relationships.base", "utf8")).toBe(relationshipsBase(DEFAULT_SETTINGS));
  });
});

/** The columns every view shows, in order. */
const COLUMNS = `    order:
      - file.name
      - note.tier
      - note.last_touch
      - formula.days_since
      - note.location
      - note.topics
`;

const EXPECTED_DEFAULT = `filters:
  and:
    - file.ext == "md"
    - or:
        - file.inFolder("People")
        - note.tier.isTruthy()
formulas:
  tier_name: if(note.tier, note.tier.toString().lower().trim(), "")
  days_since: if(note.last_touch, ((number(today()) - number(date(note.last_touch))) / 86400000).round())
  due_from_days: if(formula.tier_name == "ally" || formula.tier_name == "close allies", 14, if(formula.tier_name == "peer" || formula.tier_name == "peers", 42, if(formula.tier_name == "mentor" || formula.tier_name == "mentors", 56, if(formula.tier_name == "aspirational", 90, 42))))
  overdue_after_days: if(formula.tier_name == "ally" || formula.tier_name == "close allies", 42, if(formula.tier_name == "peer" || formula.tier_name == "peers", 70, if(formula.tier_name == "mentor" || formula.tier_name == "mentors", 84, if(formula.tier_name == "aspirational", 180, 70))))
  state: if(note.status == "paused", "paused", if(note.snooze_until && date(note.snooze_until) > today(), "snoozed", if(!note.last_touch, if(note.tier, "due", "ok"), if(formula.days_since > formula.overdue_after_days, "overdue", if(formula.days_since >= formula.due_from_days, "due", "ok")))))
properties:
  note.tier:
    displayName: Tier
  note.last_touch:
    displayName: Last touch
  formula.days_since:
    displayName: Days since
  note.location:
    displayName: Place
  note.topics:
    displayName: Topics
  formula.state:
    displayName: State
views:
  - type: table
    name: Overdue
    filters:
      and:
        - formula.state == "overdue"
${COLUMNS}  - type: table
    name: Due soon
    filters:
      and:
        - formula.state == "due"
${COLUMNS}  - type: table
    name: Everyone
${COLUMNS}      - formula.state
`;
