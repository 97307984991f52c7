import { describe, expect, it } from "vitest";
import { notices, runCommand } from "../fake/harness";
import { note, startPlugin } from "./start-plugin";

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" } } };
const CONTACTS = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01"),
  [ANA]: note("tier: mentor\nlast_touch: 2026-09-01"),
};

function contact(started: Awaited<ReturnType<typeof startPlugin>>, name: string) {
  return started.plugin.api.getContacts().find((c) => c.name === name);
}

describe("mentions count as touches", () => {
  it("a link in a daily note is a touch on that day, and the source is the daily note", async () => {
    const started = await startPlugin({ ...CONTACTS, "Daily/2026-11-20.md": "Coffee with [[Sam Rivera]].\n" }, { internalPlugins: DAILY });
    expect(contact(started, "Sam Rivera")).toMatchObject({ lastTouch: "2026-11-20", lastTouchSource: "Daily/2026-11-20.md", state: "ok" });
    expect(contact(started, "Ana Souza")).toMatchObject({ lastTouch: "2026-09-01", state: "due" });
  });

  it("open tasks, embeds, code and quotes don't count; completed tasks and display aliases do", async () => {
    const started = await startPlugin(
      {
        ...CONTACTS,
        "Daily/2026-11-18.md": "- [ ] call [[Sam Rivera]]\n![[Ana Souza]]\n> [[Sam Rivera]] said\n```\n[[Ana Souza]]\n```\n",
        "Daily/2026-11-19.md": "- [x] sent [[Ana Souza|Ana]] the deck\n",
      },
      { internalPlugins: DAILY },
    );
    expect(contact(started, "Sam Rivera")?.lastTouch).toBe("2026-09-01");
    expect(contact(started, "Ana Souza")).toMatchObject({ lastTouch: "2026-11-19", lastTouchSource: "Daily/2026-11-19.md" });
  });

  it("a note named like a daily note counts anywhere; one dated in the future doesn't count yet", async () => {
    const started = await startPlugin({ ...CONTACTS, "Meetings/2026-11-21.md": "[[Sam Rivera]]\n", "Meetings/2026-12-01.md": "Plan with [[Ana Souza]]\n" }, { internalPlugins: DAILY });
    expect(contact(started, "Sam Rivera")?.lastTouch).toBe("2026-11-21");
    expect(contact(started, "Ana Souza")).toMatchObject({ lastTouch: "2026-09-01" });
    expect(contact(started, "Ana Souza")?.warnings[0]).toMatch(/dated in the future \(2026-12-01\)/);
  });

  it("a future note starts counting on its day, without a rebuild", async () => {
    const started = await startPlugin({ ...CONTACTS, "Meetings/2026-11-23.md": "Lunch with [[Ana Souza]]\n" }, { internalPlugins: DAILY });
    let changes = 0;
    started.plugin.index.on("changed", () => changes++);
    expect(contact(started, "Ana Souza")?.lastTouch).toBe("2026-09-01");
    started.plugin.now = () => new Date(2026, 10, 23, 8, 0);
    await started.plugin.index.refresh();
    expect(contact(started, "Ana Souza")).toMatchObject({ lastTouch: "2026-11-23", lastTouchSource: "Meetings/2026-11-23.md", warnings: [] });
    expect(changes).toBe(1);
    expect(started.plugin.index.work.builds).toBe(1);
  });

  it("rebuilds when the daily-note settings change in another plugin", async () => {
    const started = await startPlugin({ ...CONTACTS, "Journal/20.11.2026.md": "[[Sam Rivera]]\n" }, { internalPlugins: DAILY });
    expect(contact(started, "Sam Rivera")?.lastTouch).toBe("2026-09-01");
    started.app.internalPlugins.set("daily-notes", { options: { folder: "Journal", format: "DD.MM.YYYY" } });
    await started.plugin.index.refresh();
    expect(contact(started, "Sam Rivera")?.lastTouch).toBe("2026-11-20");
  });

  it("meeting notes with a date property count when that setting is on", async () => {
    const files = { ...CONTACTS, "Meetings/Partner sync.md": note("date: 2026-11-15", "With [[Ana Souza]].\n") };
    const off = await startPlugin(files, { internalPlugins: DAILY });
    expect(contact(off, "Ana Souza")?.lastTouch).toBe("2026-09-01");
    const on = await startPlugin(files, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { countDatePropertyNotes: true } } });
    expect(contact(on, "Ana Souza")).toMatchObject({ lastTouch: "2026-11-15", lastTouchSource: "Meetings/Partner sync.md" });
  });

  it("follows the settings: only under a heading, nothing, or opted out per contact", async () => {
    const files = { ...CONTACTS, [ANA]: note("tier: mentor\nlast_touch: 2026-09-01\nignore_mentions: true"), "Daily/2026-11-20.md": "[[Ana Souza]]\n## People\n- [[Sam Rivera]]\n## Reading\n[[Ana Souza]]\n" };
    const heading = await startPlugin({ ...files, [ANA]: CONTACTS[ANA] }, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { mentionMode: "heading", mentionHeading: "People" } } });
    expect(contact(heading, "Sam Rivera")?.lastTouch).toBe("2026-11-20");
    expect(contact(heading, "Ana Souza")?.lastTouch).toBe("2026-09-01");
    const off = await startPlugin(files, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { mentionMode: "off" } } });
    expect(contact(off, "Sam Rivera")?.lastTouch).toBe("2026-09-01");
    const optOut = await startPlugin(files, { internalPlugins: DAILY });
    expect(contact(optOut, "Sam Rivera")?.lastTouch).toBe("2026-11-20");
    expect(contact(optOut, "Ana Souza")?.lastTouch).toBe("2026-09-01");
  });

  it("updates when a daily note changes, is renamed or deleted, re-resolving only those it mentions", async () => {
    const started = await startPlugin({ ...CONTACTS, "Daily/2026-11-20.md": "[[Sam Rivera]]\n" }, { internalPlugins: DAILY });
    const { app, plugin, flush } = started;
    const before = plugin.index.work.resolved;
    app.vault.externalModify("Daily/2026-11-20.md", "[[Sam Rivera]] and [[Ana Souza]]\n");
    await flush();
    expect(contact(started, "Ana Souza")?.lastTouch).toBe("2026-11-20");
    expect(plugin.index.work.resolved - before).toBe(2);
    expect(plugin.index.work.builds).toBe(1);

    app.vault.externalRename("Daily/2026-11-20.md", "Daily/2026-11-21.md");
    await flush();
    expect(contact(started, "Sam Rivera")).toMatchObject({ lastTouch: "2026-11-21", lastTouchSource: "Daily/2026-11-21.md" });

    app.vault.externalDelete("Daily/2026-11-21.md");
    await flush();
    expect(contact(started, "Sam Rivera")?.lastTouch).toBe("2026-09-01");
  });

  it("follows a renamed contact: Obsidian rewrites the links and the index keeps the mention", async () => {
    const started = await startPlugin({ ...CONTACTS, "Daily/2026-11-20.md": "Lunch with [[Sam Rivera]].\n" }, { internalPlugins: DAILY });
    const { app, flush } = started;
    await app.fileManager.renameFile(app.vault.getFileByPath(SAM)!, "People/Samantha Rivera.md");
    await flush();
    expect(started.text("Daily/2026-11-20.md")).toBe("Lunch with [[Samantha Rivera]].\n");
    expect(contact(started, "Samantha Rivera")).toMatchObject({ lastTouch: "2026-11-20", lastTouchSource: "Daily/2026-11-20.md" });
  });

  it("counts a link written before the contact existed once the contact note is created", async () => {
    const started = await startPlugin({ "Daily/2026-11-20.md": "Met [[Noor Haddad]] at the meetup.\n" }, { internalPlugins: DAILY });
    started.app.vault.externalModify("People/Noor Haddad.md", note("tier: peer"));
    await started.flush();
    expect(contact(started, "Noor Haddad")).toMatchObject({ lastTouch: "2026-11-20", lastTouchSource: "Daily/2026-11-20.md" });
  });

  it("reads Periodic Notes' settings in both shapes, and prefers them when the plugins disagree", async () => {
    const periodic = (settings: unknown) => ({ settings, onload() {}, load() {}, unload() {} });
    for (const settings of [{ daily: { enabled: true, folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } }, { calendarSets: [{ id: "default", day: { enabled: true, folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } }], activeCalendarSet: "default" }]) {
      const started = await startPlugin({ ...CONTACTS, "Journal/2026/11/2026-11-20.md": "[[Sam Rivera]]\n", "Daily/2026-11-19.md": "[[Ana Souza]]\n" }, { internalPlugins: DAILY, ready: false });
      started.app.plugins.plugins["periodic-notes"] = periodic(settings) as never;
      started.app.plugins.enabledPlugins.add("periodic-notes");
      const daily = started.plugin.dailyNoteSettings();
      expect(daily).toMatchObject({ source: "periodic-notes", config: { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } });
      expect(daily.notes[0]).toMatch(/Periodic Notes' are used/);
    }
  });
});

