import { CsvRecordReader, joined, type CsvFormat } from "./csv-records";
import type { RowReader } from "./csv";
import { capitalized, cleanText, otherNamesOf, parseDayMonthYear, presentFields, type ImportRecord } from "./import-record";

/**
 * LinkedIn's Connections.csv (from "Get a copy of your data"): a few lines of notes,
 * then First Name, Last Name, URL, Email Address, Company, Position, Connected On.
 */
export const LINKEDIN_CSV: CsvFormat = {
  name: "LinkedIn Connections CSV",
  isHeader: (columns) => columns.includes("first name") && columns.includes("last name") && columns.includes("connected on"),
  noHeader:
    "This doesn't look like LinkedIn's Connections.csv: none of its first lines has the columns First Name, Last Name and Connected On. On LinkedIn, choose Settings, Data privacy, Get a copy of your data, Connections.",
  toRecord: linkedInRecord,
};

function linkedInRecord(cell: RowReader, where: string, report: (problem: string) => void): ImportRecord | null {
  const given = cell("first name");
  const family = cell("last name");
  const name = cleanText(joined(given, family));
  if (name === null) {
    // LinkedIn leaves the name out for members who have hidden it; nothing can be matched or created.
    // Every row left out is reported, so a person is never dropped without a word (blank rows never get here).
    report(cell("url") ? `${capitalized(where)} has no name (the member hides it); left out.` : `${capitalized(where)} has no name and no profile URL; left out.`);
    return null;
  }
  const connectedText = cell("connected on");
  const met = connectedText ? parseDayMonthYear(connectedText) : null;
  if (connectedText && met === null) report(`${name} (${where}): "Connected On" reads "${connectedText}", not a date like 12 Mar 2024, so it was left out.`);
  return {
    where,
    name,
    otherNames: otherNamesOf(name, given, family),
    fields: presentFields({
      company: cell("company"),
      role: cell("position"),
      email: cell("email address"),
      linkedin: cell("url"),
      met,
    }),
  };
}

/** Reads a LinkedIn Connections.csv a slice at a time; throws an ImportError when it isn't one. */
export function linkedInCsvReader(text: string): CsvRecordReader {
  return new CsvRecordReader(text, LINKEDIN_CSV);
}
