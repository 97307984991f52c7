import { describe, expect, it } from "vitest";
import { calendarEvents, feedOptionsOf } from "../../../src/core/calendar/calendar-events";
import { writeCalendar } from "../../../src/core/calendar/ics";
import { click, findSetting, notices, openSettingTab, runCommand, selectOption, typeText } from "../../fake/harness";
import { parseFeed } from "../../core/ics-parse";
import { parseWithTsIcs } from "../../core/ics-second-parser";
import { note, startPlugin, TODAY, type Started } from "../start-plugin";

const FEED = "Keep in Touch/keep-in-touch.ics";
const FILES = {
  "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01\nbirthday: 1990-12-02"),
  "People/Ana.md": note("tier: peer\nlast_touch: 2026-10-19\nbirthday: --02-29"),
  "People/Zoë; Café, 🎂 שלום.md": note("tier: ally\nlast_touch: 2026-08-01"),
};

async function exportFeed(started: Started): Promise<string | null> {
  await runCommand(started.app, "export-calendar");
  await started.flush();
  return started.text(FEED);
}

function expectedFeed(started: Started): string {
  const { plugin } = started;
  return writeCalendar(calendarEvents(plugin.index.all(), TODAY, plugin.resolved.tiers, plugin.settings.weeklyCapacity, feedOptionsOf(plugin.settings)), plugin.now());
}

