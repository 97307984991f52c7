import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAgendaCommand } from "../../src/cli/agenda-command";
import type { AgendaJson } from "../../src/cli/render";
import { captureIo } from "./helpers";

const REPO = join(__dirname, "../..");

/** The agenda the demo vault was written to show; demo-vault/README.md explains each name. */
describe("the demo vault on 2026-11-22", () => {
  it("shows the intended overdue and due-soon people, in order, and the warnings", async () => {
    const io = captureIo({ cwd: REPO });
    expect(await runAgendaCommand(["demo-vault", "--today", "2026-11-22", "--json"], io)).toBe(0);
    expect(io.err).toBe("");
    const json = JSON.parse(io.out) as AgendaJson;
    const names = (people: { name: string }[]) => people.map((p) => p.name.normalize("NFC"));

    expect(names(json.overdue)).toEqual(["Tomás Novak", "Amara Okafor", "Priya Raman", "Kenji Watanabe", "Diego Fernández"]);
    expect(names(json.dueSoon)).toEqual([
      "Samuel Adeyemi",
      "Marcus Johnson",
      "Paolo Bianchi",
      "Chiara Rossi",
      "Harbor Lane Studio",
      "Rafael Moreno",
      "Noah Williams",
    ]);
    expect(json.counts).toEqual({ overdue: 5, dueSoon: 7, onTrack: 16, snoozed: 2, paused: 1, total: 31 });
    expect(json.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'People/Marcus Johnson.md: cadence: "banana" is not a cadence like 10d, 3w, 2m, 1y or a number of days; using the Peers range.',
      "People/Paolo Bianchi.md: The note's properties are not valid YAML (Nested mappings are not allowed in compact mappings). Fix them before logging here.",
      'People/Rafael Moreno.md: Unknown tier "colleague"; using Peers.',
    ]);
  });
});
