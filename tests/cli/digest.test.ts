/**
 * The digest's exact output, against files in golden/: an empty vault, a busy one, and
 * the same busy vault with less allowed out (initials, counts only, details), in plain
 * text and in Markdown; and the exit codes a script relies on. After a deliberate
 * change, `UPDATE_GOLDEN=1 npx vitest run tests/cli/digest.test.ts` writes the files
 * again: read the diff before committing it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_FAILURE, EXIT_NOTHING_DUE, EXIT_OK, runAgendaCommand } from "../../src/cli/agenda-command";
import { MAX_LINES_PER_SECTION } from "../../src/cli/digest-render";
import { captureIo, makeVault, note, removeVault } from "./helpers";

const GOLDEN = join(__dirname, "golden");
const TODAY = "2026-11-22";

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual, "utf8");
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** Twelve people overdue (more than a section shows, the long silent among them), a reply owed, an introduction to follow up, promises due and late, dates, topics and touch notes. */
const BUSY: Record<string, string> = {
  "People/Sam Rivera.md": note("tier: ally\nbirthday: 1990-11-24\ntopics: [cycling, jazz]", "- [ ] send the *Lisbon* article 📅 2026-11-20\n", [
    "2026-09-01 coffee → — her move to [[Lisbon]]",
    "2026-09-20 call",
  ]),
  "People/Zoë Laurent.md": note("tier: ally\nlast_touch: 2026-11-12\nrole_since: 2023-11-26", "- [ ] book the table 📅 2026-11-22\n"),
  "People/Ana Souza.md": note("tier: peer\nlast_touch: 2026-10-12\nbirthday: --12-05"),
  "People/Kai.md": note("tier: ally", "", ["2026-11-20 coffee ↔ — talked about the climbing trip"]),
  "People/Snoozed Sue.md": note("tier: ally\nlast_touch: 2026-01-01\nsnooze_until: 2026-11-25"),
  "Daily/2026-11-21.md": "- [ ] introduce [[Kai]] to [[Ana Souza]] 📅 2026-11-26\n",
  // Reached out five days ago, not answered: a reply owed, first of the day.
  "People/Mo Reply.md": note("tier: peer", "", ["2026-10-30 call →", "2026-11-17 check-in ← — asked about the talk"]),
  // Introduced to Ana five weeks ago, nothing since: both follow-ups due (Ana's note doesn't have the line, so only Lena asks).
  "People/Lena Fischer.md": note("tier: mentor", "", ["2026-10-10 intro → — to [[Ana Souza]]: design roles"]),
  ...Object.fromEntries(
    ["Alma", "Bruno", "Carla", "Dev", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kofi"].map((name, i) => [`People/${name} Test.md`, note(`tier: peer\nlast_touch: 2026-0${1 + (i % 8)}-1${i % 10}`)]),
  ),
};

/** Nothing due today, but someone later this week and a date coming up. */
const QUIET: Record<string, string> = {
  "People/Kai.md": note("tier: ally\nlast_touch: 2026-11-12\nbirthday: --11-30"),
};

let empty = "";
let busy = "";
let restricted = "";
let quiet = "";
beforeAll(async () => {
  empty = await makeVault({}, "Empty");
  busy = await makeVault(BUSY, "Busy");
  restricted = await makeVault(
    { ...BUSY, ".obsidian/plugins/keep-in-touch/data.json": JSON.stringify({ digestNames: "initials", digestDetails: false, feedNames: "full" }) },
    "Busy",
  );
  quiet = await makeVault(QUIET, "Quiet");
});
afterAll(async () => {
  for (const vault of [empty, busy, restricted, quiet]) await removeVault(vault);
});

async function digest(vault: string, ...args: string[]) {
  const io = captureIo();
  const code = await runAgendaCommand([vault, "--today", TODAY, "--digest", ...args], io);
  return { code, out: io.out, err: io.err };
}

describe("keep-in-touch-agenda --digest", () => {
  it("says there is nothing for an empty vault, and exits 1", async () => {
    const text = await digest(empty);
    expect(text).toEqual({ code: EXIT_NOTHING_DUE, out: "Keep in Touch: Empty, Sunday 22 November 2026\n\nNothing due today, and nothing coming up.\n", err: "" });
    const markdown = await digest(empty, "--markdown");
    expect(markdown).toEqual({ code: EXIT_NOTHING_DUE, out: "# Keep in Touch: Empty, Sunday 22 November 2026\n\nNothing due today, and nothing coming up.\n", err: "" });
  });

  it("lists a busy vault's day, week, promises and dates, in plain text and in Markdown, and exits 0", async () => {
    const text = await digest(busy);
    expect(text.code).toBe(EXIT_OK);
    expect(text.err).toBe("");
    expectGolden("digest-busy.txt", text.out);
    const markdown = await digest(busy, "--markdown");
    expect(markdown.code).toBe(EXIT_OK);
    expectGolden("digest-busy.md", markdown.out);
    // More people are due today than a section shows: the rest are counted.
    expect(text.out).toMatch(/\n- and \d+ more\n/);
    expect(text.out.split("\n\n")[1]?.split("\n").filter((l) => l.startsWith("- ") && !l.startsWith("- and")).length).toBe(MAX_LINES_PER_SECTION);
  });

  it("adds topics, the last touch's note and the promises' words with --details", async () => {
    const { code, out } = await digest(busy, "--details");
    expect(code).toBe(EXIT_OK);
    expectGolden("digest-busy-details.txt", out);
    expect(out).toContain("send the Lisbon article");
    expect(out).toContain("Last time (2026-09-01): her move to Lisbon");
  });

  it("names people by their initials when the vault's settings say so, and lets --names override them", async () => {
    const { code, out } = await digest(restricted);
    expect(code).toBe(EXIT_OK);
    expectGolden("digest-initials.txt", out);
    for (const name of ["Sam", "Rivera", "Zoë", "Souza", "Lisbon", "article"]) expect(out).not.toContain(name);
    expect((await digest(restricted, "--names", "full")).out).toBe((await digest(busy)).out);
  });

  it("says only how many with counts only, in both formats", async () => {
    const text = await digest(restricted, "--names", "count", "--details");
    expect(text.code).toBe(EXIT_OK);
    expectGolden("digest-counts.txt", text.out);
    const markdown = await digest(restricted, "--names=count", "--markdown");
    expectGolden("digest-counts.md", markdown.out);
    for (const out of [text.out, markdown.out]) for (const word of ["Sam", "S. R.", "Kai", "Lisbon", "climbing", "Birthday"]) expect(out).not.toContain(word);
  });

  it("exits 1 on a day with nothing due, still saying what is coming", async () => {
    const { code, out } = await digest(quiet);
    expect(code).toBe(EXIT_NOTHING_DUE);
    expect(out).toBe(
      [
        "Keep in Touch: Quiet, Sunday 22 November 2026",
        "",
        "Nothing due today.",
        "",
        "Later this week (1)",
        "- Thu 26 Nov: Kai — due 26 Nov",
        "",
        "Dates coming up (1)",
        "- Kai — Birthday, Mon 30 Nov",
        "",
      ].join("\n"),
    );
    expect((await digest(quiet, "--today", "2026-11-26")).code).toBe(EXIT_OK);
  });

  it("exits 2, never 0 or 1, for bad arguments or a missing vault", async () => {
    const cases: string[][] = [
      ["--names", "nicknames"],
      ["--tier", "ally"],
      ["--json"],
      ["--ics", "feed.ics"],
    ];
    for (const args of cases) {
      const result = await digest(busy, ...args);
      expect(result.code, args.join(" ")).toBe(EXIT_FAILURE);
      expect(result.out).toBe("");
      expect(result.err).toMatch(/^keep-in-touch-agenda: /);
    }
    const io = captureIo();
    expect(await runAgendaCommand([busy, "--markdown"], io)).toBe(EXIT_FAILURE);
    expect(io.err).toContain("--markdown only shapes the digest: add --digest.");
    expect((await digest(join(busy, "missing"))).code).toBe(EXIT_FAILURE);
  });
});
