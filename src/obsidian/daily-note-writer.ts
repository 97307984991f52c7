import { TFile, moment, normalizePath, type App } from "obsidian";
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

export type DailyWrite = "written" | "no-note" | "off" | "already-there";

/**
 * Writes to daily notes: the line for a logged touch and the touch plan. Each write
 * is one atomic `Vault.process` call, or one `Vault.create` for a new daily note.
 */
export class DailyNoteWriter {
  constructor(
    private readonly app: App,
    private readonly settings: () => KeepInTouchSettings,
    private readonly daily: () => DailyNoteSettings,
    private readonly now: () => Date,
    private readonly recorder: ChangeRecorder | null = null,
  ) {}

  /** The same writer, recording each change for undo. */
  recordingTo(recorder: ChangeRecorder): DailyNoteWriter {
    return new DailyNoteWriter(this.app, this.settings, this.daily, this.now, recorder);
  }

  /** One atomic write, recorded when an undo step is being collected. */
  private process(note: TFile, change: (text: string) => string): Promise<string> {
    const recorder = this.recorder;
    return this.app.vault.process(note, recorder ? (text) => recordedChange(recorder, note.path, text, change) : change);
  }

  /** Adds `- [[Contact]] kind — note` under the daily heading of the touch's day, as the settings say. */
  async addTouchLine(contact: TFile, touch: Touch, today: LocalDate): Promise<DailyWrite> {
    const settings = this.settings();
    if (settings.dailyTouchLine === "off") return "off";
    const create = settings.dailyTouchLine === "create" && touch.date === today;
    const note = await this.dailyNote(touch.date, create);
    if (!note) return "no-note";
    const line = formatDailyTouchLine(this.app.fileManager.generateMarkdownLink(contact, note.path), touch);
    await this.process(note, (text) => appendUnderHeading(text, settings.dailyHeading, [line]));
    return "written";
  }

  /** One line for a group touch, linking everyone it reached. */
  async addGroupLine(contacts: readonly TFile[], touch: Touch, today: LocalDate): Promise<DailyWrite> {
    const settings = this.settings();
    if (settings.dailyTouchLine === "off" || contacts.length === 0) return "off";
    const note = await this.dailyNote(touch.date, settings.dailyTouchLine === "create" && touch.date === today);
    if (!note) return "no-note";
    const line = formatGroupDailyLine(
      contacts.map((c) => this.app.fileManager.generateMarkdownLink(c, note.path)),
      touch,
    );
    await this.process(note, (text) => appendUnderHeading(text, settings.dailyHeading, [line]));
    return "written";
  }

  /** Writes a plan (today's, or this week's) under its heading, unless the note already has that heading. */
  async addPlan(today: LocalDate, linesFor: (sourcePath: string) => string[], heading = this.settings().planHeading): Promise<DailyWrite> {
    const note = await this.dailyNote(today, true);
    if (!note) return "no-note";
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
  }

  /** The daily note for a day; created (with the user's template) when asked and missing. */
  async dailyNote(date: LocalDate, create: boolean): Promise<TFile | null> {
    const { config } = this.daily();
    const problem = dailyFormatProblem(config.format, moment);
    if (problem) throw new NoteWriteError("bad-input", `${problem} Change it in the daily notes settings.`);
    const path = normalizePath(dailyNotePath(date, config, moment));
    const existing = this.app.vault.getFileByPath(path);
    if (existing || !create) return existing;
    const content = await this.templateText(date, path);
    await this.ensureFolder(path.slice(0, Math.max(0, path.lastIndexOf("/"))));
    const created = await this.app.vault.create(path, content);
    this.recorder?.record(created.path, null, content);
    return created;
  }

  private async templateText(date: LocalDate, path: string): Promise<string> {
    const { config } = this.daily();
    const template = templatePath(config);
    if (!template) return "";
    const file = this.app.vault.getFileByPath(normalizePath(template));
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
      if (!this.app.vault.getAbstractFileByPath(path)) await this.app.vault.createFolder(path);
    }
  }
}
