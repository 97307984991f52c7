import { describeCadence, describeCadenceRange, parseCadence } from "./cadence";
import { laterOf, parseDateValue, describeValue, type LocalDate } from "../shared/dates";
import { sharedDay } from "../shared/day-strings";
import type { ResolvedSettings } from "../settings";
import type { Tier } from "./tiers";
import { matchTier } from "./tiers";
import { parseAnnualDate, type ImportantDate } from "./important-dates";
import { comparePromises, type PromiseTask } from "../conversation/promises";
import { unansweredSince } from "../touches/replies";
import type { Introduction } from "../touches/introductions";
import { isEmptyValue } from "./contact-rule";

export type ContactStatus = "active" | "paused";

/** What the index knows about one contact note, before any date arithmetic. */
export interface Contact {
  path: string;
  name: string;
  tier: Tier;
  /** Whether the note names its tier (or its properties can't be read); without one a contact is unclassified and uses the default tier. */
  tierSet: boolean;
  /** The per-contact cadence in days, when the note sets a valid one. */
  cadenceOverride: number | null;
  /** The contact becomes due this many days after the last touch … */
  dueFromDays: number;
  /** … and overdue after this many. */
  overdueAfterDays: number;
  /** The latest of the `last_touch` property, the newest line in the touch log and the newest mention in a dated note. */
  lastTouch: LocalDate | null;
  /** The note the last touch came from: the contact's own note, or the dated note that mentions it. */
  lastTouchSource: string | null;
  /** Every day with a touch, logged or mentioned, oldest first; a day counts once however it was recorded. */
  touchDates: readonly LocalDate[];
  snoozeUntil: LocalDate | null;
  status: ContactStatus;
  topics: readonly string[];
  /** Yearly dates from the configured date properties (birthday, work anniversary…). */
  importantDates: readonly ImportantDate[];
  /** Open promises: tasks in the contact's own note and tasks elsewhere that link to it, soonest due first. */
  promises: readonly PromiseTask[];
  /** Why the contact was let fade, when it was. */
  fadeReason: string | null;
  /** Free text, as written (a list is joined with ", "); null when not set. */
  location: string | null;
  /** A valid IANA time zone name, or null (an invalid one is a warning). */
  timezone: string | null;
  company: string | null;
  role: string | null;
  pastCompanies: readonly string[];
  /** The first of their messages (← in the touch log) that nothing has followed yet, or null (see core/touches/replies). */
  unansweredSince: LocalDate | null;
  /** Days a reply may take before it is flagged as owed (from settings). */
  replyWithinDays: number;
  /** The introductions in the touch log, in its order. */
  introductions: readonly Introduction[];
  /** Days after an introduction that its follow-up shows (from settings; 0: never). */
  introFollowUpDays: number;
  /** Problems with this note's data, in words for the user. */
  warnings: readonly string[];
  /** False when a write would be unsafe (broken properties); the reason is in `warnings`. */
  writable: boolean;
  /** How a sync merge damaged the note (its why is the first warning), or null: *Repair* puts it right. */
  syncDamage: string | null;
}

/** What a contact note offers, read from the metadata cache and the note's text. */
export interface ContactSource {
  path: string;
  /** The note's name, when the caller holds it already (Obsidian's file has it): else it is taken from the path. */
  name?: string;
  /** Parsed properties, or undefined when the note has none or they don't parse. */
  frontmatter: Record<string, unknown> | undefined;
  /** Why the properties block can't be used or written, if it can't. */
  propertiesProblem: string | null;
  /** How a merge of two devices' versions damaged the note, in one line, when it did: the plugin offers to repair it. */
  syncDamage?: string | null;
  /** Dates of the lines in the note's touch log. */
  loggedTouchDates: readonly LocalDate[];
  /** Days on which every line of the touch log is theirs (←), oldest first. */
  theirDays?: readonly LocalDate[];
  /** The introductions in the touch log. */
  introductions?: readonly Introduction[];
  /** True when `loggedTouchDates` are known to be oldest first, each once (the index keeps them so): they aren't checked again. */
  loggedInOrder?: boolean;
  /** Links to this contact from dated notes (daily notes, meeting notes). */
  mentions?: readonly Mention[];
  /** Today, so that a note dated in the future doesn't count yet. */
  today?: LocalDate;
  /** Open tasks in the contact's note and open tasks elsewhere that link to it. */
  promises?: readonly PromiseTask[];
}

