import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAgendaCommand } from "../../src/cli/agenda-command";
import { loadDailyNoteSettings } from "../../src/cli/daily-note-files";
import type { AgendaJson } from "../../src/cli/render";
import { loadSettings } from "../../src/cli/settings-file";
import { moment } from "../../src/cli/moment";
import { contactsOfVault } from "../../src/cli/vault-contacts";
import { readVaultNotes } from "../../src/cli/vault-files";
import { captureIo } from "./helpers";

const REPO = join(__dirname, "../..");
const DEMO = join(REPO, "demo-vault");

/** The agenda the demo vault was written to show; demo-vault/README.md explains each name. */
describe("the demo vault on 2026-11-22", () => {
  it("shows the intended overdue and due-soon people, in order, and the warnings", async () => {
    const io = captureIo({ cwd: REPO });
    expect(await runAgendaCommand(["demo-vault", "--today", "2026-11-22", "--json"], io)).toBe(0);
    expect(io.err).toBe("");
    const json = JSON.parse(io.out) as AgendaJson;
    const names = (people: { name: string }[]) => people.map((p) => p.name.normalize("NFC"));

    // Hannah reached out five days ago and is owed a reply: she comes first, whatever her cadence says.
    expect(names(json.overdue)).toEqual(["Hannah Schmidt", "Tomás Novak", "Amara Okafor", "Priya Raman", "Kenji Watanabe"]);
    expect(names(json.dueSoon)).toEqual([
      "Samuel Adeyemi",
      "Marcus Johnson",
      "Paolo Bianchi",
      "Chiara Rossi",
      "Diego Fernández",
      "Harbor Lane Studio",
      "Noah Williams",
    ]);
    expect(json.counts).toEqual({ overdue: 5, dueSoon: 7, onTrack: 16, snoozed: 2, paused: 1, total: 31 });
    // Diego's own note says 25 August; the daily note from the meetup on 7 October is newer.
    expect(json.dueSoon.find((p) => p.name.normalize("NFC") === "Diego Fernández")).toMatchObject({ lastTouch: "2026-10-07", lastTouchSource: "Daily/2026-10-07.md" });
    expect([...json.overdue, ...json.dueSoon].filter((p) => p.lastTouchSource?.startsWith("Daily/"))).toHaveLength(1);
    expect(json.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'People/Marcus Johnson.md: cadence: "banana" is not a cadence like 10d, 3w, 2m, 1y or a number of days; using the Peers range.',
      "People/Paolo Bianchi.md: The note's properties are not valid YAML (Nested mappings are not allowed in compact mappings). Fix them before logging here.",
      'People/Rafael Moreno.md: Unknown tier "colleague"; using Peers.',
    ]);
  });

  it("shows one of each reciprocity flag: a reply owed, an introduction to follow up, a long silence", async () => {
    const io = captureIo({ cwd: REPO });
    expect(await runAgendaCommand(["demo-vault", "--today", "2026-11-22", "--json"], io)).toBe(0);
    const json = JSON.parse(io.out) as AgendaJson;
    const flagged = [...json.overdue, ...json.dueSoon].filter((p) => p.flags.length > 0).map((p) => [p.name.normalize("NFC"), p.flags.map((f) => f.text)]);
    expect(flagged).toEqual([
      ["Hannah Schmidt", ["replied? they reached out 5 days ago"]],
      ["Kenji Watanabe", ["it's been a while — 8 months"]],
    ]);
    expect(json.overdue[0]).toMatchObject({ replyOwedSince: "2026-11-17" });
    expect(json.introFollowUps).toEqual([
      { path: "People/Helen Okoye.md", name: "Helen Okoye", introduced: "2026-10-15", with: "Wei Zhang", dueSince: "2026-11-14" },
      { path: "People/Work/Wei Zhang.md", name: "Wei Zhang", introduced: "2026-10-15", with: "Helen Okoye", dueSince: "2026-11-14" },
    ]);

    const text = captureIo({ cwd: REPO });
    expect(await runAgendaCommand(["demo-vault", "--today", "2026-11-22"], text)).toBe(0);
    expect(text.out).toContain("Introductions to follow up (2)\n  Helen Okoye: how did the intro to Wei Zhang go?\n  Wei Zhang: how did the intro to Helen Okoye go?\n");
    expect(text.out).toContain("  Kenji Watanabe      Aspirational  last touch 8 months ago  every 3–6 months\n    it's been a while — 8 months\n");
  });

  it("names each reciprocity flag in the digest", async () => {
    const io = captureIo({ cwd: REPO });
    expect(await runAgendaCommand(["demo-vault", "--today", "2026-11-22", "--digest"], io)).toBe(0);
    const out = io.out.normalize("NFC");
    expect(out).toContain("Reach out today (12)\n- Hannah Schmidt — replied? they reached out 5 days ago\n");
    expect(out).toContain("- Kenji Watanabe — it's been a while — 8 months\n");
    expect(out).toContain(
      "Introductions to follow up (2)\n- Helen Okoye — how did the intro to Wei Zhang go? (introduced Thu 15 Oct)\n- Wei Zhang — how did the intro to Helen Okoye go? (introduced Thu 15 Oct)\n",
    );
  });

  it("counts the daily notes' mentions the README describes, and no others", async () => {
    const warn = (message: string) => expect.fail(message);
    const { resolved } = await loadSettings(DEMO, ".obsidian", warn);
    const daily = await loadDailyNoteSettings(DEMO, ".obsidian", resolved.settings, warn);
    const { notes } = await readVaultNotes(DEMO, { skipPaths: [".obsidian"] });
    const contacts = contactsOfVault(notes, resolved, { daily: daily.config, today: "2026-11-22", moment });
    const fromDailyNotes = contacts
      .filter((c) => c.lastTouchSource !== c.path)
      .map((c) => `${c.name.normalize("NFC")}: ${c.lastTouchSource ?? "never"}`)
      .sort();
    expect(fromDailyNotes).toEqual([
      "Ben Carter: Daily/2026-11-20.md",
      "Diego Fernández: Daily/2026-10-07.md",
      "Elif Kaya: Daily/2026-11-21.md",
      "Grace Mwangi: Daily/2026-11-21.md",
      "Isaac Cohen: Daily/2026-11-20.md",
      "Jae-won Park: Daily/2026-11-22.md",
      "Nadia Petrova: Daily/2026-11-20.md",
      "Noah Williams: never",
      "Rafael Moreno: Daily/2026-11-22.md",
    ]);
    // Zoë's coffee is in her note and in the daily note: one touch on that day, from her note.
    const zoe = contacts.find((c) => c.name.normalize("NFC") === "Zoë Laurent");
    expect(zoe).toMatchObject({ lastTouch: "2026-11-20", lastTouchSource: zoe?.path });
    expect(zoe?.touchDates.filter((d) => d === "2026-11-20")).toHaveLength(1);
  });
});
