import { parseCadence } from "./cadence";

/** A segment of the user's network with the range of days in which a touch is due. */
export interface Tier {
  id: string;
  label: string;
  /** A contact becomes due once this many days have passed since the last touch. */
  dueFromDays: number;
  /** … and overdue once more than this many days have passed. */
  overdueAfterDays: number;
  /** Warmth halves every this many days without a touch. */
  halfLifeDays: number;
}

/** As stored in settings: cadences are written the way people write them (`2w`, `3m`). */
export interface TierSetting {
  id: string;
  label: string;
  dueFrom: string;
  overdueAfter: string;
  /** How fast warmth fades (`3m`); tiers saved before half-lives existed get their default. */
  halfLife?: string;
}

/** The four segments and their cadences from the relationship map: every 2–6 weeks, 6–10, 8–12, 3–6 months. */
export const DEFAULT_TIERS: TierSetting[] = [
  { id: "ally", label: "Close allies", dueFrom: "2w", overdueAfter: "6w", halfLife: "6m" },
  { id: "peer", label: "Peers", dueFrom: "6w", overdueAfter: "10w", halfLife: "3m" },
  { id: "mentor", label: "Mentors", dueFrom: "8w", overdueAfter: "12w", halfLife: "3m" },
  { id: "aspirational", label: "Aspirational", dueFrom: "3m", overdueAfter: "6m", halfLife: "6w" },
];

/**
 * Trust "has a half-life": close allies keep warm longest, aspirational ties cool
 * fastest. A tier of the user's own gets the peers' three months.
 */
export function defaultHalfLife(tierId: string): string {
  return DEFAULT_TIERS.find((t) => t.id === tierId)?.halfLife ?? "3m";
}

export type TierParse = { ok: true; tier: Tier } | { ok: false; reason: string };

export function parseTier(setting: TierSetting): TierParse {
  const name = setting.label || setting.id || "unnamed tier";
  const due = parseCadence(setting.dueFrom);
  if (!due.ok) return { ok: false, reason: `Tier "${name}": due from: ${due.reason}` };
  const overdue = parseCadence(setting.overdueAfter);
  if (!overdue.ok) return { ok: false, reason: `Tier "${name}": overdue after: ${overdue.reason}` };
  if (overdue.days < due.days) {
    return { ok: false, reason: `Tier "${name}": overdue after (${setting.overdueAfter}) must not be shorter than due from (${setting.dueFrom})` };
  }
  const halfLife = parseCadence(setting.halfLife ?? defaultHalfLife(setting.id));
  if (!halfLife.ok) return { ok: false, reason: `Tier "${name}": half-life: ${halfLife.reason}` };
  return { ok: true, tier: { id: setting.id, label: setting.label, dueFromDays: due.days, overdueAfterDays: overdue.days, halfLifeDays: halfLife.days } };
}

function normalizeName(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, " ");
}

/** Forms of a tier name people write: "Close allies", "close ally", "allies", "ally". */
function namesOf(tier: Tier): string[] {
  const names = new Set<string>();
  for (const raw of [tier.id, tier.label]) {
    const name = normalizeName(raw);
    if (!name) continue;
    names.add(name);
    names.add(singular(name));
  }
  return [...names];
}

function singular(name: string): string {
  if (name.endsWith("ies")) return `${name.slice(0, -3)}y`;
  if (name.endsWith("s") && !name.endsWith("ss")) return name.slice(0, -1);
  return name;
}

/**
 * Finds the tier a property value names, by id or label, ignoring case, and
 * accepting the singular or the last word of a label ("ally" for "Close allies").
 */
export function matchTier(value: string, tiers: readonly Tier[]): Tier | undefined {
  // Every contact names its tier: remember the answers per list of tiers (ten thousand contacts use a handful of names).
  let known = matches.get(tiers);
  if (!known) matches.set(tiers, (known = new Map<string, Tier | undefined>()));
  if (known.has(value)) return known.get(value);
  const tier = findTier(value, tiers);
  if (known.size < 1000) known.set(value, tier);
  return tier;
}

const matches = new WeakMap<readonly Tier[], Map<string, Tier | undefined>>();

function findTier(value: string, tiers: readonly Tier[]): Tier | undefined {
  const wanted = normalizeName(value);
  if (!wanted) return undefined;
  const forms = [wanted, singular(wanted)];
  for (const tier of tiers) {
    if (namesOf(tier).some((n) => forms.includes(n))) return tier;
  }
  for (const tier of tiers) {
    const lastWord = normalizeName(tier.label).split(" ").pop() ?? "";
    if (lastWord && forms.includes(singular(lastWord))) return tier;
  }
  return undefined;
}
