import { getLinkpath, moment, type App, type CachedMetadata, type TFile } from "obsidian";
import { basenameOf } from "../core/contacts/contact";
import { getProperty } from "../core/contacts/contact-rule";
import type { DailyNoteConfig } from "../core/daily/daily-notes";
import { parseDateValue, type LocalDate } from "../core/shared/dates";
import type { MentionIndex } from "../core/daily/mention-index";
import { countedLinks, type NoteStructure } from "../core/daily/mentions";
import type { KeepInTouchSettings } from "../core/settings";
import { DatedPathReader } from "./dated-paths";

/** Dated notes (daily notes, notes named like one, notes with a date property) and the contacts they mention. */
export class DatedNotes {
  private paths: { key: string; reader: DatedPathReader } | null = null;
  /**
   * Where links go, by the linking note's folder and the link's text: Obsidian
   * resolves a link from those two alone, so the answer holds until a file is
   * created, renamed or deleted. Daily notes link the same people again and again.
   */
  private readonly links = new Map<string, Map<string, string | null>>();
  /** The names a build's links asked about, and which notes have them; null until a build gives them. */
  private names: NoteNames | null = null;

  constructor(private readonly app: App) {}

  /** A file was created, renamed or deleted: links may go elsewhere now. */
  filesChanged(): void {
    this.links.clear();
    this.names = null;
  }

  /** The names a build found in the vault for the links it asked about; kept until files change. */
  useNames(names: NoteNames): void {
    this.names = names;
  }

  /** Where a link (its path, without heading or alias) in this note goes; remembered until files change. */
  linkDest(link: string, from: TFile): string | null {
    const folder = from.parent?.path ?? "";
    let inFolder = this.links.get(folder);
    if (!inFolder) this.links.set(folder, (inFolder = new Map<string, string | null>()));
    let dest = inFolder.get(link);
    if (dest === undefined) {
      const byName = this.resolvedByName(link, from);
      dest = byName !== undefined ? byName : (this.app.metadataCache.getFirstLinkpathDest(link, from.path)?.path ?? null);
      if (inFolder.size > 100_000) inFolder.clear();
      inFolder.set(link, dest);
    }
    return dest;
  }

  /**
   * A link by a bare name that one note has, as Obsidian resolved it in this note
   * (resolvedLinks), or left unresolved (unresolvedLinks); undefined when only a
   * search can tell (a path, an extension, a name two notes share, a name the build
   * didn't ask about, links not yet resolved).
   */
  private resolvedByName(link: string, from: TFile): string | null | undefined {
    const key = this.names?.keyOf(link);
    if (!this.names || key === undefined) return undefined;
    const { resolvedLinks, unresolvedLinks } = this.app.metadataCache;
    const path = this.names.pathOf(key);
    if (path) return resolvedLinks[from.path]?.[path] !== undefined ? path : undefined;
    return path === undefined && unresolvedLinks[from.path]?.[link] !== undefined ? null : undefined;
  }

  /** A reader for these settings; the path reader is only made again when the daily-note format changes. */
  reader(daily: DailyNoteConfig, settings: KeepInTouchSettings): DatedNoteReader {
    const key = `${moment.locale()}|${JSON.stringify(daily)}`;
    if (this.paths?.key !== key) this.paths = lastPaths?.key === key ? lastPaths : { key, reader: new DatedPathReader(daily, moment) };
    lastPaths = this.paths;
    return new DatedNoteReader(this, this.paths.reader, settings);
  }
}

/**
 * The notes of the vault by name, for the names a build's links ask about: a link
 * by a name only one note has needs no search. Only the names asked about are kept,
 * so listing a vault of 100,000 notes costs a look-up per note, not an entry.
 */
export class NoteNames {
  /** Lower-cased names asked about. */
  private readonly asked = new Set<string>();
  /** Of those, the ones some note has: its path, or null when several notes share the name. */
  private readonly found = new Map<string, string | null>();

  /** Asks about a link's name, when it is a bare name (no folder, no extension). */
  ask(link: string): void {
    if (isBareName(link)) this.asked.add(link.toLowerCase());
  }

