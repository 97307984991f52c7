import { describe, expect, it } from "vitest";
import { click, notices } from "../fake/harness";
import { note, openView, startPlugin, type Started } from "./start-plugin";

// Writes that meet each other: touches logged at once into a daily note that doesn't
// exist yet, a note renamed, moved or deleted while writes wait for it.

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const KENJI = "People/Kenji.md";
const CONTACTS = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01"),
  [ANA]: note("tier: mentor\nlast_touch: 2026-09-01"),
  [KENJI]: note("tier: peer\nlast_touch: 2026-09-01"),
};
const TEMPLATE = { "Templates/Daily.md": "# {{title}}\n\n## Touches\n\n## Notes\n" };
const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" } } };
const CREATE = { "keep-in-touch": { dailyTouchLine: "create" } };
const TODAY_NOTE = "Daily/2026-11-22.md";

function touched(date: string, tier: string): string {
  return `---\ntier: ${tier}\nlast_touch: ${date}\n---\n## Touches\n- ${date}\n`;
}

function failures(): string[] {
  return notices().filter((n) => /wasn't updated|Couldn't/.test(n));
}

describe("today's daily note, created once for touches logged at once", () => {
  it("three API calls at once: one note from the template, every line in it, in order", async () => {
    const { plugin, text } = await startPlugin({ ...CONTACTS, ...TEMPLATE }, { internalPlugins: DAILY, pluginData: CREATE, folders: ["Daily"] });
    await Promise.all([plugin.api.logTouch(SAM, { note: "one" }), plugin.api.logTouch(ANA, { note: "two" }), plugin.api.logTouch(KENJI, { note: "three" })]);
    expect(text(TODAY_NOTE)).toBe("# 2026-11-22\n\n## Touches\n- [[Sam Rivera]] — one\n- [[Ana Souza]] — two\n- [[Kenji]] — three\n\n## Notes\n");
    expect(failures()).toEqual([]);
  });

  it("three quick ✓ clicks in the view: every line lands and every notice says logged", async () => {
    const started = await startPlugin({ ...CONTACTS, ...TEMPLATE }, { internalPlugins: DAILY, pluginData: CREATE, folders: ["Daily"] });
    const view = await openView(started);
    const before = notices().length;
    for (const path of [SAM, ANA, KENJI]) click(view.contentEl.querySelector(`.kit-row[data-path="${path}"] .kit-log`) as HTMLElement);
    await started.flush();
    expect(started.text(TODAY_NOTE)).toBe("# 2026-11-22\n\n## Touches\n- [[Sam Rivera]]\n- [[Ana Souza]]\n- [[Kenji]]\n\n## Notes\n");
    expect(started.text(SAM)).toBe(touched("2026-11-22", "ally"));
    expect(started.text(KENJI)).toBe(touched("2026-11-22", "peer"));
    expect(notices().slice(before)).toEqual(["Logged a touch with Sam Rivera. Undo", "Logged a touch with Ana Souza. Undo", "Logged a touch with Kenji. Undo"]);
  });

  it("when the daily folder doesn't exist yet, nested: the folders and the note are made once", async () => {
    const { app, plugin, text } = await startPlugin(CONTACTS, {
      internalPlugins: { "daily-notes": { enabled: false } },
      pluginData: { "keep-in-touch": { dailyTouchLine: "create", dailyFolder: "Journal", dailyFormat: "YYYY/MM/YYYY-MM-DD" } },
    });
    await Promise.all([plugin.api.logTouch(SAM), plugin.api.logTouch(ANA), plugin.api.logTouch(KENJI)]);
    expect(text("Journal/2026/11/2026-11-22.md")).toBe("## Touches\n- [[Sam Rivera]]\n- [[Ana Souza]]\n- [[Kenji]]\n");
    expect(app.vault.writeLog.filter((w) => w.op === "create").map((w) => w.path)).toEqual(["Journal/2026/11/2026-11-22.md"]);
    expect(failures()).toEqual([]);
  });

  it("when another plugin creates today's note between the check and the create, the line goes into that note", async () => {
    const { app, plugin, text } = await startPlugin({ ...CONTACTS, ...TEMPLATE }, { internalPlugins: DAILY, pluginData: CREATE, folders: ["Daily"] });
    // Reading the template is the moment between "is today's note there?" and creating it.
    app.vault.afterNextRead("Templates/Daily.md", (vault) => vault.externalModify(TODAY_NOTE, "# Made by a template plugin\n"));
    await plugin.api.logTouch(SAM, { note: "one" });
    expect(text(TODAY_NOTE)).toBe("# Made by a template plugin\n\n## Touches\n- [[Sam Rivera]] — one\n");
    expect(failures()).toEqual([]);
  });

  it("a group touch and single touches at once share the one new note", async () => {
    const { plugin, text } = await startPlugin({ ...CONTACTS, ...TEMPLATE }, { internalPlugins: DAILY, pluginData: CREATE, folders: ["Daily"] });
    const [group] = await Promise.all([plugin.api.logGroupTouch([SAM, ANA], { kind: "meeting" }), plugin.api.logTouch(KENJI, { kind: "call" })]);
    expect(group).toMatchObject({ logged: ["Sam Rivera", "Ana Souza"], failed: [] });
    expect(text(TODAY_NOTE)).toBe("# 2026-11-22\n\n## Touches\n- [[Kenji]] call\n- [[Sam Rivera]] and [[Ana Souza]] meeting\n\n## Notes\n");
  });
});

