import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgendaCommand, wantsColor } from "../../src/cli/agenda-command";
import type { AgendaJson } from "../../src/cli/render";
import { propertiesParses } from "../../src/core/notes/frontmatter-edit";
import { captureIo, makeVault, note, removeVault } from "./helpers";

// Dated for 2026-11-22 unless a test says otherwise.
const FILES: Record<string, string> = {
  "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-20", "Product lead.", ["2026-09-20 call — caught up"]),
  "People/Ana Souza.md": note("tier: Mentors\nlast_touch: 2026-09-12"),
  "People/Kai.md": note("tier: peer", "", ["2026-11-20 coffee"]),
  "People/Broken.md": "---\ntier: peer\nrole: a: b\n---\n## Touches\n- 2026-11-01 call\n",
  "Clients/Acme.md": note("tier: peer\nlast_touch: 2026-08-01"),
  // An open task is an intention, not a touch: Sam stays overdue.
  "Daily/2026-11-22.md": "- [ ] call [[Sam Rivera]] #daily\n",
  ".trash/Old Friend.md": note("tier: ally\nlast_touch: 2020-01-01"),
};

let vault = "";
beforeAll(async () => {
  vault = await makeVault(FILES, "Test Vault");
});
afterAll(async () => {
  await removeVault(vault);
});

async function run(args: string[], overrides: Parameters<typeof captureIo>[0] = {}) {
  const io = captureIo(overrides);
  const code = await runAgendaCommand(args, io);
  return { code, out: io.out, err: io.err };
}

