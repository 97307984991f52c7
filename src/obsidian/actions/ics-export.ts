import { Notice, TFile, normalizePath, type Vault } from "obsidian";
import { calendarEvents } from "../../core/calendar/calendar-events";
import { icsPathProblem, writeCalendar } from "../../core/calendar/ics";
import { plural } from "../../core/shared/dates";
import type KeepInTouchPlugin from "../../plugin/plugin";
import { messageOf } from "../../core/shared/errors";

export interface CalendarExport {
  path: string;
  events: number;
}

/** Makes the folders above `path` that are missing; a file in the way is a problem for the user to fix. */
async function ensureParentFolders(vault: Vault, path: string): Promise<void> {
  const parts = path.split("/").slice(0, -1);
  let folder = "";
  for (const part of parts) {
    folder = folder ? `${folder}/${part}` : part;
    const existing = vault.getAbstractFileByPath(folder);
    if (existing instanceof TFile) throw new Error(`"${folder}" is a file, so the calendar can't go in a folder of that name.`);
    if (!existing) await vault.createFolder(folder);
  }
}

/**
 * Writes the calendar feed at the path in the settings: the contacts' important
 * dates and the planned touches. An existing file is replaced in place, so a
 * calendar app subscribed to it sees the same file change.
 */
export async function exportCalendar(plugin: KeepInTouchPlugin): Promise<CalendarExport> {
  const path = normalizePath(plugin.settings.icsPath);
  const problem = icsPathProblem(path);
  if (problem) throw new Error(problem);
  await plugin.index.ready;
  const events = calendarEvents(plugin.index.all(), plugin.today(), plugin.resolved.tiers, plugin.settings.weeklyCapacity);
  const text = writeCalendar(events, plugin.now());
  const { vault } = plugin.app;
  const existing = vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    await vault.process(existing, () => text);
  } else if (existing) {
    throw new Error(`"${path}" is a folder. Set the calendar file to a file name ending in .ics.`);
  } else {
    await ensureParentFolders(vault, path);
    await vault.create(path, text);
  }
  return { path, events: events.length };
}

export async function exportCalendarWithNotice(plugin: KeepInTouchPlugin): Promise<CalendarExport | null> {
  try {
    const done = await exportCalendar(plugin);
    new Notice(`Exported ${plural(done.events, "event")} to ${done.path}.`);
    return done;
  } catch (error) {
    new Notice(`Couldn't export the calendar: ${messageOf(error)}`, 8000);
    return null;
  }
}
