import type { KeepInTouchSettings } from "../settings";
import { resolveSettings } from "../settings";
import type { Tier } from "../contacts/tiers";
import { yamlLibrary } from "../notes/yaml-library";

/** Where *Create a relationships base* writes the base: the vault's root. */
export const RELATIONSHIPS_BASE_PATH = "Relationships.base";

/** A note property as Bases reads it: `note.tier`, or `note["my tier"]` for a name that isn't a plain word. */
function noteProperty(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `note.${key}` : `note[${JSON.stringify(key)}]`;
}

/** A property's id in a view's columns and the properties section. */
function columnId(key: string): string {
  return `note.${key}`;
}

/** The lower-case names a tier property may hold for this tier: its id and its label, as the plugin matches them. */
function tierNames(tier: Tier): string[] {
  return [...new Set([tier.id, tier.label].map((n) => n.trim().toLowerCase()).filter((n) => n !== ""))];
}

/**
 * A formula giving each contact's tier bound in days: a chain of `if`s over the tiers,
 * ending in the default tier's bound for a note without a tier or with one the
 * settings don't know, as the plugin reads it. Bases can't read the plugin's settings,
 * so the numbers are written in; when the tiers change the plugin offers to update them.
 */
function tierBound(tiers: readonly Tier[], fallback: Tier, bound: (t: Tier) => number): string {
  let formula = String(bound(fallback));
  for (const tier of [...tiers].reverse()) {
    const test = tierNames(tier)
      .map((name) => `formula.tier_name == ${JSON.stringify(name)}`)
      .join(" || ");
    formula = `if(${test}, ${bound(tier)}, ${formula})`;
  }
  return formula;
}

/** The filter that selects contact notes as the plugin does: Markdown notes in the contacts folder, with a tier, or with the contact tag. */
function contactFilter(settings: KeepInTouchSettings): unknown {
  const rules: string[] = [];
  const folder = settings.contactsFolder.trim().replace(/^\/+|\/+$/g, "");
  const tag = settings.contactTag.trim().replace(/^#/, "");
  if (folder !== "") rules.push(`file.inFolder(${JSON.stringify(folder)})`);
  rules.push(`${noteProperty(settings.properties.tier)}.isTruthy()`);
  if (tag !== "") rules.push(`file.hasTag(${JSON.stringify(tag)})`);
  return { and: ['file.ext == "md"', rules.length === 1 ? rules[0] : { or: rules }] };
}

/** The formulas that carry the tier bounds: the only parts of the base that change with the tiers. */
export const TIER_FORMULAS = ["due_from_days", "overdue_after_days"] as const;
export type TierFormulas = Record<(typeof TIER_FORMULAS)[number], string>;

/** The tier-bound formulas for these settings, as the base writes them. */
export function tierFormulas(settings: KeepInTouchSettings): TierFormulas {
  const { tiers, defaultTier } = resolveSettings(settings);
  return {
    due_from_days: tierBound(tiers, defaultTier, (t) => t.dueFromDays),
    overdue_after_days: tierBound(tiers, defaultTier, (t) => t.overdueAfterDays),
  };
}

/**
 * The text of an Obsidian Bases file (Obsidian 1.9 or later) over the contacts: a
 * table of name, tier, last touch, days since, place and topics, with views of who is
 * overdue, who is due soon and everyone. The state formula mirrors the plugin's own:
 * paused before snoozed before the cadence; never touched is due once the note names
 * a tier; due once the tier's "due from" days have passed, overdue after more than
 * its "overdue after" days. Contacts with a cadence of their own are counted by their
 * tier here, since the base has no parser for cadences.
 */
export function relationshipsBase(settings: KeepInTouchSettings): string {
  const p = settings.properties;
  const tier = noteProperty(p.tier);
  const lastTouch = noteProperty(p.lastTouch);
  const status = noteProperty(p.status);
  const snooze = noteProperty(p.snoozeUntil);

  const formulas = {
    tier_name: `if(${tier}, ${tier}.toString().lower().trim(), "")`,
    // number() of a date is its milliseconds since the epoch (the Functions page), whichever type
    // a difference of two dates has in the user's Obsidian; round() absorbs a daylight-saving hour.
    days_since: `if(${lastTouch}, ((number(today()) - number(date(${lastTouch}))) / 86400000).round())`,
    ...tierFormulas(settings),
    state:
      `if(${status} == "paused", "paused", ` +
      `if(${snooze} && date(${snooze}) > today(), "snoozed", ` +
      `if(!${lastTouch}, if(${tier}, "due", "ok"), ` +
      `if(formula.days_since > formula.overdue_after_days, "overdue", ` +
      `if(formula.days_since >= formula.due_from_days, "due", "ok")))))`,
  };

  const columns = ["file.name", columnId(p.tier), columnId(p.lastTouch), "formula.days_since", columnId(p.location), columnId(p.topics)];
  const table = (name: string, filter: string | null, order: string[]) => ({
    type: "table",
    name,
    ...(filter === null ? {} : { filters: { and: [filter] } }),
    order,
  });

  const base = {
    filters: contactFilter(settings),
    formulas,
    properties: {
      [columnId(p.tier)]: { displayName: "Tier" },
      [columnId(p.lastTouch)]: { displayName: "Last touch" },
      "formula.days_since": { displayName: "Days since" },
      [columnId(p.location)]: { displayName: "Place" },
      [columnId(p.topics)]: { displayName: "Topics" },
      "formula.state": { displayName: "State" },
    },
    views: [
      table("Overdue", 'formula.state == "overdue"', columns),
      table("Due soon", 'formula.state == "due"', columns),
      table("Everyone", null, [...columns, "formula.state"]),
    ],
  };
  return yamlLibrary().stringify(base, { lineWidth: 0, aliasDuplicateObjects: false });
}
