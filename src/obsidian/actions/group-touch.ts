import { normalizePath, type TFile } from "obsidian";
import { validateTouch } from "../../core/notes/note-edits";
import type { Touch } from "../../core/touches/touch-line";
import type { Services } from "../services";
import { messageOf } from "../../core/shared/errors";
import type { ChangeRecorder } from "../undo-history";

export interface GroupTouchResult {
  logged: string[];
  /** Each note that couldn't be written, by contact name, with the reason. */
  failed: { name: string; reason: string }[];
  dailyProblem: string | null;
}

/**
 * One touch for several people (the dinner, the roundtable): each contact note gets
 * its own atomic write, one after another, so a failure on one is reported by name
 * and the rest still land. The daily note gets one line linking everyone reached.
 * A person named twice (`People/A.md` and `People//A.md` too) is touched once.
 */
export async function logGroupTouch(
  services: Services,
  paths: readonly string[],
  input: Partial<Touch>,
  onProgress: (done: number, total: number) => void = () => undefined,
  recorder?: ChangeRecorder,
): Promise<GroupTouchResult> {
  const writer = recorder ? services.writer.recordingTo(recorder) : services.writer;
  const dailyWriter = recorder ? services.dailyWriter.recordingTo(recorder) : services.dailyWriter;
  const touch = validateTouch(input, services.today(), services.settings.touchKinds);
  const result: GroupTouchResult = { logged: [], failed: [], dailyProblem: null };
  const reached: TFile[] = [];
  const people = [...new Set(paths.map((path) => normalizePath(path)))];
  let done = 0;
  // Each note (and its name) is found now, not when its turn comes: one renamed while the ones before it are written is still reached.
  const notes = people.map((path) => ({ name: services.index.get(path)?.name ?? path, note: services.app.vault.getFileByPath(path) ?? path }));
  for (const { name, note } of notes) {
    try {
      const { file } = await writer.logTouch(note, touch);
      result.logged.push(name);
      reached.push(file);
    } catch (error) {
      result.failed.push({ name, reason: messageOf(error) });
    }
    onProgress(++done, people.length);
  }
  try {
    await dailyWriter.addGroupLine(reached, touch, services.today());
  } catch (error) {
    result.dailyProblem = `The touches are logged, but the daily note wasn't updated: ${messageOf(error)}`;
  }
  return result;
}
