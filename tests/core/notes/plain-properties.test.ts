import fc from "fast-check";
import { isMap, parse, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { isPlainPropertiesBlock, readPlainProperties } from "../../../src/core/notes/plain-properties";

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

describe("readPlainProperties", () => {
  // Values whose type the parser decides: numbers in every spelling, words that are null or true, and words that only look like them.
  const TYPED = ["12", "007", "0o17", "0o8", "0x1F", "0xZZ", "1e5", "1e+5", "2.5e-3", "1.50", "1.", "1_000", "12345678901234567890", "1e999", "True", "FALSE", "fAlse", "Null", "NULL", "nULL", "null", "yes", "on", "2026-11-22", "10:30", "0b11", "1,5"];
  const KEYED = fc.tuple(fc.constantFrom(...KEYS, "constructor", "__proto__", "toString", "hasOwnProperty"), fc.constantFrom(": "), fc.constantFrom(...VALUES, ...TYPED, ...TYPED.map((v) => `[${v}, x]`)));
  const TYPED_LINES = fc.oneof(
    LINES,
    KEYED.map(([k, sep, v]) => `${k}${sep}${v}`),
    fc.tuple(fc.constantFrom("", "  "), fc.constantFrom(...TYPED)).map(([indent, v]) => `${indent}- ${v}`),
  );
  const TYPED_BLOCKS = fc.tuple(fc.array(TYPED_LINES, { maxLength: 8 }), fc.constantFrom("\n", "\r\n")).map(([lines, eol]) => lines.join(eol));

  it("gives what the YAML parser gives, whenever it reads a block at all", () => {
    let read = 0;
    fc.assert(
      fc.property(TYPED_BLOCKS, (yaml) => {
        const plain = readPlainProperties(yaml);
        expect(plain !== null, yaml).toBe(isPlainPropertiesBlock(yaml));
        if (plain === null) return;
        read++;
        const parsed = parse(yaml) as Record<string, unknown> | null;
        expect(plain, yaml).toEqual(parsed ?? {});
        expect(Object.keys(plain), yaml).toEqual(Object.keys(parsed ?? {}));
      }),
      { numRuns: 8000 },
    );
    // Most of the blocks are plain: the comparison is not vacuous.
    expect(read).toBeGreaterThan(400);
  });

  it("reads the usual contact properties", () => {
    expect(readPlainProperties("tier: ally\ncadence: 2w\nlast_touch: 2026-11-22\ntopics: [hiring, B2B SaaS]\nscore: 3\nactive: true\naliases:\n  - Ann\n  - 'Annie B'\nnote:\n")).toEqual({
      tier: "ally",
      cadence: "2w",
      last_touch: "2026-11-22",
      topics: ["hiring", "B2B SaaS"],
      score: 3,
      active: true,
      aliases: ["Ann", "Annie B"],
      note: null,
    });
    expect(readPlainProperties("a: &x 1\nb: *x\n")).toBeNull();
  });
});
