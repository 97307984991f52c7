import { findHeader } from "./csv";
import type { CsvFormat } from "./csv-records";
import { GOOGLE_CSV, googleCsvReader } from "./google-csv";
import { ImportError, type RecordReader } from "./import-record";
import { LINKEDIN_CSV, linkedInCsvReader } from "./linkedin-csv";
import { vCardReader } from "./vcard";

export type ImportFormatId = "vcard" | "google" | "linkedin";

export interface ImportFormat {
  id: ImportFormatId;
  /** As users know it: "vCard", "Google Contacts CSV". */
  label: string;
  /** The file extension to offer, without the dot. */
  extension: string;
  /** Starts reading; throws an ImportError when the text isn't this kind of export. */
  reader: (text: string) => RecordReader;
}

export const IMPORT_FORMATS: Record<ImportFormatId, ImportFormat> = {
  vcard: { id: "vcard", label: "vCard", extension: "vcf", reader: vCardReaderOf },
  google: { id: "google", label: GOOGLE_CSV.name, extension: "csv", reader: googleCsvReader },
  linkedin: { id: "linkedin", label: LINKEDIN_CSV.name, extension: "csv", reader: linkedInCsvReader },
};

function vCardReaderOf(text: string): RecordReader {
  if (!/^\s*BEGIN:VCARD\s*$/im.test(text)) throw new ImportError("This file holds no vCard: no line reads BEGIN:VCARD. Export the contacts as vCard (.vcf) and pick that file.");
  return vCardReader(text);
}

function hasHeader(text: string, format: CsvFormat): boolean {
  return findHeader(text, format.isHeader) !== null;
}

/** Which export the text looks like, if any: tells the user which command reads a file they picked by mistake. */
export function sniffFormat(text: string): ImportFormatId | null {
  if (/^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 65536))) return "vcard";
  if (hasHeader(text, LINKEDIN_CSV)) return "linkedin";
  if (hasHeader(text, GOOGLE_CSV)) return "google";
  return null;
}
