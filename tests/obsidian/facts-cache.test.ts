import { describe, expect, it } from "vitest";
import type { App } from "../fake/app";
import { createFakeApp, loadPlugin, settle, tick, triggerLayoutReady, unloadPlugin } from "../fake/harness";
import type { SeedFile } from "../fake/vault";
import KeepInTouchPlugin from "../../src/main";
import { decodeDays, encodeDays } from "../../src/obsidian/note-facts";
import { note } from "./start-plugin";
import { putStoredCache, storedCache } from "./device-cache-fixture";

const MTIME = Date.UTC(2026, 10, 1);

const FILES: Record<string, SeedFile> = {
  "People/Sam Rivera.md": { text: note("tier: ally", "## Touches\n- 2026-10-01 call\n- 2026-11-02 coffee\n"), mtime: MTIME },
  "People/Ana Souza.md": { text: note("tier: mentor\nlast_touch: 2026-09-20"), mtime: MTIME },
  "People/Broken.md": { text: "---\ntier: ally\nx: [\n---\n## Touches\n- 2026-08-01\n", mtime: MTIME },
  "Notes/Groceries.md": { text: "milk\n", mtime: MTIME },
};

/**
 * Starts Obsidian on these files (with the cache a previous session left on this device, as JSON, if any),
 * waits for the index and the promises read after it, and runs `during` before quitting. Returns what the
 * device's storage holds afterwards, as JSON.
 */
async function session(files: Record<string, SeedFile>, cache: string | null, data?: Record<string, unknown>, during?: (app: App) => Promise<void>) {
  const app = createFakeApp({ files, pluginData: data ? { "keep-in-touch": data } : undefined });
  await putStoredCache(app.appId, cache === null ? null : parsedOrText(cache));
  const plugin = await loadPlugin(KeepInTouchPlugin, app);
  plugin.now = () => new Date(2026, 10, 22, 12);
  await triggerLayoutReady(app);
  await plugin.api.ready;
  await flush(app);
  if (during) {
    await during(app);
    await flush(app);
  }
  const contacts = plugin.api.getContacts().map((c) => ({ path: c.path, lastTouch: c.lastTouch, warnings: c.warnings, replyOwedSince: c.replyOwedSince, introFollowUps: c.introFollowUps }));
  const promises = plugin.index.all().flatMap((c) => c.promises.map((p) => `${c.path} ← ${p.path}:${p.line} ${p.text}`));
  const reads = plugin.index.lastBuild.reads;
  const { promiseReads } = plugin.index.work;
  // Quitting writes what is pending.
  await unloadPlugin(app, plugin);
  await settle(app);
  const stored = await storedCache(app.appId);
  return { app, plugin, contacts, promises, reads, promiseReads, cache: stored === null ? null : JSON.stringify(stored) };
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // A damaged cache, as stored.
  }
}

async function flush(app: App): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await settle(app);
    await tick();
  }
}

