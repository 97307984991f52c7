import { plural } from "../../core/shared/dates";
import { countPeople, mappedPeople } from "../../core/contacts/relationship-map";
import { type MapPerson, type MapWizardState } from "../../core/contacts/map-wizard-state";
import type { Services } from "../services";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder, type UndoStep } from "../undo-history";

export interface MapWriteResult {
  /** Notes created for new names, tiers set on existing notes, topics added. */
  created: number;
  tiers: number;
  topics: number;
  /** People whose note couldn't be written, with why; the rest of the map stands. */
  failed: { person: MapPerson; reason: string }[];
  /** The whole map as one step to undo, or null when nothing was written. */
  step: UndoStep | null;
}

/** Remembers where the wizard is (or that none is under way), without rebuilding the index as a settings change would. */
export async function saveMapProgress(services: Services, state: MapWizardState | null): Promise<void> {
  services.settings.mapWizard = state;
  await services.saveSettingsQuietly();
}

/**
 * Writes the map: a new contact note for each new name (with its tier), the tier of
 * every existing note, and one topic added to each person's topics. Everything is one
 * change recorder, so the whole map is one step to undo (which also puts the new notes
 * in the trash). A note that can't be written is reported and the others still are.
 */
export async function writeMap(services: Services, state: MapWizardState): Promise<MapWriteResult> {
  const recorder = new ChangeRecorder();
  const writer = services.writer.recordingTo(recorder);
  const topicsKey = services.settings.properties.topics;
  const result: MapWriteResult = { created: 0, tiers: 0, topics: 0, failed: [], step: null };
  const people = mappedPeople(state, services.resolved.tiers);
  const changed = async (write: () => Promise<void>) => {
    const before = recorder.changes.length;
    await write();
    return recorder.changes.length > before;
  };
  for (const person of people) {
    try {
      const existing = person.path;
      if (existing !== null && (await changed(() => writer.setTier(existing, person.tier.id)))) result.tiers++;
      const path = existing ?? (await writer.createContact(person.name, person.tier.id)).path;
      if (existing === null) result.created++;
      // A topic the note already has (in any spelling of case) leaves it as it was, and isn't counted.
      if (person.topic !== "" && (await changed(() => writer.addListItem(path, topicsKey, person.topic)))) result.topics++;
    } catch (error) {
      const { tier: _tier, ...saved } = person;
      result.failed.push({ person: saved, reason: messageOf(error) });
    }
  }
  result.step = services.undo.push(`built your relationship map (${countPeople(people.length - result.failed.length)})`, recorder);
  return result;
}

/** What was written, in a sentence. */
export function describeMapWrite(result: MapWriteResult): string {
  const parts: string[] = [];
  if (result.created > 0) parts.push(`${plural(result.created, "new contact note")}`);
  if (result.tiers > 0) parts.push(`${plural(result.tiers, "tier")} set`);
  if (result.topics > 0) parts.push(`${plural(result.topics, "topic")} added`);
  const written = parts.length > 0 ? `Your relationship map is written: ${parts.join(", ")}.` : "Nothing was written.";
  const failed = result.failed.length > 0 ? ` ${countPeople(result.failed.length)} couldn't be written: ${result.failed.map((f) => `${f.person.name} (${f.reason})`).join("; ")}` : "";
  return `${written}${failed}`;
}
