import { DEFAULT_DATE_KEYS, type DateKeySetting } from "./contacts/important-dates";
import type { MentionMode } from "./daily/mentions";
import { normalizeMapWizard, type MapWizardState } from "./contacts/map-wizard-state";
import { DEFAULT_TIERS, defaultHalfLife, parseTier, type Tier, type TierSetting } from "./contacts/tiers";
import { isReadableKind } from "./touches/touch-line";
import { DEFAULT_DATE_ALARM, DEFAULT_TOUCH_ALARM, normalizeHeadsUp, type HeadsUp } from "./calendar/alarms";
import { isNameDisclosure, type NameDisclosure } from "./sharing/privacy";

/** The frontmatter keys the plugin reads and writes; every one can be renamed. */
export interface PropertyKeys {
  tier: string;
  cadence: string;
  lastTouch: string;
  topics: string;
  snoozeUntil: string;
  status: string;
  /** Where the person lives or works, as free text (`Lisbon`). */
  location: string;
  /** Their IANA time zone (`Asia/Kolkata`), for their local time. */
  timezone: string;
  company: string;
  role: string;
  /** Companies the person has left; an import appends the old one when the company changes. */
  pastCompanies: string;
  email: string;
  /** More addresses of the person, as a list: capture matches mail and invitations to them too. */
  emails: string;
  phone: string;
  linkedin: string;
  /** When and where you met, or LinkedIn's "connected on". */
  met: string;
  /** `never` (or false) leaves a contact's captured touches unticked in the review. */
  capture: string;
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

  /** Daily notes, used when neither the core Daily notes plugin nor Periodic Notes is enabled. */
  dailyFolder: string;
  dailyFormat: string;
  dailyTemplate: string;
  /** Whether a logged touch also gets a line in today's daily note, and whether to create the note for it. */
  dailyTouchLine: DailyTouchLine;
  /** The heading in the daily note that logged touches go under. */
  dailyHeading: string;
  /** The heading of the touch plan in the daily note, and how many people it lists. */
  planHeading: string;
  planSize: number;

  /** Which links in dated notes count as touches. */
  mentionMode: MentionMode;
  /** For mention mode "heading": the heading links must be under. */
  mentionHeading: string;
  /** A contact with this property set to true doesn't count mentions. */
  mentionOptOutProperty: string;
  /** Notes with a date property count as dated notes (one note per meeting). */
  countDatePropertyNotes: boolean;
  datePropertyKey: string;

  /** Properties that hold yearly dates; anniversaries show how many years it has been. */
  dateKeys: DateKeySetting[];
  /** How many days ahead "upcoming" dates are shown. */
  upcomingDays: number;
  /** Where "let fade" writes its optional reason. */
  fadeReasonProperty: string;
  /** Promises added from the log-touch modal go under this heading in the contact's note. */
  promiseHeading: string;
  /** Conversation fuel, what to ask or share next time, is jotted as list items under this heading in a contact's note. */
  fuelHeading: string;

  /** How many people a week the user means to reach: the weekly plan's size and the forecast's line. */
  weeklyCapacity: number;
  /** Below this warmth (0–1) a contact counts as cooling in the review. */
  coolingBelow: number;
  /** Message starters offered when about to reach out; a user's own replace the defaults. */
  starters: StarterTemplate[];
  /** A note whose `## ` sections are starters too (heading = label, body = text). Empty turns it off. */
  startersNote: string;
  /** Where "Export calendar" writes the iCalendar file, relative to the vault. */
  icsPath: string;
  /** The calendar's heads-up before a planned touch; null for none. */
  touchAlarm: HeadsUp | null;
  /** The calendar's heads-up before a birthday or another important date; null for none. */
  dateAlarm: HeadsUp | null;
  /** How people are named in the calendar feed. */
  feedNames: NameDisclosure;
  /** Whether the feed holds topics and the last touch's note. */
  feedDetails: boolean;
  /** How people are named in the terminal digest. */
  digestNames: NameDisclosure;
  /** Whether the digest holds topics, the last touch's note and the words of promises. */
  digestDetails: boolean;
  /** A note whose text new contacts from an import start from; empty for plain notes. */
  importTemplate: string;
  /** Where the "Build your relationship map" wizard stopped, so it goes on from there; null when none is under way. */
  mapWizard: MapWizardState | null;
  /** A contact's quiet hours, in their own time: from this hour (0–23) … */
  quietHoursFrom: number;
  /** … up to this one; a local time in between is marked, so nobody is called at 3 a.m. */
  quietHoursTo: number;
  /** Whether the status bar counts who is overdue and due today (desktop only). */
  showStatusBar: boolean;

