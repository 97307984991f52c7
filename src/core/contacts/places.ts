import { buildAgenda, type AgendaEntry } from "../planning/agenda";
import { textOf, type Contact } from "./contact";
import type { LocalDate } from "../shared/dates";
import { resolveTimeZoneName } from "./local-time";
import type { Tier } from "./tiers";

export interface PlaceCount {
  /** The place as first written in a note (`Lisbon`). */
  place: string;
  count: number;
}

/**
 * Places are matched as written: only case and surrounding spaces are ignored, so
 * "lisbon" and "Lisbon" are one place but "Lisboa" is another. Guessing that two
 * spellings mean one city would be wrong as often as right.
 */
function placeKey(place: string): string {
  return place.trim().toLowerCase();
}

/** Paused people are left out: "who's in Lisbon?" asks whom to see. */
function isReachable(contact: Contact): contact is Contact & { location: string } {
  return contact.location !== null && contact.status !== "paused";
}

/** Every place in use with how many people are there, most people first, then by name. */
export function placeCounts(contacts: Iterable<Contact>): PlaceCount[] {
  const counts = new Map<string, PlaceCount>();
  for (const contact of contacts) {
    if (!isReachable(contact)) continue;
    const key = placeKey(contact.location);
    const entry = counts.get(key) ?? { place: contact.location.trim(), count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.place.localeCompare(b.place));
}

/** The people in one place (as `placeCounts` groups them), the most overdue first, paused people left out. */
export function peopleIn(contacts: Iterable<Contact>, place: string, today: LocalDate, tiers: readonly Tier[]): AgendaEntry[] {
  const key = placeKey(place);
  const agenda = buildAgenda(
    [...contacts].filter((c) => isReachable(c) && placeKey(c.location) === key),
    today,
    tiers,
  );
  return [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed];
}

/** The view's text filter for a place: `@` makes the filter look at places only. */
export function placeFilterText(place: string): string {
  return `@${place.trim()}`;
}

/** What the place form holds: what was typed, and whether each property is to be emptied. */
export interface PlaceForm {
  location: string;
  timezone: string;
  clearLocation: boolean;
  clearTimezone: boolean;
}

/** The values to write: a string sets the property, null empties it, a missing key leaves it alone. */
export interface PlaceChange {
  location?: string | null;
  timezone?: string | null;
}

export type PlaceChangeResult = { ok: true; change: PlaceChange } | { ok: false; reason: string };

/** Reads the form: a blank field leaves each note's own value; a time zone must be one the platform knows. */
export function placeChangeOf(form: PlaceForm): PlaceChangeResult {
  const change: PlaceChange = {};
  // One line of text; an "@" typed out of habit from the filter isn't part of the place.
  const location = form.location.replace(/\s+/g, " ").trim().replace(/^@\s*/, "");
  if (form.clearLocation) change.location = null;
  else if (location !== "") change.location = location;
  const typedZone = form.timezone.trim();
  if (form.clearTimezone) {
    change.timezone = null;
  } else if (typedZone !== "") {
    const zone = resolveTimeZoneName(typedZone);
    if (zone === null) return { ok: false, reason: `"${typedZone}" is not a time zone Obsidian knows. Use a name like Europe/Lisbon or Asia/Kolkata.` };
    change.timezone = zone;
  }
  if (change.location === undefined && change.timezone === undefined) return { ok: false, reason: "Type a place or a time zone, or choose to clear one." };
  return { ok: true, change };
}

/** The property writes one note needs for a change: none for a value it already has, or for clearing what it lacks. */
export function placeWrites(frontmatter: Record<string, unknown> | undefined, change: PlaceChange, keys: { location: string; timezone: string }): [key: string, value: string | null][] {
  const writes: [string, string | null][] = [];
  for (const field of ["location", "timezone"] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const current = textOf(frontmatter?.[keys[field]]);
    if (current !== value) writes.push([keys[field], value]);
  }
  return writes;
}
