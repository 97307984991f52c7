/** Delimiters spreadsheet exports use: comma, or semicolon where the comma is the decimal mark, or tab. */
export const DELIMITERS = [",", ";", "\t"] as const;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads CSV one record at a time (RFC 4180: quoted fields may hold the delimiter,
 * line breaks and doubled quotes), each character looked at once, so a file of any
 * size reads in time in proportion to its length and can be read in slices.
 */
export class CsvReader {
  private pos: number;
  private nextLine: number;
  private readonly delimiterCode: number;
  /** Characters looked at so far. */
  steps = 0;
  /** The line the record last returned starts on, counting from 1. */
  line = 0;
  /** When a quoted field never closes, it runs to the end of the file: the line it opened on. */
  unclosedQuoteLine: number | null = null;

  constructor(
    private readonly text: string,
    delimiter: string,
    start = 0,
    startLine = 1,
  ) {
    this.pos = start;
    this.nextLine = startLine;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** How far through the text, from 0 to 1. */
  get progress(): number {
    return this.text.length === 0 ? 1 : this.pos / this.text.length;
  }

  /** The next record's fields, or null at the end. A blank line is one empty field. */
  next(): string[] | null {
    const { text } = this;
    const end = text.length;
    if (this.pos >= end) return null;
    this.line = this.nextLine;
    const row: string[] = [];
    let i = this.pos;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const [quoted, after] = this.quoted(i + 1);
        const stop = this.fieldEnd(after);
        // Anything between the closing quote and the delimiter is kept as written.
        value = quoted + text.slice(after, stop);
        i = stop;
      } else {
        const stop = this.fieldEnd(i);
        value = text.slice(i, stop);
        i = stop;
      }
      row.push(value);
      if (i >= end) {
        this.pos = end;
        return row;
      }
      const code = text.charCodeAt(i);
      if (code === this.delimiterCode) {
        i++;
        continue;
      }
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      this.nextLine++;
      this.pos = i;
      return row;
    }
  }

  /** A quoted field's text from just after its opening quote; returns it and where its closing quote ends. */
  private quoted(from: number): [string, number] {
    const { text } = this;
    const openLine = this.nextLine;
    let value = "";
    for (;;) {
      const quote = text.indexOf('"', from);
      const stop = quote === -1 ? text.length : quote;
      value += text.slice(from, stop);
      this.countLines(from, stop);
      this.steps += stop - from + 1;
      if (quote === -1) {
        this.unclosedQuoteLine ??= openLine;
        return [value, text.length];
      }
      if (text.charCodeAt(quote + 1) !== QUOTE) return [value, quote + 1];
      value += '"';
      from = quote + 2;
    }
  }

  private fieldEnd(from: number): number {
    const { text } = this;
    let i = from;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === this.delimiterCode || code === LF || code === CR) break;
    }
    this.steps += i - from + 1;
    return i;
  }

  private countLines(from: number, to: number): void {
    for (let at = this.text.indexOf("\n", from); at !== -1 && at < to; at = this.text.indexOf("\n", at + 1)) this.nextLine++;
  }
}

/** Where a CSV's header row is, and the delimiter that makes it one. */
export interface CsvHeader {
  delimiter: string;
  /** Where the header line starts in the text, and its line number (from 1). */
  offset: number;
  line: number;
}

/**
 * Finds the header row among the first lines (exports may start with notes, as
 * LinkedIn's does), trying each delimiter: a semicolon or tab file is read as such.
 */
export function findHeader(text: string, isHeader: (columns: string[]) => boolean, maxLines = 30): CsvHeader | null {
  let offset = 0;
  for (let line = 1; line <= maxLines && offset < text.length; line++) {
    for (const delimiter of DELIMITERS) {
      const columns = new CsvReader(text, delimiter, offset).next() ?? [];
      if (isHeader(columns.map(columnName))) return { delimiter, offset, line };
    }
    const nextBreak = text.indexOf("\n", offset);
    if (nextBreak === -1) break;
    offset = nextBreak + 1;
  }
  return null;
}

/** A header cell as compared: case and spacing don't matter. */
export function columnName(cell: string): string {
  return cell.replace(/\s+/g, " ").trim().toLowerCase();
}

/** A row's cells by column name. */
export type RowReader = (column: string) => string;

/** Reads a row's cells by (lower-case) column name; a missing column or cell reads as "". */
export function rowReader(header: readonly string[]): (row: readonly string[]) => RowReader {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = columnName(cell);
    if (!index.has(name)) index.set(name, i);
  });
  return (row) => (column) => {
    const i = index.get(column);
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
}

/** Whether every cell of a row is empty (a blank line). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}
