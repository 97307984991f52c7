/**
 * Turns a note's path and text into what core needs, the way Obsidian's metadata
 * cache would hand it to the plugin: parsed properties, tags and the touch log.
 * Pure: no file system, so it is tested on strings.
 */
import { resolveContact, type Contact, type ContactSource } from "../core/contacts/contact";
import { isContactNote } from "../core/contacts/contact-rule";
import { noteTags, readNoteProperties } from "../core/notes/note-properties";
import type { KeepInTouchSettings, ResolvedSettings } from "../core/settings";
import { readLogFacts } from "../core/touches/log-facts";

/** Everything core's contact rules read from one note. */
export interface NoteFacts {
  source: ContactSource;
  tags: string[];
}

export function readNoteFacts(path: string, text: string, settings: KeepInTouchSettings): NoteFacts {
  const { frontmatter, problem } = readNoteProperties(text);
  const { dates: loggedTouchDates, theirDays, introductions } = readLogFacts(text, settings.touchHeading, settings.touchKinds);
  return {
    source: { path, frontmatter, propertiesProblem: problem, loggedTouchDates, theirDays, introductions },
    tags: noteTags(text, frontmatter),
  };
}

/** The contact a note describes, or null when core's rules say it is not a contact note. */
export function contactFromNote(path: string, text: string, resolved: ResolvedSettings): Contact | null {
  const facts = readNoteFacts(path, text, resolved.settings);
  if (!isContactNote(path, facts.source.frontmatter, facts.tags, resolved)) return null;
  return resolveContact(facts.source, resolved);
}
