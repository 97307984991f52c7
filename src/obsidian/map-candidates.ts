import { moment, normalizePath, TFile } from "obsidian";
import { basenameOf } from "../core/contacts/contact";
import { safeFileName } from "../core/notes/file-names";
import { MentionIndex } from "../core/daily/mention-index";
import { orderCandidates, type MapCandidate } from "../core/contacts/relationship-map";
import { unclassifiedContacts, type MentionCount } from "../core/contacts/triage";
import { DatedNotes } from "./dated-notes";
import { DatedPathReader } from "./dated-paths";
import type { ReadServices } from "./services";

/** Who dated notes link to: notes by path, and names that have no note yet (by their lower-cased name). */
export interface DatedLinks {
  notes: Map<string, MentionCount>;
  newNames: Map<string, MentionCount & { name: string }>;
}

function count<T extends MentionCount>(into: Map<string, T>, key: string, date: string, fresh: () => T): void {
  const entry = into.get(key) ?? fresh();
  entry.count++;
  if (entry.last === null || date > entry.last) entry.last = date;
  into.set(key, entry);
}

/**
 * Reads which notes and names the dated notes (daily notes, meeting notes) link to,
 * from the metadata cache's resolved and unresolved links, with the same rules the
 * index uses for mentions: a heading rule is kept, and with mentions turned off every
 * link counts (for finding people, not as touches). Notes dated after today don't count.
 */
export function readDatedLinks(services: ReadServices): DatedLinks {
  const { settings } = services;
  const { metadataCache, vault } = services.app;
  const rules = { ...settings, mentionMode: settings.mentionMode === "off" ? ("all" as const) : settings.mentionMode };
  const reader = new DatedNotes(services.app).reader(services.dailyNoteSettings().config, rules);
  const mentions = new MentionIndex();
  const today = services.today();
  const links: DatedLinks = { notes: new Map(), newNames: new Map() };
  const sources = new Set([...Object.keys(metadataCache.resolvedLinks), ...Object.keys(metadataCache.unresolvedLinks)]);
  for (const source of sources) {
    const file = vault.getFileByPath(source);
    const cache = file ? metadataCache.getFileCache(file) : null;
    if (!file || !cache) continue;
    const date = reader.dateOf(file, cache);
    if (date === null || date > today) continue;
    for (const target of reader.record(mentions, file, cache, date)) count(links.notes, target, date, () => ({ count: 0, last: null }));
    for (const linkpath of Object.keys(metadataCache.unresolvedLinks[source] ?? {})) {
      const name = basenameOf(linkpath).trim();
      // The index kept only the links its rules count; a name it didn't keep isn't counted here either.
      if (name === "" || !mentions.notesLinkingTo(name).includes(source)) continue;
      count(links.newNames, name.toLowerCase(), date, () => ({ name, count: 0, last: null }));
    }
  }
  return links;
}

/** A name reads as a person's: it has a letter and isn't a day (links to tomorrow's daily note are common). */
function looksLikeAName(name: string, days: DatedPathReader): boolean {
  return /\p{L}/u.test(name) && days.dateOf(`${name}.md`) === null;
}

/**
 * The people the wizard suggests: notes that dated notes link to which aren't tiered
 * contacts (nor paused ones, nor dated notes themselves), names they link to that have
 * no note yet, and contacts without a tier, most mentioned first.
 */
export function gatherMapCandidates(services: ReadServices, links: DatedLinks = readDatedLinks(services)): MapCandidate[] {
  const { index } = services;
  const { vault } = services.app;
  const days = new DatedPathReader(services.dailyNoteSettings().config, moment);
  const candidates = new Map<string, MapCandidate>();
  for (const [path, mentions] of links.notes) {
    const file = vault.getFileByPath(path);
    if (!(file instanceof TFile) || file.extension !== "md" || days.dateOf(path) !== null) continue;
    const contact = index.get(path);
    if (contact && (contact.tierSet || contact.status === "paused")) continue;
    candidates.set(path, { path, name: file.basename, mentions: mentions.count, lastMentioned: mentions.last, unclassified: contact !== undefined });
  }
  for (const contact of unclassifiedContacts(index.all())) {
    if (!candidates.has(contact.path)) candidates.set(contact.path, { path: contact.path, name: contact.name, mentions: 0, lastMentioned: null, unclassified: true });
  }
  const byName = [...candidates.values()];
  for (const entry of links.newNames.values()) {
    if (!looksLikeAName(entry.name, days)) continue;
    byName.push({ path: null, name: entry.name, mentions: entry.count, lastMentioned: entry.last, unclassified: false });
  }
  return orderCandidates(byName);
}

/**
 * The note a typed name means: the one in the contacts folder with that name, or the
 * one a link of that name goes to; null when there is none yet (the wizard creates it).
 */
export function noteForName(services: ReadServices, name: string): string | null {
  const noteName = safeFileName(name);
  if (noteName === "") return null;
  const { vault, metadataCache } = services.app;
  const folder = services.settings.contactsFolder.trim();
  const inFolder = vault.getFileByPath(normalizePath(folder ? `${folder}/${noteName}.md` : `${noteName}.md`));
  if (inFolder) return inFolder.path;
  const linked = metadataCache.getFirstLinkpathDest(noteName, "");
  return linked && linked.extension === "md" ? linked.path : null;
}
