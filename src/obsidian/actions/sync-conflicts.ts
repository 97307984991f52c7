import { TFile } from "obsidian";
import type { LeftoverLine } from "../../core/sync/merge-copy";
import { NoteWriteError } from "../../core/shared/errors";
import type { SyncConflict } from "../conflict-copies";
import { plural } from "../../core/shared/dates";
import type { Services } from "../services";
import type { ActionRunner } from "./runner";
import type { ChangeRecorder } from "../undo-history";

/** How merging a conflict copy went. */
export interface CopyMergeOutcome {
  /** Touch lines brought into the original. */
  added: number;
  /** Other lines copied over. */
  copied: number;
  /** Lines of the copy left in it (and so the copy with them). */
  left: number;
  /** Whether the copy went to the trash. */
  trashed: boolean;
}

/** The copy's text as it is now; refuses when the copy is gone or isn't a note. */
export async function readCopy(services: Services, conflict: SyncConflict): Promise<{ file: TFile; text: string }> {
  const file = services.app.vault.getFileByPath(conflict.path);
  if (!(file instanceof TFile)) throw new NoteWriteError("missing-note", `${conflict.name} is gone: it may have been merged, renamed or deleted.`);
  return { file, text: await services.app.vault.read(file) };
}

/**
 * Merges a conflict copy into its original: its touches the original lacks, the later
 * `last_touch`, and the lines the user chose, in one write to the original. The copy
 * goes to the trash (as the user's trash setting says) when nothing in it is left
 * unmerged, or when the user says to leave the rest; and only if it is still the text
 * that was merged. Everything is recorded for one undo step, the copy included.
 */
export async function mergeConflictCopy(services: Services, conflict: SyncConflict, chosen: readonly LeftoverLine[], trashTheRest: boolean, recorder: ChangeRecorder): Promise<CopyMergeOutcome> {
  const { file, text } = await readCopy(services, conflict);
  const plan = await services.writer.recordingTo(recorder).mergeConflictCopy(conflict.original, text, chosen);
  const copied = chosen.filter((c) => plan.leftover.some((l) => l.line === c.line && l.text === c.text)).length;
  const left = plan.leftover.length - copied;
  if (left > 0 && !trashTheRest) return { added: plan.added.length, copied, left, trashed: false };
  if ((await services.app.vault.read(file)) !== text) {
    throw new NoteWriteError("unsafe-edit", `${conflict.name} changed while it was being merged, so it was kept; merge it again to bring in the rest.`);
  }
  recorder.record(file.path, text, null);
  await services.app.fileManager.trashFile(file);
  return { added: plan.added.length, copied, left, trashed: true };
}

/** "Merged Sam Rivera 2 into Sam Rivera: 1 touch brought over; the copy is in the trash." */
function describeMerge(conflict: SyncConflict, done: CopyMergeOutcome): string {
  const parts = [`${(done.added === 1 ? "1 touch" : `${done.added} touches`)} brought over`];
  if (done.copied > 0) parts.push(`${plural(done.copied, "other line")} copied`);
  const end = done.trashed ? "the copy is in the trash" : `${plural(done.left, "line")} left in the copy, which stays`;
  return `Merged ${conflict.name} into ${conflict.originalName}: ${parts.join(", ")}; ${end}.`;
}

/** Merges a conflict copy into its original as one step to undo, the copy included, and says how it went; null when it couldn't. */
export async function mergeAndReport(run: ActionRunner, conflict: SyncConflict, chosen: readonly LeftoverLine[], trashTheRest: boolean): Promise<CopyMergeOutcome | null> {
  let outcome: CopyMergeOutcome | null = null;
  await run.act(
    `merged ${conflict.name} into ${conflict.originalName}`,
    `Couldn't merge ${conflict.name}`,
    async (rec) => (outcome = await mergeConflictCopy(run.services, conflict, chosen, trashTheRest, rec)),
    (done) => describeMerge(conflict, done),
  );
  return outcome;
}
