import { parseAnnualDate } from "../contacts/important-dates";
import { companyKey } from "./companies";
import { IMPORT_FIELDS, type ImportField, type ImportRecord } from "./import-record";
import { foldText, nameKey, NameIndex, type NamedNote } from "./name-match";

/** An existing note as the import sees it: its names, and what its properties hold now. */
export interface ExistingNote extends NamedNote {
  /** The import's properties as text, when set. */
  values: Partial<Record<ImportField, string>>;
  pastCompanies: readonly string[];
  /** Why the note's properties can't be written, if they can't. */
  problem: string | null;
}

/** One property the import would write. */
export interface FieldChange {
  /** Stable within the plan: the review's checkboxes use it. */
  id: string;
  field: ImportField;
  value: string;
  /** What the note holds now; null when the property is empty (a fill, not an overwrite). */
  old: string | null;
  /** When a company is replaced: the old one, to add to the past companies (null when it is listed already). */
  pastCompany: string | null;
}

export interface NewNote {
  id: string;
  name: string;
  /** The file name, made safe: no `/`, `:` or `?`. */
  noteName: string;
  where: string;
  fields: FieldChange[];
}

export interface NoteUpdate {
  path: string;
  name: string;
  where: string;
  changes: FieldChange[];
}

export interface ImportPlan {
  /** How many people the file held. */
  read: number;
  creates: NewNote[];
  updates: NoteUpdate[];
  /** People who matched a note that already says everything the file does. */
  unchanged: number;
  /** Names that fit two or more notes: reported, never applied. */
  ambiguous: string[];
  /** Records left out, with why (twice in the file, a name that can't be a file name, a note that can't be written). */
  skipped: string[];
  /** What the reader couldn't read. */
  problems: string[];
}

export interface PlanOptions {
  /** The name a new note would get (the adapter's rule for safe file names); "" when there is none. */
  noteName: (name: string) => string;
}

/**
 * Works out what an import would change, before anything is written: each record
 * either matches one note (by name or alias) and fills or overwrites some of its
 * properties, or becomes a new note. Names that fit several notes are only reported.
 */
export function planImport(records: readonly ImportRecord[], existing: readonly ExistingNote[], problems: readonly string[], options: PlanOptions): ImportPlan {
  const notes = new Map(existing.map((n) => [n.path, n]));
  const index = new NameIndex(existing);
  const plan: ImportPlan = { read: records.length, creates: [], updates: [], unchanged: 0, ambiguous: [], skipped: [], problems: [...problems] };
  /** Who each target (a note's path, or a new name's key) was first taken from. */
  const taken = new Map<string, string>();
  const takenBy = (target: string, record: ImportRecord): boolean => {
    const first = taken.get(target);
    if (first !== undefined) plan.skipped.push(`${record.name} (${record.where}) is in the file twice; only ${first} was used.`);
    else taken.set(target, record.where);
    return first !== undefined;
  };
  for (const record of records) {
    const match = index.match([record.name, ...record.otherNames]);
    if (match.kind === "ambiguous") {
      const names = match.paths.map((p) => notes.get(p)?.name ?? p).sort((a, b) => a.localeCompare(b));
      plan.ambiguous.push(`${record.name} (${record.where}) fits ${names.length} notes: ${names.join(", ")}. Nothing was planned for it; rename one or add an alias.`);
      continue;
    }
    if (match.kind === "one") {
      const note = notes.get(match.path) as ExistingNote;
      if (takenBy(note.path, record)) continue;
      if (note.problem) {
        plan.skipped.push(`${note.name} (${record.where}) can't be changed: ${note.problem}`);
        continue;
      }
      const changes = changesFor(record, note, `${plan.updates.length}`);
      if (changes.length === 0) plan.unchanged++;
      else plan.updates.push({ path: note.path, name: note.name, where: record.where, changes });
      continue;
    }
    const noteName = options.noteName(record.name);
    if (noteName === "") {
      plan.skipped.push(`${record.name} (${record.where}) has no letter or digit to name a note with; left out.`);
      continue;
    }
    if (takenBy(`new:${nameKey(record.name)}`, record)) continue;
    const id = `new-${plan.creates.length}`;
    const fields = IMPORT_FIELDS.flatMap((field) => {
      const value = record.fields[field];
      return value === undefined ? [] : [{ id: `${id}-${field}`, field, value, old: null, pastCompany: null }];
    });
    plan.creates.push({ id, name: record.name, noteName, where: record.where, fields });
  }
  return plan;
}

function changesFor(record: ImportRecord, note: ExistingNote, prefix: string): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of IMPORT_FIELDS) {
    const value = record.fields[field];
    if (value === undefined) continue;
    const old = note.values[field] ?? null;
    if (old !== null && sameValue(field, old, value)) continue;
    const pastCompany = field === "company" && old !== null && !note.pastCompanies.some((c) => companyKey(c) === companyKey(old)) ? old : null;
    changes.push({ id: `note-${prefix}-${field}`, field, value, old, pastCompany });
  }
  return changes;
}

/** Whether the file's value says what the note says already, in another spelling. */
export function sameValue(field: ImportField, held: string, incoming: string): boolean {
  switch (field) {
    case "email":
      return held.trim().toLowerCase() === incoming.trim().toLowerCase();
    case "phone":
      return held.replace(/[^\d+]/g, "") === incoming.replace(/[^\d+]/g, "");
    case "linkedin":
      return profileOf(held) === profileOf(incoming);
    case "company":
      return companyKey(held) === companyKey(incoming);
    case "birthday":
      return sameBirthday(held, incoming);
    default:
      return foldText(held).replace(/\s+/g, " ").trim() === foldText(incoming).replace(/\s+/g, " ").trim();
  }
}

/** A profile address without what varies between exports: scheme, www or country host, query, trailing slash. */
function profileOf(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^[\w-]+\.(?=linkedin\.com)/, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

/** A birthday without a year agrees with one that has it: the file knows less, not something else. */
function sameBirthday(held: string, incoming: string): boolean {
  const a = parseAnnualDate(held);
  const b = parseAnnualDate(incoming);
  if (!a.ok || !b.ok) return held.trim() === incoming.trim();
  return a.date.month === b.date.month && a.date.day === b.date.day && (b.date.year === null || a.date.year === b.date.year);
}

/** Whether a change replaces a value the note holds (off until the user chooses it). */
export function isOverwrite(change: FieldChange): boolean {
  return change.old !== null;
}

/** What the review ticks to begin with: every new note and every fill, no overwrite. */
export function defaultSelection(plan: ImportPlan): Set<string> {
  const ids = new Set<string>(plan.creates.map((c) => c.id));
  for (const update of plan.updates) for (const change of update.changes) if (!isOverwrite(change)) ids.add(change.id);
  return ids;
}

/** How many notes a selection would create and change. */
export function countSelected(plan: ImportPlan, selected: ReadonlySet<string>): { creates: number; updates: number } {
  return {
    creates: plan.creates.filter((c) => selected.has(c.id)).length,
    updates: plan.updates.filter((u) => u.changes.some((c) => selected.has(c.id))).length,
  };
}