  /** The user's own sender names in chat exports, asked once and remembered. */
  captureMe: string[];
  /** The user's own mail addresses, for mail and calendar exports. */
  captureEmails: string[];
  /** Whether a captured meeting's note is the event's title (off: date, kind and direction only). */
  captureTitles: boolean;
  /** Mail and events with more people than this aren't captured: a gathering, not a touch. */
  captureMaxPeople: number;
}

/** A short editable message: one line of warmth, one of value, with `{{placeholders}}` filled from the note. */
export interface StarterTemplate {
  /** The touch kind it suits: congrats, resource, check-in, intro, micro-support, ask. */
  kind: string;
  label: string;
  text: string;
}

export type DailyTouchLine = "existing" | "create" | "off";
export const DAILY_TOUCH_LINE_MODES: DailyTouchLine[] = ["existing", "create", "off"];
export const MENTION_MODES: MentionMode[] = ["all", "heading", "off"];

export const DEFAULT_PROPERTY_KEYS: PropertyKeys = {
  tier: "tier",
  cadence: "cadence",
  lastTouch: "last_touch",
  topics: "topics",
  snoozeUntil: "snooze_until",
  status: "status",
  location: "location",
  timezone: "timezone",
  company: "company",
  role: "role",
  pastCompanies: "past_companies",
  email: "email",
  emails: "emails",
  phone: "phone",
  linkedin: "linkedin",
  met: "met",
  capture: "capture",
};

/** The touchpoints of the method: check-ins, congratulations, resources, introductions, micro-support, plus talks in person, messages and mail. */
export const DEFAULT_TOUCH_KINDS = ["check-in", "congrats", "resource", "intro", "micro-support", "call", "coffee", "meeting", "follow-through", "message", "email"];

/** The kinds a capture writes: always read as kinds, so a captured line reads back as what it is whatever the user's own list holds. */
export const CAPTURED_KINDS: readonly string[] = ["meeting", "message", "email", "call"];

const readable = new WeakMap<readonly string[], readonly string[]>();

/** The kinds touch lines are read with: the user's own, then any kind a capture writes that they lack. */
export function readableKinds(kinds: readonly string[]): readonly string[] {
  let known = readable.get(kinds);
  if (!known) {
    const missing = CAPTURED_KINDS.filter((c) => !kinds.some((k) => k.toLowerCase() === c));
    known = missing.length === 0 ? kinds : [...kinds, ...missing];
    readable.set(kinds, known);
  }
  return known;
}

