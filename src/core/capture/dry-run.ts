/**
 * The proposals as text, one touch a line (`2024-03-04  Sam Rivera  ↔`), and a short
 * account of what was skipped or not matched: what the terminal prints for a dry run
 * and what the review shows, from the same plan.
 */
import { plural } from "../shared/dates";
import { DIRECTION_MARKS } from "../touches/touch-line";
import type { CapturePlan, FoundPerson } from "./plan";

/** One line per touch that would be written (people with `capture: never` are left out), by contact, newest first. */
export function formatProposalLines(plan: CapturePlan): string[] {
  const lines: string[] = [];
  for (const proposal of plan.proposals) {
    if (!proposal.checked) continue;
    for (const touch of proposal.touches) lines.push(`${touch.date}  ${proposal.name}  ${touch.direction ? DIRECTION_MARKS[touch.direction] : ""}`.trimEnd());
  }
  return lines;
}

/** A person found in a file as the user knows them: `Name <address>`, the name, or the address or number alone. */
export function who(person: FoundPerson): string {
  const id = person.emails[0] ?? person.phones[0];
  if (person.name && id) return `${person.name} <${id}>`;
  return person.name ?? id ?? "someone without a name";
}

/** The notes a name fits, by name; two notes of one name told apart by where they are. */
export function candidateNames(candidates: readonly { name: string; path: string }[]): string[] {
  const names = candidates.map((c) => c.name);
  return candidates.map((c) => (names.filter((n) => n === c.name).length > 1 ? c.path.replace(/\.md$/i, "") : c.name));
}

/** What else the user should know: totals, skipped days by reason, people not matched or ambiguous, unreadable records. */
export function formatCaptureSummary(plan: CapturePlan): string[] {
  const touches = plan.proposals.reduce((n, p) => n + p.touches.length, 0);
  const people = plan.proposals.length;
  const lines = [`${touches} new ${touches === 1 ? "touch" : "touches"} for ${people} ${people === 1 ? "person" : "people"}.`];
  const unchecked = plan.proposals.filter((p) => !p.checked);
  if (unchecked.length > 0) lines.push(`Left unticked (capture: never): ${unchecked.map((p) => p.name).join(", ")}.`);
  for (const [reason, count] of Object.entries(plan.skipped)) lines.push(`Skipped (${count}): ${reason}.`);
  for (const person of plan.ambiguous) lines.push(`${who(person)} fits more than one note (${candidateNames(person.candidates).join(", ")}): not captured.`);
  if (plan.unmatched.length > 0) lines.push(`Not a contact yet: ${plan.unmatched.map((p) => `${who(p)} (${plural(p.days, "day")})`).join(", ")}.`);
  if (plan.malformed.count > 0) {
    const where = plan.malformed.examples.map((e) => `line ${e.line}: ${e.reason}`).join("; ");
    lines.push(`${plural(plan.malformed.count, "record")} couldn't be read (${where}${plan.malformed.count > plan.malformed.examples.length ? "; …" : ""}).`);
  }
  lines.push(...plan.notices);
  return lines;
}
