import { describe, expect, it, vi } from "vitest";
import type { App } from "../fake/app";
import type { SeedFile } from "../fake/vault";
import { createFakeApp, loadPlugin, settle, tick, triggerLayoutReady, unloadPlugin } from "../fake/harness";
import KeepInTouchPlugin from "../../src/main";
import { propertiesParses } from "../../src/core/notes/frontmatter-edit";
import { DatedNotes, NoteNames } from "../../src/obsidian/dated-notes";
import { SliceClock } from "../../src/obsidian/slice-clock";



/**
 * Work a build must not do, counted (never timed): YAML parses of contact notes
 * whose properties are plain, and link searches for names only one note has.
 */

const CACHE = ".obsidian/plugins/keep-in-touch/index-cache.json";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const MTIME = Date.UTC(2026, 10, 1);

function vault(): Record<string, SeedFile> {
  const files: Record<string, SeedFile> = {};
  for (let i = 0; i < 40; i++) {
    const topics = i % 2 === 0 ? "topics: [hiring, B2B SaaS]\n" : "aliases:\n  - P\n  - \"Person\"\n";
    files[`People/Person ${i}.md`] = { mtime: MTIME, text: `---\ntier: ${["ally", "peer", "mentor"][i % 3]}\nlast_touch: 2026-10-${pad(1 + (i % 28))}\n${topics}company: "[[Acme]]"\n---\nNotes.\n\n## Touches\n- 2026-09-${pad(1 + (i % 28))} call — caught up\n- 2026-10-02 coffee\n` };
  }
  // Two notes share a name: links to it need Obsidian's search.
  files["People/Sam.md"] = { mtime: MTIME, text: "---\ntier: peer\n---\n" };
  files["Archive/Sam.md"] = { mtime: MTIME, text: "old\n" };
  for (let d = 1; d <= 28; d++) {
    files[`Daily/2026-11-${pad(d)}.md`] = { mtime: MTIME, text: `# Day\n- Coffee with [[Person ${d}]] and [[Person ${(d * 7) % 40}]]\n- [ ] call [[Person ${d % 5}]]\n- Lunch with [[Sam]] and [[Nobody Yet]]\n` };
  }
  return files;
}

async function flush(app: App): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await settle(app);
    await tick();
  }
}

/** One session on the vault, with the cache file a previous one left; counts the work of its startup. */
async function session(cache: string | null) {
  const app = createFakeApp({ files: vault() });
  if (cache !== null) {
    await app.vault.adapter.mkdir(".obsidian/plugins/keep-in-touch");
    await app.vault.adapter.write(CACHE, cache);
  }
  const links = vi.spyOn(app.metadataCache, "getFirstLinkpathDest");
  const plugin = await loadPlugin(KeepInTouchPlugin, app);
  plugin.now = () => new Date(2026, 10, 22, 12);
  const parsesBefore = propertiesParses.count;
  await triggerLayoutReady(app);
  await plugin.api.ready;
  await flush(app);
  const work = { parses: propertiesParses.count - parsesBefore, linkSearches: links.mock.calls.map(([link]) => link), reads: plugin.index.lastBuild.reads };
  const mentions = plugin.api.getContacts().map((c) => `${c.path} ${c.lastTouch ?? ""} ${c.warnings.join()}`);
  await unloadPlugin(app, plugin);
  return { work, mentions, cache: await app.vault.adapter.read(CACHE).catch(() => null) };
}

describe("the work of a build", () => {
  it("parses no YAML for contact notes with plain properties, on a first build or with the cache", async () => {
    const first = await session(null);
    expect(first.work.reads).toBe(41);
    expect(first.work.parses).toBe(0);
    const second = await session(first.cache);
    expect(second.work.reads).toBe(0);
    expect(second.work.parses).toBe(0);
    expect(second.mentions).toEqual(first.mentions);
  });

  it("asks Obsidian to search for a link only when two notes share its name", async () => {
    const { work } = await session(null);
    // "Sam" is the only name two notes have; every other link is known from the names and resolvedLinks.
    expect(new Set(work.linkSearches)).toEqual(new Set(["Sam"]));
    expect(work.linkSearches.length).toBeLessThanOrEqual(1);
  });

  it("looks at the vault's names a part at a time, with a look at the clock after each part, keeping only the names links ask about", async () => {
    const files: Record<string, string> = { "People/Sam.md": "---\ntier: peer\n---\n", "Daily/2026-11-20.md": "- Lunch with [[Sam]] and [[Note 7]]\n" };
    for (let i = 0; i < 8_200; i++) files[`Notes/Note ${i}.md`] = "x\n";
    const app = createFakeApp({ files });
    const plugin = await loadPlugin(KeepInTouchPlugin, app);
    plugin.now = () => new Date(2026, 10, 22, 12);
    const look = vi.spyOn(NoteNames.prototype, "look");
    const clockLooks: number[] = [];
    const due = vi.spyOn(SliceClock.prototype, "due").mockImplementation(function (this: SliceClock) {
      if (this.step === "names") clockLooks.push(look.mock.calls.length);
      return false;
    });
    const names = vi.spyOn(DatedNotes.prototype, "useNames");
    try {
      await triggerLayoutReady(app);
      await plugin.api.ready;
    } finally {
      due.mockRestore();
    }
    expect(look.mock.calls.map(([, from, to]) => [from, to])).toEqual([
      [0, 4096],
      [4096, 8192],
      [8192, 8202],
    ]);
    // After each part, the clock is asked whether the slice has run long enough.
    expect(clockLooks).toEqual([1, 2, 3]);
    look.mockRestore();
    const kept = names.mock.calls[0]?.[0];
    names.mockRestore();
    expect(kept?.keyOf("sam")).toBe("sam");
    expect(kept?.pathOf("sam")).toBe("People/Sam.md");
    expect(kept?.pathOf("note 7")).toBe("Notes/Note 7.md");
    // A name no link asked about is left to a search, not kept.
    expect(kept?.keyOf("Note 8")).toBeUndefined();
    expect(plugin.api.getContacts().map((c) => `${c.path} ${c.lastTouch ?? ""}`)).toEqual(["People/Sam.md 2026-11-20"]);
    await unloadPlugin(app, plugin);
  });

  it("still asks the parser when a block isn't plain, and reports its problem", async () => {
    const app = createFakeApp({ files: { "People/Odd.md": "---\ntier: ally\ntier: peer\n---\n" } });
    const plugin = await loadPlugin(KeepInTouchPlugin, app);
    const before = propertiesParses.count;
    await triggerLayoutReady(app);
    await plugin.api.ready;
    await flush(app);
    expect(propertiesParses.count).toBeGreaterThan(before);
    expect(plugin.api.getContacts()[0]?.warnings.join()).toMatch(/not valid YAML/);
    await unloadPlugin(app, plugin);
  });
});
