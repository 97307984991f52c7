import { describeCadenceRange } from "./cadence";
import type { Contact } from "./contact";
import type { LocalDate } from "../shared/dates";
import type { MapPerson, MapWizardState } from "./map-wizard-state";
import type { Tier } from "./tiers";

/**
 * "Build your relationship map in 20 minutes": list about thirty people, give each a
 * segment and one relevance topic, see what the cadences ask of a week, then write it.
 * This is the pure part: who to suggest, in what order, what the map asks, and the
 * wizard's saved progress.
 */

/** Someone the wizard can suggest: a note the dated notes link to, or a name they link to that has no note yet. */
export interface MapCandidate {
  /** The note, or null for a name with no note yet (the wizard creates it). */
  path: string | null;
  name: string;
  /** How many dated notes (daily notes, meeting notes) link to them. */
  mentions: number;
  lastMentioned: LocalDate | null;
  /** Already a contact, without a tier. */
  unclassified: boolean;
}

/** Most mentioned first, then most recently mentioned, then by name: the people the notes already say matter. */
export function orderCandidates(candidates: readonly MapCandidate[]): MapCandidate[] {
  return [...candidates].sort(
    (a, b) => b.mentions - a.mentions || (b.lastMentioned ?? "").localeCompare(a.lastMentioned ?? "") || a.name.localeCompare(b.name) || (a.path ?? "").localeCompare(b.path ?? ""),
  );
}

/** What the candidate list says about someone, in a few words. */
export function describeCandidate(candidate: MapCandidate): string {
  const parts: string[] = [];
  if (candidate.mentions > 0) parts.push(`in ${candidate.mentions} dated ${candidate.mentions === 1 ? "note" : "notes"}${candidate.lastMentioned ? `, last ${candidate.lastMentioned}` : ""}`);
  if (candidate.path === null) parts.push("no note yet");
  else if (candidate.unclassified) parts.push("a contact without a tier");
  return parts.join(" · ");
}

/** The method's starting sizes: "pick 5 close allies, 10 peers, 3 mentors, and 10 aspirational contacts". A hint, not a rule. */
export const STARTER_SIZES: Readonly<Record<string, number>> = { ally: 5, peer: 10, mentor: 3, aspirational: 10 };

/**
 * The typical gap between touches in a tier: the middle of its range. Touching
 * someone the day they come due is the fastest a tier asks, just before they turn
 * overdue the slowest; a week's load is worked out from the middle.
 */
export function typicalGapDays(range: { dueFromDays: number; overdueAfterDays: number }): number {
  return Math.max(1, (range.dueFromDays + range.overdueAfterDays) / 2);
}

/** Touches a week one person asks for: 7 over the typical gap. */
export function touchesPerWeek(range: { dueFromDays: number; overdueAfterDays: number }): number {
  return 7 / typicalGapDays(range);
}

export interface TierLoad {
  tier: Tier;
  /** People the map puts in this tier. */
  inMap: number;
  /** Active contacts already in it, not in the map. */
  already: number;
  /** Touches a week per person in this tier (7 over the middle of its range). */
  perPerson: number;
  /** The method's suggested starting size, for the four default tiers. */
  starterSize: number | null;
}

export interface MapLoad {
  tiers: TierLoad[];
  /** Touches a week the map's people ask for. */
  map: number;
  /** … and the contacts already in tiers. */
  already: number;
  total: number;
  capacity: number;
  /** The fastest and slowest the whole network could be kept: everyone touched as they come due, or just before overdue. */
  fastest: number;
  slowest: number;
}

/** A person the map will write, with the range their touches come in. */
export interface MappedPerson {
  tierId: string;
  dueFromDays: number;
  overdueAfterDays: number;
}

/**
 * What the map asks of a week, next to what the network already asks and the weekly
 * capacity. Contacts already in tiers count unless they are paused or in the map.
 */