export const DEFAULT_SETTINGS: KeepInTouchSettings = {
  contactsFolder: "People",
  contactTag: "",
  properties: { ...DEFAULT_PROPERTY_KEYS },
  tiers: DEFAULT_TIERS.map((t) => ({ ...t })),
  defaultTier: "peer",
  touchHeading: "## Touches",
  touchKinds: [...DEFAULT_TOUCH_KINDS],
  dueSoonDays: 7,
  dailyFolder: "",
  dailyFormat: "YYYY-MM-DD",
  dailyTemplate: "",
  dailyTouchLine: "existing",
  dailyHeading: "## Touches",
  planHeading: "## Touch plan",
  planSize: 5,
  mentionMode: "all",
  mentionHeading: "## People",
  mentionOptOutProperty: "ignore_mentions",
  countDatePropertyNotes: false,
  datePropertyKey: "date",
  dateKeys: DEFAULT_DATE_KEYS.map((d) => ({ ...d })),
  upcomingDays: 14,
  fadeReasonProperty: "fade_reason",
  promiseHeading: "## Promises",
  fuelHeading: "## Next time",
  weeklyCapacity: 5,
  coolingBelow: 0.25,
  starters: [],
  startersNote: "",
  icsPath: "Keep in Touch/keep-in-touch.ics",
  touchAlarm: { ...DEFAULT_TOUCH_ALARM },
  dateAlarm: { ...DEFAULT_DATE_ALARM },
  feedNames: "full",
  feedDetails: false,
  digestNames: "full",
  digestDetails: false,
  importTemplate: "",
  mapWizard: null,
  quietHoursFrom: 22,
  quietHoursTo: 7,
  showStatusBar: true,
  captureMe: [],
  captureEmails: [],
  captureTitles: true,
  captureMaxPeople: 10,
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
        halfLife: stringOr(t.halfLife, defaultHalfLife(nonEmptyStringOr(t.id, `tier-${i + 1}`))),
      }))
    : DEFAULT_SETTINGS.tiers.map((t) => ({ ...t }));
  const kinds = Array.isArray(s.touchKinds)
    ? s.touchKinds.filter((k): k is string => typeof k === "string" && k.trim() !== "").map((k) => k.trim().replace(/\s+/g, "-")).filter(isReadableKind)
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
    dailyFolder: stringOr(s.dailyFolder, DEFAULT_SETTINGS.dailyFolder),
    dailyFormat: nonEmptyStringOr(s.dailyFormat, DEFAULT_SETTINGS.dailyFormat),
    dailyTemplate: stringOr(s.dailyTemplate, DEFAULT_SETTINGS.dailyTemplate),
    dailyTouchLine: oneOf(s.dailyTouchLine, DAILY_TOUCH_LINE_MODES, DEFAULT_SETTINGS.dailyTouchLine),
    dailyHeading: nonEmptyStringOr(s.dailyHeading, DEFAULT_SETTINGS.dailyHeading),
    planHeading: nonEmptyStringOr(s.planHeading, DEFAULT_SETTINGS.planHeading),
    planSize: typeof s.planSize === "number" && Number.isInteger(s.planSize) && s.planSize >= 1 ? s.planSize : DEFAULT_SETTINGS.planSize,
    mentionMode: oneOf(s.mentionMode, MENTION_MODES, DEFAULT_SETTINGS.mentionMode),
    mentionHeading: nonEmptyStringOr(s.mentionHeading, DEFAULT_SETTINGS.mentionHeading),
    mentionOptOutProperty: nonEmptyStringOr(s.mentionOptOutProperty, DEFAULT_SETTINGS.mentionOptOutProperty),
    countDatePropertyNotes: typeof s.countDatePropertyNotes === "boolean" ? s.countDatePropertyNotes : DEFAULT_SETTINGS.countDatePropertyNotes,
    datePropertyKey: nonEmptyStringOr(s.datePropertyKey, DEFAULT_SETTINGS.datePropertyKey),
    dateKeys: Array.isArray(s.dateKeys)
      ? s.dateKeys
          .filter(isRecord)
          .filter((d) => typeof d.key === "string" && d.key.trim() !== "")
          .map((d) => ({ key: String(d.key).trim(), label: nonEmptyStringOr(d.label, String(d.key).trim()), anniversary: d.anniversary === true }))
      : DEFAULT_SETTINGS.dateKeys.map((d) => ({ ...d })),
    upcomingDays: typeof s.upcomingDays === "number" && Number.isInteger(s.upcomingDays) && s.upcomingDays >= 0 ? s.upcomingDays : DEFAULT_SETTINGS.upcomingDays,
    fadeReasonProperty: nonEmptyStringOr(s.fadeReasonProperty, DEFAULT_SETTINGS.fadeReasonProperty),
    promiseHeading: nonEmptyStringOr(s.promiseHeading, DEFAULT_SETTINGS.promiseHeading),
    fuelHeading: nonEmptyStringOr(s.fuelHeading, DEFAULT_SETTINGS.fuelHeading),
    weeklyCapacity: typeof s.weeklyCapacity === "number" && Number.isInteger(s.weeklyCapacity) && s.weeklyCapacity >= 1 ? s.weeklyCapacity : DEFAULT_SETTINGS.weeklyCapacity,
    coolingBelow: typeof s.coolingBelow === "number" && s.coolingBelow > 0 && s.coolingBelow < 1 ? s.coolingBelow : DEFAULT_SETTINGS.coolingBelow,
    starters: Array.isArray(s.starters)
      ? s.starters
          .filter(isRecord)
          .filter((t) => typeof t.text === "string" && t.text.trim() !== "")
          .map((t) => ({ kind: stringOr(t.kind, "check-in").trim(), label: nonEmptyStringOr(t.label, stringOr(t.kind, "Starter")), text: String(t.text) }))
      : [],
    startersNote: stringOr(s.startersNote, DEFAULT_SETTINGS.startersNote).trim(),
    icsPath: nonEmptyStringOr(s.icsPath, DEFAULT_SETTINGS.icsPath),
    touchAlarm: normalizeHeadsUp(s.touchAlarm, DEFAULT_SETTINGS.touchAlarm),
    dateAlarm: normalizeHeadsUp(s.dateAlarm, DEFAULT_SETTINGS.dateAlarm),
    feedNames: isNameDisclosure(s.feedNames) ? s.feedNames : DEFAULT_SETTINGS.feedNames,
    feedDetails: typeof s.feedDetails === "boolean" ? s.feedDetails : DEFAULT_SETTINGS.feedDetails,
    digestNames: isNameDisclosure(s.digestNames) ? s.digestNames : DEFAULT_SETTINGS.digestNames,
    digestDetails: typeof s.digestDetails === "boolean" ? s.digestDetails : DEFAULT_SETTINGS.digestDetails,
    importTemplate: stringOr(s.importTemplate, DEFAULT_SETTINGS.importTemplate).trim(),
    mapWizard: normalizeMapWizard(s.mapWizard),
    quietHoursFrom: hourOr(s.quietHoursFrom, DEFAULT_SETTINGS.quietHoursFrom),
    quietHoursTo: hourOr(s.quietHoursTo, DEFAULT_SETTINGS.quietHoursTo),
    showStatusBar: typeof s.showStatusBar === "boolean" ? s.showStatusBar : DEFAULT_SETTINGS.showStatusBar,
    captureMe: stringList(s.captureMe),
    captureEmails: stringList(s.captureEmails).map((e) => e.toLowerCase()),
    captureTitles: typeof s.captureTitles === "boolean" ? s.captureTitles : DEFAULT_SETTINGS.captureTitles,
    captureMaxPeople: typeof s.captureMaxPeople === "number" && Number.isInteger(s.captureMaxPeople) && s.captureMaxPeople >= 1 ? s.captureMaxPeople : DEFAULT_SETTINGS.captureMaxPeople,
  };
}

/** A list of words from data.json: each kept once, trimmed, empty ones dropped. */
function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v !== ""))];
}

/** An hour of the day, 0–23. */
function hourOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 23 ? value : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** Settings turned into what the index needs, with every problem spelled out once. */
export interface ResolvedSettings {
  settings: KeepInTouchSettings;
  tiers: Tier[];
  defaultTier: Tier;
  problems: string[];
}

const FALLBACK_TIER: Tier = { id: "peer", label: "Peers", dueFromDays: 42, overdueAfterDays: 70, halfLifeDays: 90 };

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
