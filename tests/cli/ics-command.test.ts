import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgendaCommand } from "../../src/cli/agenda-command";
import { readVaultNotes } from "../../src/cli/vault-files";
import { runCommand } from "../fake/harness";
import { parseFeed } from "../core/ics-parse";
import { startPlugin, TODAY } from "../obsidian/start-plugin";
import { captureIo, makeVault, note, removeVault } from "./helpers";

const FILES: Record<string, string> = {
  "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01\nbirthday: 1990-12-02"),
  "People/Ana.md": note("tier: peer\nbirthday: --02-29", "", ["2026-10-19 coffee"]),
};

let vault = "";
beforeAll(async () => {
  vault = await makeVault(FILES);
});
afterAll(async () => {
  await removeVault(vault);
});

async function run(args: string[]) {
  const io = captureIo({ cwd: vault });
  const code = await runAgendaCommand(args, io);
  return { code, out: io.out, err: io.err };
}

const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, "");

describe("keep-in-touch-agenda --ics", () => {
  it("writes the calendar feed instead of the agenda and says where it went", async () => {
    const { code, out, err } = await run([".", "--today", TODAY, "--ics", "feeds/people.ics"]);
    const path = join(vault, "feeds", "people.ics");
    const events = parseFeed(await readFile(path, "utf8")).events;
    expect({ code, out, err }).toEqual({ code: 0, out: `Wrote ${events.length} events to ${path}\n`, err: "" });
    expect(events.filter((e) => e.rrule !== null).map((e) => `${e.start} ${e.summary}`)).toEqual(["2000-02-29 Ana: Birthday", "1990-12-02 Sam Rivera: Birthday"]);
    expect(events.find((e) => e.start === TODAY)?.summary).toBe("Reach out to Sam Rivera");
  });

  it("replaces the file on the next run with the same events and UIDs", async () => {
    await run([".", "--today", TODAY, "--ics", "again.ics"]);
    const first = await readFile(join(vault, "again.ics"), "utf8");
    await run([".", "--today", TODAY, "--ics", "again.ics"]);
    expect(await readFile(join(vault, "again.ics"), "utf8")).toBe(first);
  });

  it("answers --json with the path and the count", async () => {
    const { code, out } = await run([".", "--today", TODAY, "--ics", "json.ics", "--json"]);
    expect(code).toBe(0);
    const events = parseFeed(await readFile(join(vault, "json.ics"), "utf8")).events;
    expect(JSON.parse(out)).toEqual({ ics: join(vault, "json.ics"), events: events.length });
  });

  it("refuses a file that isn't .ics, and --tier with --ics, before reading anything", async () => {
    const notIcs = await run([".", "--ics", "people.md"]);
    expect(notIcs.code).toBe(2);
    expect(notIcs.err).toContain(`--ics: The calendar file must be a file name ending in .ics; "people.md" isn't.`);
    const withTier = await run([".", "--ics", "people.ics", "--tier", "ally"]);
    expect(withTier.code).toBe(2);
    expect(withTier.err).toContain("leave out one of --ics and --tier");
  });

  it("says so when the file is a folder", async () => {
    await mkdir(join(vault, "taken.ics"));
    await expect(run([".", "--ics", "taken.ics"])).rejects.toThrow(`${join(vault, "taken.ics")} is a folder; give a file name ending in .ics.`);
  });
});

describe("the CLI and the plugin write the same calendar", () => {
  it("for the demo vault, apart from the moment of export", async () => {
    const daily = { folder: "Daily", format: "YYYY-MM-DD", template: "" };
    const { notes } = await readVaultNotes(join(__dirname, "../../demo-vault"), { skipPaths: [".obsidian"] });
    const files = Object.fromEntries(notes.map((n) => [n.path, n.text]));
    const root = await makeVault({ ...files, ".obsidian/core-plugins.json": JSON.stringify(["daily-notes"]), ".obsidian/daily-notes.json": JSON.stringify(daily) }, "demo");
    try {
      const io = captureIo({ cwd: root });
      expect(await runAgendaCommand([".", "--today", TODAY, "--ics", "calendar.ics"], io)).toBe(0);
      const fromCli = await readFile(join(root, "calendar.ics"), "utf8");

      const started = await startPlugin(files, { internalPlugins: { "daily-notes": { enabled: true, options: daily } } });
      await runCommand(started.app, "export-calendar");
      await started.flush();
      const fromPlugin = started.text(started.plugin.settings.icsPath) ?? "";

      const events = parseFeed(fromCli).events;
      expect(events.filter((e) => e.rrule !== null).length).toBeGreaterThan(0);
      expect(events.filter((e) => e.rrule === null).length).toBeGreaterThan(0);
      expect(withoutStamps(fromPlugin)).toBe(withoutStamps(fromCli));
    } finally {
      await removeVault(root);
    }
  });
});
