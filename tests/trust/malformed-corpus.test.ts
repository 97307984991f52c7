/**
 * The malformed corpus in the real plugin, in the fake Obsidian: every hostile note
 * is indexed with the warnings its expectation lists, and logging a touch on it gives
 * exactly the expected text or is refused with a clear notice, leaving every byte.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { notices, renderCodeBlock } from "../fake/harness";
import { openView, startPlugin, type Started } from "../obsidian/start-plugin";
import { CORPUS_TIMEOUT_MS, EXPECTATIONS, loadCorpus, nameOf } from "./malformed-corpus";

let corpus: Record<string, string>;
let started: Started;

beforeAll(async () => {
  corpus = loadCorpus();
  started = await startPlugin(corpus);
}, CORPUS_TIMEOUT_MS);

describe("the malformed corpus", () => {
  it("has an expectation for every note, and a note for every expectation", () => {
    expect(Object.keys(corpus).sort()).toEqual(EXPECTATIONS.map((e) => e.path).sort());
    expect(EXPECTATIONS.length).toBeGreaterThanOrEqual(30);
    // The generated giant really is one.
    expect(corpus["People/Huge 5 MB.md"]!.length).toBeGreaterThan(5_000_000);
  });

  it.each(EXPECTATIONS.map((e) => [e.why, e] as const))("indexes %s, with the expected warnings", (_why, expectation) => {
    const contact = started.plugin.index.get(expectation.path);
    if (!contact) throw new Error(`${expectation.path} was not indexed`);
    expect(contact.name).toBe(nameOf(expectation.path));
    expect(contact.warnings).toHaveLength(expectation.warnings.length);
    expectation.warnings.forEach((part, i) => expect(contact.warnings[i]).toContain(part));
    if (expectation.lastTouch !== undefined) expect(contact.lastTouch).toBe(expectation.lastTouch);
    if (expectation.tier !== undefined) expect(contact.tier.id).toBe(expectation.tier);
  });

  it("draws the view and the agenda block with every hostile note in the vault", async () => {
    const view = await openView(started);
    expect(view.contentEl.querySelectorAll(".kit-row").length).toBeGreaterThan(0);
    const block = await renderCodeBlock(started.app, "keep-in-touch", "limit: 100");
    const names = block.textContent ?? "";
    for (const name of ["Future log line", "שרה כהן", "🌻🌻", "Sam [[x]] | #y"]) expect(names).toContain(name);
  });
});

describe("logging a touch on each note of the corpus", () => {
  it.each(EXPECTATIONS.map((e) => [e.why, e] as const))("%s", async (_why, expectation) => {
    const { path, touch } = expectation;
    const contact = started.plugin.index.get(path);
    if (!contact) throw new Error(`${path} was not indexed`);
    const before = started.text(path);
    const landed = await started.plugin.actions.logTouch(contact);
    await started.flush();
    if ("after" in touch) {
      expect(started.text(path)).toBe(touch.after);
      expect(landed).toBe(true);
      expect(notices().at(-1)?.startsWith(`Logged a touch with ${contact.name}.`)).toBe(true);
    } else {
      expect(started.text(path)).toBe(before);
      expect(landed).toBe(false);
      const notice = notices().at(-1) ?? "";
      expect(notice.startsWith(`Couldn't log a touch with ${contact.name}: `)).toBe(true);
      expect(notice).toContain(touch.refused);
    }
  }, CORPUS_TIMEOUT_MS);
});
