import { describe, expect, it } from "vitest";
import { NameIndex, nameKey } from "../../../src/core/import/name-match";

describe("name keys", () => {
  it("ignore accents, case, titles, suffixes and word order", () => {
    for (const spelling of ["Sam Rivera", "Rivera, Sam", "Dr. Sam Rivera", "SAM RIVERA", "Sam Rivera, PhD", "Mr Sam Rivera Jr.", "Prof. Rivera Sam"]) {
      expect(nameKey(spelling)).toBe("rivera sam");
    }
    expect(nameKey("Zoë Laurent")).toBe(nameKey("zoe laurent"));
    expect(nameKey("Søren Ødegård")).toBe(nameKey("Soren Odegard"));
    expect(nameKey("Tomás Novak")).toBe(nameKey("Tomas NOVAK"));
  });

  it("read a name made safe for a file name as the name it came from", () => {
    expect(nameKey("AC/DC: Angus?")).toBe(nameKey("AC DC Angus"));
  });

  it("keep a title when it is all the name there is", () => {
    expect(nameKey("Dr.")).toBe("dr");
    expect(nameKey("")).toBe("");
  });
});

describe("matching records to notes", () => {
  const index = new NameIndex([
    { path: "People/Sam Rivera.md", name: "Sam Rivera", aliases: [] },
    { path: "People/Ana Souza.md", name: "Ana Souza", aliases: ["Ana Maria Souza", "Nani"] },
    { path: "People/Wei Zhang.md", name: "Wei Zhang", aliases: [] },
    { path: "People/Work/Wei Zhang (Stark).md", name: "Wei Zhang (Stark)", aliases: ["Wei Zhang"] },
  ]);

  it("finds a note by its name or an alias, in any spelling", () => {
    expect(index.match(["Rivera, Sam"])).toEqual({ kind: "one", path: "People/Sam Rivera.md" });
    expect(index.match(["Dr. Sam Rivera"])).toEqual({ kind: "one", path: "People/Sam Rivera.md" });
    expect(index.match(["nani"])).toEqual({ kind: "one", path: "People/Ana Souza.md" });
    expect(index.match(["Ana M. Souza", "Ana Souza"])).toEqual({ kind: "one", path: "People/Ana Souza.md" });
  });

  it("says when nothing fits, and when two notes do", () => {
    expect(index.match(["Sam Riviera"])).toEqual({ kind: "none" });
    expect(index.match(["Wei Zhang"])).toEqual({ kind: "ambiguous", paths: ["People/Wei Zhang.md", "People/Work/Wei Zhang (Stark).md"] });
  });
});
