import { DEFAULT_TIERS, parseTier, type Tier, type TierSetting } from "./tiers";

/** The frontmatter keys the plugin reads and writes; every one can be renamed. */
export interface PropertyKeys {
  tier: string;
  cadence: string;
  lastTouch: string;
  topics: string;
  snoozeUntil: string;
  status: string;
}

export interface KeepInTouchSettings {
  /** Notes in this folder (and its subfolders) are contacts. Empty turns the rule off. */
  contactsFolder: string;
  /** Notes with this tag are contacts too (`person` matches #person and #person/…). Empty turns it off. */
  contactTag: string;
  properties: PropertyKeys;
  tiers: TierSetting[];
  /** Tier id used for contacts without a tier or with one the settings don't know. */
  defaultTier: string;
  /** The heading the touch log lives under, written as Markdown (`## Touches`). */
  touchHeading: string;
  touchKinds: string[];
  /** For contacts with their own cadence: how many days before it they count as due soon. */
  dueSoonDays: number;
}

export const DEFAULT_PROPERTY_KEYS: PropertyKeys = {
  tier: "tier",
  cadence: "cadence",
  lastTouch: "last_touch",
  topics: "topics",
  snoozeUntil: "snooze_until",
  status: "status",
};

/** The touchpoints of the method: check-ins, congratulations, resources, introductions, micro-support, plus talks in person. */
export const DEFAULT_TOUCH_KINDS = ["check-in", "congrats", "resource", "intro", "micro-support", "call", "coffee", "meeting"];

export const DEFAULT_SETTINGS: KeepInTouchSettings = {
  contactsFolder: "People",
  contactTag: "",
  properties: { ...DEFAULT_PROPERTY_KEYS },
  tiers: DEFAULT_TIERS.map((t) => ({ ...t })),
  defaultTier: "peer",
  touchHeading: "## Touches",
  touchKinds: [...DEFAULT_TOUCH_KINDS],
  dueSoonDays: 7,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function nonEmptyStringOr(value: unknown, fallback: string): string {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : fallback;
}

/**
 * Reads saved settings, keeping every valid value and replacing anything missing or
 * malformed with its default, so an edited or old data.json never breaks loading.
 */
export function normalizeSettings(saved: unknown): KeepInTouchSettings {
  const s = isRecord(saved) ? saved : {};
  const props = isRecord(s.properties) ? s.properties : {};
  const properties = {} as PropertyKeys;
  for (const key of Object.keys(DEFAULT_PROPERTY_KEYS) as (keyof PropertyKeys)[]) {
    properties[key] = nonEmptyStringOr(props[key], DEFAULT_PROPERTY_KEYS[key]);
  }
  const tiers = Array.isArray(s.tiers)
    ? s.tiers.filter(isRecord).map((t, i) => ({
        id: nonEmptyStringOr(t.id, `tier-${i + 1}`),
        label: nonEmptyStringOr(t.label, nonEmptyStringOr(t.id, `Tier ${i + 1}`)),
        dueFrom: stringOr(t.dueFrom, "6w"),
        overdueAfter: stringOr(t.overdueAfter, "10w"),
      }))
    : DEFAULT_SETTINGS.tiers.map((t) => ({ ...t }));
  const kinds = Array.isArray(s.touchKinds)
    ? s.touchKinds.filter((k): k is string => typeof k === "string" && k.trim() !== "").map((k) => k.trim().replace(/\s+/g, "-"))
    : [...DEFAULT_TOUCH_KINDS];
  const dueSoon = typeof s.dueSoonDays === "number" && Number.isInteger(s.dueSoonDays) && s.dueSoonDays >= 0 ? s.dueSoonDays : DEFAULT_SETTINGS.dueSoonDays;
  return {
    contactsFolder: stringOr(s.contactsFolder, DEFAULT_SETTINGS.contactsFolder),
    contactTag: stringOr(s.contactTag, DEFAULT_SETTINGS.contactTag),
    properties,
    tiers: tiers.length > 0 ? tiers : DEFAULT_SETTINGS.tiers.map((t) => ({ ...t })),
    defaultTier: stringOr(s.defaultTier, DEFAULT_SETTINGS.defaultTier),
    touchHeading: nonEmptyStringOr(s.touchHeading, DEFAULT_SETTINGS.touchHeading),
    touchKinds: kinds,
    dueSoonDays: dueSoon,
  };
}

/** Settings turned into what the index needs, with every problem spelled out once. */
export interface ResolvedSettings {
  settings: KeepInTouchSettings;
  tiers: Tier[];
  defaultTier: Tier;
  problems: string[];
}

const FALLBACK_TIER: Tier = { id: "peer", label: "Peers", dueFromDays: 42, overdueAfterDays: 70 };

export function resolveSettings(settings: KeepInTouchSettings): ResolvedSettings {
  const problems: string[] = [];
  const tiers: Tier[] = [];
  for (const setting of settings.tiers) {
    const parsed = parseTier(setting);
    if (!parsed.ok) problems.push(parsed.reason);
    else if (tiers.some((t) => t.id === parsed.tier.id)) problems.push(`Two tiers have the id "${parsed.tier.id}"; only the first is used.`);
    else tiers.push(parsed.tier);
  }
  let defaultTier = tiers.find((t) => t.id === settings.defaultTier) ?? tiers[0];
  if (!tiers.some((t) => t.id === settings.defaultTier)) {
    problems.push(`The default tier "${settings.defaultTier}" is not one of the tiers; using ${defaultTier?.label ?? FALLBACK_TIER.label}.`);
  }
  if (!defaultTier) {
    defaultTier = FALLBACK_TIER;
    tiers.push(FALLBACK_TIER);
  }
  return { settings, tiers, defaultTier, problems };
}
