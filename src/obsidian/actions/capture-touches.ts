/**
 * Capture, the vault's side: the contacts a capture matches against (read from the
 * index and the metadata cache), the plan for a file's extract with the people the
 * user chose to add, and the write the user confirmed: each contact note in one atomic
 * write, new contacts created with their touches, all of it one step to undo.
 */
import { captureContactOf } from "../../core/capture/capture-contact";
import { planCapture, type CaptureContact, type CaptureExtract, type CapturePlan, type FoundPerson } from "../../core/capture";
import { applyCapturedTouches } from "../../core/notes/note-edits";
import { newNoteText, importKeys } from "../../core/import/import-edit";
import type { FieldChange } from "../../core/import/import-plan";
import { messageOf } from "../../core/shared/errors";
import { plural } from "../../core/shared/dates";
import type { Touch } from "../../core/touches/touch-line";
import { safeFileName } from "../../core/notes/file-names";
import type { ReadServices, Services } from "../services";
import { SliceClock } from "../slice-clock";
import { ChangeRecorder, type UndoStep } from "../undo-history";
import { people, touchCount } from "./notice-words";
import type { ActionRunner } from "./runner";
import { newNoteBase } from "./import-contacts";
import { contactsFolderOf, newNotePath } from "../vault-paths";

export const CAPTURE_COMMAND = { id: "capture-touches", name: "Capture touches from a file…" };

/** Every contact as a capture matches it: names, aliases, addresses, phones, `capture: never`, and the days its touch log has. */
export function captureContacts(services: ReadServices): CaptureContact[] {
  const { metadataCache } = services.app;
  const keys = services.settings.properties;
  return services.index.all().map((contact) =>
    captureContactOf({ path: contact.path, name: contact.name, frontmatter: metadataCache.getCache(contact.path)?.frontmatter, loggedTouchDates: services.index.loggedTouchDates(contact.path) }, keys),
  );
}

