import { Notice } from "obsidian";
import { buildAgenda } from "../../core/planning/agenda";
import { formatPlanLine } from "../../core/daily/daily-lines";
import type { DailyWrite } from "../daily-note-writer";
import type KeepInTouchPlugin from "../../plugin/plugin";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder } from "../undo-history";

/**
 * Writes today's touch plan into the daily note: the most pressing people as open
 * tasks. An open task's link doesn't count as a touch; ticking it does, so the touch
 * is logged by the gesture that means "done". Never stacks a second plan.
 */
export async function addTouchPlan(plugin: KeepInTouchPlugin): Promise<DailyWrite | null> {
  await plugin.index.ready;
  const today = plugin.today();
  const agenda = buildAgenda(plugin.index.all(), today, plugin.resolved.tiers);
  const entries = [...agenda.overdue, ...agenda.dueSoon].slice(0, plugin.settings.planSize);
  if (entries.length === 0) {
    new Notice("Nobody is due today, so there is no touch plan to add.");
    return null;
  }
  const recorder = new ChangeRecorder();
  try {
    const result = await plugin.dailyWriter.recordingTo(recorder).addPlan(today, (sourcePath) =>
      entries.flatMap((entry) => {
        const file = plugin.app.vault.getFileByPath(entry.contact.path);
        return file ? [formatPlanLine(plugin.app.fileManager.generateMarkdownLink(file, sourcePath), entry)] : [];
      }),
    );
    const step = plugin.undo.push("added today's touch plan to the daily note", recorder);
    plugin.noticeWithUndo(result === "already-there" ? "Today's daily note already has a touch plan." : `Added a touch plan with ${entries.length} ${entries.length === 1 ? "person" : "people"} to today's daily note.`, step);
    return result;
  } catch (error) {
    plugin.undo.push("added today's touch plan to the daily note", recorder);
    new Notice(`Couldn't add the touch plan: ${messageOf(error)}`, 8000);
    return null;
  }
}