describe("touches land in the daily note", () => {
  it("adds a line under the heading of today's note when it exists", async () => {
    const started = await startPlugin({ ...CONTACTS, "Daily/2026-11-22.md": "# Sunday\n\n## Touches\n- [[Ana Souza]] coffee\n\n## Notes\nquiet day\n" }, { internalPlugins: DAILY });
    await started.plugin.api.logTouch(SAM, { kind: "call", note: "caught up" });
    expect(started.text("Daily/2026-11-22.md")).toBe("# Sunday\n\n## Touches\n- [[Ana Souza]] coffee\n- [[Sam Rivera]] call — caught up\n\n## Notes\nquiet day\n");
    expect(started.text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 call — caught up\n");
    await started.flush();
    // Logged and linked on the same day: counted once.
    expect(started.plugin.index.get(SAM)?.touchDates.filter((d) => d === "2026-11-22")).toHaveLength(1);
  });

  it("by default doesn't create today's note", async () => {
    const started = await startPlugin(CONTACTS, { internalPlugins: DAILY });
    await started.plugin.api.logTouch(SAM);
    expect(started.text("Daily/2026-11-22.md")).toBeNull();
  });

  it("creates today's note from the template, and the folder, when set to", async () => {
    const started = await startPlugin(
      { ...CONTACTS, "Templates/Daily.md": "# {{date:dddd, D MMMM}}\n\n## Touches\n\n## Notes\n" },
      { internalPlugins: { "daily-notes": { enabled: true, options: { folder: "Journal/Days", format: "YYYY-MM-DD", template: "Templates/Daily" } } }, pluginData: { "keep-in-touch": { dailyTouchLine: "create" } } },
    );
    await started.plugin.api.logTouch(SAM, { note: "birthday" });
    expect(started.text("Journal/Days/2026-11-22.md")).toBe("# Sunday, 22 November\n\n## Touches\n- [[Sam Rivera]] — birthday\n\n## Notes\n");
  });

  it("creates an empty note without a template, and a nested folder", async () => {
    const started = await startPlugin(CONTACTS, {
      internalPlugins: { "daily-notes": { enabled: false } },
      pluginData: { "keep-in-touch": { dailyTouchLine: "create", dailyFolder: "Journal", dailyFormat: "YYYY/MM/YYYY-MM-DD" } },
    });
    await started.plugin.api.logTouch(SAM);
    expect(started.text("Journal/2026/11/2026-11-22.md")).toBe("## Touches\n- [[Sam Rivera]]\n");
  });

  it("keeps the touch and explains when the template is missing", async () => {
    const started = await startPlugin(CONTACTS, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { dailyTouchLine: "create" } } });
    await started.plugin.api.logTouch(SAM);
    expect(started.text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n");
    expect(started.text("Daily/2026-11-22.md")).toBeNull();
    expect(notices().at(-1)).toBe('The touch is logged, but the daily note wasn\'t updated: The daily note template "Templates/Daily.md" doesn\'t exist, so today\'s daily note wasn\'t created. Fix the template setting or create the note.');
  });

  it("keeps the touch and explains when the daily format can't produce a path", async () => {
    const started = await startPlugin({ ...CONTACTS }, { internalPlugins: { "daily-notes": { enabled: true, options: { format: "gggg-[W]ww" } } }, pluginData: { "keep-in-touch": { dailyTouchLine: "create" } } });
    await started.plugin.api.logTouch(SAM);
    expect(started.text(SAM)).toContain("- 2026-11-22");
    expect(notices().at(-1)).toMatch(/The daily note format "gggg-\[W\]ww" doesn't name one note per day/);
  });

  it("writes nothing to daily notes when turned off", async () => {
    const started = await startPlugin({ ...CONTACTS, "Daily/2026-11-22.md": "# Today\n" }, { internalPlugins: DAILY, pluginData: { "keep-in-touch": { dailyTouchLine: "off" } } });
    await started.plugin.api.logTouch(SAM);
    expect(started.text("Daily/2026-11-22.md")).toBe("# Today\n");
  });
});

describe("the touch plan", () => {
  it("writes open tasks under its heading once, and ticking one logs the touch", async () => {
    const started = await startPlugin({ ...CONTACTS, "Daily/2026-11-22.md": "# Sunday\n", "Templates/Daily.md": "" }, { internalPlugins: DAILY });
    const { app, flush } = started;
    await runCommand(app, "add-touch-plan");
    const plan = "# Sunday\n\n## Touch plan\n- [ ] [[Sam Rivera]] — overdue 6 weeks\n- [ ] [[Ana Souza]] — due\n";
    expect(started.text("Daily/2026-11-22.md")).toBe(plan);
    expect(notices().at(-1)).toBe("Added a touch plan with 2 people to today's daily note. Undo");
    await flush();
    // An open task is an intention, not a touch.
    expect(contact(started, "Sam Rivera")?.lastTouch).toBe("2026-09-01");

    await runCommand(app, "add-touch-plan");
    expect(started.text("Daily/2026-11-22.md")).toBe(plan);
    expect(notices().at(-1)).toBe("Today's daily note already has a touch plan.");

    const writes = app.vault.writeLog.length;
    app.vault.externalModify("Daily/2026-11-22.md", plan.replace("- [ ] [[Sam Rivera]]", "- [x] [[Sam Rivera]]"));
    await flush();
    expect(contact(started, "Sam Rivera")).toMatchObject({ lastTouch: "2026-11-22", lastTouchSource: "Daily/2026-11-22.md", state: "ok" });
    // A note that arrives by sync is never edited automatically.
    expect(app.vault.writeLog.slice(writes).filter((w) => w.source === "api")).toEqual([]);
  });

  it("creates today's note for the plan when it is missing", async () => {
    const started = await startPlugin({ ...CONTACTS, "Templates/Daily.md": "# {{title}}\n" }, { internalPlugins: DAILY });
    await runCommand(started.app, "add-touch-plan");
    expect(started.text("Daily/2026-11-22.md")).toBe("# 2026-11-22\n\n## Touch plan\n- [ ] [[Sam Rivera]] — overdue 6 weeks\n- [ ] [[Ana Souza]] — due\n");
  });

  it("says so when nobody is due", async () => {
    const started = await startPlugin({ [SAM]: note("tier: ally\nlast_touch: 2026-11-21") }, { internalPlugins: DAILY });
    await runCommand(started.app, "add-touch-plan");
    expect(notices().at(-1)).toBe("Nobody is due today, so there is no touch plan to add.");
    expect(started.text("Daily/2026-11-22.md")).toBeNull();
  });
});
