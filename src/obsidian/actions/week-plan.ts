import { Notice } from "obsidian";
import { formatWeekPlanLine, planWeeks, type WeekPlan } from "../../core/planning/week-plan";
import type { DailyWrite } from "../daily-note-writer";
import type KeepInTouchPlugin from "../../plugin/plugin";
import { messageOf } from "../../core/shared/errors";
import { ChangeRecorder } from "../undo-history";

/** The week's batch goes under its own heading, apart from the daily touch plan. */
export const WEEK_PLAN_HEADING = "## This week's touches";

/** The plan worked out from the contacts as the index knows them now: nothing is stored, so it is never stale. */
export function currentWeekPlan(plugin: KeepInTouchPlugin): WeekPlan {
  return planWeeks(plugin.index.all(), plugin.today(), plugin.resolved.tiers, plugin.settings.weeklyCapacity);
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
export async function writeWeekPlan(plugin: KeepInTouchPlugin): Promise<DailyWrite | null> {
  await plugin.index.ready;
  const plan = currentWeekPlan(plugin);
  if (plan.thisWeek.length === 0) {
    new Notice("Nobody to reach this week, so there is nothing to write to the daily note.");
    return null;
  }
  const recorder = new ChangeRecorder();
  try {
    let count = 0;
    const result = await plugin.dailyWriter.recordingTo(recorder).addPlan(
      plugin.today(),
      (sourcePath) => {
        const lines = plan.thisWeek.flatMap((touch) => {
          const file = plugin.app.vault.getFileByPath(touch.path);
          return file ? [formatWeekPlanLine(plugin.app.fileManager.generateMarkdownLink(file, sourcePath), touch)] : [];
        });
        count = lines.length;
        return lines;
      },
      WEEK_PLAN_HEADING,
    );
    const step = plugin.undo.push("added this week's touches to the daily note", recorder);
    plugin.noticeWithUndo(result === "already-there" ? "Today's daily note already has this week's touches." : `Added ${count} ${count === 1 ? "person" : "people"} to reach this week to today's daily note.`, step);
    return result;
  } catch (error) {
    plugin.undo.push("added this week's touches to the daily note", recorder);
    new Notice(`Couldn't write this week's touches to the daily note: ${messageOf(error)}`, 8000);
    return null;
  }
}

/** Views showing the plan, per plugin, so the command can bring the plan into sight. */
const planViews = new WeakMap<KeepInTouchPlugin, Set<() => void>>();

/** Registers something that shows the plan when asked; returns the way to unregister it. */
export function onPlanRequested(plugin: KeepInTouchPlugin, show: () => void): () => void {
  let shows = planViews.get(plugin);
  if (!shows) planViews.set(plugin, (shows = new Set()));
  shows.add(show);
  return () => shows.delete(show);
}

/**
 * The command: opens the relationships view with this week's plan in sight, and
 * offers to write it to the daily note. A suggestion: nothing is sent or logged.
 */
export async function planThisWeek(plugin: KeepInTouchPlugin): Promise<WeekPlan> {
  await plugin.index.ready;
  await plugin.openRelationshipsView();
  for (const show of planViews.get(plugin) ?? []) show();
  const plan = currentWeekPlan(plugin);
  if (plan.thisWeek.length === 0) {
    new Notice(describePlan(plan));
    return plan;
  }
  new Notice(
    createFragment((fragment) => {
      fragment.appendText(`${describePlan(plan)} `);
      const link = fragment.createEl("a", { text: "Write to daily note", href: "#", cls: "kit-week-plan-write-link" });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        void writeWeekPlan(plugin);
      });
    }),
    10_000,
  );
  return plan;
}
