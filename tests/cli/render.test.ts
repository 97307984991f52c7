import { describe, expect, it } from "vitest";
import { agendaJson, renderAgendaJson, renderAgendaText, type AgendaReport } from "../../src/cli/render";
import { buildAgenda } from "../../src/core/planning/agenda";
import { resolveContact, type ContactSource } from "../../src/core/contacts/contact";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings } from "../../src/core/settings";

const resolved = resolveSettings(normalizeSettings(DEFAULT_SETTINGS));
const TODAY = "2026-11-22";

function contact(path: string, frontmatter: Record<string, unknown>, loggedTouchDates: string[] = []) {
  const source: ContactSource = { path, frontmatter, propertiesProblem: null, loggedTouchDates };
  return resolveContact(source, resolved);
}

const contacts = [
  contact("People/Sam Rivera.md", { tier: "ally", last_touch: "2026-09-20" }), // 63 days: overdue
  contact("People/Work/Lee Chen.md", { tier: "peer", cadence: "10d" }, ["2026-11-05"]), // 17 days on a 10-day cadence: overdue
  contact("People/Ana Souza.md", { tier: "mentor", last_touch: "2026-09-12" }), // 71 days: due
  contact("People/Noor.md", { tier: "friend" }), // never touched: due, unknown tier
  contact("People/Kai.md", { tier: "peer", last_touch: "2026-11-20" }), // on track
  contact("People/Mo.md", { tier: "peer", last_touch: "2026-11-10" }), // on track
  contact("People/Ida.md", { tier: "ally", last_touch: "2026-01-01", snooze_until: "2026-12-01" }),
  contact("People/Tove.md", { tier: "peer", status: "paused" }),
];

function report(overrides: Partial<AgendaReport> = {}): AgendaReport {
  return {
    vaultName: "My Vault",
    today: TODAY,
    agenda: buildAgenda(contacts, TODAY, resolved.tiers),
    tierFilter: null,
    settingsPath: ".obsidian/plugins/keep-in-touch/data.json",
    settingsProblems: [],
    ...overrides,
  };
}

describe("renderAgendaText", () => {
  it("prints aligned sections, the others line and the warnings", () => {
    expect(renderAgendaText(report({ settingsProblems: ['Tier "Friends": due from: "x" is not a cadence'] }))).toBe(
      [
        "Keep in Touch: My Vault, 2026-11-22",
        "",
        "Overdue (2)",
        "  Lee Chen    Peers         last touch 2 weeks ago   every 10 days",
        "  Sam Rivera  Close allies  last touch 9 weeks ago   every 2–6 weeks",
        "",
        "Due soon (2)",
        "  Ana Souza   Mentors       last touch 2 months ago  every 8–12 weeks",
        "  Noor        Peers         never                    every 6–10 weeks",
        "",
        "2 more are on track, 1 snoozed, 1 paused",
        "",
        "Warnings (2)",
        '  People/Noor.md: Unknown tier "friend"; using Peers.',
        '  .obsidian/plugins/keep-in-touch/data.json: Tier "Friends": due from: "x" is not a cadence',
        "",
      ].join("\n"),
    );
  });

  it("says nobody for an empty section and leaves out an empty warnings section", () => {
    const calm = [contacts[4]!, contacts[5]!];
    const text = renderAgendaText(report({ agenda: buildAgenda(calm, TODAY, resolved.tiers) }));
    expect(text).toBe(
      ["Keep in Touch: My Vault, 2026-11-22", "", "Overdue (0)", "  nobody", "", "Due soon (0)", "  nobody", "", "2 are on track", ""].join("\n"),
    );
  });

  it("says so when there are no contacts, and names the tier filter", () => {
    const peers = resolved.tiers.find((t) => t.id === "peer") ?? null;
    expect(renderAgendaText(report({ agenda: buildAgenda([], TODAY, resolved.tiers) }))).toContain("No contact notes found.");
    expect(renderAgendaText(report({ agenda: buildAgenda([], TODAY, resolved.tiers), tierFilter: peers }))).toMatch(
      /^Keep in Touch: My Vault, 2026-11-22 \(Peers only\)\n\nNo contacts in Peers\.\n$/,
    );
  });

  it("colours only when asked", () => {
    expect(renderAgendaText(report())).not.toContain("\u001b[");
    expect(renderAgendaText(report(), { color: true })).toContain("\u001b[1;31mOverdue (2)\u001b[0m");
  });
});

describe("renderAgendaJson", () => {
  it("shapes people, counts and warnings for scripts", () => {
    const json = agendaJson(report());
    expect(json.today).toBe(TODAY);
    expect(json.vault).toBe("My Vault");
    expect(json.overdue.map((p) => p.name)).toEqual(["Lee Chen", "Sam Rivera"]);
    expect(json.overdue[0]).toEqual({
      path: "People/Work/Lee Chen.md",
      name: "Lee Chen",
      tier: "Peers",
      cadenceDays: 10,
      lastTouch: "2026-11-05",
      lastTouchSource: "People/Work/Lee Chen.md",
      state: "overdue",
      replyOwedSince: null,
      flags: [],
      warnings: [],
    });
    expect(json.dueSoon[1]).toMatchObject({ name: "Noor", lastTouch: null, lastTouchSource: null, state: "due", cadenceDays: 70, warnings: ['Unknown tier "friend"; using Peers.'] });
    expect(json.counts).toEqual({ overdue: 2, dueSoon: 2, onTrack: 2, snoozed: 1, paused: 1, total: 8 });
    expect(json.warnings).toEqual([{ path: "People/Noor.md", message: 'Unknown tier "friend"; using Peers.' }]);
  });

  it("names the dated note a last touch came from, and leaves the text row as it was", () => {
    const mentioned = resolveContact(
      { path: "People/Ana Souza.md", frontmatter: { tier: "mentor", last_touch: "2026-09-01" }, propertiesProblem: null, loggedTouchDates: [], mentions: [{ path: "Daily/2026-09-20.md", date: "2026-09-20" }], today: TODAY },
      resolved,
    );
    const withMention = report({ agenda: buildAgenda([mentioned], TODAY, resolved.tiers) });
    expect(agendaJson(withMention).dueSoon[0]).toMatchObject({ lastTouch: "2026-09-20", lastTouchSource: "Daily/2026-09-20.md" });
    expect(renderAgendaText(withMention)).toContain("\n  Ana Souza  Mentors  last touch 9 weeks ago  every 8–12 weeks\n");
  });

  it("prints parseable JSON", () => {
    expect(JSON.parse(renderAgendaJson(report()))).toEqual(agendaJson(report()));
  });
});
