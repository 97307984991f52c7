/**
 * The CLI and the plugin must agree on every contact: the CLI reads notes from disk
 * and computes their structure from the text, the plugin reads the metadata cache
 * (here the fake's, computed from the same text). Same vault in, same contacts out.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { moment } from "../../src/cli/moment";
import { contactsOfVault } from "../../src/cli/vault-contacts";
import { readVaultNotes, type VaultNote } from "../../src/cli/vault-files";
import { computeDue } from "../../src/core/contacts/due";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings, type KeepInTouchSettings } from "../../src/core/settings";
import { startPlugin, TODAY } from "../obsidian/start-plugin";

const DAILY = { folder: "Daily", format: "YYYY-MM-DD", template: "" };

function summary(path: string, lastTouch: string | null, lastTouchSource: string | null, state: string, warnings: readonly string[]): string {
  return `${path}: ${lastTouch ?? "never"} from ${lastTouchSource ?? "nowhere"}, ${state}${warnings.length > 0 ? ` (${warnings.join(" / ")})` : ""}`;
}

function fromCli(notes: VaultNote[], settings: Partial<KeepInTouchSettings>): string[] {
  const resolved = resolveSettings({ ...normalizeSettings(DEFAULT_SETTINGS), ...settings });
  return contactsOfVault(notes, resolved, { daily: DAILY, today: TODAY, moment })
    .map((c) => summary(c.path, c.lastTouch, c.lastTouchSource, computeDue(c, TODAY).state, c.warnings))
    .sort();
}

async function fromPlugin(notes: VaultNote[], settings: Partial<KeepInTouchSettings>): Promise<string[]> {
  const files = Object.fromEntries(notes.map((n) => [n.path, n.text]));
  const { plugin } = await startPlugin(files, {
    internalPlugins: { "daily-notes": { enabled: true, options: DAILY } },
    pluginData: { "keep-in-touch": settings },
  });
  return plugin.api
    .getContacts()
    .map((c) => summary(c.path, c.lastTouch, c.lastTouchSource, c.state, c.warnings))
    .sort();
}

const ALLY = (last: string) => `---\ntier: ally\nlast_touch: ${last}\n---\n`;
const TRICKY: VaultNote[] = [
  ...["Sam", "Ana", "Lee", "Noor", "Kai", "Mo", "Ida", "Tove", "Jo", "Pat"].map((name) => ({ path: `People/${name}.md`, text: ALLY("2026-09-01") })),
  { path: "People/Work/Ana.md", text: ALLY("2026-08-01") },
  {
    path: "Daily/2026-11-10.md",
    text: [
      "---",
      "mood: fine",
      "---",
      "# Tuesday",
      "- [ ] call [[Sam]]",
      "  about the launch, and [[Ana]] too",
      "  - [x] sent [[Lee]] the deck",
      "- [-] [[Noor]]",
      "",
      "> [!note] From [[Kai]]",
      "> and [[Mo]]",
      "",
      "```",
      "[[Ida]]",
      "```",
      "Inline `[[Tove]]` and ![[Jo]] and %%[[Pat]]%%.",
      "",
      "## People",
      "- [x] [[Ana|Ana S.]] call — caught up",
      "| who | what |",
      "| --- | --- |",
      "| [[Tove\\|T]] | lunch |",
    ].join("\n"),
  },
  { path: "Daily/2026-11-12.md", text: "\uFEFF## People\r\n- [[Jo]] coffee\r\n1. [Pat](Pat.md)\r\n\r\n## Later\r\n[[Mo]]\r\n" },
  { path: "Daily/2026-11-30.md", text: "Plans with [[Kai]].\n" },
  { path: "Notes/Reading.md", text: "[[Sam]] wrote a great post.\n" },
];

describe("the CLI and the plugin agree", () => {
  it("on the demo vault", async () => {
    const { notes } = await readVaultNotes(join(__dirname, "../../demo-vault"), { skipPaths: [".obsidian"] });
    const cli = fromCli(notes, {});
    expect(cli.filter((line) => line.includes("from Daily/"))).toHaveLength(8);
    expect(await fromPlugin(notes, {})).toEqual(cli);
  });

  it.each([["all"], ["heading"], ["off"]] as const)("on tricky daily notes, mention mode %s", async (mentionMode) => {
    const settings: Partial<KeepInTouchSettings> = { mentionMode, mentionHeading: "People" };
    const cli = fromCli(TRICKY, settings);
    if (mentionMode === "all") {
      expect(cli.filter((line) => line.includes("from Daily/"))).toEqual([
        "People/Ana.md: 2026-11-10 from Daily/2026-11-10.md, ok",
        "People/Jo.md: 2026-11-12 from Daily/2026-11-12.md, ok",
        "People/Lee.md: 2026-11-10 from Daily/2026-11-10.md, ok",
        "People/Mo.md: 2026-11-12 from Daily/2026-11-12.md, ok",
        "People/Pat.md: 2026-11-12 from Daily/2026-11-12.md, ok",
        "People/Tove.md: 2026-11-10 from Daily/2026-11-10.md, ok",
      ]);
    }
    expect(await fromPlugin(TRICKY, settings)).toEqual(cli);
  });
});