export function mapLoad(mapped: readonly MappedPerson[], contacts: Iterable<Contact>, tiers: readonly Tier[], capacity: number, inMap: ReadonlySet<string> = new Set()): MapLoad {
  const rows = new Map<string, TierLoad>(tiers.map((tier) => [tier.id, { tier, inMap: 0, already: 0, perPerson: touchesPerWeek(tier), starterSize: STARTER_SIZES[tier.id] ?? null }]));
  let map = 0;
  let already = 0;
  let fastest = 0;
  let slowest = 0;
  const add = (range: { dueFromDays: number; overdueAfterDays: number }) => {
    fastest += 7 / Math.max(1, range.dueFromDays);
    slowest += 7 / Math.max(1, range.overdueAfterDays);
    return touchesPerWeek(range);
  };
  for (const person of mapped) {
    map += add(person);
    const row = rows.get(person.tierId);
    if (row) row.inMap++;
  }
  for (const contact of contacts) {
    if (!contact.tierSet || contact.status === "paused" || inMap.has(contact.path)) continue;
    already += add(contact);
    const row = rows.get(contact.tier.id);
    if (row) row.already++;
  }
  return { tiers: [...rows.values()], map, already, total: map + already, capacity, fastest, slowest };
}

/** "1 person", "12 people". */
export function countPeople(n: number): string {
  return `${n} ${n === 1 ? "person" : "people"}`;
}

/** A touch count for reading: one decimal, none when whole. */
export function formatRate(rate: number): string {
  const rounded = Math.round(rate * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** The load in sentences: what the map asks, how it was worked out, and how it sits against the capacity. */
export function describeMapLoad(load: MapLoad): string[] {
  const lines = [`This map asks about ${formatRate(load.map)} touches a week.`];
  if (load.already > 0) lines.push(`With the people already in tiers, your network asks about ${formatRate(load.total)} a week.`);
  lines.push(
    `Each person counts once per the middle of their tier's range (a tier due from 2 weeks and overdue after 6 counts as every 4 weeks: 7 / 28 days = 0.25 a week). Touching everyone as soon as they come due would take ${formatRate(load.fastest)} a week; just before they turn overdue, ${formatRate(load.slowest)}.`,
  );
  if (load.total > load.capacity) {
    lines.push(`That is more than your weekly capacity of ${load.capacity}. Put some people in a slower tier, skip a few for now, or raise the capacity in settings.`);
  } else {
    lines.push(`That fits your weekly capacity of ${load.capacity}.`);
  }
  return lines;
}

/** A tier's range and per-person load, for the confirm step: "every 2–6 weeks, counted as every 4 weeks: about 0.3 a week each". */
export function describeTierLoad(row: TierLoad): string {
  const { tier } = row;
  return `every ${describeCadenceRange(tier.dueFromDays, tier.overdueAfterDays)}, counted as every ${describeGap(typicalGapDays(tier))}: about ${formatRate(row.perPerson)} a week each`;
}

/** A typical gap in the unit it reads best in: "4 weeks", "4.5 months", "10 days". */
export function describeGap(days: number): string {
  if (Number.isInteger(days) && days % 7 === 0) return days === 7 ? "week" : `${days / 7} weeks`;
  if (days >= 60) return `${formatRate(days / 30)} months`;
  return `${formatRate(days)} days`;
}

/** The tier a number key picks: 1 is the first tier in settings, up to 9. */
export function tierForKey(key: string, tiers: readonly Tier[]): Tier | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  return tiers[Number(key) - 1];
}

/** Names typed one per line (or pasted), cleaned of list markers and links, without repeats. */
export function parseNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
      .replace(/^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/, "$1")
      .trim();
    if (name === "" || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/** The people the map will write: those with a tier the settings still know. */
export function mappedPeople(state: MapWizardState, tiers: readonly Tier[]): (MapPerson & { tier: Tier })[] {
  const out: (MapPerson & { tier: Tier })[] = [];
  for (const person of state.people) {
    const tier = person.skipped ? undefined : tiers.find((t) => t.id === person.tierId);
    if (tier) out.push({ ...person, tier });
  }
  return out;
}

/** The same person: the same note, or for a new name the same name ignoring case. */
export function samePerson(a: Pick<MapPerson, "path" | "name">, b: Pick<MapPerson, "path" | "name">): boolean {
  return a.path !== null || b.path !== null ? a.path === b.path : a.name.toLowerCase() === b.name.toLowerCase();
}
