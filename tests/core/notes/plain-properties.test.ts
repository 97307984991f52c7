import fc from "fast-check";
import { isMap, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { isPlainPropertiesBlock } from "../../../src/core/notes/plain-properties";

/** What the writes ask of the parser: no error, and a block map or nothing. */
function parserAccepts(yaml: string): boolean {
  const doc = parseDocument(yaml, { prettyErrors: false });
  return doc.errors.length === 0 && (doc.contents === null || (isMap(doc.contents) && !doc.contents.flow)) && !yaml.includes("*");
}

// Pieces of properties blocks, plain and not: the quick look may only say "plain" when the parser agrees.
const KEYS = ["tier", "cadence", "last_touch", "Tier", "first name", "a.b", "x-y", "true", "NULL", "é", "_", "key ", " key", "-k", "k:", "a#b", "ä1", "tags", "1", "[k]"];
const VALUES = [
  "",
  "ally",
  "2026-11-22",
  "10:30",
  "https://example.com/a",
  "a: b",
  "a:",
  "v #c",
  "#c",
  "[a, b]",
  "[]",
  "[a, [b]]",
  "[[Link]]",
  '"[[Link]]"',
  "'it''s'",
  "'x'",
  '"q\\"x"',
  '"unclosed',
  "&a x",
  "*a",
  "!tag x",
  "|",
  ">",
  "- x",
  "{a: 1}",
  "@x",
  "%x",
  "`x`",
  "O'Brien",
  "a, b",
  "(x) y",
  "Zoë",
  "x\u0085y",
  "1e999",
  "[a,]",
  "[a b, c]",
  "[\"a\", 'b']",
  "? x",
  "ann@example.com",
  "R&D",
  "x!y",
  "a?b",
  "50%",
  "a=b;c",
  "a~b$",
  "a*b",
  "[R&D, a@b]",
  "[x: y]",
  "a:b",
  "é:",
  "[a, b] c",
];
const LINES = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(":", ": ", ":  ", ":\t"), fc.constantFrom(...VALUES)).map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.tuple(fc.constantFrom("", " ", "  ", "   ", "\t"), fc.constantFrom(...VALUES)).map(([indent, v]) => `${indent}- ${v}`),
  fc.constantFrom("", "# comment", "  # indented comment", "   ", "...", "---", "- ", "  continued", "key", "%YAML 1.2", "? k", ": v"),
);
const BLOCKS = fc.tuple(fc.array(LINES, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), fc.boolean()).map(([lines, eol, last]) => lines.join(eol) + (last && lines.length > 0 ? eol : ""));

describe("isPlainPropertiesBlock", () => {
  it("says plain only when the YAML parser reads a map without an error", () => {
    fc.assert(
      fc.property(BLOCKS, (yaml) => {
        if (isPlainPropertiesBlock(yaml)) expect(parserAccepts(yaml), yaml).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("knows the usual blocks without the parser", () => {
    const usual = [
      "",
      "tier: ally\ncadence: 2w\nlast_touch: 2026-11-22\ntopics: [hiring, B2B SaaS]\n",
      "tier: peer\r\ncompany: Rossi Labs\r\n",
      'aliases:\n  - Ann\n  - "Annie B"\ntags:\n- people\nbirthday: 1990-04-01\n',
      "# who\nstatus: paused\nsnooze_until: 2026-12-01\nurl: https://example.com/x\nnote: 'quoted'\n",
      'company: "[[Acme]]"\nemail: ann@example.com\n',
    ];
    for (const yaml of usual) expect(isPlainPropertiesBlock(yaml), yaml).toBe(true);
  });

  it("leaves anything unusual to the parser", () => {
    const unusual = ["tier: ally\ntier: peer\n", "a: &x 1\nb: *x\n", "a:\n  b: 1\n", "a: [[Link]]\n", "a: |\n  text\n", "true: 1\n", "a: b: c\n", "\ta: 1\n"];
    for (const yaml of unusual) expect(isPlainPropertiesBlock(yaml), yaml).toBe(false);
  });
});
