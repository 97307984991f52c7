import { CsvRecordReader, joined, type CsvFormat } from "./csv-records";
import type { RowReader } from "./csv";
import { capitalized, cleanText, isLinkedInUrl, otherNamesOf, parseBirthday, presentFields, type ImportRecord } from "./import-record";

/** Google Contacts writes up to this many e-mails, phones or websites per person, each in its own columns. */
const MAX_VALUES = 10;

/**
 * Google Contacts' CSV export, in its current layout (First Name, Middle Name, Last
 * Name, Organization Name…) and its older one (Name, Given Name, Family Name,
 * Organization 1 - Name…).
 */
export const GOOGLE_CSV: CsvFormat = {
  name: "Google Contacts CSV",
  isHeader: (columns) => {
    const has = (c: string) => columns.includes(c);
    if (has("connected on")) return false;
    return (has("first name") && has("last name") && (has("middle name") || has("e-mail 1 - value") || has("organization name"))) || (has("given name") && has("family name"));
  },
  noHeader:
    "This doesn't look like a Google Contacts export: none of its first lines has the columns First Name and Last Name (or Given Name and Family Name). In Google Contacts, choose Export, then Google CSV.",
  toRecord: googleRecord,
};

function googleRecord(cell: RowReader, where: string, report: (problem: string) => void): ImportRecord | null {
  const given = cell("first name") || cell("given name");
  const family = cell("last name") || cell("family name");
  const name = cleanText(cell("name") || joined(given, cell("middle name") || cell("additional name"), family) || cell("nickname") || cell("file as"));
  const company = cell("organization name") || cell("organization 1 - name");
  if (name === null) {
    // Every row left out is reported (blank rows never get here).
    report(`${capitalized(where)} has no name${company ? `, only the company ${company}` : ""}; left out.`);
    return null;
  }
  const birthdayText = cell("birthday");
  const birthday = birthdayText ? parseBirthday(birthdayText) : null;
  if (birthdayText && birthday === null) report(`${name} (${where}): the birthday "${birthdayText}" isn't a date, so it was left out.`);
  return {
    where,
    name,
    otherNames: otherNamesOf(name, given, family),
    fields: presentFields({
      company,
      role: cell("organization title") || cell("organization 1 - title"),
      email: preferred(cell, "e-mail"),
      phone: preferred(cell, "phone"),
      location: cell("address 1 - city") || cell("address 1 - region") || cell("address 1 - country") || cell("location"),
      birthday,
      linkedin: linkedInOf(cell),
    }),
  };
}

/**
 * The e-mail or phone Google marks as primary (its label starts with "*"), else the
 * first; a cell may hold several values joined by " ::: ".
 */
function preferred(cell: RowReader, kind: "e-mail" | "phone"): string {
  let first = "";
  for (let n = 1; n <= MAX_VALUES; n++) {
    const value = cell(`${kind} ${n} - value`).split(":::")[0]?.trim() ?? "";
    if (value === "") continue;
    const label = cell(`${kind} ${n} - label`) || cell(`${kind} ${n} - type`);
    if (label.startsWith("*")) return value;
    if (first === "") first = value;
  }
  return first;
}

function linkedInOf(cell: RowReader): string {
  for (let n = 1; n <= MAX_VALUES; n++) {
    const found = cell(`website ${n} - value`)
      .split(":::")
      .map((v) => v.trim())
      .find(isLinkedInUrl);
    if (found) return found;
  }
  return "";
}

/** Reads a Google Contacts CSV a slice at a time; throws an ImportError when it isn't one. */
export function googleCsvReader(text: string): CsvRecordReader {
  return new CsvRecordReader(text, GOOGLE_CSV);
}
