/**
 * `keep-in-touch-agenda capture`: the same exports and contact notes as the plugin's
 * review, on disk. The dry run prints exactly the touches the review would write, and
 * a real run leaves each note with the bytes the plugin's capture leaves.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runAgendaCommand } from "../../src/cli/agenda-command";
import { captureVault, fixture, openCapture, PEOPLE, reviewProposalLines } from "../obsidian/capture/capture-fixture";
import { captureIo, makeVault, removeVault } from "./helpers";

/** The fixtures' moment: mid-June 2024, in Berlin. */
const NOW = new Date(Date.UTC(2024, 5, 15, 12, 0, 0));
const ZONE = { TZ: "Europe/Berlin" };
const SETTINGS = { captureMe: ["Alex Morgan"], captureEmails: ["alex@me.example"] };

const EXPORTS: [string, string][] = [
  ["google.ics", "Exports/google.ics"],
  ["outlook.ics", "Exports/outlook.ics"],
  ["apple.ics", "Exports/apple.ics"],
  ["whatsapp-android-us.txt", "Chats/WhatsApp Chat with Sam Rivera.txt"],
  ["whatsapp-ios-group-uk.txt", "Chats/_chat.txt"],
  ["telegram-full.json", "Telegram/result.json"],
  ["gmail.mbox", "Mail/All mail.mbox"],
];

const vaults: string[] = [];
afterEach(async () => {
  for (const root of vaults.splice(0)) await removeVault(root);
});

async function diskVault(exportPath: string, exportText: string, data: Record<string, unknown> = SETTINGS): Promise<string> {
  const root = await makeVault({ ...PEOPLE, [exportPath]: exportText, ".obsidian/plugins/keep-in-touch/data.json": JSON.stringify(data) });
  vaults.push(root);
  return root;
}

async function capture(root: string, args: string[]) {
  const io = captureIo({ cwd: root, env: ZONE, now: () => NOW });
  const code = await runAgendaCommand(["capture", ...args], io);
  return { code, out: io.out, err: io.err };
}

async function notesOf(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const folder of ["People", "Work"]) {
    for (const name of await readdir(join(root, folder))) out[`${folder}/${name}`] = await readFile(join(root, folder, name), "utf8");
  }
  return out;
}

describe("capture --dry-run", () => {
  for (const [name, path] of EXPORTS) {
    it(`prints the touches the plugin's review proposes: ${name}`, async () => {
      const started = await captureVault({ [path]: fixture(name) });
      const modal = await openCapture(started, path);
      const review = reviewProposalLines(modal);
      modal.close();

      const root = await diskVault(path, fixture(name));
      const before = await notesOf(root);
      const { code, out } = await capture(root, [path, "--vault", root, "--dry-run"]);
      expect(code).toBe(0);
      expect(out.split("\n").slice(0, -1)).toEqual(review);
      expect(review.length).toBeGreaterThan(0);
      expect(await notesOf(root)).toEqual(before);
    });
  }

  it("prints each line as YYYY-MM-DD, the contact's name and the direction, and the rest on stderr", async () => {
    const path = "Chats/WhatsApp Chat with Sam Rivera.txt";
    const root = await diskVault(path, fixture("whatsapp-android-us.txt"));
    const { code, out, err } = await capture(root, [path, "--vault", root, "--dry-run"]);
    expect(code).toBe(0);
    expect(out).toBe("2024-03-13  Sam Rivera  ↔\n2024-03-12  Sam Rivera  ←\n2024-03-09  Sam Rivera  →\n2024-03-02  Sam Rivera  ↔\n");
    expect(err).toBe(
      [
        "4 new touches for 1 person.",
        "Skipped (2): lines WhatsApp writes itself.",
        "2 records couldn't be read (line 12: a message whose date or time can't be read; line 11: a date that doesn't fit the order of the chat's other dates).",
        "The dates in this chat mix day-first and month-first; they were read the way most of them are written.",
        "",
      ].join("\n"),
    );
  });
});

describe("capture", () => {
  for (const [name, path] of EXPORTS) {
    it(`writes the bytes the plugin writes, and nothing the second time: ${name}`, async () => {
      const started = await captureVault({ [path]: fixture(name) });
      const modal = await openCapture(started, path);
      expect(await modal.submit()).toBe(true);
      await started.flush();

      const root = await diskVault(path, fixture(name));
      const first = await capture(root, [path, "--vault", root]);
      expect(first.code).toBe(0);
      const written = await notesOf(root);
      for (const [notePath, text] of Object.entries(written)) expect(text, notePath).toBe(started.text(notePath));

      const mtimes = await Promise.all(Object.keys(written).map(async (p) => (await stat(join(root, p))).mtimeMs));
      const again = await capture(root, [path, "--vault", root]);
      expect(again.code).toBe(0);
      expect(again.out).toBe("");
      expect(again.err.endsWith("Wrote 0 touches to 0 notes.\n")).toBe(true);
      expect(await notesOf(root)).toEqual(written);
      expect(await Promise.all(Object.keys(written).map(async (p) => (await stat(join(root, p))).mtimeMs))).toEqual(mtimes);
    });
  }

  it("says which senders a chat has when it can't tell which is the user, and writes nothing", async () => {
    const path = "Chats/_chat.txt";
    const root = await diskVault(path, fixture("whatsapp-ios-group-uk.txt"), {});
    const before = await notesOf(root);
    const { code, out, err } = await capture(root, [path, "--vault", root]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe("keep-in-touch-agenda: say which sender is you with --me NAME. The senders in _chat.txt: Alex Morgan, Sam Rivera, Zoë Martin, +44 7700 900123.\n");
    expect(await notesOf(root)).toEqual(before);
    const named = await capture(root, [path, "--vault", root, "--me", "Alex Morgan", "--dry-run"]);
    expect(named.out).toBe("2024-03-13  Sam Rivera  ↔\n2024-03-02  Sam Rivera  ↔\n");
  });

  it("says what a file looks like when it isn't an export it reads", async () => {
    const root = await diskVault("Notes/list.csv", "name,email\nSam,sam@rivera.example\n");
    const { code, err } = await capture(root, ["Notes/list.csv", "--vault", root, "--dry-run"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^keep-in-touch-agenda: list\.csv looks like .+, not an export capture reads\. /);
  });

  it("refuses bad arguments with the way to get help", async () => {
    const root = await diskVault("Exports/google.ics", fixture("google.ics"));
    for (const args of [["--vault", root], ["Exports/google.ics", "--today", "2024-02-30"], ["Exports/google.ics", "--colour"]]) {
      const { code, err } = await capture(root, args);
      expect(code).toBe(2);
      expect(err).toMatch(/Run keep-in-touch-agenda capture --help for usage\.\n$/);
    }
  });
});
