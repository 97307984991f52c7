/**
 * The demo vault's sample exports, imported as demo-vault/README.md and the README's
 * "Import contacts" tell it: the phone's cards match people already in the demo
 * though they spell them otherwise, and LinkedIn then shows two of them have moved on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVaultNotes } from "../../../src/cli/vault-files";
import { companyGroups } from "../../../src/core/import/companies";
import { startImport } from "../../../src/ui/import/start-import";
import { ImportFilePicker } from "../../../src/ui/import/import-file-picker";
import { ImportReviewModal } from "../../../src/ui/import/import-review-modal";
import { chooseSuggestion, currentSuggestions, lastModal, modalReady } from "../../fake/harness";
import { startPlugin, type Started } from "../start-plugin";

const DEMO = join(__dirname, "../../../demo-vault");

async function startDemo(): Promise<Started> {
  const { notes } = await readVaultNotes(DEMO, { skipPaths: [".obsidian"] });
  const files = Object.fromEntries(notes.map((n) => [n.path, n.text]));
  for (const name of ["contacts.vcf", "Connections.csv"]) files[`Imports/${name}`] = readFileSync(join(DEMO, "Imports", name), "utf8");
  return startPlugin(files);
}

async function reviewOf(started: Started, format: "vcard" | "linkedin", path: string): Promise<ImportReviewModal> {
  startImport(started.plugin.host, format);
  const picker = lastModal<ImportFilePicker>() as ImportFilePicker;
  await modalReady(picker);
  await chooseSuggestion(picker, currentSuggestions(picker).findIndex((m) => m.item.path === path));
  const modal = lastModal<ImportReviewModal>() as ImportReviewModal;
  await modal.ready;
  return modal;
}

const nfc = (text: string) => text.normalize("NFC");

describe("the demo vault's sample exports", () => {
  it("match people in the demo, create the new ones, and make Helios Systems' first alumni", async () => {
    const started = await startDemo();
    const cards = await reviewOf(started, "vcard", "Imports/contacts.vcf");
    expect(cards.plan?.updates.map((u) => nfc(u.name))).toEqual(["Wei Zhang", "Diego Fernández", "Zoë Laurent", "Priya Raman"]);
    expect(cards.plan?.creates.map((c) => c.name)).toEqual(["Ravi Menon", "Julia Costa"]);
    expect(await cards.submit()).toBe(true);
    await started.flush();

    const linkedIn = await reviewOf(started, "linkedin", "Imports/Connections.csv");
    expect(linkedIn.plan?.creates.map((c) => c.name)).toEqual(["Tom Becker"]);
    const moves = linkedIn.plan?.updates.flatMap((u) => u.changes.filter((c) => c.field === "company" && c.old !== null).map((c) => `${nfc(u.name)}: ${c.old} → ${c.value}`));
    expect(moves).toEqual(["Wei Zhang: Helios Systems → Northwind Data", "Ravi Menon: Helios Systems → Brightline Health"]);
    for (const update of linkedIn.plan?.updates ?? []) for (const change of update.changes) linkedIn.select(change.id, true);
    expect(await linkedIn.submit()).toBe(true);
    await started.flush();

    const helios = companyGroups(started.plugin.index.all()).find((g) => g.name === "Helios Systems");
    expect(helios?.former.map((c) => c.name).sort()).toEqual(["Ravi Menon", "Wei Zhang"]);
    expect(helios?.current.map((c) => nfc(c.name)).sort()).toEqual(["Diego Fernández", "Priya Raman", "Sara Lindqvist", "Zoë Laurent"]);
  });
});
