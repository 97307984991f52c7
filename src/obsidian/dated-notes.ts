import { getLinkpath, moment, type App, type CachedMetadata, type TFile } from "obsidian";
import { basenameOf, getProperty } from "../core/contacts/contact";
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
  /** Notes by lower-cased name: a path when one note has that name, null when several share it. */
  private names: Map<string, string | null> | null = null;

  constructor(private readonly app: App) {}

  /** A file was created, renamed or deleted: links may go elsewhere now. */
  filesChanged(): void {
    this.links.clear();
    this.names = null;
  }

  /**
   * The vault's notes by name, as a build lists them (a part at a time, so that a
   * vault of 100,000 doesn't hold one slice): a link to a name only one of them has
   * needs no search. Used once `useNames` is given the whole list; kept until files change.
   */
  static namesOf(files: readonly TFile[], names = new Map<string, string | null>(), from = 0, to = files.length): Map<string, string | null> {
    for (let i = from; i < to; i++) {
      const file = files[i];
      if (file === undefined) continue;
      const name = file.basename.toLowerCase();
      const known = names.get(name);
      names.set(name, known === undefined ? file.path : null);
    }
    return names;
  }

  /** The names of every note in the vault (`namesOf` over the whole list). */
  useNames(names: Map<string, string | null>): void {
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
   * search can tell (a path, an extension, a name two notes share, links not yet resolved).
   */
  private resolvedByName(link: string, from: TFile): string | null | undefined {
    if (!this.names || link === "" || link.includes("/") || link.includes(".") || link.trim() !== link) return undefined;
    const { resolvedLinks, unresolvedLinks } = this.app.metadataCache;
    const path = this.names.get(link.toLowerCase());
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
    const { targets, unresolved } = this.destinations(file, cache);
    return into.set(file.path, date, targets, unresolved);
  }

  /** Records a dated note a build meets for the first time: nothing to compare with. */
  recordNew(into: MentionIndex, file: TFile, cache: CachedMetadata, date: LocalDate): void {
    const { targets, unresolved } = this.destinations(file, cache);
    into.add(file.path, date, targets, unresolved);
  }

  /** Where a dated note's counted links go: notes, or names no note has yet. */
  private destinations(file: TFile, cache: CachedMetadata): { targets: string[]; unresolved: string[] } {
    // Most dated notes of a vault link nothing, or mentions are off: nothing to reduce the note's structure for.
    if (this.settings.mentionMode === "off" || !cache.links || cache.links.length === 0) return { targets: [], unresolved: [] };
    const links = countedLinks(structureOf(cache), { mode: this.settings.mentionMode, heading: this.settings.mentionHeading });
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