describe("keep-in-touch-agenda", () => {
  it("prints the agenda for a vault folder", async () => {
    const { code, out, err } = await run([vault, "--today", "2026-11-22"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(
      [
        "Keep in Touch: Test Vault, 2026-11-22",
        "",
        "Overdue (2)",
        // Acme first: 113 days on a 10-week range is further gone than 63 days on a 6-week one.
        "  Acme        Peers         last touch 4 months ago  every 6–10 weeks",
        "  Sam Rivera  Close allies  last touch 9 weeks ago   every 2–6 weeks",
        "",
        "Due soon (1)",
        "  Ana Souza   Mentors       last touch 2 months ago  every 8–12 weeks",
        "",
        "2 more are on track",
        "",
        "Warnings (1)",
        "  People/Broken.md: The note's properties are not valid YAML (Nested mappings are not allowed in compact mappings). Fix them before logging here.",
        "",
      ].join("\n"),
    );
  });

  it("uses the current folder and the local day by default", async () => {
    const { code, out } = await run([], { cwd: vault, now: () => new Date(2026, 10, 1, 9, 30) });
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe("Keep in Touch: Test Vault, 2026-11-01");
  });

  it("computes the agenda as of --today", async () => {
    const json = JSON.parse((await run([vault, "--json", "--today=2026-09-21"])).out) as AgendaJson;
    expect(json.today).toBe("2026-09-21");
    expect(json.overdue.map((p) => p.name)).toEqual([]);
    // Kai's and Broken's only touches come in November: as of September they were never touched.
    expect(json.dueSoon.map((p) => p.name)).toEqual(["Acme", "Broken", "Kai"]);
  });

  it("prints JSON with --json", async () => {
    const { code, out } = await run([vault, "--json", "--today", "2026-11-22"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as AgendaJson;
    expect(json.vault).toBe("Test Vault");
    expect(json.overdue.map((p) => p.path)).toEqual(["Clients/Acme.md", "People/Sam Rivera.md"]);
    expect(json.overdue[1]).toMatchObject({ tier: "Close allies", cadenceDays: 42, lastTouch: "2026-09-20", state: "overdue" });
    expect(json.counts).toEqual({ overdue: 2, dueSoon: 1, onTrack: 2, snoozed: 0, paused: 0, total: 5 });
    expect(json.warnings.map((w) => w.path)).toEqual(["People/Broken.md"]);
    expect(json.warnings[0]?.message).toContain("not valid YAML");
  });

  it("limits the agenda to one tier, by id or by name", async () => {
    for (const tier of ["ally", "Close allies"]) {
      const json = JSON.parse((await run([vault, "--json", "--today", "2026-11-22", "--tier", tier])).out) as AgendaJson;
      expect(json.tier).toBe("ally");
      expect(json.counts.total).toBe(1);
    }
  });

  it("reads the settings from --config-dir", async () => {
    const custom = await makeVault({
      ...FILES,
      ".config/plugins/keep-in-touch/data.json": JSON.stringify({ contactsFolder: "Clients" }),
    });
    try {
      const json = JSON.parse((await run([custom, "--json", "--today", "2026-11-22", "--config-dir", ".config"])).out) as AgendaJson;
      // Only notes in Clients/ or with a tier count now: the broken note has neither.
      expect(json.counts.total).toBe(4);
      expect(json.warnings).toEqual([]);
    } finally {
      await removeVault(custom);
    }
  });

  it("warns on stderr about unusable settings and still prints the agenda", async () => {
    const broken = await makeVault({ ...FILES, ".obsidian/plugins/keep-in-touch/data.json": "{nope" });
    try {
      const { code, out, err } = await run([broken, "--today", "2026-11-22"]);
      expect(code).toBe(0);
      expect(err).toMatch(/^keep-in-touch-agenda: warning: The settings in .* are not valid JSON/);
      expect(out).toContain("Overdue (2)");
    } finally {
      await removeVault(broken);
    }
  });

  it("counts mentions in the daily notes the vault's Daily notes settings describe", async () => {
    const journal = await makeVault({
      "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-20"),
      ".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "YYYY/MM/DD" }),
      "Journal/2026/11/01.md": "- [x] lunch with [[Sam Rivera]]\n",
      "Journal/2026/11/20.md": "- [ ] call [[Sam Rivera]] again\n",
    });
    try {
      const { code, out, err } = await run([journal, "--json", "--today", "2026-11-22"]);
      expect(code).toBe(0);
      expect(err).toBe("");
      const json = JSON.parse(out) as AgendaJson;
      expect(json.dueSoon).toMatchObject([{ name: "Sam Rivera", lastTouch: "2026-11-01", lastTouchSource: "Journal/2026/11/01.md", state: "due" }]);
    } finally {
      await removeVault(journal);
    }
  });

  it("warns on stderr about a daily-note settings file that isn't JSON, and uses the defaults", async () => {
    const broken = await makeVault({ ...FILES, ".obsidian/core-plugins.json": "[daily-notes" });
    try {
      const { code, out, err } = await run([broken, "--today", "2026-11-22"]);
      expect(code).toBe(0);
      expect(err).toMatch(/^keep-in-touch-agenda: warning: \.obsidian\/core-plugins\.json is not valid JSON .*; treating the core Daily notes plugin as enabled/);
      expect(out).toContain("Overdue (2)");
    } finally {
      await removeVault(broken);
    }
  });

  it.each([
    [["--bogus"], /Unknown option --bogus/],
    [["--today"], /--today needs a value/],
    [["--today", "2026-02-30"], /real calendar day/],
    [["--today", "22/11/2026"], /YYYY-MM-DD/],
    [["a", "b"], /Only one vault/],
    [["--tier="], /--tier needs a value/],
  ])("exits 2 for bad arguments: %j", async (args, message) => {
    const { code, out, err } = await run([...args]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).toContain("--help");
  });

  it("exits 2 for a missing vault folder or an unknown tier", async () => {
    const missing = await run([`${vault}-missing`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no vault folder at");
    const tier = await run([vault, "--tier", "family"]);
    expect(tier.code).toBe(2);
    expect(tier.err).toContain('no tier "family"');
    expect(tier.err).toContain("ally (Close allies)");
  });

  it("prints help and version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: keep-in-touch-agenda \[vault\] \[options\]/);
    const version = await run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.out).toMatch(/^keep-in-touch-agenda \d+\.\d+\.\d+\n$/);
  });

  it("colours only a terminal, and never with NO_COLOR", async () => {
    const base = captureIo();
    expect(wantsColor({ ...base, stdoutIsTTY: true })).toBe(true);
    expect(wantsColor({ ...base, stdoutIsTTY: false })).toBe(false);
    expect(wantsColor({ ...base, stdoutIsTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
    const { out } = await run([vault, "--today", "2026-11-22"], { stdoutIsTTY: true });
    expect(out).toContain("\u001b[");
  });
});

describe("reading properties for the agenda", () => {
  const PLAIN: Record<string, string> = {
    "People/Sam Rivera.md": note("tier: ally\ncadence: 2w\nlast_touch: 2026-09-20\ntopics: [hiring, B2B SaaS]\naliases:\n  - Sam\n  - 'Sammy R'", "", ["2026-09-20 call — caught up"]),
    "People/Ana Souza.md": note('# who\ntier: peer\ncompany: "[[Acme]]"\nscore: 3'),
    "Notes/Plan.md": note("tags: [project]\ncreated: 2026-01-05", "A plan."),
  };
  let plain = "";
  beforeAll(async () => {
    plain = await makeVault(PLAIN, "Plain");
  });
  afterAll(async () => {
    await removeVault(plain);
  });

  it("reads plain properties without the YAML parser, and unusual ones with it", async () => {
    const before = propertiesParses.count;
    const { code, out } = await run([plain, "--today", "2026-11-22", "--json"]);
    expect(code).toBe(0);
    expect(propertiesParses.count - before).toBe(0);
    const agenda = JSON.parse(out) as AgendaJson;
    expect(agenda.counts.total).toBe(2);
    expect(agenda.warnings).toEqual([]);

    // An anchor and its reference are not plain: that note is parsed, and reads the same.
    const unusual = await makeVault({ "People/Kai.md": note("tier: &t peer\nrole: *t", "", ["2026-11-20 coffee"]) }, "Unusual");
    try {
      const parsedBefore = propertiesParses.count;
      const result = await run([unusual, "--today", "2026-11-22", "--json"]);
      expect(propertiesParses.count).toBeGreaterThan(parsedBefore);
      const agenda = JSON.parse(result.out) as AgendaJson;
      expect(agenda.counts.total).toBe(1);
      expect(agenda.warnings).toEqual([]);
    } finally {
      await removeVault(unusual);
    }
  });
});
