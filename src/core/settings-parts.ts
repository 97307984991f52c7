/**
 * Readers for the settings made of parts (tiers, lists, heads-ups, the relationship
 * map's progress): each keeps what it can use and notes, on the reader, what it had
 * to reset or leave out.
 */
import { parseCadence } from "./contacts/cadence";
import { normalizeMapWizard, type MapWizardState } from "./contacts/map-wizard-state";
import { DEFAULT_TIERS, defaultHalfLife, type TierSetting } from "./contacts/tiers";
import { isHeadsUp, type HeadsUp } from "./calendar/alarms";
import { isReadableKind } from "./touches/touch-line";
import { aNonEmptyString, isRecord, type SettingsReader } from "./settings-reader";

/** A list of words from data.json: each kept once, trimmed, empty ones dropped; a value that isn't a list, or isn't text, is said. */
export function readWords(saved: unknown, label: string, r: SettingsReader, spelled: (word: string) => string = (w) => w): string[] {
  const list = r.value(saved, label, (v) => (Array.isArray(v) ? v : undefined), null, "not a list", () => "none");
  if (list === null) return [];
  const dropped = list.filter((v) => typeof v !== "string");
  if (dropped.length > 0) r.repair(label, dropped.length === 1 ? dropped[0] : dropped, "not text", "left out");
  return [...new Set(list.filter((v): v is string => typeof v === "string").map((v) => spelled(v.trim())).filter((v) => v !== ""))];
}

/** A calendar heads-up: none (`null` or `"none"`), or days before and a time; anything else is reset to the default, and said. */
export function readHeadsUp(saved: unknown, label: string, fallback: HeadsUp | null, r: SettingsReader): HeadsUp | null {
  const accept = (v: unknown): HeadsUp | null | undefined => (v === null || v === "none" ? null : isHeadsUp(v) ? { daysBefore: v.daysBefore, time: v.time } : undefined);
  return r.value(saved, label, accept, fallback, "not a heads-up", (v) => (v === null ? "none" : `${v.daysBefore} days before, at ${v.time}`));
}

export function nonEmptyStringOr(value: unknown, fallback: string): string {
  return aNonEmptyString(value) ?? fallback;
}

/**
 * The tiers, each usable: a cadence that can't be read is reset to the built-in
 * tier's of the same id (or a peer's range), so the tier and its people stay where
 * they were instead of the whole tier being dropped.
 */
export function readTiers(saved: unknown, r: SettingsReader): TierSetting[] {
  const builtIn = () => DEFAULT_TIERS.map((t) => ({ ...t }));
  const list = r.value(saved, "Tiers", (v) => (Array.isArray(v) ? v : undefined), null, "not a list", () => "the four built-in tiers");
  if (list === null) return builtIn();
  const tiers: TierSetting[] = [];
  list.forEach((t, i) => {
    if (!isRecord(t)) {
      r.repair(`Tier ${i + 1}`, t, "not a tier", "left out");
      return;
    }
    const fallbackId = `tier-${i + 1}`;
    const id = r.value(t.id, `Tier ${i + 1}, id`, aNonEmptyString, fallbackId, "not an id");
    const label = nonEmptyStringOr(t.label, id);
    const known = DEFAULT_TIERS.find((d) => d.id === id);
    const cadence = (key: "dueFrom" | "overdueAfter" | "halfLife", field: string, fallback: string) =>
      r.value(t[key], `Tier "${label}", ${field}`, aCadence, fallback, "not a cadence", (v) => v);
    const dueFrom = cadence("dueFrom", "due from", known?.dueFrom ?? "6w");
    let overdueAfter = cadence("overdueAfter", "overdue after", known?.overdueAfter ?? "10w");
    const halfLife = cadence("halfLife", "half-life", defaultHalfLife(id));
    const due = parseCadence(dueFrom);
    const overdue = parseCadence(overdueAfter);
    if (due.ok && overdue.ok && overdue.days < due.days) {
      r.repair(`Tier "${label}", overdue after`, overdueAfter, `shorter than due from (${dueFrom})`, dueFrom);
      overdueAfter = dueFrom;
    }
    tiers.push({ id, label, dueFrom, overdueAfter, halfLife });
  });
  if (tiers.length > 0) return tiers;
  if (list.length > 0) r.repair("Tiers", list, "none usable", "the four built-in tiers");
  return builtIn();
}

/** A cadence as the settings keep it: text like `3w`, or a whole number of days written as `10d`. */
function aCadence(value: unknown): string | undefined {
  if (typeof value === "number") return parseCadence(value).ok ? `${value}d` : undefined;
  return typeof value === "string" && parseCadence(value).ok ? value.trim() : undefined;
}

/** One of the tiers; the first when the saved one is missing or isn't a tier any more. */
export function readDefaultTier(saved: unknown, tiers: readonly TierSetting[], builtIn: string, r: SettingsReader): string {
  const first = tiers[0]?.id ?? builtIn;
  const wanted = saved === undefined ? builtIn : saved;
  const kept = tiers.find((t) => t.id === wanted);
  if (kept) return kept.id;
  if (saved !== undefined) r.repair("Default tier", saved, typeof saved === "string" ? "not one of the tiers" : "not a tier's id", first);
  return first;
}

/** The kinds offered when logging a touch; one a touch line couldn't be read back with is left out. */
export function readTouchKinds(saved: unknown, builtIn: readonly string[], r: SettingsReader): string[] {
  const list = r.value(saved, "Touch kinds", (v) => (Array.isArray(v) ? v : undefined), null, "not a list", () => builtIn.join(", "));
  if (list === null) return [...builtIn];
  const kinds: string[] = [];
  const dropped: unknown[] = [];
  for (const k of list) {
    const kind = typeof k === "string" ? k.trim().replace(/\s+/g, "-") : "";
    if (kind !== "" && isReadableKind(kind)) kinds.push(kind);
    else if (!(typeof k === "string" && k.trim() === "")) dropped.push(k);
  }
  if (dropped.length > 0) r.repair("Touch kinds", dropped.length === 1 ? dropped[0] : dropped, "not a kind a touch line can hold", kinds.length > 0 ? kinds.join(", ") : "none");
  return kinds;
}

/** A list whose items are each read by `item`; items it can't read are left out, and said. */
export function readList<T>(saved: unknown, label: string, r: SettingsReader, fallback: readonly T[], fallbackText: string, item: (value: unknown) => T | undefined): T[] {
  const list = r.value(saved, label, (v) => (Array.isArray(v) ? v : undefined), null, "not a list", () => fallbackText);
  if (list === null) return fallback.map((x) => (isRecord(x) ? ({ ...x }) : x));
  const read: T[] = [];
  const dropped: unknown[] = [];
  for (const entry of list) {
    const value = item(entry);
    if (value === undefined) dropped.push(entry);
    else read.push(value);
  }
  if (dropped.length > 0) r.repair(label, dropped.length === 1 ? dropped[0] : dropped, "unreadable", `left out (${read.length} kept)`);
  return read;
}

/** The relationship map's saved progress; progress that can't be read starts over. */
export function readMapWizard(saved: unknown, r: SettingsReader): MapWizardState | null {
  const state = normalizeMapWizard(saved);
  if (state === null && saved !== undefined && saved !== null) r.repair("Relationship map progress", saved, "unreadable", "starts over");
  return state;
}
