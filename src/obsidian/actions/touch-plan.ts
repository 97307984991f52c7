import { buildAgenda } from "../../core/planning/agenda";
import { formatPlanLine } from "../../core/daily/daily-lines";
import type { DailyWrite } from "../daily-note-writer";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder } from "../undo-history";
import type { ActionRunner } from "./runner";

/**
 * Writes today's touch plan into the daily note: the most pressing people as open
 * tasks. An open task's link doesn't count as a touch; ticking it does, so the touch
 * is logged by the gesture that means "done". Never stacks a second plan.
 */
export async function addTouchPlan(run: ActionRunner): Promise<DailyWrite | null> {
  const { services } = run;
  await services.index.ready;
  const today = services.today();
  const agenda = buildAgenda(services.index.all(), today, services.resolved.tiers);
  const entries = [...agenda.overdue, ...agenda.dueSoon].slice(0, services.settings.planSize);
  if (entries.length === 0) {
    run.say("Nobody is due today, so there is no touch plan to add.");
    return null;
  }
  const recorder = new ChangeRecorder();
  try {
    const result = await services.dailyWriter.recordingTo(recorder).addPlan(today, (sourcePath) =>
      entries.flatMap((entry) => {
        const file = services.app.vault.getFileByPath(entry.contact.path);
        return file ? [formatPlanLine(services.app.fileManager.generateMarkdownLink(file, sourcePath), entry, today)] : [];
      }),
    );
    const step = services.undo.push("added today's touch plan to the daily note", recorder);
    run.tell(result === "already-there" ? "Today's daily note already has a touch plan." : `Added a touch plan with ${entries.length} ${entries.length === 1 ? "person" : "people"} to today's daily note.`, step);
    return result;
  } catch (error) {
    services.undo.push("added today's touch plan to the daily note", recorder);
    run.say(`Couldn't add the touch plan: ${messageOf(error)}`, 8000);
    return null;
  }
}