/** A link to a contact from a note that has a date. */
export interface Mention {
  date: LocalDate;
  /** The dated note's path. */
  path: string;
}

export function basenameOf(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.replace(/\.md$/i, "");
}

/** Topics as text: a list, a comma string, a number, or nested lists (flattened), never failing. */
export function readTopics(value: unknown): string[] {
  const topics: string[] = [];
  addTopics(value, topics);
  return topics;
}

/** Asked twice of every contact (topics, past companies), usually of nothing or a short list: no copies on the way. */
function addTopics(value: unknown, topics: string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) addTopics(item, topics);
  } else if (typeof value === "string") {
    if (value.includes(",")) for (const part of value.split(",")) addTopic(part, topics);
    else addTopic(value, topics);
  } else if (typeof value === "number" || typeof value === "boolean") {
    addTopic(String(value), topics);
  }
}

function addTopic(text: string, topics: string[]): void {
  const trimmed = text.trim();
  const topic = trimmed.startsWith("#") ? trimmed.slice(1) : trimmed;
  if (topic !== "") topics.push(topic);
}

/**
 * Reads properties by key like `getProperty`, building the case-insensitive lookup at
 * most once per note: a contact is resolved with a dozen keys, most of them absent.
 */
function propertyReader(frontmatter: Record<string, unknown> | undefined): (key: string) => unknown {
  if (!frontmatter) return () => undefined;
  let lower: Map<string, string> | null = null;
  return (key) => {
    if (Object.prototype.hasOwnProperty.call(frontmatter, key)) return frontmatter[key];
    if (lower === null) {
      lower = new Map();
      for (const k of Object.keys(frontmatter)) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), k);
    }
    const match = lower.get(key.toLowerCase());
    return match === undefined ? undefined : frontmatter[match];
  };
}

