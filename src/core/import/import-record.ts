import { parseAnnualDate } from "../contacts/important-dates";

/** The contact properties an import can fill, in the order a new note lists them. */
export const IMPORT_FIELDS = ["company", "role", "email", "phone", "location", "birthday", "linkedin", "met"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One person read from an export file, before it is matched to a note. */
export interface ImportRecord {
  /** Where in the file it came from, for messages: "card 3", "row 12". */
  where: string;
  /** The name as the file gives it (vCard FN, or the name columns joined). */
  name: string;
  /** Other spellings worth matching with: given and family name without the middle names. */
  otherNames: string[];
  fields: Partial<Record<ImportField, string>>;
}

/** A file that can't be imported at all; the message is meant for the user, as is. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

/**
 * Reads an export a slice at a time, so a large file never holds the app for long:
 * the caller reads some records, lets the app breathe, and reads on.
 */
export interface RecordReader {
  /** Reads up to `count` more records; returns false once the file has been read to its end. */
  read(count: number): boolean;
  /** How far through the text, from 0 to 1. */
  readonly progress: number;
  readonly records: ImportRecord[];
  /** What couldn't be read, by where it is in the file. */
  readonly problems: string[];
  /** Characters looked at so far: reading stays linear in the file's size. */
  readonly work: number;
}

/** Reads a whole file at once (tests, small files). */
export function readAll(reader: RecordReader): { records: ImportRecord[]; problems: string[] } {
  while (reader.read(1000));
  return { records: reader.records, problems: reader.problems };
}

/** Spaces squeezed and ends trimmed; null for nothing. */
export function cleanText(value: string | undefined | null): string | null {
  const text = value?.replace(/\s+/g, " ").trim() ?? "";
  return text === "" ? null : text;
}

/** Keeps the fields that hold something. */
export function presentFields(fields: Partial<Record<ImportField, string | null | undefined>>): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const value = cleanText(fields[field]);
    if (value !== null) out[field] = value;
  }
  return out;
}

/** The names worth trying besides the full one: given and family alone, when they differ from it. */
export function otherNamesOf(full: string, given: string | null, family: string | null): string[] {
  const short = cleanText([given, family].filter(Boolean).join(" "));
  return short !== null && short !== full ? [short] : [];
}

/** "line 4" → "Line 4", to start a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A yearly date as the date properties hold it (`1990-04-17`, or `--04-17` without a year), or null when it isn't a real day. */
function annualDate(year: number | null, month: number, day: number): string | null {
  const text = `${year === null ? "-" : String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return parseAnnualDate(text).ok ? text : null;
}

/**
 * A birthday in the forms exports use: `1990-04-17`, `19900417`, `--0417`, `--04-17`,
 * with or without a time after it. Null when it isn't one.
 */
export function parseBirthday(value: string, omitYear: string | null = null): string | null {
  const text = value.trim().replace(/T.*$/i, "");
  const full = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (full) {
    const year = full[1] === omitYear ? null : Number(full[1]);
    return annualDate(year, Number(full[2]), Number(full[3]));
  }
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(text);
  return noYear ? annualDate(null, Number(noYear[1]), Number(noYear[2])) : null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A full date as LinkedIn and others write it: `12 Mar 2024`, `Mar 12, 2024` or `2024-03-12`. Null when it isn't one. */
export function parseDayMonthYear(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return annualDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-]+(\d{4})$/.exec(text);
  if (dayFirst) return monthDate(Number(dayFirst[3]), dayFirst[2] ?? "", Number(dayFirst[1]));
  const monthFirst = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (monthFirst) return monthDate(Number(monthFirst[3]), monthFirst[1] ?? "", Number(monthFirst[2]));
  return null;
}

function monthDate(year: number, monthName: string, day: number): string | null {
  const month = monthNumber(monthName);
  return month === 0 ? null : annualDate(year, month, day);
}

/** Whether a web address is a LinkedIn profile. */
export function isLinkedInUrl(value: string): boolean {
  return /^(?:https?:\/\/)?(?:[\w-]+\.)?linkedin\.com\//i.test(value.trim());
}