describe("Export calendar (.ics)", () => {
  it("writes the feed at the setting's path, creating the folder, and says where and how much", async () => {
    const started = await startPlugin(FILES);
    const text = await exportFeed(started);
    expect(text).toBe(expectedFeed(started));
    const events = parseFeed(text ?? "").events;
    expect(events.filter((e) => e.rrule !== null).map((e) => `${e.start} ${e.summary} ${e.rrule}`)).toEqual([
      "2000-02-29 Ana: Birthday FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
      "1990-12-02 Sam Rivera: Birthday FREQ=YEARLY",
    ]);
    expect(events.filter((e) => e.start === TODAY).map((e) => e.summary)).toEqual(["Reach out to Sam Rivera", "Reach out to Zoë; Café, 🎂 שלום"]);
    const stamp = started.plugin.now().toISOString().replace(/\.\d+Z$/, "Z");
    expect(events.every((e) => e.allDay && e.dtstamp === stamp)).toBe(true);
    expect(started.app.vault.getFolderByPath("Keep in Touch")).not.toBeNull();
    expect(notices().at(-1)).toBe(`Exported ${events.length} events to ${FEED}.`);
  });

  it("holds no more reminders this week than the weekly capacity; the people over it are on next Monday", async () => {
    const files: Record<string, string> = {};
    for (const [i, name] of ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gil"].entries()) files[`People/${name}.md`] = note(`tier: ally\nlast_touch: 2026-08-0${i + 1}`);
    const started = await startPlugin(files);
    started.plugin.settings.weeklyCapacity = 3;
    await started.plugin.saveSettings();
    const events = parseFeed((await exportFeed(started)) ?? "").events;
    const on = (date: string) => events.filter((e) => e.start === date).map((e) => e.summary.replace("Reach out to ", ""));
    expect(on(TODAY)).toEqual(["Ada", "Bo", "Cy"]);
    expect(on("2026-11-23")).toEqual(["Bo", "Cy", "Di", "Ed", "Flo", "Gil"]);
    expect(events.find((e) => e.summary === "Reach out to Gil")?.description).toBe("overdue: last touch 4 months ago; over this week's capacity, so next week\nNote: People/Gil.md");
  });

  it("replaces the file on a re-export, keeping the UIDs of what didn't change", async () => {
    const started = await startPlugin(FILES);
    const first = parseFeed((await exportFeed(started)) ?? "").events;
    await started.plugin.api.logTouch("People/Sam Rivera.md", { kind: "call" });
    await started.flush();
    const text = await exportFeed(started);
    expect(text).toBe(expectedFeed(started));
    const second = parseFeed(text ?? "").events;
    expect(second.filter((e) => e.start === TODAY).map((e) => e.summary)).toEqual(["Reach out to Zoë; Café, 🎂 שלום"]);
    const uidOf = (events: typeof first, summary: string) => events.find((e) => e.summary === summary)?.uid;
    for (const summary of ["Sam Rivera: Birthday", "Ana: Birthday", "Reach out to Zoë; Café, 🎂 שלום"]) {
      expect(uidOf(second, summary)).toBeDefined();
      expect(uidOf(second, summary)).toBe(uidOf(first, summary));
    }
    const writes = started.app.vault.writeLog.filter((w) => w.path === FEED).map((w) => w.op);
    expect(writes).toEqual(["create", "modify"]);
  });

  it("writes where the setting says, normalising the path the user typed", async () => {
    const started = await startPlugin(FILES);
    const tab = openSettingTab(started.app);
    typeText(findSetting(tab.containerEl, "Calendar file").querySelector("input") as HTMLInputElement, "/Calendars//people.ICS");
    expect(started.plugin.settings.icsPath).toBe("Calendars/people.ICS");
    await runCommand(started.app, "export-calendar");
    await started.flush();
    expect(started.text("Calendars/people.ICS")).toBe(expectedFeed(started));
  });

  it("refuses a path without .ics in the settings, and keeps the last good one", async () => {
    const started = await startPlugin(FILES);
    const tab = openSettingTab(started.app);
    const setting = findSetting(tab.containerEl, "Calendar file");
    typeText(setting.querySelector("input") as HTMLInputElement, "Calendars/people.md");
    expect(setting.querySelector(".kit-error")?.textContent).toBe(`The calendar file must be a file name ending in .ics; "Calendars/people.md" isn't.`);
    expect(started.plugin.settings.icsPath).toBe(FEED);
  });

  it("says clearly when the path is a folder or has another extension, and writes nothing", async () => {
    const started = await startPlugin({ ...FILES, "Feeds/people.ics/readme.md": "a folder named like a file\n" });
    started.plugin.settings.icsPath = "Feeds/people.ics";
    await runCommand(started.app, "export-calendar");
    await started.flush();
    expect(notices().at(-1)).toBe(`Couldn't export the calendar: "Feeds/people.ics" is a folder. Set the calendar file to a file name ending in .ics.`);

    started.plugin.settings.icsPath = "Feeds/people.txt";
    await runCommand(started.app, "export-calendar");
    await started.flush();
    expect(notices().at(-1)).toBe(`Couldn't export the calendar: The calendar file must be a file name ending in .ics; "Feeds/people.txt" isn't.`);
    expect(started.app.vault.writeLog.filter((w) => w.path.startsWith("Feeds/"))).toEqual([]);
  });

  it("never writes outside the vault, whatever the settings file says: it refuses with the reason and writes nothing", async () => {
    const started = await startPlugin(FILES);
    const refusals = {
      "../../outside.ics": `".." would lead out of the vault`,
      "Feeds/../../../outside.ics": `".." would lead out of the vault`,
      "..\\..\\outside.ics": `".." would lead out of the vault`,
      "C:\\Users\\sam\\outside.ics": `"C:" makes it a path outside the vault; write a path inside it, from its top folder`,
      "\\\\server\\share\\outside.ics": "it is a network path; write a path inside the vault",
      ".obsidian/outside.ics": `".obsidian" starts with a dot, and Obsidian hides such names`,
      "Feeds./outside.ics": `"Feeds." starts or ends with a space, or ends with a dot, which Windows and iCloud drop`,
    };
    for (const [path, reason] of Object.entries(refusals)) {
      started.plugin.settings.icsPath = path;
      await runCommand(started.app, "export-calendar");
      await started.flush();
      expect(notices().at(-1)).toBe(`Couldn't export the calendar: The calendar file "${path}" can't be used: ${reason}. Change it in the settings, under Calendar feed.`);
    }
    expect(started.app.vault.writeLog).toEqual([]);
    expect(started.app.vault.getAllLoadedFiles().map((f) => f.path).filter((p) => p !== "/" && !p.startsWith("People"))).toEqual([]);
  });

  it("says clearly when a file stands where a folder of the path should be", async () => {
    const started = await startPlugin({ ...FILES, Feeds: "a file, not a folder\n" });
    started.plugin.settings.icsPath = "Feeds/people.ics";
    await runCommand(started.app, "export-calendar");
    await started.flush();
    expect(notices().at(-1)).toBe(`Couldn't export the calendar: "Feeds" is a file, so the calendar can't go in a folder of that name.`);
    expect(started.text("Feeds")).toBe("a file, not a folder\n");
  });

  it("writes the heads-ups and the names the settings tab chose, and the last touch's note when details are on", async () => {
    const started = await startPlugin({
      ...FILES,
      "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01\nbirthday: 1990-12-02\ntopics: [cycling]", "## Touches\n- 2026-09-01 coffee → — her move to [[Lisbon]]\n"),
    });
    const tab = openSettingTab(started.app).containerEl;
    const touches = findSetting(tab, "Heads-up for planned touches");
    selectOption(touches.querySelector("select") as HTMLSelectElement, "1");
    typeText(touches.querySelector("input") as HTMLInputElement, "18:30");
    selectOption(findSetting(tab, "Heads-up for dates").querySelector("select") as HTMLSelectElement, "none");
    selectOption(findSetting(tab, "Names in the calendar").querySelector("select") as HTMLSelectElement, "first");
    click(findSetting(tab, "Topics and notes in the calendar").querySelector(".checkbox-container") as HTMLElement);
    expect(started.plugin.settings).toMatchObject({ touchAlarm: { daysBefore: 1, time: "18:30" }, dateAlarm: null, feedNames: "first", feedDetails: true });
    await started.flush();
    const saved = JSON.parse((await started.app.vault.adapter.read(".obsidian/plugins/keep-in-touch/data.json"))) as Record<string, unknown>;
    expect(saved).toMatchObject({ touchAlarm: { daysBefore: 1, time: "18:30" }, dateAlarm: null, feedNames: "first", feedDetails: true });

    const text = (await exportFeed(started)) ?? "";
    const events = parseWithTsIcs(text);
    const sam = events.find((e) => e.summary === "Reach out to Sam");
    expect(sam?.description).toBe("overdue: last touch 3 months ago\nTopics: cycling\nLast time (2026-09-01): her move to Lisbon");
    // The day before at 18:30: 5 h 30 min before the day starts.
    expect(sam?.alarms).toEqual([{ action: "DISPLAY", description: "Reach out to Sam", before: true, weeks: 0, days: 0, hours: 5, minutes: 30, seconds: 0 }]);
    expect(events.find((e) => e.summary === "Sam: Birthday")?.alarms).toEqual([]);
    expect(text).not.toContain("Rivera");
  });
});
