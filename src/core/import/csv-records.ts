import { CsvReader, findHeader, isBlankRow, rowReader, type RowReader } from "./csv";
import { ImportError, type ImportRecord, type RecordReader } from "./import-record";

/** How a CSV export is told apart and read, row by row. */
export interface CsvFormat {
  /** The export's name as users know it, for messages. */
  name: string;
  /** Whether a row (its cells lower-cased and trimmed) is this export's header. */
  isHeader: (columns: string[]) => boolean;
  /** What to say when no header is found. */
  noHeader: string;
  /** A row's record, or null to leave it out; what can't be read is reported (the rest of the row still counts). */
  toRecord: (cell: RowReader, where: string, report: (problem: string) => void) => ImportRecord | null;
}

/** Reads the rows of a CSV export after its header, a slice at a time. */
export class CsvRecordReader implements RecordReader {
  readonly records: ImportRecord[] = [];
  readonly problems: string[] = [];
  private readonly reader: CsvReader;
  private readonly cells: (row: readonly string[]) => RowReader;

  constructor(
    text: string,
    private readonly format: CsvFormat,
  ) {
    const header = findHeader(text, format.isHeader);
    if (!header) throw new ImportError(format.noHeader);
    this.reader = new CsvReader(text, header.delimiter, header.offset, header.line);
    this.cells = rowReader(this.reader.next() ?? []);
  }

  get progress(): number {
    return this.reader.progress;
  }

  get work(): number {
    return this.reader.steps;
  }

  read(count: number): boolean {
    for (let n = 0; n < count; n++) {
      const row = this.reader.next();
      if (row === null) {
        const open = this.reader.unclosedQuoteLine;
        if (open !== null) this.problems.push(`Line ${open} opens a quoted value that never closes, so the rest of the file was read as part of it.`);
        return false;
      }
      if (isBlankRow(row)) continue;
      const record = this.format.toRecord(this.cells(row), `line ${this.reader.line}`, (problem) => this.problems.push(problem));
      if (record) this.records.push(record);
    }
    return !this.reader.done;
  }
}

/** Cells joined with spaces, the empty ones left out. */
export function joined(...cells: string[]): string {
  return cells.filter((c) => c !== "").join(" ");
}
