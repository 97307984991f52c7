import type KeepInTouchPlugin from "../src/main";
import { heapUsed } from "./measure";

/** The parts of the index that hold memory per contact, as the benchmark takes them apart. */
interface IndexParts {
  store: {
    agendaModel: unknown;
    contacts: Map<string, unknown>;
    promises: unknown;
    mentions: unknown;
    sources: Map<string, unknown>;
    /** Held by the index's vault listeners too: emptied rather than let go of. */
    dated: { filesChanged(): void };
  };
  facts: { notes: { reset(): void }; tasks: { reset(): void } };
}

/**
 * Where a running index's heap goes, in bytes per contact: each part is let go of in
 * turn, after a full collection before and after, and what the heap lost is its share
 * (what it holds that the parts let go of before it don't). Leaves the index unusable:
 * the last thing a benchmark does with a plugin before unloading it.
 */
export function heapParts(plugin: KeepInTouchPlugin, contacts: number): Record<string, number> {
  const { store, facts } = plugin.index as unknown as IndexParts;
  const parts: [string, () => void][] = [
    ["agenda", () => (store.agendaModel = null)],
    ["contacts", () => (store.contacts = new Map())],
    ["promises", () => (store.promises = null)],
    ["mentions", () => (store.mentions = null)],
    ["note sources", () => (store.sources = new Map())],
    ["facts cache", () => {
      facts.notes.reset();
      facts.tasks.reset();
    }],
    ["note names and links", () => store.dated.filesChanged()],
  ];
  const split: Record<string, number> = {};
  let last = heapUsed();
  for (const [name, release] of parts) {
    release();
    const now = heapUsed();
    split[name] = (last - now) / contacts;
    last = now;
  }
  return split;
}
