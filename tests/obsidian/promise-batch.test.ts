import { describe, expect, it } from "vitest";
import { AgendaModel, STATES } from "../../src/core/agenda-model";
import { startPlugin, note, TODAY } from "./start-plugin";

/**
 * After a build the plugin reads the notes that may hold promises and resolves the
 * contacts they name again: hundreds at once. The agenda is then worked out once,
 * from everyone, instead of moving each of them in it (each move in a list not yet
 * read in order is a search through that list), and it is the agenda a fresh look
 * at everyone gives. Work is counted, never timed.
 */

const PEOPLE = 400;

function vault(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < PEOPLE; i++) files[`People/Person ${i}.md`] = note(`tier: ${["ally", "peer", "mentor"][i % 3]}\nlast_touch: 2026-0${1 + (i % 9)}-1${i % 10}`);
  // Half of them are promised something in a project note.
  for (let i = 0; i < PEOPLE; i += 2) files[`Projects/P${i}.md`] = `- [ ] send [[Person ${i}]] the notes\n`;
  return files;
}

describe("promises read after a build", () => {
  it("leave an agenda worked out once, the same as one made from everyone", async () => {
    const { plugin } = await startPlugin(vault());
    const contacts = plugin.index.all();
    expect(contacts.filter((c) => c.promises.length > 0)).toHaveLength(PEOPLE / 2);
    const agenda = plugin.index.agenda();
    // Everyone's due state worked out once since the promises came in, not once more per contact moved.
    expect(agenda.computed).toBe(PEOPLE);
    const fresh = new AgendaModel(plugin.resolved.tiers, TODAY, {});
    fresh.rebuild(contacts);
    for (const state of STATES) expect(agenda.lists[state].toArray().map((e) => e.contact)).toEqual(fresh.lists[state].toArray().map((e) => e.contact));
  });
});