/** Builds the contact model from a note's data. Never throws: every problem becomes a warning. */
export function resolveContact(source: ContactSource, resolved: ResolvedSettings): Contact {
  const { settings } = resolved;
  const keys = settings.properties;
  const fm = source.frontmatter;
  const prop = propertyReader(fm);
  const warnings: string[] = [];
  const syncDamage = source.syncDamage ?? null;
  // The sync damage explains a broken properties block (a key twice, conflict markers): one line says why.
  if (syncDamage) warnings.push(syncDamage);
  else if (source.propertiesProblem) warnings.push(source.propertiesProblem);

  const tierValue = prop(keys.tier);
  let tier = resolved.defaultTier;
  if (!isEmptyValue(tierValue)) {
    const found = typeof tierValue === "string" || typeof tierValue === "number" ? matchTier(String(tierValue), resolved.tiers) : undefined;
    if (found) tier = found;
    else warnings.push(`Unknown ${keys.tier} ${describeValue(tierValue)}; using ${tier.label}.`);
  }

  let cadenceOverride: number | null = null;
  const cadenceValue = prop(keys.cadence);
  if (!isEmptyValue(cadenceValue)) {
    const parsed = parseCadence(cadenceValue);
    if (parsed.ok) cadenceOverride = parsed.days;
    else warnings.push(`${keys.cadence}: ${parsed.reason}; using the ${tier.label} range.`);
  }

  let propertyTouch: LocalDate | null = null;
  const lastValue = prop(keys.lastTouch);
  if (!isEmptyValue(lastValue)) {
    const parsed = parseDateValue(lastValue);
    // A value run together by a sync merge is already said, with the way to repair it.
    if (!parsed.ok) {
      if (!syncDamage) warnings.push(`${keys.lastTouch}: ${parsed.reason}; ignored.`);
    }
    else if (source.today !== undefined && parsed.date > source.today) warnings.push(`${keys.lastTouch} ${parsed.date} is in the future; it counts from its day.`);
    else propertyTouch = sharedDay(parsed.date);
  }
  let loggedDates = source.loggedTouchDates;
  const inOrder = source.loggedInOrder === true || isOldestFirst(loggedDates);
  let logTouch: LocalDate | null = inOrder ? (loggedDates[loggedDates.length - 1] ?? null) : loggedDates.reduce<LocalDate | null>((latest, d) => laterOf(latest, d), null);
  // A touch logged in the future is most likely a typo (2062 for 2026): counting it would hide the contact for years.
  if (source.today !== undefined && logTouch !== null && logTouch > source.today) {
    const today = source.today;
    const futureDays = loggedDates.filter((d) => d > today).sort();
    loggedDates = loggedDates.filter((d) => d <= today);
    logTouch = loggedDates.reduce<LocalDate | null>((latest, d) => laterOf(latest, d), null);
    warnings.push(
      futureDays.length === 1
        ? `The touch log has a line dated in the future (${futureDays[0] ?? ""}); it counts from its day.`
        : `The touch log has ${futureDays.length} lines dated in the future (the first on ${futureDays[0] ?? ""}); they count from their day.`,
    );
  }
  const extraDays: LocalDate[] = [];
  if (propertyTouch !== null) extraDays.push(propertyTouch);
  let mention: Mention | null = null;
  const future: Mention[] = [];
  for (const m of source.mentions ?? []) {
    if (source.today !== undefined && m.date > source.today) {
      future.push(m);
      continue;
    }
    extraDays.push(m.date);
    if (mention === null || m.date > mention.date) mention = m;
  }

  let snoozeUntil: LocalDate | null = null;
  const snoozeValue = prop(keys.snoozeUntil);
  if (!isEmptyValue(snoozeValue)) {
    const parsed = parseDateValue(snoozeValue);
    if (parsed.ok) snoozeUntil = sharedDay(parsed.date);
    else warnings.push(`${keys.snoozeUntil}: ${parsed.reason}; not snoozed.`);
  }

  let status: ContactStatus = "active";
  const statusValue = prop(keys.status);
  if (!isEmptyValue(statusValue)) {
    const text = typeof statusValue === "string" ? statusValue.trim().toLowerCase() : "";
    if (text === "paused") status = "paused";
    else if (text !== "active") warnings.push(`${keys.status} ${describeValue(statusValue)} is neither active nor paused; treated as active.`);
  }

  const lastTouch = laterOf(laterOf(propertyTouch, logTouch), mention?.date ?? null);
  const touchDates = mergeDays(loggedDates, inOrder, extraDays);
  const [nextPlanned] = future.sort((a, b) => a.date.localeCompare(b.date));
  if (nextPlanned) {
    const more = future.length > 1 ? ` and ${future.length - 1} more` : "";
    warnings.push(`Mentioned in ${nextPlanned.path}${more}, dated in the future (${nextPlanned.date}); a mention counts from its day.`);
  }

  const importantDates: ImportantDate[] = [];
  for (const dateKey of settings.dateKeys) {
    const value = prop(dateKey.key);
    if (isEmptyValue(value)) continue;
    const parsed = parseAnnualDate(value);
    if (parsed.ok) importantDates.push({ ...parsed.date, key: dateKey.key, label: dateKey.label, anniversary: dateKey.anniversary });
    else warnings.push(`${dateKey.key}: ${parsed.reason}; ignored.`);
  }
  const promises = source.promises && source.promises.length > 0 ? [...source.promises].sort(comparePromises) : NONE;
  for (const promise of promises) if (promise.warning) warnings.push(promise.warning);
  const reason = prop(settings.fadeReasonProperty);

  // A cadence override is one interval: overdue after it, due for the last few days before it —
  // at most its second half, so a short cadence is still "ok" right after a touch.
  const dueFromDays = cadenceOverride === null ? tier.dueFromDays : Math.max(Math.ceil(cadenceOverride / 2), cadenceOverride - settings.dueSoonDays);
  const overdueAfterDays = cadenceOverride ?? tier.overdueAfterDays;

  return {
    path: source.path,
    name: source.name ?? basenameOf(source.path),
    tier,
    // Properties that can't be read may well name a tier: such a note isn't "unclassified", and its warning stays in sight.
    tierSet: !isEmptyValue(tierValue) || source.propertiesProblem !== null,
    cadenceOverride,
    dueFromDays,
    overdueAfterDays,
    lastTouch,
    lastTouchSource: lastTouch === null ? null : mention !== null && mention.date === lastTouch && laterOf(propertyTouch, logTouch) !== lastTouch ? mention.path : source.path,
    touchDates,
    snoozeUntil,
    status,
    topics: orNone(readTopics(prop(keys.topics))),
    importantDates: orNone(importantDates),
    promises,
    fadeReason: status === "paused" && typeof reason === "string" && reason.trim() !== "" ? reason.trim() : null,
    location: textOf(prop(keys.location)),
    timezone: readTimeZone(prop(keys.timezone), keys.timezone, warnings),
    company: textOf(prop(keys.company)),
    role: textOf(prop(keys.role)),
    pastCompanies: orNone(readTopics(prop(keys.pastCompanies))),
    unansweredSince: source.theirDays && source.theirDays.length > 0 ? unansweredSince(touchDates, source.theirDays) : null,
    replyWithinDays: settings.replyWithinDays,
    // The note's own list, not a copy: neither the index nor a contact changes it.
    introductions: source.introductions && source.introductions.length > 0 ? source.introductions : NONE,
    introFollowUpDays: settings.introFollowUpDays,
    warnings: orNone(warnings),
    writable: source.propertiesProblem === null,
    syncDamage,
  };
}

