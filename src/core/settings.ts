import { DEFAULT_DATE_KEYS, type DateKeySetting } from "./contacts/important-dates";
import type { MentionMode } from "./daily/mentions";
import type { MapWizardState } from "./contacts/map-wizard-state";
import { readDefaultTier, readHeadsUp, readList, readMapWizard, readTiers, readTouchKinds, readWords, nonEmptyStringOr } from "./settings-parts";
import { SettingsReader, aBoolean, aNonEmptyString, aString, aWholeNumber, isRecord, oneOf, wholeNumberWhy } from "./settings-reader";
import { DEFAULT_TIERS, parseTier, type Tier, type TierSetting } from "./contacts/tiers";
import { DEFAULT_DATE_ALARM, DEFAULT_TOUCH_ALARM, type HeadsUp } from "./calendar/alarms";
import { NAME_DISCLOSURES, type NameDisclosure } from "./sharing/privacy";

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
  /** The relationships bases the plugin wrote, by path (followed through renames), so it can offer to update them when the tiers change. */
  generatedBases: string[];
  /** The tiers (as a base writes them, see `baseTierKey`) the user chose not to update the bases to, so they are asked once; empty for none. */
  declinedBaseTiers: string;
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

  /** Days someone who reached out (←) waits for a touch of yours before a reply is flagged as owed. */
  replyWithinDays: number;
  /** Days after an introduction that "how did the intro go?" shows for both people; 0 turns it off. */
  introFollowUpDays: number;
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
  generatedBases: [],
  declinedBaseTiers: "",
  quietHoursFrom: 22,
  quietHoursTo: 7,
  showStatusBar: true,
  captureMe: [],
  captureEmails: [],
  captureTitles: true,
  captureMaxPeople: 10,
  replyWithinDays: 3,
  introFollowUpDays: 30,
};

/** Settings read from data.json, and what had to be reset to read them. */
export interface ReadSettings {
  settings: KeepInTouchSettings;
  /** One line per value that was there but couldn't be used: "Weekly capacity: -2, not a whole number of at least 1 → 5". */
  repairs: string[];
}

/** The settings whose values are of one type. */
type KeyOf<T> = { [K in keyof KeepInTouchSettings]: KeepInTouchSettings[K] extends T ? K : never }[keyof KeepInTouchSettings];

/** Reads saved settings; see readSettings. */
export function normalizeSettings(saved: unknown): KeepInTouchSettings {
  return readSettings(saved).settings;
}

/**
 * Reads saved settings, keeping every valid value and replacing anything malformed
 * with its default, so an edited or old data.json never breaks loading. A missing
 * value (a file from before the setting existed) takes its default quietly; one that
 * is there but can't be used is listed in `repairs`.
 */
