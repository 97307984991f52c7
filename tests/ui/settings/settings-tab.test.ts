import { describe, expect, it } from "vitest";
import { click, findSetting, openSettingTab, typeText } from "../../fake/harness";
import { nextRebuild, note, startPlugin } from "../../obsidian/start-plugin";

const VAULT = {
  "People/Sam.md": note("tier: ally"),
  "Contacts/Ana.md": note("circle: mentor"),
};

describe("the settings tab", () => {
  it("groups settings under headings made with setHeading()", async () => {
    const { app } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent);
    expect(headings).toEqual(["Contacts", "Properties", "Tiers", "Touch log", "Daily notes", "Mentions", "Promises and dates", "Reciprocity", "Planning", "Reach out", "Message starters", "Calendar feed", "Terminal digest", "Review", "Places and time zones", "Import", "Capture"]);
    expect(tab.containerEl.querySelector("h1, h2, h3, h4")).toBeNull();
  });

  it("names every field, number and list for a screen reader, after its row", async () => {
    const { app } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    const controls = Array.from(tab.containerEl.querySelectorAll("input, select, textarea"));
    expect(controls.length).toBeGreaterThan(20);
    expect(controls.filter((c) => !c.getAttribute("aria-label")).map((c) => c.outerHTML)).toEqual([]);
    expect(findSetting(tab.containerEl, "Contacts folder").querySelector("input")?.getAttribute("aria-label")).toBe("Contacts folder");
  });

  it("applies a new folder and property key at once, without a restart", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    typeText(findSetting(tab.containerEl, "Contacts folder").querySelector("input") as HTMLInputElement, "Contacts/");
    typeText(findSetting(tab.containerEl, "Tier").querySelector("input") as HTMLInputElement, "circle");
    await nextRebuild(plugin);
    await flush();
    expect(plugin.settings.contactsFolder).toBe("Contacts");
    expect(plugin.api.getContacts().map((c) => [c.name, c.tier])).toEqual([["Ana", "Mentors"]]);
    expect(await app.vault.adapter.read(".obsidian/plugins/keep-in-touch/data.json")).toContain('"contactsFolder": "Contacts"');
  });

  it("edits tiers: new ranges, a new tier, removal", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    const allies = tab.containerEl.querySelectorAll<HTMLElement>(".kit-tier-setting")[0] as HTMLElement;
    const [label, dueFrom, overdueAfter] = Array.from(allies.querySelectorAll<HTMLInputElement>("input"));
    typeText(label as HTMLInputElement, "Inner circle");
    typeText(dueFrom as HTMLInputElement, "1w");
    typeText(overdueAfter as HTMLInputElement, "3w");
    await nextRebuild(plugin);
    await flush();
    expect(plugin.api.getContacts()[0]).toMatchObject({ tier: "Inner circle", dueFromDays: 7, cadenceDays: 21 });

    const add = Array.from(tab.containerEl.querySelectorAll("button")).find((b) => b.textContent === "Add tier") as HTMLElement;
    click(add);
    await nextRebuild(plugin);
    expect(plugin.settings.tiers.map((t) => t.id)).toEqual(["ally", "peer", "mentor", "aspirational", "tier-5"]);
    expect(tab.containerEl.querySelectorAll(".kit-tier-setting")).toHaveLength(5);
    const lastRow = tab.containerEl.querySelectorAll<HTMLElement>(".kit-tier-setting")[4] as HTMLElement;
    click(lastRow.querySelectorAll(".extra-setting-button, .clickable-icon")[1] as HTMLElement);
    await nextRebuild(plugin);
    expect(plugin.settings.tiers.map((t) => t.id)).toEqual(["ally", "peer", "mentor", "aspirational"]);
  });

  it("shows a tier range that can't work as a problem, and keeps going", async () => {
    const { app, plugin } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    const allies = tab.containerEl.querySelectorAll<HTMLElement>(".kit-tier-setting")[0] as HTMLElement;
    typeText(allies.querySelectorAll<HTMLInputElement>("input")[1] as HTMLInputElement, "soon");
    await nextRebuild(plugin);
    openSettingTab(app);
    expect(tab.containerEl.querySelector(".kit-settings-problems")?.textContent).toMatch(/Tier "Close allies": due from: "soon" is not a cadence/);
    expect(plugin.api.getContacts()).toHaveLength(1);
  });

  it("adds and removes date properties", async () => {
    const { app, plugin } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    click(Array.from(tab.containerEl.querySelectorAll("button")).find((b) => b.textContent === "Add date property") as HTMLElement);
    await nextRebuild(plugin);
    const rows = tab.containerEl.querySelectorAll<HTMLElement>(".kit-date-key-setting");
    expect(rows).toHaveLength(3);
    const [key, label] = Array.from((rows[2] as HTMLElement).querySelectorAll<HTMLInputElement>("input[type=text], input:not([type])"));
    typeText(key as HTMLInputElement, "work_anniversary");
    typeText(label as HTMLInputElement, "At the company since");
    expect(plugin.settings.dateKeys.at(-1)).toEqual({ key: "work_anniversary", label: "At the company since", anniversary: false });
  });

  it("reads touch kinds as a comma-separated list", async () => {
    const { app, plugin } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    typeText(findSetting(tab.containerEl, "Touch kinds").querySelector("textarea") as HTMLTextAreaElement, "call, voice note, , coffee");
    expect(plugin.settings.touchKinds).toEqual(["call", "voice-note", "coffee"]);
  });
});
