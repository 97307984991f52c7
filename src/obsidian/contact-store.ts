import type { App, CachedMetadata, TFile } from "obsidian";
import { AgendaModel } from "../core/planning/agenda-model";
import { resolveContact, type Contact } from "../core/contacts/contact";
import type { LocalDate } from "../core/shared/dates";
import { MentionIndex } from "../core/daily/mention-index";
import { ignoresMentions } from "../core/daily/mention-sources";
import type { ResolvedSettings } from "../core/settings";
import { conflictCopyOf, type SyncConflict } from "./conflict-copies";
import { ContactNotes } from "./contact-notes";
import type { DailyNoteSettings } from "./daily-note-settings";
import { DatedNotes, type DatedNoteReader } from "./dated-notes";
import type { IndexWork } from "./index-stats";
import type { NoteSource } from "./note-facts";
import { PromiseTracker } from "./promise-tracker";

/** Most notes of a vault: one answer shared by all of them, asked at every build. */
const NOT_A_CONTACT: { readonly contact: false; readonly copy: null } = Object.freeze({ contact: false, copy: null });

/** What a full build found: it replaces the store's notes, mentions and contacts at once. */
export interface StoreContents {
  sources: Map<string, NoteSource>;
  mentions: MentionIndex;
  contacts: Map<string, Contact>;
  /** Contact notes' conflict copies, by the copy's path. */
  conflicts: Map<string, SyncConflict>;
  day: LocalDate;
}

/**
 * The index's state: each contact note's data, the mentions of contacts in dated
 * notes, the open promises, and the contacts resolved from them for one day, with
 * the agenda kept in step. Resolving is done here and nowhere else, so a build and
 * an incremental change give the same contact.
 */
export class ContactStore {
  sources = new Map<string, NoteSource>();
  contacts = new Map<string, Contact>();
  mentions = new MentionIndex();
  /** Conflict copies of contact notes, by the copy's path: not contacts themselves. */
  conflicts = new Map<string, SyncConflict>();
  day: LocalDate;
  readonly promises: PromiseTracker;
  readonly dated: DatedNotes;
  private agendaModel: AgendaModel | null = null;
  private contactNotes: { settings: ResolvedSettings; test: ContactNotes } | null = null;

  constructor(
    private readonly app: App,
    public settings: ResolvedSettings,
    public daily: DailyNoteSettings,
    day: LocalDate,
    private readonly work: IndexWork,
  ) {
    this.day = day;
    this.dated = new DatedNotes(app);
    this.promises = new PromiseTracker(app, (link, from) => this.dated.linkDest(link, from));
  }

  /** Takes what a build found; the agenda is worked out again when next asked for. */
  replace(contents: StoreContents): void {
    this.sources = contents.sources;
    this.mentions = contents.mentions;
    this.contacts = contents.contacts;
    this.conflicts = contents.conflicts;
    this.day = contents.day;
    this.agendaModel = null;
  }

  /** Everyone's due state on the store's day, made again only for a new day or new tiers. */
  agenda(): AgendaModel {
    const model = this.agendaModel;
    if (model && model.today === this.day && model.tiers === this.settings.tiers) return model;
    this.agendaModel = new AgendaModel(this.settings.tiers, this.day, {});
    this.agendaModel.rebuild(this.contacts.values());
    return this.agendaModel;
  }

  /** Sets or removes one contact, keeping the agenda in step. */
  setContact(path: string, contact: Contact | undefined): void {
    if (contact) this.contacts.set(path, contact);
    else this.contacts.delete(path);
    this.agendaModel?.update(path, contact);
  }

  /** Re-resolves these contacts from stored data; returns the ones that exist. */
  reresolve(paths: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    const all = [...paths];
    // Many at once (the promises read after a build): working the agenda out again when next
    // asked for costs less than moving each of them in it.
    if (all.length > 16 && all.length * 8 > this.contacts.size) this.agendaModel = null;
    for (const path of all) {
      const source = this.sources.get(path);
      if (!source) continue;
      this.setContact(path, this.resolve(source, this.mentions, this.day));
      changed.add(path);
    }
    return changed;
  }

  /** Resolves everyone again when the day changed. */
  followCalendar(today: LocalDate): void {
    if (today === this.day) return;
    this.day = today;
    for (const source of this.sources.values()) this.contacts.set(source.path, this.resolve(source, this.mentions, today));
  }

  /** A contact note, and not a sync tool's conflict copy of one. */
  isContact(file: TFile, cache: CachedMetadata | null): boolean {
    return this.classify(file, cache).contact;
  }

  /** Whether a note is a contact, or a contact note's conflict copy (then not a contact). */
  classify(file: TFile, cache: CachedMetadata | null): { readonly contact: boolean; readonly copy: SyncConflict | null } {
    if (!this.isContactNote(file, cache)) return NOT_A_CONTACT;
    const copy = conflictCopyOf(this.app, file, cache, (f, c) => this.isContactNote(f, c), this.settings.settings.properties.lastTouch);
    return { contact: copy === null, copy };
  }

  /** Keeps the store's list of conflict copies in step with one note; true when it changed. */
  noteCopy(path: string, copy: SyncConflict | null): boolean {
    const had = this.conflicts.get(path);
    if (copy === null) return this.conflicts.delete(path);
    this.conflicts.set(path, copy);
    return had === undefined || had.original !== copy.original;
  }

  private isContactNote(file: TFile, cache: CachedMetadata | null): boolean {
    if (this.contactNotes?.settings !== this.settings) this.contactNotes = { settings: this.settings, test: new ContactNotes(this.settings) };
    return this.contactNotes.test.isContact(file.path, cache);
  }

  async read(file: TFile): Promise<string> {
    this.work.reads++;
    return this.app.vault.cachedRead(file);
  }

  /** Reads a note for its open tasks (counted apart: those reads come after a build). */
  async readForPromises(file: TFile): Promise<string> {
    this.work.promiseReads++;
    return this.app.vault.cachedRead(file);
  }

  /** A reader of dated notes for the current daily-note settings. */
  datedReader(): DatedNoteReader {
    return this.dated.reader(this.daily.config, this.settings.settings);
  }

  /** A contact from its note's data and its mentions; no I/O. */
  resolve(source: NoteSource, mentions: MentionIndex, today: LocalDate): Contact {
    this.work.resolved++;
    let mentioned = mentions.mentionsOf(source.path);
    if (mentioned.length > 0 && ignoresMentions(source.frontmatter, this.settings.settings)) mentioned = [];
    const { path, frontmatter, facts } = source;
    const propertiesProblem = facts.problem;
    const promises = propertiesProblem ? [] : this.promises.promisesOf(path);
    // The vault's file holds the note's name: each contact shares that string instead of holding its own copy.
    const file = this.app.vault.getFileByPath(path);
    const name = file?.extension === "md" ? file.basename : undefined;
    return resolveContact(
      {
        path,
        name,
        frontmatter,
        propertiesProblem,
        syncDamage: facts.damage,
        loggedTouchDates: facts.dates,
        // Facts keep their days oldest first, each once: resolving needn't check.
        loggedInOrder: true,
        theirDays: facts.theirDays,
        introductions: facts.introductions,
        mentions: mentioned,
        promises,
        today,
      },
      this.settings,
    );
  }
}
