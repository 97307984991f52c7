/**
 * The demo vault's touch history gives the review something to say on 2026-11-22:
 * one-sided relationships, an asking share over the line, a drifting mentor and a
 * tier suggestion each way. demo-vault/README.md tells the same story.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVaultNotes } from "../../src/cli/vault-files";
import type { Review } from "../../src/core/insight/review";
import { reviewOf } from "./review-fixture";
import { startPlugin, type Started } from "./start-plugin";

async function startDemo(): Promise<Started> {
  const { notes } = await readVaultNotes(join(__dirname, "../../demo-vault"), { skipPaths: [".obsidian"] });
  return startPlugin(Object.fromEntries(notes.map((n) => [n.path, n.text])));
}

const nfc = (name: string) => name.normalize("NFC");
const suggestions = (review: Review) => review.suggestions.map((s) => `${nfc(s.name)}: ${s.from.label} → ${s.to.label}`);

describe("the review of the demo vault", () => {
  it("over 90 days: Zoë and Grace one-sided, asking in 9 of the last 20, Priya drifting, Sara suggested closer", async () => {
    const review = await reviewOf(await startDemo(), 90);
    expect(review.initiative.filter((r) => r.oneSided).map((r) => `${nfc(r.name)}: ${r.oneSided}`)).toEqual(["Grace Mwangi: them", "Zoë Laurent: me"]);
    expect(review.reciprocity.sample).toHaveLength(20);
    expect(review.reciprocity.counts).toEqual({ gave: 8, asked: 9, exchanged: 3 });
    expect(review.reciprocity.flagged).toBe(true);
    expect(review.drifting.map((d) => nfc(d.name))).toContain("Priya Raman");
    expect(suggestions(review)).toEqual(["Sara Lindqvist: Peers → Close allies"]);
  });

  it("over 365 days: Helen, overdue twice, is suggested a farther tier", async () => {
    const review = await reviewOf(await startDemo(), 365);
    expect(suggestions(review)).toEqual(["Helen Okoye: Mentors → Aspirational"]);
  });
});
