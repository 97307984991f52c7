import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FuzzyMatch } from "obsidian";
import { chooseSuggestion, currentSuggestions, lastModal, modalReady, runCommand } from "../../fake/harness";
import { CaptureFilePicker } from "../../../src/ui/capture/capture-file-picker";
import { CaptureModal } from "../../../src/ui/capture/capture-modal";
import { note, startPlugin, type Started } from "../start-plugin";

const FIXTURES = join(__dirname, "../../fixtures/capture");
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

export const SAM = "People/Sam Rivera.md";
export const ZOE = "People/Zoe Martin.md";
export const PRIYA = "People/Priya Shah.md";
export const JORDAN = "People/Jordan Park.md";
export const JORDAN_WORK = "Work/Jordan Park.md";

/** Contact notes for the capture fixtures: matched by address, alias, phone and name, one who says capture: never, a name that fits two notes. */
export const PEOPLE = {
  [SAM]: note("tier: ally   # closest\nemail: sam@rivera.example\nlast_touch: 2024-03-04", "Met at the summit.\n\n## Touches\n- 2024-03-04 coffee — by hand\n\n## Notes\nlikes tea\n"),
  [ZOE]: note("tier: peer\naliases: [Zoë]\ncapture: never"),
  [PRIYA]: note("tier: mentor\nemails:\n  - PRIYA@shah.example", "## Touches\n"),
  [JORDAN]: note("tier: peer"),
  [JORDAN_WORK]: note("tier: peer"),
};

/** The files, the user's names and addresses remembered, the clock and zone of the fixtures (mid-June 2024, Berlin). */
export async function captureVault(files: Record<string, string>, data: Record<string, unknown> = { captureMe: ["Alex Morgan"], captureEmails: ["alex@me.example"] }): Promise<Started> {
  const started = await startPlugin({ ...PEOPLE, ...files }, { pluginData: { "keep-in-touch": data } });
  started.plugin.now = () => new Date(Date.UTC(2024, 5, 15, 12, 0, 0));
  started.plugin.timeZone = () => "Europe/Berlin";
  await started.plugin.index.refresh();
  await started.flush();
  return started;
}

/** Runs the command, picks the vault file, and waits until the review (or what stands in its way) is drawn. */
export async function openCapture(started: Started, path: string): Promise<CaptureModal> {
  await runCommand(started.app, "capture-touches");
  const picker = lastModal<CaptureFilePicker>();
  if (!(picker instanceof CaptureFilePicker)) throw new Error("no file picker");
  await modalReady(picker);
  const index = currentSuggestions<FuzzyMatch<{ kind: string; file?: { path: string } }>>(picker).findIndex((m) => m.item.file?.path === path);
  if (index === -1) throw new Error(`${path} isn't offered`);
  await chooseSuggestion(picker, index);
  const modal = lastModal<CaptureModal>();
  if (!(modal instanceof CaptureModal)) throw new Error("no capture review");
  // The review, or a question before it.
  await modal.waiting;
  return modal;
}

/** The review as text: each person with their days, ticked or not. */
export function reviewLines(modal: CaptureModal): string[] {
  const lines: string[] = [];
  for (const person of Array.from(modal.contentEl.querySelectorAll(".kit-capture-person"))) {
    const note = person.querySelector(".kit-capture-person-note")?.textContent;
    lines.push(`${person.querySelector(".kit-capture-name")?.textContent ?? ""} (${person.querySelector(".kit-count")?.textContent ?? ""})${note ? ` ${note}` : ""}`);
    for (const day of Array.from(person.querySelectorAll(".kit-capture-day"))) {
      const box = day.querySelector("input") as HTMLInputElement;
      const parts = [".kit-capture-date", ".kit-capture-kind", ".kit-capture-snippet"].map((s) => day.querySelector(s)?.textContent).filter((t) => t);
      lines.push(`  ${box.checked ? "[x]" : "[ ]"} ${parts.join("  ")}`);
    }
  }
  return lines;
}

/** The other parts of the review: people to add, ambiguous names, what was skipped and couldn't be read, notices. */
export function reportLines(modal: CaptureModal): string[] {
  const texts = (selector: string) => Array.from(modal.contentEl.querySelectorAll(selector)).map((el) => el.textContent ?? "");
  return [...texts(".kit-capture-found"), ...texts(".kit-capture-ambiguous li"), ...texts(".kit-capture-skipped li"), ...texts(".kit-capture-malformed li"), ...texts(".kit-capture-notice")];
}

/** The touches the review would write, one line each as the terminal's dry run prints them. */
export function reviewProposalLines(modal: CaptureModal): string[] {
  const lines: string[] = [];
  for (const proposal of modal.plan?.proposals ?? []) {
    for (const touch of proposal.touches) {
      const box = Array.from(modal.contentEl.querySelectorAll<HTMLInputElement>("input[data-id]")).find((b) => b.dataset.id === `${proposal.path}|${touch.date}`);
      const ticked = box ? box.checked : proposal.checked;
      if (ticked) lines.push(`${touch.date}  ${proposal.name}  ${touch.direction === "in" ? "←" : touch.direction === "out" ? "→" : touch.direction === "mutual" ? "↔" : ""}`.trimEnd());
    }
  }
  return lines;
}
