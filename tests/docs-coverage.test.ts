/**
 * The docs name every command, setting and API member the code has, and nothing it
 * no longer has. Commands, settings and the API are read from the running plugin (the
 * commands it registered, the rows its settings tab draws, the object it hands other
 * plugins) and from the core's defaults, not from the source text, so a command added
 * in any file, or a setting drawn by any part of the tab, counts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PROPERTY_KEYS, DEFAULT_SETTINGS } from "../src/core/settings";
import { openSettingTab } from "./fake/harness";
import { note, startPlugin, type Started } from "./obsidian/start-plugin";

const ROOT = join(__dirname, "..");
const DOCS = join(ROOT, "docs");
const PREFIX = "keep-in-touch:";

const docPages = readdirSync(DOCS).filter((f) => f.endsWith(".md"));
const read = (path: string) => readFileSync(path, "utf8");
const page = (name: string) => read(join(DOCS, name));
const allDocs = docPages.map(page).join("\n");

/** The rows of every Markdown table on a page (header and divider rows left out), as trimmed cells. */
function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (!line.startsWith("|")) {
      inTable = false;
      continue;
    }
    const cells = line
      .slice(1, line.endsWith("|") ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (!inTable) {
      inTable = true; // the header row
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    rows.push(cells);
  }
  return rows;
}

/** The words in `code font` in a cell. */
const codeIn = (cell: string | undefined) => [...(cell ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
const plain = (cell: string | undefined) => (cell ?? "").replace(/[*`]/g, "").trim();

/** Every setting key the core keeps defaults for, properties as `properties.name`. */
const settingKeys = [
  ...Object.keys(DEFAULT_SETTINGS).filter((k) => k !== "properties"),
  ...Object.keys(DEFAULT_PROPERTY_KEYS).map((k) => `properties.${k}`),
];

async function started(data: Record<string, unknown> = {}): Promise<Started> {
  return startPlugin(
    { "People/Sam Rivera.md": note("tier: ally\nbirthday: --04-17", "## Touches\n- 2026-11-20 call → gave — caught up\n") },
    { pluginData: { "keep-in-touch": data } },
  );
}

describe("commands in the docs", () => {
  it("names every registered command by its id and its name in the palette, and no other", async () => {
    const { app } = await started();
    const registered = new Map(
      Object.values(app.commands.commands)
        .filter((c) => c.id.startsWith(PREFIX))
        .map((c) => [c.id.slice(PREFIX.length), c.name.replace(/^Keep in Touch: /, "")]),
    );
    expect(registered.size).toBeGreaterThan(20);

    const documented = new Map(tableRows(page("commands.md")).flatMap((cells) => codeIn(cells[1]).map((id) => [id, plain(cells[0])] as const)));
    const missing = [...registered.keys()].filter((id) => !allDocs.includes(`\`${id}\``));
    expect(missing, "commands nowhere in docs/").toEqual([]);
    for (const [id, name] of registered) expect(documented.get(id), `the name of ${id} in docs/commands.md`).toBe(name);
    const gone = [...documented.keys()].filter((id) => !registered.has(id));
    expect(gone, "ids in docs/commands.md that no command has").toEqual([]);
  });
});

