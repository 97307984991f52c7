import { parseFrontMatterAliases, type TFile } from "obsidian";
import { textOf } from "../../core/contacts/contact";
import { getProperty } from "../../core/contacts/contact-rule";
import { safeFileName } from "../../core/notes/file-names";
import { propertiesProblem } from "../../core/notes/frontmatter-edit";
import { decodeBytes } from "../../core/import/encoding";
import { IMPORT_FORMATS, sniffFormat, type ImportFormat, type ImportFormatId } from "../../core/import/formats";
import { applyFieldChanges, importKeys, newNoteText } from "../../core/import/import-edit";
import { planImport, type ExistingNote, type ImportPlan, type NewNote, type NoteUpdate } from "../../core/import/import-plan";
import { IMPORT_FIELDS, ImportError, type ImportField } from "../../core/import/import-record";
import { headingLineFor } from "../../core/touches/touch-log";
import { recordedChange } from "../note-writer";
import type { ReadServices, Services } from "../services";
import { messageOf } from "../../core/shared/errors";
import { plural } from "../../core/shared/dates";
import { SliceClock } from "../slice-clock";
import { ChangeRecorder, type UndoStep } from "../undo-history";
import type { ActionRunner } from "./runner";
import { checkedPath, contactsFolderOf, newNotePath } from "../vault-paths";

/** The command for each export, by the name users see in the palette. */
export const IMPORT_COMMANDS: Record<ImportFormatId, { id: string; name: string }> = {
  vcard: { id: "import-vcard", name: "Import contacts from vCard (.vcf)" },
  google: { id: "import-google-csv", name: "Import contacts from Google Contacts CSV" },
  linkedin: { id: "import-linkedin-csv", name: "Import contacts from LinkedIn Connections CSV" },
};

/** Records read between looks at the clock. */
const READ_BATCH = 200;
/** Notes written between progress lines (and more often when the writes are slow). */
const PROGRESS_EVERY = 100;

/**
 * Reads a picked export into a plan, a slice at a time so a large file never holds
 * the app: the bytes (so the encoding can be told), the records, then what each would
 * change. Throws an ImportError whose message says what is wrong with the file.
 */
export async function planFromFile(services: ReadServices, format: ImportFormat, file: TFile, progress: (message: string) => void): Promise<ImportPlan> {
  const { text } = decodeBytes(new Uint8Array(await services.app.vault.readBinary(file)));
  let reader;
  try {
    reader = format.reader(text);
  } catch (error) {
    throw withHint(error, format, text);
  }
  const clock = new SliceClock();
  while (reader.read(READ_BATCH)) {
    if (!clock.due()) continue;
    progress(`Reading ${file.name}… ${Math.floor(reader.progress * 100)}%`);
    await clock.yield();
  }
  clock.end();
  return planImport(reader.records, existingNotes(services), reader.problems, { noteName: safeFileName });
}

/** A file picked for the wrong command: say which command reads it. */
function withHint(error: unknown, format: ImportFormat, text: string): unknown {
  if (!(error instanceof ImportError)) return error;
  const other = sniffFormat(text);
  if (other === null || other === format.id) return error;
  return new ImportError(`${error.message} It looks like a ${IMPORT_FORMATS[other].label} file: use "${IMPORT_COMMANDS[other].name}" instead.`);
}

/** Every contact as the import matches and compares it: names and aliases, and what its properties hold. */
export function existingNotes(services: ReadServices): ExistingNote[] {
  const keys = importKeys(services.settings);
  return services.index.all().map((contact) => {
    const frontmatter = services.app.metadataCache.getCache(contact.path)?.frontmatter;
    const values: Partial<Record<ImportField, string>> = {};
    for (const field of IMPORT_FIELDS) {
      const text = textOf(getProperty(frontmatter, keys[field]));
      if (text !== null) values[field] = text;
    }
    return {
      path: contact.path,
      name: contact.name,
      aliases: parseFrontMatterAliases(frontmatter) ?? [],
      values,
      pastCompanies: contact.pastCompanies,
      problem: contact.writable ? null : (contact.warnings[0] ?? "its properties can't be edited safely."),
    };
  });
}

/** What the user chose in the review. */
export interface ImportChoice {
  plan: ImportPlan;
  selected: ReadonlySet<string>;
  /** The tier new notes get; null leaves them without one (unclassified). */
  tierId: string | null;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  failed: { name: string; reason: string }[];
}

/**
 * Writes what the user ticked, and nothing else: new notes (from the template, when
 * one is set) and property changes, each note in one atomic write, every change
 * recorded for one undo. A note that can't be written is reported; the rest land.
 */
