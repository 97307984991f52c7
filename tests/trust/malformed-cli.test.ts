/**
 * The terminal agenda over the malformed corpus, written to a real folder: it runs to
 * the end, lists every hostile note, and reports the same warnings as the plugin
 * (the expectations both are checked against).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgendaCommand, EXIT_OK } from "../../src/cli/agenda-command";
import { captureIo, makeVault, removeVault } from "../cli/helpers";
import { CORPUS_TIMEOUT_MS, EXPECTATIONS, loadCorpus } from "./malformed-corpus";

let root = "";

beforeAll(async () => {
  root = await makeVault(loadCorpus());
}, CORPUS_TIMEOUT_MS);

afterAll(async () => {
  await removeVault(root);
});

interface JsonReport {
  overdue: { path: string }[];
  dueSoon: { path: string }[];
  counts: { total: number };
  warnings: { path: string; message: string }[];
}

describe("the terminal agenda over the malformed corpus", () => {
  it("lists every note and reports each note's warnings as the plugin does", async () => {
    const io = captureIo();
    expect(await runAgendaCommand([root, "--today", "2026-11-22", "--json"], io)).toBe(EXIT_OK);
    expect(io.err).toBe("");
    const report = JSON.parse(io.out) as JsonReport;
    // Every note is a contact; those due are listed by path (the rest only counted).
    expect(report.counts.total).toBe(EXPECTATIONS.length);
    const paths = new Set(EXPECTATIONS.map((e) => e.path));
    for (const c of [...report.overdue, ...report.dueSoon]) expect(paths.has(c.path)).toBe(true);
    for (const expectation of EXPECTATIONS) {
      const messages = report.warnings.filter((w) => w.path === expectation.path).map((w) => w.message);
      expect(messages, expectation.path).toHaveLength(expectation.warnings.length);
      expectation.warnings.forEach((part, i) => expect(messages[i], expectation.path).toContain(part));
    }
  }, CORPUS_TIMEOUT_MS);

  it("prints the text agenda with the warnings", async () => {
    const io = captureIo();
    expect(await runAgendaCommand([root, "--today", "2026-11-22"], io)).toBe(EXIT_OK);
    const warned = EXPECTATIONS.filter((e) => e.warnings.length > 0);
    expect(io.out).toContain(`Warnings (${warned.reduce((n, e) => n + e.warnings.length, 0)})`);
    for (const e of warned) expect(io.out).toContain(`  ${e.path}: `);
    expect(io.out).toContain("שרה כהן");
  }, CORPUS_TIMEOUT_MS);
});