describe("writes queued behind a rename follow the note", () => {
  /** Four touches at once; the note is moved while the first is being written. */
  async function fourTouchesAcrossAMove(started: Started, to: string): Promise<PromiseSettledResult<void>[]> {
    const { app, plugin } = started;
    app.vault.duringNextProcess(SAM, async () => {
      await app.fileManager.renameFile(app.vault.getFileByPath(SAM)!, to);
    });
    return Promise.allSettled([1, 2, 3, 4].map((i) => plugin.api.logTouch(SAM, { note: `touch ${i}` })));
  }

  const FOUR_LINES = "- 2026-11-22 — touch 1\n- 2026-11-22 — touch 2\n- 2026-11-22 — touch 3\n- 2026-11-22 — touch 4\n";

  it("renamed in its folder: all four land in the renamed note, with their daily lines", async () => {
    const started = await startPlugin({ ...CONTACTS, [TODAY_NOTE]: "# Sunday\n" }, { internalPlugins: DAILY });
    const results = await fourTouchesAcrossAMove(started, "People/Sam R.md");
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(started.text(SAM)).toBeNull();
    expect(started.text("People/Sam R.md")).toBe(`---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n${FOUR_LINES}`);
    expect(started.text(TODAY_NOTE)).toBe("# Sunday\n\n## Touches\n- [[Sam R]] — touch 1\n- [[Sam R]] — touch 2\n- [[Sam R]] — touch 3\n- [[Sam R]] — touch 4\n");
    await started.flush();
    expect(started.plugin.index.get("People/Sam R.md")?.lastTouch).toBe("2026-11-22");
  });

  it("moved into another folder: all four land there", async () => {
    const started = await startPlugin(CONTACTS, { folders: ["People/Friends"] });
    const results = await fourTouchesAcrossAMove(started, "People/Friends/Sam Rivera.md");
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(started.text("People/Friends/Sam Rivera.md")).toBe(`---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n${FOUR_LINES}`);
  });

  it("moved out of the contacts folder: the touches asked for still land in the note, wherever it went", async () => {
    // In the contacts folder only by where it was: moving it out stops tracking it, but the
    // touches were logged before that and belong to the person's history.
    const started = await startPlugin({ [SAM]: note("last_touch: 2026-09-01"), [TODAY_NOTE]: "# Sunday\n" }, { internalPlugins: DAILY, folders: ["Archive"] });
    const results = await fourTouchesAcrossAMove(started, "Archive/Sam Rivera.md");
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(started.text("Archive/Sam Rivera.md")).toBe(`---\nlast_touch: 2026-11-22\n---\n## Touches\n${FOUR_LINES}`);
    expect(started.text(TODAY_NOTE)).toContain("- [[Sam Rivera]] — touch 4\n");
    await started.flush();
    expect(started.plugin.index.get("Archive/Sam Rivera.md")).toBeUndefined();
  });

  it("a group touch: a note renamed while the one before it is written is still reached", async () => {
    const started = await startPlugin({ ...CONTACTS, [TODAY_NOTE]: "# Sunday\n" }, { internalPlugins: DAILY });
    const { app, plugin } = started;
    app.vault.duringNextProcess(SAM, async () => {
      await app.fileManager.renameFile(app.vault.getFileByPath(ANA)!, "People/Ana S.md");
    });
    const result = await plugin.api.logGroupTouch([SAM, ANA], { kind: "meeting" });
    expect(result).toMatchObject({ logged: ["Sam Rivera", "Ana Souza"], failed: [] });
    expect(started.text("People/Ana S.md")).toBe("---\ntier: mentor\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 meeting\n");
    expect(started.text(TODAY_NOTE)).toBe("# Sunday\n\n## Touches\n- [[Sam Rivera]] and [[Ana S]] meeting\n");
  });

  it("deleted while writes wait: each says the note was deleted, nothing is written anywhere", async () => {
    const started = await startPlugin({ ...CONTACTS, [TODAY_NOTE]: "# Sunday\n" }, { internalPlugins: DAILY });
    const { app, plugin } = started;
    app.vault.duringNextProcess(SAM, (vault) => vault.externalDelete(SAM));
    const results = await Promise.allSettled([1, 2, 3].map((i) => plugin.api.logTouch(SAM, { note: `touch ${i}` })));
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : "written"));
    expect(reasons).toEqual(Array(3).fill('"People/Sam Rivera.md" was deleted (or moved outside Obsidian) before the change could be written, so nothing was written.'));
    expect(started.text(SAM)).toBeNull();
    expect(started.text(TODAY_NOTE)).toBe("# Sunday\n");
    expect(app.vault.writeLog.filter((w) => w.source === "api")).toEqual([]);
  });
});
