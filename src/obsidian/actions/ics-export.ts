import { TFile, type Vault } from "obsidian";
import { feedEvents, feedOptionsOf, peopleInFeed, feedReminders, type FeedOptions } from "../../core/calendar/calendar-events";
import { icsPathProblem, writeCalendar } from "../../core/calendar/ics";
import { lastNoteOf, type LastNote } from "../../core/sharing/details";
import { plural } from "../../core/shared/dates";
import { messageOf } from "../../core/shared/errors";
import type { Services } from "../services";
import type { ActionRunner } from "./runner";
import { TouchHistory } from "../touch-history";
import { checkedPath } from "../vault-paths";

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

/** The feed's options from the settings, with the last note of each person named read from the touch logs when details go along. */
async function feedOptionsFor(services: Services, paths: readonly string[]): Promise<FeedOptions> {
  const options = feedOptionsOf(services.settings);
  if (!options.disclosure.details || options.disclosure.names === "count") return options;
  const logs = await new TouchHistory(services.app, () => services.settings).load(paths);
  const lastNotes = new Map<string, LastNote>();
  for (const [path, touches] of logs) {
    const last = lastNoteOf(touches);
    if (last) lastNotes.set(path, last);
  }
  return { ...options, lastNotes };
}

/**
 * Writes the calendar feed at the path in the settings: the contacts' important
 * dates and the planned touches, with the heads-ups and as much about each person as
 * the settings allow. An existing file is replaced in place, so a calendar app
 * subscribed to it sees the same file change.
 */
export async function exportCalendar(services: Services): Promise<CalendarExport> {
  const checked = checkedPath(services.settings.icsPath);
  // Whatever the settings file says, the feed is only ever written inside the vault.
  if (!checked.ok) throw new Error(`The calendar file ${checked.error} Change it in the settings, under Calendar feed.`);
  const path = checked.path;
  const problem = icsPathProblem(path);
  if (problem) throw new Error(problem);
  await services.index.ready;
  const contacts = services.index.all();
  const today = services.today();
  const planned = feedReminders(contacts, today, services.resolved.tiers, services.settings.weeklyCapacity);
  const events = feedEvents(contacts, planned, today, await feedOptionsFor(services, peopleInFeed(contacts, planned)));
  const text = writeCalendar(events, services.now());
  const { vault } = services.app;
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

/** Writes the calendar feed and says where; null when it couldn't. */
export async function exportCalendarAndReport(run: ActionRunner): Promise<CalendarExport | null> {
  try {
    const done = await exportCalendar(run.services);
    run.say(`Exported ${plural(done.events, "event")} to ${done.path}.`);
    return done;
  } catch (error) {
    run.say(`Couldn't export the calendar: ${messageOf(error)}`, 8000);
    return null;
  }
}
