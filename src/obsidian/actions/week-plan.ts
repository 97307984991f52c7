import { formatWeekPlanLine, planWeeks, type WeekPlan } from "../../core/planning/week-plan";
import type { DailyWrite } from "../daily-note-writer";
import type { ContactIndex } from "../contact-index";
import type { ReadServices } from "../services";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder } from "../undo-history";
import type { ActionRunner } from "./runner";

/** The week's batch goes under its own heading, apart from the daily touch plan. */
export const WEEK_PLAN_HEADING = "## This week's touches";

/** The plan worked out from the contacts as the index knows them now: nothing is stored, so it is never stale. */
export function currentWeekPlan(services: Pick<ReadServices, "index" | "today" | "resolved" | "settings">): WeekPlan {
  return planWeeks(services.index.all(), services.today(), services.resolved.tiers, services.settings.weeklyCapacity);
}

/** "5 people to reach this week (capacity 5); 2 more are due but over capacity." */
export function describePlan(plan: WeekPlan): string {
  const count = plan.thisWeek.length;
  const who = count === 0 ? "Nobody to reach this week" : `${count} ${count === 1 ? "person" : "people"} to reach this week`;
  const over = plan.overflow.length > 0 ? `; ${plan.overflow.length} more ${plan.overflow.length === 1 ? "is" : "are"} due but over capacity` : "";
  return `${who} (capacity ${plan.capacity})${over}.`;
}

/**
 * Writes this week's planned people into today's daily note as open tasks, under
 * their own heading; ticking one logs the touch. Never a second copy: if the note
 * already has the heading, nothing is written. The check runs inside the atomic write.
 */
export async function writeWeekPlan(run: ActionRunner): Promise<DailyWrite | null> {
  const { services } = run;
  await services.index.ready;
  const plan = currentWeekPlan(services);
  if (plan.thisWeek.length === 0) {
    run.say("Nobody to reach this week, so there is nothing to write to the daily note.");
    return null;
  }
  const recorder = new ChangeRecorder();
  try {
    let count = 0;
    const result = await services.dailyWriter.recordingTo(recorder).addPlan(
      services.today(),
      (sourcePath) => {
        const lines = plan.thisWeek.flatMap((touch) => {
          const file = services.app.vault.getFileByPath(touch.path);
          return file ? [formatWeekPlanLine(services.app.fileManager.generateMarkdownLink(file, sourcePath), touch)] : [];
        });
        count = lines.length;
        return lines;
      },
      WEEK_PLAN_HEADING,
    );
    const step = services.undo.push("added this week's touches to the daily note", recorder);
    run.tell(result === "already-there" ? "Today's daily note already has this week's touches." : `Added ${count} ${count === 1 ? "person" : "people"} to reach this week to today's daily note.`, step);
    return result;
  } catch (error) {
    services.undo.push("added this week's touches to the daily note", recorder);
    run.say(`Couldn't write this week's touches to the daily note: ${messageOf(error)}`, 8000);
    return null;
  }
}

/** Views showing the plan, per index, so the command can bring the plan into sight. */
const planViews = new WeakMap<ContactIndex, Set<() => void>>();

/** Registers something that shows the plan when asked; returns the way to unregister it. */
export function onPlanRequested(index: ContactIndex, show: () => void): () => void {
  let shows = planViews.get(index);
  if (!shows) planViews.set(index, (shows = new Set()));
  shows.add(show);
  return () => shows.delete(show);
}

/** Asks every view showing the plan of this index to bring it into sight. */
export function requestPlan(index: ContactIndex): void {
  for (const show of planViews.get(index) ?? []) show();
}
