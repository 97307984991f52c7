import { TFile, TFolder, moment, type App } from "obsidian";
import type { LocalDate } from "../core/shared/dates";
import { dailyFormatProblem, dailyNotePath, fillDailyTemplate, templatePath } from "../core/daily/daily-notes";
import { formatDailyTouchLine, formatGroupDailyLine } from "../core/daily/daily-lines";
import { NoteWriteError } from "../core/shared/errors";
import { appendUnderHeading, hasHeading } from "../core/touches/touch-log";
import type { KeepInTouchSettings } from "../core/settings";
import type { Touch } from "../core/touches/touch-line";
import type { DailyNoteSettings } from "./daily-note-settings";
import { recordedChange } from "./note-writer";
import type { ChangeRecorder } from "./undo-history";
import { WriteQueue } from "./write-queue";
import { checkedPath } from "./vault-paths";

export type DailyWrite = "written" | "no-note" | "off" | "already-there";

/**
 * Writes to daily notes: the line for a logged touch and the touch plan. Each write
 * is one atomic `Vault.process` call, or one `Vault.create` for a new daily note.
 * Writes to a day's note wait in one queue per path, in the order they were asked
 * for, so a missing note is created once (by the first write) and every later write
 * finds it there.
 */
export class DailyNoteWriter {
  constructor(
    private readonly app: App,
    private readonly settings: () => KeepInTouchSettings,
    private readonly daily: () => DailyNoteSettings,
    private readonly now: () => Date,
    private readonly queue = new WriteQueue<string>(),
    private readonly recorder: ChangeRecorder | null = null,
  ) {}

  /** The same writer (same queue), recording each change for undo. */
  recordingTo(recorder: ChangeRecorder): DailyNoteWriter {
    return new DailyNoteWriter(this.app, this.settings, this.daily, this.now, this.queue, recorder);
  }

  /** One atomic write, recorded when an undo step is being collected. */
  private process(note: TFile, change: (text: string) => string): Promise<string> {
    const recorder = this.recorder;
    return this.app.vault.process(note, recorder ? (text) => recordedChange(recorder, note.path, text, change) : change);
  }

  /**
   * Adds `- [[Contact]] kind — note` under the daily heading of the touch's day, as the
   * settings say. `contact` is the contact's own write: the line takes its place in the
   * day's queue now, and is written once that write has landed (to the note wherever
   * it is then); if that write fails, nothing is written here and this rejects with its error.
   */
  async addTouchLine(contact: Promise<TFile>, touch: Touch, today: LocalDate): Promise<DailyWrite> {
    const settings = this.settings();
    if (settings.dailyTouchLine === "off") return "off";
    const create = settings.dailyTouchLine === "create" && touch.date === today;
    return this.inDailyNote(touch.date, create, contact, async (note) => {
      const line = formatDailyTouchLine(this.app.fileManager.generateMarkdownLink(await contact, note.path), touch);
      await this.process(note, (text) => appendUnderHeading(text, settings.dailyHeading, [line]));
      return "written";
    });
  }

  /** One line for a group touch, linking everyone it reached. */
  async addGroupLine(contacts: readonly TFile[], touch: Touch, today: LocalDate): Promise<DailyWrite> {
    const settings = this.settings();
    if (settings.dailyTouchLine === "off" || contacts.length === 0) return "off";
    return this.inDailyNote(touch.date, settings.dailyTouchLine === "create" && touch.date === today, null, async (note) => {
      const line = formatGroupDailyLine(
        contacts.map((c) => this.app.fileManager.generateMarkdownLink(c, note.path)),
        touch,
      );
      await this.process(note, (text) => appendUnderHeading(text, settings.dailyHeading, [line]));
      return "written";
    });
  }