/**
 * The one empty list every contact without topics, warnings, promises… holds: most
 * contacts have several such lists, and ten thousand contacts would otherwise hold
 * tens of thousands of empty arrays. Frozen: a contact's lists are never changed.
 */
const NONE: readonly never[] = Object.freeze([]);

function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

/** A property as one line of text: a list is joined, a number or yes/no shown as written; null when empty. */
export function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? null : text;
  }
  const parts: string[] = [];
  addTextParts(value, parts);
  return parts.length === 0 ? null : parts.join(", ");
}

function addTextParts(value: unknown, parts: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) addTextParts(item, parts);
    return;
  }
  const text = typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
  if (text !== "") parts.push(text);
}

const knownZones = new Map<string, string | null>();

/** The zone's canonical name when `Intl` knows it, else null. Answers are remembered: every contact asks. */
export function canonicalTimeZone(name: string): string | null {
  let zone = knownZones.get(name);
  if (zone === undefined) {
    try {
      zone = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      zone = null;
    }
    if (knownZones.size < 1000) knownZones.set(name, zone);
  }
  return zone;
}

function readTimeZone(value: unknown, key: string, warnings: string[]): string | null {
  const text = textOf(value);
  if (text === null) return null;
  const zone = canonicalTimeZone(text);
  if (zone === null) warnings.push(`${key} "${text}" is not a time zone Obsidian knows (use a name like Europe/Lisbon); no local time is shown.`);
  return zone === null ? null : text;
}

/** Whether days are oldest first, each once. */
function isOldestFirst(days: readonly LocalDate[]): boolean {
  for (let i = 1; i < days.length; i++) if ((days[i - 1] as LocalDate) >= (days[i] as LocalDate)) return false;
  return true;
}

/**
 * Every touch day once, oldest first. The log's days usually come sorted and unique
 * already (`inOrder`), and the few other days (`last_touch`, mentions) are merged into
 * them in one pass; when nothing is new, the log's own list is the answer.
 */
function mergeDays(logged: readonly LocalDate[], inOrder: boolean, extra: readonly LocalDate[]): readonly LocalDate[] {
  if (!inOrder) return [...new Set([...logged, ...extra])].sort();
  if (extra.length === 0) return logged;
  const added = extra.length === 1 ? extra : [...extra].sort();
  // Sized once for every day it may hold and cut to the days it does: a list grown by
  // pushes keeps spare room, up to half its length again, for as long as the contact lives.
  const merged: LocalDate[] = new Array<LocalDate>(logged.length + added.length);
  let n = 0;
  let i = 0;
  for (const day of added) {
    while (i < logged.length && (logged[i] as LocalDate) < day) merged[n++] = logged[i++] as LocalDate;
    const last = n > 0 ? merged[n - 1] : undefined;
    if (day !== last && day !== logged[i]) merged[n++] = day;
  }
  if (n === i) return logged;
  while (i < logged.length) merged[n++] = logged[i++] as LocalDate;
  merged.length = n;
  return merged;
}

/** "every 2–6 weeks" or "every 10 days" — how often this contact wants a touch. */
export function describeRhythm(contact: Contact): string {
  if (contact.cadenceOverride !== null) return `every ${describeCadence(contact.cadenceOverride)}`;
  return `every ${describeCadenceRange(contact.dueFromDays, contact.overdueAfterDays)}`;
}
