import { plural } from "../../core/shared/dates";
import type { ImportPlan } from "../../core/import/import-plan";

/** "Connections.csv: 120 people read. 80 new notes, 30 notes to change, 10 up to date." */
export function importSummary(plan: ImportPlan, fileName: string): string {
  const changing = plan.updates.length;
  const parts = [`${plural(plan.creates.length, "new note")}`, `${plural(changing, "note")} to change`];
  if (plan.unchanged > 0) parts.push(`${plan.unchanged} up to date`);
  return `${fileName}: ${people(plan.read)} read. ${parts.join(", ")}. Nothing is written until you choose Import.`;
}

/** Why an import has nothing to write, in one sentence. */
export function nothingToImport(plan: ImportPlan, fileName: string): string {
  if (plan.read === 0) return `Nothing to import: no person in ${fileName} could be read.${plan.problems.length > 0 ? " What stood in the way is listed below." : ""}`;
  if (plan.unchanged === plan.read) return `Nothing to import: the ${people(plan.read)} in ${fileName} already match their notes.`;
  return `Nothing to import from ${fileName}: ${people(plan.read)} read, ${plan.unchanged} already up to date, and the rest can't be imported as they are (see below).`;
}

function people(n: number): string {
  return n === 1 ? "1 person" : `${n.toLocaleString("en-US")} people`;
}

/** What was left out or read in part, names that fit two notes first. */
export function reportedLines(plan: ImportPlan): string[] {
  return [...plan.ambiguous, ...plan.skipped, ...plan.problems];
}
