/**
 * `npm start` and `npm run agenda` from a clone: without a vault they read the demo
 * vault as of its day, a vault given is passed on as it is, and `npm start` explains the
 * demo's warnings by the notes that really cause them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as demo from "../../scripts/demo.mjs";
import { runAgendaCommand } from "../../src/cli/agenda-command";
import { VALUE_OPTIONS } from "../../src/cli/args";
import type { AgendaJson } from "../../src/cli/render";
import { captureIo } from "./helpers";

const REPO = join(__dirname, "../..");

describe("npm run agenda", () => {
  it("is the script that picks the demo vault", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.agenda).toBe("node scripts/agenda.mjs");
  });

  it("reads the demo vault as of its day when no vault is given", () => {
    const today = ["--today", demo.DEMO_TODAY];
    expect(demo.agendaArgs([])).toEqual([demo.demoVault, ...today]);
    expect(demo.agendaArgs(["--json"])).toEqual([demo.demoVault, "--json", ...today]);
    // An option's value is not a vault.
    expect(demo.agendaArgs(["--tier", "ally"])).toEqual([demo.demoVault, "--tier", "ally", ...today]);
    expect(demo.agendaArgs(["--ics", "out.ics", "--json"])).toEqual([demo.demoVault, "--ics", "out.ics", "--json", ...today]);
    // A day asked for is kept.
    expect(demo.agendaArgs(["--today", "2026-12-01"])).toEqual([demo.demoVault, "--today", "2026-12-01"]);
    expect(demo.agendaArgs(["--today=2026-12-01"])).toEqual([demo.demoVault, "--today=2026-12-01"]);
  });

  it("passes a vault on as it is, wherever it stands", () => {
    expect(demo.agendaArgs(["my-vault"])).toEqual(["my-vault"]);
    expect(demo.agendaArgs(["--json", "my-vault"])).toEqual(["--json", "my-vault"]);
    expect(demo.agendaArgs(["--tier=ally", "my-vault"])).toEqual(["--tier=ally", "my-vault"]);
    expect(demo.agendaArgs(["--", "-odd-name"])).toEqual(["--", "-odd-name"]);
  });

  it("knows every option of the agenda that takes a value", () => {
    expect([...demo.VALUE_OPTIONS].sort()).toEqual([...VALUE_OPTIONS].sort());
  });
});

describe("npm start's next steps", () => {
  it("names exactly the demo notes whose warnings the agenda prints", async () => {
    const io = captureIo({ cwd: REPO });
    expect(await runAgendaCommand(["demo-vault", "--today", demo.DEMO_TODAY, "--json"], io)).toBe(0);
    const warned = [...new Set((JSON.parse(io.out) as AgendaJson).warnings.map((w) => w.path))].sort();
    expect(demo.DEMO_BROKEN_NOTES.map((n) => n.path).sort()).toEqual(warned);
    const text = demo.nextSteps(demo.demoVault, REPO).join("\n");
    expect(text).toContain(`The ${warned.length} warnings above are on purpose`);
    for (const path of warned) expect(text).toContain(path.replace(/^.*\//, "").replace(/\.md$/, ""));
  });

  it("says to open the demo vault and turn on community plugins", () => {
    const text = demo.nextSteps(demo.demoVault, REPO).join("\n");
    expect(text).toContain("Open demo-vault/ as a vault");
    expect(text).toContain("Community plugins");
    // Without a text agenda there are no warnings above to explain.
    expect(demo.nextSteps(demo.demoVault, REPO, false).join("\n")).not.toContain("warnings above");
  });

  it("for another vault, says to check the plugin is on there", () => {
    const lines = demo.nextSteps(join(REPO, "..", "my-vault"), REPO);
    expect(lines.join("\n")).toContain(`Open ${join("..", "my-vault")} in Obsidian`);
    expect(lines.join("\n")).not.toContain("warnings");
  });
});
