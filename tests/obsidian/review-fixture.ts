import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildReview, type Review } from "../../src/core/insight/review";
import { TouchHistory } from "../../src/obsidian/touch-history";
import { startPlugin, type Started } from "./start-plugin";

const VAULT = join(__dirname, "../fixtures/review-vault");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The review fixture vault as path → text; tests/fixtures/review-vault holds the notes. */
export function reviewVaultFiles(): Record<string, string> {
  return Object.fromEntries(filesUnder(VAULT).map((file) => [relative(VAULT, file).split("\\").join("/"), readFileSync(file, "utf8")]));
}

/** The plugin started on the review fixture vault, on 2026-11-22. */
export function startReviewVault(): Promise<Started> {
  return startPlugin(reviewVaultFiles());
}

/** The review as the view builds it: the index's contacts and the touch logs read from the notes. */
export async function reviewOf(started: Started, periodDays: number): Promise<Review> {
  const { plugin } = started;
  const contacts = plugin.index.all();
  const touches = await new TouchHistory(plugin.app, () => plugin.settings).load(contacts.map((c) => c.path));
  return buildReview({ contacts, touches, tiers: plugin.resolved.tiers, today: plugin.today(), periodDays, coolingBelow: plugin.settings.coolingBelow });
}