export async function writeImport(services: Services, choice: ImportChoice, recorder: ChangeRecorder, progress: (done: number, total: number) => void): Promise<ImportOutcome> {
  const { selected } = choice;
  const creates = choice.plan.creates.filter((c) => selected.has(c.id));
  const updates = choice.plan.updates.map((u) => ({ ...u, changes: u.changes.filter((c) => selected.has(c.id)) })).filter((u) => u.changes.length > 0);
  const total = creates.length + updates.length;
  const folder = creates.length > 0 ? importFolder(services) : "";
  const base = creates.length > 0 ? await newNoteBase(services) : "";
  const outcome: ImportOutcome = { created: 0, updated: 0, failed: [] };
  const clock = new SliceClock();
  let done = 0;
  const attempt = async (name: string, write: () => Promise<void>) => {
    try {
      await write();
    } catch (error) {
      outcome.failed.push({ name, reason: messageOf(error) });
    }
    done++;
    if (done % PROGRESS_EVERY === 0 || done === total || clock.due()) {
      progress(done, total);
      await clock.yield();
    }
  };
  for (const note of creates) await attempt(note.name, () => createNote(services, folder, note, base, choice.tierId, recorder).then(() => void outcome.created++));
  for (const update of updates) await attempt(update.name, () => updateNote(services, update, recorder).then(() => void outcome.updated++));
  clock.end();
  return outcome;
}

/** The folder new notes go in; a folder outside the vault stops the import before anything is written. */
function importFolder(services: Services): string {
  try {
    return contactsFolderOf(services.settings);
  } catch (error) {
    throw new ImportError(`${messageOf(error)} Nothing was imported.`);
  }
}

/** The text a new note starts from: the template's, or a touch log heading. `nothing` says what didn't happen when the template can't be used. */
export async function newNoteBase(services: Services, nothing = "nothing was imported"): Promise<string> {
  const { settings } = services;
  const { vault } = services.app;
  const setting = settings.importTemplate.trim();
  if (setting === "") return `${headingLineFor(settings.touchHeading)}\n`;
  const checked = checkedPath(setting);
  if (!checked.ok) throw new ImportError(`The template for new contacts, ${checked.error} ${nothing.charAt(0).toUpperCase()}${nothing.slice(1)}; fix its path in the settings (Import), or clear it to create plain notes.`);
  const path = checked.path;
  const file = vault.getFileByPath(path) ?? vault.getFileByPath(`${path}.md`);
  if (!file) throw new ImportError(`The template for new contacts, "${path}", isn't in the vault, so ${nothing}. Fix its path in the settings (Import), or clear it to create plain notes.`);
  const text = await vault.read(file);
  const problem = propertiesProblem(text);
  if (problem) throw new ImportError(`The template for new contacts, "${file.path}", can't be used, so ${nothing}: ${problem}`);
  return text;
}

async function createNote(services: Services, folder: string, note: NewNote, base: string, tierId: string | null, recorder: ChangeRecorder): Promise<void> {
  const { settings } = services;
  const { vault } = services.app;
  const path = newNotePath(folder, note.noteName);
  if (vault.getAbstractFileByPath(path)) throw new Error(`A note named "${note.noteName}" already exists in ${folder || "the vault"}.`);
  if (folder && !vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
  const text = newNoteText(base, note.fields, importKeys(settings), tierId ? { key: settings.properties.tier, id: tierId } : null);
  const file = await vault.create(path, text);
  recorder.record(file.path, null, text);
}

async function updateNote(services: Services, update: NoteUpdate, recorder: ChangeRecorder): Promise<void> {
  const file = services.app.vault.getFileByPath(update.path);
  if (!file) throw new Error("the note was moved or deleted after the review.");
  const keys = importKeys(services.settings);
  await services.app.vault.process(file, (text) => recordedChange(recorder, file.path, text, (t) => applyFieldChanges(t, update.changes, keys)));
}

/**
 * Writes the import as one step to undo, and tells the user what landed. Throws
 * (after keeping what did land as a step) when nothing could be written.
 */
export async function importAndReport(run: ActionRunner, choice: ImportChoice, fileName: string, progress: (done: number, total: number) => void): Promise<ImportOutcome> {
  const recorder = new ChangeRecorder();
  let step: UndoStep | null = null;
  let outcome: ImportOutcome;
  try {
    outcome = await writeImport(run.services, choice, recorder, progress);
  } finally {
    step = run.services.undo.push(`imported ${fileName}`, recorder);
  }
  const lines = [`Imported ${fileName}: ${plural(outcome.created, "new note")}, ${plural(outcome.updated, "note")} updated.`];
  for (const failure of outcome.failed) lines.push(`Couldn't write ${failure.name}: ${failure.reason}`);
  run.tell(lines.join("\n"), step, outcome.failed.length > 0 ? 10000 : 5000);
  return outcome;
}