describe("settings in the docs", () => {
  it("names every setting key the core has a default for, and no other", () => {
    const missing = settingKeys.filter((key) => !allDocs.includes(`\`${key}\``));
    expect(missing, "setting keys nowhere in docs/").toEqual([]);
    const documented = tableRows(page("settings.md")).flatMap((cells) => codeIn(cells[1]));
    expect(documented.length).toBeGreaterThan(40);
    const gone = documented.filter((key) => !settingKeys.includes(key));
    expect(gone, "keys in docs/settings.md that no setting has").toEqual([]);
  });

  it("names every heading and setting the settings tab draws, as the tab names them", async () => {
    // Mentions by heading shows one more row than the defaults do.
    const { app } = await started({ mentionMode: "heading" });
    const tab = openSettingTab(app).containerEl;
    const items = Array.from(tab.querySelectorAll<HTMLElement>(".setting-item"));
    const name = (el: HTMLElement) => el.querySelector(".setting-item-name")?.textContent?.trim() ?? "";
    const headings = items.filter((el) => el.hasClass("setting-item-heading")).map(name);
    // A row per tier, date property and starter is named after it: "Tier id: ally" is documented as "Tier id: …".
    const rows = [...new Set(items.filter((el) => !el.hasClass("setting-item-heading")).map(name).filter((n) => n !== "").map((n) => n.replace(/: .+$/, ": …")))];
    expect(headings.length).toBeGreaterThan(10);
    expect(rows.length).toBeGreaterThan(40);

    const text = page("settings.md");
    const documentedNames = new Set(tableRows(text).map((cells) => plain(cells[0])));
    expect(headings.filter((h) => !text.includes(`\n## ${h}\n`)), "settings headings missing from docs/settings.md").toEqual([]);
    expect(rows.filter((n) => !documentedNames.has(n)), "settings missing from docs/settings.md's tables").toEqual([]);
  });
});

describe("the API in the docs", () => {
  it("names every member of the API and every field it gives, and no member it lacks", async () => {
    const { plugin } = await started();
    const members = Object.keys(plugin.api);
    const [contact] = plugin.api.getContacts();
    const [touch] = await plugin.api.getTouches("People/Sam Rivera.md");
    const fields = [...Object.keys(contact ?? {}), ...Object.keys(touch ?? {})];
    expect(fields).toEqual(expect.arrayContaining(["warmth", "lastTouchSource", "direction", "exchange", "note"]));

    const text = page("api.md");
    const documented = tableRows(text).map((cells) => codeIn(cells[0])[0] ?? "");
    expect(members.filter((m) => !documented.includes(m)), "API members missing from docs/api.md").toEqual([]);
    expect(fields.filter((f) => !documented.includes(f)), "fields missing from docs/api.md").toEqual([]);
    const [, memberTable = ""] = text.split("## Members");
    const listedMembers = tableRows(memberTable.split("\n## ")[0] ?? "").map((cells) => codeIn(cells[0])[0]);
    expect(listedMembers.filter((m) => m !== undefined && !members.includes(m)), "members in docs/api.md the API lacks").toEqual([]);
  });
});

describe("the docs hang together", () => {
  const pages = ["README.md", ...docPages.map((f) => `docs/${f}`)];

  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
  const anchor = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
  const anchorsOf = (text: string) => new Set([...text.replace(/```[\s\S]*?```/g, "").matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1] as string)));

  it("links only to files and headings that exist", () => {
    const broken: string[] = [];
    for (const from of pages) {
      const text = read(join(ROOT, from)).replace(/```[\s\S]*?```/g, "");
      for (const [, target = ""] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue; // a web address
        const [file = "", hash] = target.split("#");
        const path = file === "" ? join(ROOT, from) : resolve(dirname(join(ROOT, from)), file);
        if (!existsSync(path)) broken.push(`${from}: ${target}`);
        else if (hash !== undefined && path.endsWith(".md") && !anchorsOf(read(path)).has(hash)) broken.push(`${from}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("reaches every page from the README, directly or through docs/README.md", () => {
    const linked = (from: string) =>
      new Set([...read(join(ROOT, from)).matchAll(/\]\(([^)#\s]+)/g)].map((m) => relative(ROOT, resolve(dirname(join(ROOT, from)), m[1] as string))));
    const fromReadme = linked("README.md");
    const reachable = new Set([...fromReadme, ...(fromReadme.has("docs/README.md") ? linked("docs/README.md") : [])]);
    expect(pages.filter((p) => p !== "README.md" && !reachable.has(p))).toEqual([]);
  });
});