describe("the facts cache across sessions", () => {
  it("lets a normal startup read no note at all, with the same contacts", async () => {
    const first = await session(FILES, null);
    expect(first.reads).toBe(3);
    expect(first.cache).not.toBeNull();
    const second = await session(FILES, first.cache);
    expect(second.reads).toBe(0);
    expect(second.contacts).toEqual(first.contacts);
    expect(second.contacts.find((c) => c.path === "People/Sam Rivera.md")?.lastTouch).toBe("2026-11-02");
    expect(second.contacts.find((c) => c.path === "People/Broken.md")?.warnings.join()).toMatch(/not valid YAML/);
  });

  it("reads again a note edited while Obsidian was closed (its mtime or size changed)", async () => {
    const first = await session(FILES, null);
    const edited = { ...FILES, "People/Sam Rivera.md": { text: note("tier: ally", "## Touches\n- 2026-10-01 call\n- 2026-11-20 lunch\n"), mtime: MTIME + 60_000 } };
    const second = await session(edited, first.cache);
    expect(second.reads).toBe(1);
    expect(second.contacts.find((c) => c.path === "People/Sam Rivera.md")?.lastTouch).toBe("2026-11-20");
    // Same mtime, different size: read again too.
    const resized = { ...FILES, "People/Ana Souza.md": { text: note("tier: mentor\nlast_touch: 2026-09-21", "\n"), mtime: MTIME } };
    expect((await session(resized, first.cache)).reads).toBe(1);
  });

  it("forgets notes that are gone and reads new ones", async () => {
    const first = await session(FILES, null);
    const { "People/Ana Souza.md": _gone, ...rest } = FILES;
    const second = await session({ ...rest, "People/Kenji.md": { text: note("tier: peer"), mtime: MTIME } }, first.cache);
    expect(second.reads).toBe(1);
    expect(second.cache).not.toContain("Ana Souza");
  });

  it("starts over when the touch heading changed, or the cache is damaged", async () => {
    const first = await session(FILES, null);
    expect((await session(FILES, first.cache, { touchHeading: "## Log" })).reads).toBe(3);
    expect((await session(FILES, "{not json")).reads).toBe(3);
    expect((await session(FILES, JSON.stringify({ key: "something else", notes: {} }))).reads).toBe(3);
  });

  it("keeps days compactly and reads them back exactly", () => {
    const days = ["1900-01-01", "1999-12-31", "2024-02-29", "2026-11-22", "6400-12-31"];
    expect(encodeDays(days)).toHaveLength(days.length * 4);
    expect(decodeDays(encodeDays(days))).toEqual(days);
    expect(decodeDays(encodeDays([]))).toEqual([]);
    // Out of range: kept as text.
    expect(decodeDays(encodeDays(["1899-12-31", "2026-11-22"]))).toEqual(["1899-12-31", "2026-11-22"]);
  });

  it("reads days back oldest first and each once, even from a cache file changed by hand", async () => {
    expect(decodeDays(encodeDays(["2026-11-22", "2026-01-05", "2026-11-22"]))).toEqual(["2026-01-05", "2026-11-22"]);
    expect(decodeDays("~2026-11-22,1899-12-31,2026-11-22")).toEqual(["1899-12-31", "2026-11-22"]);
    // A contact resolved from such a cache has its touch days in order, as if its note had been read.
    const first = await session(FILES, null);
    const stored = JSON.parse(first.cache ?? "") as { notes: Record<string, [number, number, string, string | null]> };
    const sam = stored.notes["People/Sam Rivera.md"] as [number, number, string, string | null];
    sam[2] = encodeDays(["2026-11-02", "2026-10-01"]);
    const again = await session(FILES, JSON.stringify(stored));
    expect(again.reads).toBe(0);
    expect(again.contacts.find((c) => c.path === "People/Sam Rivera.md")?.lastTouch).toBe("2026-11-02");
  });
});

