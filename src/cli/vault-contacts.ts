/**
 * Every contact in a vault read from disk, with the mentions in its dated notes,
 * by the same rules as the plugin's index (src/obsidian/contact-index.ts): a note is
 * a contact or else, when it has a date, a source of mentions; a dated note's
 * counted links are resolved like Obsidian resolves links; a contact that opts out
 * gets no mentions. Pure: notes come in as text, so it is tested on strings.
 */
import { resolveContact, type Contact, type ContactSource } from "../core/contacts/contact";
import { isContactNote } from "../core/contacts/contact-rule";
import type { DailyNoteConfig, MomentFn } from "../core/daily/daily-notes";
import type { LocalDate } from "../core/shared/dates";
import { LinkResolver } from "../core/notes/link-resolver";
import { MentionIndex } from "../core/daily/mention-index";
import { dateOfNote, ignoresMentions, mentionRulesOf } from "../core/daily/mention-sources";
import { countedLinks } from "../core/daily/mentions";
import { noteStructureOf } from "../core/notes/note-structure";
import { PromiseIndex, linkedOpenTasks, openTaskLinks } from "../core/conversation/promise-index";
import { openTasks } from "../core/conversation/promises";
import type { ResolvedSettings } from "../core/settings";
import { readNoteFacts } from "./note-source";
import type { VaultNote } from "./vault-files";

export interface MentionContext {
  /** Where daily notes live and how they are named. */
  daily: DailyNoteConfig;
  /** Today: a note dated later doesn't count yet. */
  today: LocalDate;
  moment: MomentFn;
}

export function contactsOfVault(notes: readonly VaultNote[], resolved: ResolvedSettings, context: MentionContext): Contact[] {
  const { settings } = resolved;
  const rules = mentionRulesOf(settings);
  const links = new LinkResolver(notes.map((n) => n.path));
  const mentions = new MentionIndex();
  const promises = new PromiseIndex();
  const sources: ContactSource[] = [];

  for (const note of notes) {
    const facts = readNoteFacts(note.path, note.text, settings);
    if (isContactNote(note.path, facts.source.frontmatter, facts.tags, resolved)) {
      sources.push({ ...facts.source, promises: facts.source.propertiesProblem ? [] : openTasks(note.text, note.path) });
      continue;
    }
    const structure = noteStructureOf(note.text);
    promises.set(note.path, linkedOpenTasks(note.text, note.path, openTaskLinks(structure, (link) => links.resolve(link, note.path))));
    const date = dateOfNote(note.path, facts.source.frontmatter, context.daily, settings, context.moment);
    if (date === null) continue;
    const targets = countedLinks(structure, rules)
      .map((link) => links.resolve(link, note.path))
      .filter((target): target is string => target !== null);
    // One run reads the vault once, so links to notes that don't exist yet need no tracking.
    mentions.set(note.path, date, targets, []);
  }

  return sources.map((source) =>
    resolveContact(
      {
        ...source,
        mentions: ignoresMentions(source.frontmatter, settings) ? [] : mentions.mentionsOf(source.path),
        promises: [...(source.promises ?? []), ...promises.promisesTo(source.path)],
        today: context.today,
      },
      resolved,
    ),
  );
}
