/**
 * Where mentions come from, as one set of rules for the plugin's index and the
 * terminal agenda: which notes are dated notes and on which day, which links in
 * them count, and which contacts don't count mentions at all.
 */
import { getProperty } from "../contacts/contact-rule";
import { dateOfDailyNotePath, dateOfFileName, type DailyNoteConfig, type MomentFn } from "./daily-notes";
import { parseDateValue, type LocalDate } from "../shared/dates";
import type { MentionRules } from "./mentions";
import type { KeepInTouchSettings } from "../settings";

/**
 * The day a note is about, if it is a dated note: a daily note, a note named like
 * one anywhere in the vault, or (when that setting is on) a note with a date
 * property. Contacts are never dated notes; the caller checks that first.
 */
export function dateOfNote(
  path: string,
  frontmatter: Record<string, unknown> | undefined,
  daily: DailyNoteConfig,
  settings: KeepInTouchSettings,
  moment: MomentFn,
): LocalDate | null {
  const fromName = dateOfDailyNotePath(path, daily, moment) ?? dateOfFileName(path, daily, moment);
  if (fromName) return fromName;
  if (!settings.countDatePropertyNotes) return null;
  const value = getProperty(frontmatter, settings.datePropertyKey);
  if (value === undefined || value === null || value === "") return null;
  const parsed = parseDateValue(value);
  return parsed.ok ? parsed.date : null;
}

export function mentionRulesOf(settings: KeepInTouchSettings): MentionRules {
  return { mode: settings.mentionMode, heading: settings.mentionHeading };
}

/** A contact opts out of mentions with the opt-out property set to true (or "true" / "yes", as typed in a text property). */
export function ignoresMentions(frontmatter: Record<string, unknown> | undefined, settings: KeepInTouchSettings): boolean {
  const value = getProperty(frontmatter, settings.mentionOptOutProperty);
  return value === true || (typeof value === "string" && /^(true|yes)$/i.test(value.trim()));
}