  /** Looks at the names of these notes (a part of the vault's list, so no slice holds all of it). */
  look(files: readonly TFile[], from = 0, to = files.length): void {
    const { asked, found } = this;
    if (asked.size === 0) return;
    for (let i = from; i < to; i++) {
      const file = files[i];
      if (file === undefined) continue;
      const name = file.basename.toLowerCase();
      if (!asked.has(name)) continue;
      found.set(name, found.has(name) ? null : file.path);
    }
  }

  /** The key of a link's name when it was asked about; undefined when only a search can tell. */
  keyOf(link: string): string | undefined {
    if (!isBareName(link)) return undefined;
    const key = link.toLowerCase();
    return this.asked.has(key) ? key : undefined;
  }

  /** For a name asked about: the one note with it, null when several notes have it, undefined when none does. */
  pathOf(key: string): string | null | undefined {
    return this.found.get(key);
  }
}

function isBareName(link: string): boolean {
  return link !== "" && !link.includes("/") && !link.includes(".") && link.trim() === link;
}

/** The last path reader made: an index made again (a new vault window, a benchmark) reuses it for the same settings. */
let lastPaths: { key: string; reader: DatedPathReader } | null = null;

export class DatedNoteReader {
  constructor(
    private readonly notes: DatedNotes,
    private readonly paths: DatedPathReader,
    private readonly settings: KeepInTouchSettings,
  ) {}

  /** The day a note is about, if it is a dated note. */
  dateOf(file: TFile, cache: CachedMetadata | null): LocalDate | null {
    const daily = this.paths.dateOf(file.path);
    if (daily) return daily;
    if (!this.settings.countDatePropertyNotes) return null;
    const value = getProperty(cache?.frontmatter, this.settings.datePropertyKey);
    if (value === undefined || value === null || value === "") return null;
    const parsed = parseDateValue(value);
    return parsed.ok ? parsed.date : null;
  }

  /** Records a dated note's counted links; returns the contacts whose mentions changed. */
  record(into: MentionIndex, file: TFile, cache: CachedMetadata, date: LocalDate): Set<string> {
    const { targets, unresolved } = this.destinations(file, this.countedLinks(cache));
    return into.set(file.path, date, targets, unresolved);
  }

  /** Records a dated note a build met once, with the links `countedLinks` gave: nothing to compare with. */
  recordNew(into: MentionIndex, file: TFile, date: LocalDate, links: readonly string[]): void {
    const { targets, unresolved } = this.destinations(file, links);
    into.add(file.path, date, targets, unresolved);
  }

  /** The links in a dated note that count as touches (each once). */
  countedLinks(cache: CachedMetadata): string[] {
    // Most dated notes of a vault link nothing, or mentions are off: nothing to reduce the note's structure for.
    if (this.settings.mentionMode === "off" || !cache.links || cache.links.length === 0) return [];
    return countedLinks(structureOf(cache), { mode: this.settings.mentionMode, heading: this.settings.mentionHeading });
  }

  /** Where links go: notes, or names no note has yet. */
  private destinations(file: TFile, links: readonly string[]): { targets: string[]; unresolved: string[] } {
    const targets: string[] = [];
    const unresolved: string[] = [];
    for (const link of links) {
      const dest = this.notes.linkDest(link, file);
      if (dest !== null) targets.push(dest);
      else unresolved.push(basenameOf(link));
    }
    return { targets, unresolved };
  }
}

/** The metadata cache's view of a note, reduced to what decides which links count. */
function structureOf(cache: CachedMetadata): NoteStructure {
  return {
    links: (cache.links ?? []).map((l) => ({ link: getLinkpath(l.link), line: l.position.start.line })),
    listItems: (cache.listItems ?? []).map((li) => ({ line: li.position.start.line, endLine: li.position.end.line, task: li.task })),
    sections: (cache.sections ?? []).map((s) => ({ type: s.type, line: s.position.start.line, endLine: s.position.end.line })),
    headings: (cache.headings ?? []).map((h) => ({ heading: h.heading, level: h.level, line: h.position.start.line })),
  };
}