describe("promises in the facts cache", () => {
  const WITH_PROMISES: Record<string, SeedFile> = {
    ...FILES,
    "People/Sam Rivera.md": { text: note("tier: ally", "- [ ] send Sam the deck 📅 2026-11-30\n## Touches\n- 2026-10-01 call\n"), mtime: MTIME },
    "Projects/Launch.md": { text: "# Launch\n- [ ] ask [[Ana Souza]] about the talk\n- [ ] buy milk\n- [x] thank [[Sam Rivera]]\n", mtime: MTIME },
  };

  it("lets a startup over an unchanged vault read no note for promises, with the same promises", async () => {
    const first = await session(WITH_PROMISES, null);
    expect(first.promiseReads).toBe(2);
    expect(first.promises.sort()).toEqual([
      "People/Ana Souza.md ← Projects/Launch.md:1 ask [[Ana Souza]] about the talk",
      "People/Sam Rivera.md ← People/Sam Rivera.md:3 send Sam the deck 📅 2026-11-30",
    ]);
    const second = await session(WITH_PROMISES, first.cache);
    expect(second.reads).toBe(0);
    expect(second.promiseReads).toBe(0);
    expect(second.promises.sort()).toEqual(first.promises);
    expect(second.plugin.index.all().find((c) => c.path === "People/Sam Rivera.md")?.promises[0]?.due).toBe("2026-11-30");
  });

  it("reads again a note with promises that changed while Obsidian was closed", async () => {
    const first = await session(WITH_PROMISES, null);
    const edited = { ...WITH_PROMISES, "Projects/Launch.md": { text: "# Launch\n\n- [ ] ask [[Ana Souza]] about the book\n", mtime: MTIME + 60_000 } };
    const second = await session(edited, first.cache);
    expect(second.promiseReads).toBe(1);
    expect(second.promises).toContain("People/Ana Souza.md ← Projects/Launch.md:2 ask [[Ana Souza]] about the book");
    expect(second.promises.join()).not.toContain("about the talk");
  });

  it("finds links to a contact made after the note was cached, without reading it again", async () => {
    const first = await session(WITH_PROMISES, null);
    const withKenji = {
      ...WITH_PROMISES,
      "Projects/Launch.md": { text: "# Launch\n- [ ] ask [[Ana Souza]] about the talk\n- [ ] call [[Kenji]]\n", mtime: MTIME },
    };
    const before = await session(withKenji, first.cache);
    expect(before.promises.join()).not.toContain("Kenji");
    // Kenji's note appears; Launch is unchanged, and its cached task lines now link to him.
    const after = await session({ ...withKenji, "People/Kenji.md": { text: note("tier: peer"), mtime: MTIME } }, before.cache);
    expect(after.promiseReads).toBe(0);
    expect(after.promises).toContain("People/Kenji.md ← Projects/Launch.md:2 call [[Kenji]]");
  });

  it("moves a renamed note's promises without reading it, and forgets deleted notes", async () => {
    const first = await session(WITH_PROMISES, null);
    const renamed = await session(WITH_PROMISES, first.cache, undefined, async (app) => {
      const launch = app.vault.getFileByPath("Projects/Launch.md");
      if (launch) await app.fileManager.renameFile(launch, "Projects/Launch plan.md");
    });
    expect(renamed.promiseReads).toBe(0);
    expect(renamed.promises).toContain("People/Ana Souza.md ← Projects/Launch plan.md:1 ask [[Ana Souza]] about the talk");
    expect(renamed.cache).toContain("Projects/Launch plan.md");
    expect(renamed.cache).not.toContain('"Projects/Launch.md"');
    const deleted = await session(WITH_PROMISES, first.cache, undefined, async (app) => {
      const launch = app.vault.getFileByPath("Projects/Launch.md");
      if (launch) await app.vault.delete(launch);
    });
    expect(deleted.promises.join()).not.toContain("Launch");
    expect(deleted.cache).not.toContain("Launch");
  });

  it("drops a cache written in the format before promises were kept", async () => {
    const first = await session(WITH_PROMISES, null);
    const old = JSON.parse(first.cache ?? "") as { key: string };
    old.key = old.key.replace(/^\d+\|/, "2|");
    const again = await session(WITH_PROMISES, JSON.stringify(old));
    expect(again.reads).toBe(3);
    expect(again.promiseReads).toBe(2);
  });
});

describe("who reached out and introductions in the facts cache", () => {
  const WITH_RECIPROCITY: Record<string, SeedFile> = {
    "People/Hannah Schmidt.md": { text: note("tier: peer", "## Touches\n- 2026-10-30 call →\n- 2026-11-17 check-in ← — her talk\n"), mtime: MTIME },
    "People/Helen Okoye.md": { text: note("tier: mentor", "## Touches\n- 2026-10-15 intro → — to [[Wei Zhang]]\n- 2026-10-16 intro — to [[Ana]] (follow-up dismissed)\n"), mtime: MTIME },
  };

  it("keeps them, so a startup over an unchanged vault reads no note for replies owed or follow-ups", async () => {
    const first = await session(WITH_RECIPROCITY, null);
    expect(first.reads).toBe(2);
    expect(first.contacts.map(({ path, replyOwedSince, introFollowUps }) => ({ path, replyOwedSince, introFollowUps }))).toEqual([
      { path: "People/Hannah Schmidt.md", replyOwedSince: "2026-11-17", introFollowUps: [] },
      { path: "People/Helen Okoye.md", replyOwedSince: null, introFollowUps: [{ introduced: "2026-10-15", with: "Wei Zhang", dueSince: "2026-11-14" }] },
    ]);
    const second = await session(WITH_RECIPROCITY, first.cache);
    expect(second.reads).toBe(0);
    expect(second.contacts).toEqual(first.contacts);
  });

  it("drops a cache of the format before, which lacks them", async () => {
    const first = await session(WITH_RECIPROCITY, null);
    const old = JSON.parse(first.cache ?? "") as { key: string; notes: Record<string, unknown[]> };
    old.key = old.key.replace(/^\d+\|/, "3|");
    for (const stored of Object.values(old.notes)) stored.length = 4;
    const again = await session(WITH_RECIPROCITY, JSON.stringify(old));
    expect(again.reads).toBe(2);
    expect(again.contacts).toEqual(first.contacts);
  });
});
