/**
 * keep-in-touch-agenda --ics FILE: the plugin's "Export calendar (.ics)" for cron,
 * gathering the same events from the same contacts and writing them with the same
 * core writer, to a file inside or outside the vault.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { feedEvents, feedOptionsOf, peopleInFeed, feedReminders } from "../core/calendar/calendar-events";
import type { Contact } from "../core/contacts/contact";
import { plural, type LocalDate } from "../core/shared/dates";
import { writeCalendar } from "../core/calendar/ics";
import type { ResolvedSettings } from "../core/settings";
import type { Disclosure } from "../core/sharing/privacy";
import { lastNotesOf } from "./last-notes";
import type { VaultNote } from "./vault-files";

export interface IcsRequest {
  /** As given on the command line; relative paths are from the working folder. */
  file: string;
  cwd: string;
  contacts: readonly Contact[];
  /** The vault's notes, for the last touch notes when details go along. */
  notes: readonly VaultNote[];
  resolved: ResolvedSettings;
  /** What the command line overrides of the settings' disclosure. */
  disclosure: Partial<Disclosure>;
  today: LocalDate;
  now: Date;
}

export interface IcsWritten {
  path: string;
  events: number;
}

/** Writes the calendar feed; rejects with a message for the user when the path can't take it. */
export async function writeIcsFile(request: IcsRequest): Promise<IcsWritten> {
  const path = resolve(request.cwd, request.file);
  const { resolved } = request;
  const { contacts, today } = request;
  const planned = feedReminders(contacts, today, resolved.tiers, resolved.settings.weeklyCapacity);
  const options = feedOptionsOf(resolved.settings, request.disclosure);
  if (options.disclosure.details && options.disclosure.names !== "count") options.lastNotes = lastNotesOf(request.notes, peopleInFeed(contacts, planned), resolved.settings);
  const events = feedEvents(contacts, planned, today, options);
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new Error(`can't make the folder ${dirname(path)}: a file of that name is in the way.`);
    throw error;
  }
  try {
    await writeFile(path, writeCalendar(events, request.now), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") throw new Error(`${path} is a folder; give a file name ending in .ics.`);
    throw error;
  }
  return { path, events: events.length };
}

export function describeIcsWritten(written: IcsWritten, json: boolean): string {
  if (json) return `${JSON.stringify({ ics: written.path, events: written.events }, null, 2)}\n`;
  return `Wrote ${plural(written.events, "event")} to ${written.path}\n`;
}
