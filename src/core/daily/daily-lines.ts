import { plural } from "../shared/dates";
import type { AgendaEntry } from "../planning/agenda";
import { cleanNote, formatTouchFields, type Touch } from "../touches/touch-line";
import type { LocalDate } from "../shared/dates";
import { describeReplyOwed } from "../touches/replies";

/** The line a logged touch adds to the daily note: `- [[Sam Rivera]] call → gave — caught up`. */
export function formatDailyTouchLine(link: string, touch: Touch): string {
  let line = `- ${link}`;
  const fields = formatTouchFields(touch);
  if (fields) line += ` ${fields}`;
  const note = touch.note ? cleanNote(touch.note) : "";
  if (note) line += ` — ${note}`;
  return line;
}

/** "replied? they reached out 5 days ago", "overdue 2 weeks", "overdue 3 days", "due", "never touched": why someone is on today's plan. */
export function planReason(entry: AgendaEntry, today: LocalDate): string {
  const { due, contact } = entry;
  if (due.replyOwedSince !== null) return describeReplyOwed(due.replyOwedSince, today);
  if (due.daysSince === null) return "never touched";
  if (due.state === "overdue") {
    const late = due.daysSince - contact.overdueAfterDays;
    return `overdue ${late >= 14 ? plural(Math.round(late / 7), "week") : plural(late, "day")}`;
  }
  return "due";
}

/** A task in the touch plan: `- [ ] [[Sam Rivera]] — overdue 2 weeks`. Ticking it turns the link into a touch. */
export function formatPlanLine(link: string, entry: AgendaEntry, today: LocalDate): string {
  return `- [ ] ${link} — ${planReason(entry, today)}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** The one daily-note line for a group touch: `- [[Ana]], [[Sam]] and [[Kenji]] meeting — the roundtable`. */
export function formatGroupDailyLine(links: readonly string[], touch: Touch): string {
  return formatDailyTouchLine(joinNames(links), touch);
}