  /** Writes a plan (today's, or this week's) under its heading, unless the note already has that heading. */
  async addPlan(today: LocalDate, linesFor: (sourcePath: string) => string[], heading = this.settings().planHeading): Promise<DailyWrite> {
    return this.inDailyNote(today, true, null, async (note) => {
      const lines = linesFor(note.path);
      let result: DailyWrite = "written";
      await this.process(note, (text) => {
        // Checked inside the atomic write, so two runs can never stack two plans.
        if (hasHeading(text, heading)) {
          result = "already-there";
          return text;
        }
        return appendUnderHeading(text, heading, lines);
      });
      return result;
    });
  }

  /**
   * Queues a write to the daily note of a day (in the call itself, before any await, so
   * writes keep the order they were asked in). When its turn comes and `after` has
   * resolved, the note is looked up, or created when asked and missing, and handed to
   * `write`; if `after` rejects, nothing is written and this rejects with its error.
   */
  private async inDailyNote(date: LocalDate, create: boolean, after: Promise<unknown> | null, write: (note: TFile) => Promise<DailyWrite>): Promise<DailyWrite> {
    const path = this.pathOf(date, create);
    if (path === null) {
      await after;
      return "no-note";
    }
    return this.queue.run(path, async () => {
      await after;
      const note = await this.noteAt(path, date, create);
      return note ? write(note) : "no-note";
    });
  }

  private pathOf(date: LocalDate, create: boolean): string | null {
    const { config } = this.daily();
    const problem = dailyFormatProblem(config.format, moment);
    if (problem) throw new NoteWriteError("bad-input", `${problem} Change it in the daily notes settings.`);
    const wanted = dailyNotePath(date, config, moment);
    const checked = checkedPath(wanted);
    if (checked.ok) return checked.path;
    // A path that leaves the vault names no note in it; it is refused only when a note would be made there.
    if (!create) return null;
    throw new NoteWriteError("bad-input", `The daily note would be "${wanted}", which can't be used: ${checked.reason}. Change where daily notes go in the daily notes settings.`);
  }

  /** The daily note at a path; created (with the user's template, and its folders) when asked and missing. Only called from the path's queue. */
  private async noteAt(path: string, date: LocalDate, create: boolean): Promise<TFile | null> {
    const existing = this.app.vault.getFileByPath(path);
    if (existing || !create) return existing;
    const content = await this.templateText(date, path);
    await this.ensureFolder(path.slice(0, Math.max(0, path.lastIndexOf("/"))));
    let created: TFile;
    try {
      created = await this.app.vault.create(path, content);
    } catch (error) {
      // Another plugin (the core daily notes, a template plugin) made today's note in the meantime: write into theirs.
      const made = this.app.vault.getFileByPath(path);
      if (made) return made;
      throw error;
    }
    this.recorder?.record(created.path, null, content);
    return created;
  }

  private async templateText(date: LocalDate, path: string): Promise<string> {
    const { config } = this.daily();
    const template = templatePath(config);
    if (!template) return "";
    const checked = checkedPath(template);
    if (!checked.ok) throw new NoteWriteError("bad-input", `The daily note template ${checked.error} Today's daily note wasn't created; change the template in the daily notes settings.`);
    const file = this.app.vault.getFileByPath(checked.path);
    if (!(file instanceof TFile)) {
      throw new NoteWriteError("missing-note", `The daily note template "${template}" doesn't exist, so today's daily note wasn't created. Fix the template setting or create the note.`);
    }
    const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
    return fillDailyTemplate(await this.app.vault.cachedRead(file), date, title, this.now(), moment);
  }

  /** Creates a missing folder and its missing parents (nested formats like YYYY/MM/…). */
  private async ensureFolder(folder: string): Promise<void> {
    if (!folder) return;
    let path = "";
    for (const part of folder.split("/")) {
      path = path ? `${path}/${part}` : part;
      if (this.app.vault.getAbstractFileByPath(path)) continue;
      try {
        await this.app.vault.createFolder(path);
      } catch (error) {
        // Made by someone else in the meantime: that is all this wanted.
        if (!(this.app.vault.getAbstractFileByPath(path) instanceof TFolder)) throw error;
      }
    }
  }
}