/** Someone in the file to add as a contact: where their note would be, and how it is named. */
export interface NewCaptureContact {
  /** Tells the person apart in the review, whatever the plan is worked out with. */
  key: string;
  path: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** How a person found in a file is told apart: name, addresses and numbers. */
export function foundPersonKey(person: FoundPerson): string {
  return JSON.stringify([person.name, person.emails, person.phones]);
}

/** What a person's note would be named: their name, else their address or number. */
export function newContactName(person: FoundPerson): string {
  return safeFileName(person.name ?? person.emails[0] ?? person.phones[0] ?? "");
}

/** The note a new contact gets: in the contacts folder (or at the top of the vault), named after them, as an import names it. */
export function newCapturedContact(services: ReadServices, person: FoundPerson): NewCaptureContact {
  const name = newContactName(person);
  // A contacts folder outside the vault stops it here, with the reason, before anything is written.
  const folder = contactsFolderOf(services.settings);
  return { key: foundPersonKey(person), path: name === "" ? "" : newNotePath(folder, name), name, email: person.emails[0] ?? null, phone: person.phones[0] ?? null };
}

/**
 * The review's plan: the extract matched against the vault's contacts and, as if they
 * were contacts already, the people the user chose to add (their days are proposed
 * like anyone's).
 */
export function planWithNewContacts(services: ReadServices, extract: CaptureExtract, contacts: readonly CaptureContact[], adding: readonly NewCaptureContact[]): CapturePlan {
  const extra: CaptureContact[] = adding.map((c) => ({
    path: c.path,
    name: c.name,
    aliases: [],
    emails: c.email ? [c.email] : [],
    phones: c.phone ? [c.phone] : [],
    touchDays: new Set(),
    captureNever: false,
  }));
  return planCapture(extract, [...contacts, ...extra], services.today());
}

/** What the user confirmed in the review. */
export interface CaptureChoice {
  /** The ticked touches, by the path of the note they go to. */
  touches: ReadonlyMap<string, readonly Touch[]>;
  /** People to add as contacts; their touches are in `touches` under their new path. */
  creates: readonly NewCaptureContact[];
}

export interface CaptureOutcome {
  /** Touch lines written. */
  touches: number;
  /** Notes that got at least one. */
  notes: number;
  created: number;
  /** Touches left out at the moment of writing because the note had a line on their day by then. */
  alreadyLogged: number;
  failed: { name: string; reason: string }[];
}

/** Notes written between progress lines (and more often when writes are slow). */
const PROGRESS_EVERY = 25;

/**
 * Writes the confirmed capture: each contact note once, through its own atomic write
 * (days that gained a line since the review are left out then), each new contact
 * created with its touches; everything recorded for one undo. A note that can't be
 * written is reported and the rest land.
 */
export async function writeCapture(services: Services, choice: CaptureChoice, recorder: ChangeRecorder, progress: (done: number, total: number) => void): Promise<CaptureOutcome> {
  const creates = new Map(choice.creates.map((c) => [c.path, c]));
  const targets = [...choice.touches].filter(([, touches]) => touches.length > 0);
  const outcome: CaptureOutcome = { touches: 0, notes: 0, created: 0, alreadyLogged: 0, failed: [] };
  const base = [...creates.keys()].some((path) => choice.touches.has(path)) ? await newNoteBase(services, "nothing was captured") : "";
  const writer = services.writer.recordingTo(recorder);
  const clock = new SliceClock();
  let done = 0;
  for (const [path, touches] of targets) {
    const created = creates.get(path);
    const name = created?.name ?? services.index.get(path)?.name ?? path;
    try {
      const written = created ? await createWithTouches(services, created, base, touches, recorder) : await writer.addCapturedTouches(path, touches);
      outcome.touches += written.written.length;
      outcome.alreadyLogged += written.alreadyLogged;
      if (written.written.length > 0) outcome.notes++;
      if (created) outcome.created++;
    } catch (error) {
      outcome.failed.push({ name, reason: messageOf(error) });
    }
    done++;
    if (done % PROGRESS_EVERY === 0 || done === targets.length || clock.due()) {
      progress(done, targets.length);
      await clock.yield();
    }
  }
  clock.end();
  return outcome;
}

/** A new contact note: the template for new contacts (as an import uses it), the person's address or number, no tier when the contacts folder makes it a contact, and the touches. */
async function createWithTouches(services: Services, person: NewCaptureContact, base: string, touches: readonly Touch[], recorder: ChangeRecorder): Promise<{ written: Touch[]; alreadyLogged: number }> {
  const { settings } = services;
  const { vault } = services.app;
  if (person.name === "") throw new Error("the name has no letter or digit a note name can hold.");
  if (vault.getAbstractFileByPath(person.path)) throw new Error(`a note named "${person.name}" is already at ${person.path}.`);
  const fields: FieldChange[] = [];
  if (person.email) fields.push({ id: "email", field: "email", value: person.email, old: null, pastCompany: null });
  if (person.phone) fields.push({ id: "phone", field: "phone", value: person.phone, old: null, pastCompany: null });
  // In the contacts folder a note is a contact without a tier (and is sorted later); elsewhere it needs one.
  const tier = settings.contactsFolder.trim() === "" ? { key: settings.properties.tier, id: services.resolved.defaultTier.id } : null;
  const edit = applyCapturedTouches(newNoteText(base, fields, importKeys(settings), tier), touches, settings);
  const folder = person.path.includes("/") ? person.path.slice(0, person.path.lastIndexOf("/")) : "";
  if (folder && !vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
  const file = await vault.create(person.path, edit.text);
  recorder.record(file.path, null, edit.text);
  return edit;
}

/**
 * Writes a reviewed capture as one step to undo, and tells the user what landed and
 * what didn't. Throws (after keeping what did land as a step) when it can't start.
 */
export async function captureAndReport(run: ActionRunner, choice: CaptureChoice, fileName: string, progress: (done: number, total: number) => void): Promise<CaptureOutcome> {
  const recorder = new ChangeRecorder();
  let outcome: CaptureOutcome;
  let step: UndoStep | null = null;
  try {
    outcome = await writeCapture(run.services, choice, recorder, progress);
  } finally {
    step = run.services.undo.push(`captured touches from ${fileName}`, recorder);
  }
  const lines = [`Captured ${touchCount(outcome.touches)} with ${people(outcome.notes)} from ${fileName}.`];
  if (outcome.created > 0) lines.push(`${plural(outcome.created, "new contact")} created.`);
  if (outcome.alreadyLogged > 0) lines.push(`${plural(outcome.alreadyLogged, "day")} had a touch by then and got no second line.`);
  for (const failure of outcome.failed) lines.push(`Couldn't write ${failure.name}: ${failure.reason}`);
  run.tell(lines.join("\n"), step, outcome.failed.length > 0 ? 10000 : 5000);
  return outcome;
}
