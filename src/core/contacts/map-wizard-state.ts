/**
 * The relationship-map wizard's progress, saved with the settings so that closing it
 * (or Obsidian) loses nothing. Apart from the map's rules so that the settings can
 * read it without knowing about contacts.
 */

export type MapStep = "pick" | "tiers" | "topics" | "confirm";
export const MAP_STEPS: readonly MapStep[] = ["pick", "tiers", "topics", "confirm"];

export interface MapPerson {
  /** The note, or null for a typed name that becomes a new contact note. */
  path: string | null;
  name: string;
  /** The chosen tier, or null while not chosen or skipped. */
  tierId: string | null;
  /** Whether the person was skipped in the tier step (not written). */
  skipped: boolean;
  /** One relevance topic, or "" for none. */
  topic: string;
}

export interface MapWizardState {
  step: MapStep;
  people: MapPerson[];
  /** The person the tier step is at; the number of people once everyone has been seen. */
  cursor: number;
}

export function emptyMapWizard(): MapWizardState {
  return { step: "pick", people: [], cursor: 0 };
}

/** Saved progress as it was saved, or null when there is none or it can't be read: never throws. */
export function normalizeMapWizard(saved: unknown): MapWizardState | null {
  if (typeof saved !== "object" || saved === null || Array.isArray(saved)) return null;
  const s = saved as Record<string, unknown>;
  const step = MAP_STEPS.find((m) => m === s.step) ?? "pick";
  const people: MapPerson[] = [];
  for (const p of Array.isArray(s.people) ? s.people : []) {
    if (typeof p !== "object" || p === null) continue;
    const r = p as Record<string, unknown>;
    const name = typeof r.name === "string" ? r.name.trim() : "";
    if (name === "") continue;
    people.push({
      path: typeof r.path === "string" && r.path !== "" ? r.path : null,
      name,
      tierId: typeof r.tierId === "string" && r.tierId !== "" ? r.tierId : null,
      skipped: r.skipped === true,
      topic: typeof r.topic === "string" ? r.topic.trim() : "",
    });
  }
  const cursor = typeof s.cursor === "number" && Number.isInteger(s.cursor) ? Math.min(Math.max(0, s.cursor), people.length) : 0;
  return { step: people.length === 0 ? "pick" : step, people, cursor };
}