export function readSettings(saved: unknown): ReadSettings {
  const r = new SettingsReader();
  const s = isRecord(saved) ? saved : {};
  const text = (key: KeyOf<string>, label: string): string => r.value(s[key], label, aString, DEFAULT_SETTINGS[key], "not text");
  const name = (key: KeyOf<string>, label: string): string => r.value(s[key], label, aNonEmptyString, DEFAULT_SETTINGS[key], "not a name");
  const whole = (key: KeyOf<number>, label: string, min: number, max?: number) => r.value(s[key], label, aWholeNumber(min, max), DEFAULT_SETTINGS[key], wholeNumberWhy(min, max));
  const flag = (key: KeyOf<boolean>, label: string) => r.value(s[key], label, aBoolean, DEFAULT_SETTINGS[key], "not true or false");

  const props = r.value(s.properties, "Properties", (v) => (isRecord(v) ? v : undefined), {}, "not a list of property names", () => "the built-in names");
  const properties = {} as PropertyKeys;
  for (const key of Object.keys(DEFAULT_PROPERTY_KEYS) as (keyof PropertyKeys)[]) {
    properties[key] = r.value(props[key], `Property for ${key}`, aNonEmptyString, DEFAULT_PROPERTY_KEYS[key], "not a property name");
  }
  const tiers = readTiers(s.tiers, r);
  const defaultTier = readDefaultTier(s.defaultTier, tiers, DEFAULT_SETTINGS.defaultTier, r);
  const kinds = readTouchKinds(s.touchKinds, DEFAULT_TOUCH_KINDS, r);
  const settings: KeepInTouchSettings = {
    contactsFolder: text("contactsFolder", "Contacts folder"),
    contactTag: text("contactTag", "Contact tag"),
    properties,
    tiers,
    defaultTier,
    touchHeading: name("touchHeading", "Touch heading"),
    touchKinds: kinds,
    dueSoonDays: whole("dueSoonDays", "Due soon (days)", 0),
    dailyFolder: text("dailyFolder", "Daily notes folder"),
    dailyFormat: name("dailyFormat", "Daily note format"),
    dailyTemplate: text("dailyTemplate", "Daily note template"),
    dailyTouchLine: r.value(s.dailyTouchLine, "Add logged touches to the daily note", oneOf(DAILY_TOUCH_LINE_MODES), DEFAULT_SETTINGS.dailyTouchLine, `not one of ${DAILY_TOUCH_LINE_MODES.join(", ")}`),
    dailyHeading: name("dailyHeading", "Daily note heading for touches"),
    planHeading: name("planHeading", "Touch plan heading"),
    planSize: whole("planSize", "People in the touch plan", 1),
    mentionMode: r.value(s.mentionMode, "Links that count as touches", oneOf(MENTION_MODES), DEFAULT_SETTINGS.mentionMode, `not one of ${MENTION_MODES.join(", ")}`),
    mentionHeading: name("mentionHeading", "Mentions heading"),
    mentionOptOutProperty: name("mentionOptOutProperty", "Opt-out property"),
    countDatePropertyNotes: flag("countDatePropertyNotes", "Count notes with a date property"),
    datePropertyKey: name("datePropertyKey", "Date property"),
    dateKeys: readList(s.dateKeys, "Date properties", r, DEFAULT_SETTINGS.dateKeys, "the built-in date properties", (d) =>
      isRecord(d) && typeof d.key === "string" && d.key.trim() !== "" ? { key: d.key.trim(), label: nonEmptyStringOr(d.label, d.key.trim()), anniversary: d.anniversary === true } : undefined,
    ),
    upcomingDays: whole("upcomingDays", "Days ahead for upcoming dates", 0),
    fadeReasonProperty: name("fadeReasonProperty", "Fade reason property"),
    promiseHeading: name("promiseHeading", "Promises heading"),
    fuelHeading: name("fuelHeading", "Next time heading"),
    weeklyCapacity: whole("weeklyCapacity", "Weekly capacity", 1),
    coolingBelow: r.value(s.coolingBelow, "Cooling below", (v) => (typeof v === "number" && v > 0 && v < 1 ? v : undefined), DEFAULT_SETTINGS.coolingBelow, "not a number between 0 and 1"),
    starters: readList(s.starters, "Message starters", r, [], "the built-in starters", (t) =>
      isRecord(t) && typeof t.text === "string" && t.text.trim() !== ""
        ? { kind: (aString(t.kind) ?? "check-in").trim(), label: nonEmptyStringOr(t.label, aString(t.kind) ?? "Starter"), text: t.text }
        : undefined,
    ),
    startersNote: text("startersNote", "Starters note").trim(),
    icsPath: name("icsPath", "Calendar file"),
    touchAlarm: readHeadsUp(s.touchAlarm, "Heads-up for planned touches", DEFAULT_SETTINGS.touchAlarm, r),
    dateAlarm: readHeadsUp(s.dateAlarm, "Heads-up for dates", DEFAULT_SETTINGS.dateAlarm, r),
    feedNames: r.value(s.feedNames, "Names in the calendar", oneOf(NAME_DISCLOSURES), DEFAULT_SETTINGS.feedNames, `not one of ${NAME_DISCLOSURES.join(", ")}`),
    feedDetails: flag("feedDetails", "Topics and notes in the calendar"),
    digestNames: r.value(s.digestNames, "Names in the digest", oneOf(NAME_DISCLOSURES), DEFAULT_SETTINGS.digestNames, `not one of ${NAME_DISCLOSURES.join(", ")}`),
    digestDetails: flag("digestDetails", "Topics, notes and promises in the digest"),
    importTemplate: text("importTemplate", "Template for new contacts").trim(),
    mapWizard: readMapWizard(s.mapWizard, r),
    generatedBases: readWords(s.generatedBases, "Relationships bases made by the plugin", r),
    declinedBaseTiers: text("declinedBaseTiers", "Tiers not taken into the relationships bases"),
    quietHoursFrom: whole("quietHoursFrom", "Quiet hours start", 0, 23),
    quietHoursTo: whole("quietHoursTo", "Quiet hours end", 0, 23),
    showStatusBar: flag("showStatusBar", "Count in the status bar"),
    captureMe: readWords(s.captureMe, "Your names in chats", r),
    captureEmails: readWords(s.captureEmails, "Your email addresses", r, (e) => e.toLowerCase()),
    captureTitles: flag("captureTitles", "Event titles as notes"),
    captureMaxPeople: whole("captureMaxPeople", "Most people per mail or event", 1),
    replyWithinDays: whole("replyWithinDays", "Days to reply", 0, 3650),
    introFollowUpDays: whole("introFollowUpDays", "Follow up on an introduction after", 0, 3650),
  };
  return { settings, repairs: r.repairs };
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
