import fc from "fast-check";
import type { CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { AgendaModel, STATES } from "../../src/core/planning/agenda-model";
import { PromiseTracker } from "../../src/obsidian/promise-tracker";
import { startPlugin, note, TODAY } from "./start-plugin";

/**
 * The promises' share of a build. Every note is asked whether it may hold a promise;
 * after the build the plugin reads those notes and resolves the contacts they name
 * again, hundreds at once. The agenda is then worked out once, from everyone, instead
 * of moving each of them in it (each move in a list not yet read in order is a search
 * through that list), and it is the agenda a fresh look at everyone gives. Work is
 * counted, never timed.
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

describe("which notes may hold promises", () => {
  const position = (line: number) => ({ start: { line, col: 0, offset: 0 }, end: { line, col: 0, offset: 0 } });
  /** The plain version: the lines with links, as a set, against the open tasks. */
  function plain(cache: CachedMetadata | null, isContact: boolean): boolean {
    if (!cache?.listItems) return false;
    if (isContact) return cache.listItems.some((item) => item.task === " ");
    if (!cache.links || cache.links.length === 0) return false;
    const linkLines = new Set(cache.links.map((l) => l.position.start.line));
    return cache.listItems.some((item) => item.task === " " && linkLines.has(item.position.start.line));
  }

  it("are the notes with an open task that has a link on its line (or a contact's with any open task)", () => {
    const item = fc.record({ line: fc.integer({ min: 0, max: 8 }), task: fc.constantFrom(" ", "x", undefined) });
    const cache = fc.option(
      fc.record({
        listItems: fc.option(fc.array(item, { maxLength: 6 }), { nil: undefined }),
        links: fc.option(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 6 }), { nil: undefined }),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(cache, fc.boolean(), (c, isContact) => {
        const metadata =
          c === null
            ? null
            : ({
                listItems: c.listItems?.map((i) => ({ task: i.task, parent: -1, position: position(i.line) })),
                links: c.links?.map((line) => ({ link: "Sam", original: "[[Sam]]", position: position(line) })),
              } as CachedMetadata);
        expect(PromiseTracker.mayHoldPromises(metadata, isContact)).toBe(plain(metadata, isContact));
      }),
      { numRuns: 500 },
    );
  });
});
