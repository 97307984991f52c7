import { describe, expect, it } from "vitest";
import { CsvReader, findHeader, rowReader } from "../../../src/core/import/csv";

function readAll(text: string, delimiter = ","): string[][] {
  const reader = new CsvReader(text, delimiter);
  const rows: string[][] = [];
  for (let row = reader.next(); row !== null; row = reader.next()) rows.push(row);
  return rows;
}

describe("CSV records", () => {
  it("reads quoted fields with delimiters, line breaks and doubled quotes, and CRLF or LF endings", () => {
    expect(readAll('a,"b, c","say ""hi""\r\nthere"\r\nd,,\r\n')).toEqual([
      ["a", "b, c", 'say "hi"\r\nthere'],
      ["d", "", ""],
    ]);
    expect(readAll("x;y\n1;2", ";")).toEqual([
      ["x", "y"],
      ["1", "2"],
    ]);
    expect(readAll("x\ty\n", "\t")).toEqual([["x", "y"]]);
  });

  it("counts lines through quoted line breaks, so problems name the right line", () => {
    const reader = new CsvReader('h\n"one\ntwo"\nthree\n', ",");
    reader.next();
    reader.next();
    reader.next();
    expect(reader.line).toBe(4);
  });

  it("keeps what follows a closing quote, and says where a quote never closes", () => {
    const reader = new CsvReader('a,"b"c,d\ne,"never closed\nf,g\n', ",");
    expect(reader.next()).toEqual(["a", "bc", "d"]);
    expect(reader.next()).toEqual(["e", "never closed\nf,g\n"]);
    expect(reader.unclosedQuoteLine).toBe(2);
    expect(reader.next()).toBeNull();
  });

  it("finds a header after preamble lines, with whichever delimiter makes it one", () => {
    const isHeader = (cols: string[]) => cols.includes("first name") && cols.includes("last name");
    expect(findHeader("Notes:\n\"some, note\"\n\nFirst Name;Last Name\nSam;Rivera\n", isHeader)).toEqual({ delimiter: ";", offset: 21, line: 4 });
    expect(findHeader("First Name\tLast Name\n", isHeader)).toEqual({ delimiter: "\t", offset: 0, line: 1 });
    expect(findHeader("Name,Surname\n", isHeader)).toBeNull();
  });

  it("reads cells by column name, whatever their case or spacing", () => {
    const cells = rowReader(["First Name", " E-mail 1 - Value "])(["Sam", " sam@example.com "]);
    expect([cells("first name"), cells("e-mail 1 - value"), cells("missing")]).toEqual(["Sam", "sam@example.com", ""]);
  });

  it("reads a 10 MB file looking at each character about once", () => {
    const line = 'Sam,Rivera,"Acme, Inc.","Head of ""Platform""",sam@example.com,12 Mar 2024\n';
    const rows = Math.ceil((10 * 1024 * 1024) / line.length);
    const text = line.repeat(rows);
    const reader = new CsvReader(text, ",");
    let read = 0;
    while (reader.next() !== null) read++;
    expect(read).toBe(rows);
    // Each character once, plus one step per field end: linear in the file's size.
    expect(reader.steps).toBeLessThanOrEqual(text.length + rows * 6);
  });
});
