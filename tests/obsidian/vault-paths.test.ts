/**
 * Every path the plugin writes to, creates, or reads a template from, when a person
 * gave it (its own settings, the daily-note plugins' settings, a dropped file), stays
 * inside the vault: a bad one is refused beside its field as it is typed, and at the
 * moment of writing with a message, and nothing is written anywhere.
 */
import { describe, expect, it } from "vitest";
import { findSetting, lastModal, modalReady, notices, openSettingTab, runCommand, typeText } from "../fake/harness";
import type { App } from "../fake/app";
import { NewContactModal } from "../../src/ui/modals/new-contact-modal";
import { ImportReviewModal } from "../../src/ui/import/import-review-modal";
import { ImportFilePicker } from "../../src/ui/import/import-file-picker";
import { note, startPlugin } from "./start-plugin";
import { chooseSuggestion, currentSuggestions } from "../fake/harness";

const SAM = "People/Sam Rivera.md";
const VAULT = { [SAM]: note("tier: ally\nlast_touch: 2026-09-01"), "Templates/Daily.md": "# Day\n" };
const OUT = `"../Elsewhere" can't be used: ".." would lead out of the vault.`;

/** Anything in the vault whose path leaves it or hides: there must be none. */
function strayPaths(app: App): string[] {
  return app.vault
    .getAllLoadedFiles()
    .map((f) => f.path)
    .filter((path) => path.split("/").some((part) => part === ".." || part.startsWith(".")));
}

/** Types into a setting's field in an open settings tab, and says what the field says beside it. */
function typeInto(tab: HTMLElement, name: string, value: string): string {
  const setting = findSetting(tab, name);
  typeText(setting.querySelector("input") as HTMLInputElement, value);
  return setting.querySelector(".kit-error")?.textContent ?? "";
}

describe("paths the settings give", () => {
  it("are refused beside their field as they are typed, and the last good one is kept", async () => {
    // The daily notes fields are there when neither the Daily notes plugin nor Periodic Notes is on.
    const started = await startPlugin(VAULT, { internalPlugins: { "daily-notes": { enabled: false } } });
    const { settings } = started.plugin;
    const tab = openSettingTab(started.app).containerEl;
    expect(typeInto(tab, "Contacts folder", "../Elsewhere")).toBe(OUT);
    expect(settings.contactsFolder).toBe("People");
    expect(typeInto(tab, "Contacts folder", "C:\\People")).toBe(`"C:\\People" can't be used: "C:" makes it a path outside the vault; write a path inside it, from its top folder.`);
    expect(typeInto(tab, "Contacts folder", "Friends//Close/")).toBe("");
    expect(settings.contactsFolder).toBe("Friends/Close");
    expect(typeInto(tab, "Contacts folder", "")).toBe("");
    expect(settings.contactsFolder).toBe("");

    expect(typeInto(tab, "Daily notes folder", "../Elsewhere")).toBe(OUT);
    expect(typeInto(tab, "Daily notes folder", "/Journal/")).toBe("");
    expect(settings.dailyFolder).toBe("Journal");
    expect(typeInto(tab, "Daily note format", "../YYYY-MM-DD")).toBe(`The daily note format "../YYYY-MM-DD" doesn't produce a usable file name.`);
    expect(typeInto(tab, "Daily note format", "[.]YYYY-MM-DD")).toBe(`The daily note would be "Journal/.2026-11-22.md", which can't be used: ".2026-11-22.md" starts with a dot, and Obsidian hides such names.`);
    expect(settings.dailyFormat).toBe("YYYY-MM-DD");
    expect(typeInto(tab, "Daily note format", "YYYY/MM/DD")).toBe("");
    expect(settings.dailyFormat).toBe("YYYY/MM/DD");
    expect(typeInto(tab, "Daily note template", "../Elsewhere")).toBe(OUT);
    expect(settings.dailyTemplate).toBe("");
    expect(typeInto(tab, "Template for new contacts", "../Elsewhere")).toBe(OUT);
    expect(settings.importTemplate).toBe("");
    expect(typeInto(tab, "Calendar file", "../Elsewhere/people.ics")).toBe(`"../Elsewhere/people.ics" can't be used: ".." would lead out of the vault.`);
    expect(settings.icsPath).toBe("Keep in Touch/keep-in-touch.ics");

    const starters = findSetting(tab, "Starters note");
    typeText(starters.querySelector("input") as HTMLInputElement, "../Elsewhere");
    await started.flush();
    expect(starters.querySelector(".kit-starters-note-status")?.textContent).toBe(OUT);
    expect(settings.startersNote).toBe("");
  });

  it("that came another way (a hand-edited settings file) are shown with their problem when the settings open", async () => {
    const started = await startPlugin(VAULT, { pluginData: { "keep-in-touch": { contactsFolder: "../Elsewhere", icsPath: ".obsidian/people.ics" } } });
    const tab = openSettingTab(started.app).containerEl;
    expect(findSetting(tab, "Contacts folder").querySelector(".kit-error")?.textContent).toBe(OUT);
    expect(findSetting(tab, "Calendar file").querySelector(".kit-error")?.textContent).toBe(`".obsidian/people.ics" can't be used: ".obsidian" starts with a dot, and Obsidian hides such names.`);
  });
});

describe("at the moment of writing", () => {
  it("New contact refuses a contacts folder outside the vault and creates nothing", async () => {
    const started = await startPlugin(VAULT);
    started.plugin.settings.contactsFolder = "../Elsewhere";
    const modal = new NewContactModal(started.plugin.host);
    modal.open();
    await modalReady(modal);
    typeText(modal.contentEl.querySelector("input") as HTMLInputElement, "Priya Raman");
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toBe(`The contacts folder ${OUT} Change it in the settings, under Contacts.`);
    expect(strayPaths(started.app)).toEqual([]);
    expect(started.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual([SAM, "Templates/Daily.md"]);
  });

  it("an import refuses a contacts folder outside the vault before writing anything", async () => {
    const vcf = "BEGIN:VCARD\nVERSION:3.0\nFN:Lea Martin\nEND:VCARD\n";
    const started = await startPlugin({ ...VAULT, "contacts.vcf": vcf });
    started.plugin.settings.contactsFolder = "../Elsewhere";
    await runCommand(started.app, "import-vcard");
    const picker = lastModal<ImportFilePicker>() as ImportFilePicker;
    await modalReady(picker);
    await chooseSuggestion(picker, currentSuggestions(picker).findIndex((m) => m.item.path === "contacts.vcf"));
    const modal = lastModal<ImportReviewModal>() as ImportReviewModal;
    await modal.ready;
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-import-status")?.textContent).toBe(`The contacts folder ${OUT} Change it in the settings, under Contacts. Nothing was imported.`);
    expect(strayPaths(started.app)).toEqual([]);
    expect(started.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual([SAM, "Templates/Daily.md"]);
  });

  it("a daily note folder outside the vault, from these settings or the Daily notes plugin's, keeps the touch and creates no daily note", async () => {
    const OWN = { "daily-notes": { enabled: false } };
    const own = await startPlugin(VAULT, { internalPlugins: OWN, pluginData: { "keep-in-touch": { dailyTouchLine: "create", dailyFolder: "../Elsewhere" } } });
    await own.plugin.api.logTouch(SAM, { note: "coffee" });
    expect(own.text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 — coffee\n");
    expect(notices().at(-1)).toBe(
      `The touch is logged, but the daily note wasn't updated: The daily note would be "../Elsewhere/2026-11-22.md", which can't be used: ".." would lead out of the vault. Change where daily notes go in the daily notes settings.`,
    );
    expect(strayPaths(own.app)).toEqual([]);

    const core = await startPlugin(VAULT, {
      internalPlugins: { "daily-notes": { enabled: true, options: { folder: "..\\Elsewhere", format: "YYYY-MM-DD" } } },
      pluginData: { "keep-in-touch": { dailyTouchLine: "create" } },
    });
    const where = findSetting(openSettingTab(core.app).containerEl, "Where daily notes are");
    expect(where.querySelector(".kit-error")?.textContent).toBe(
      `The daily note would be "../Elsewhere/2026-11-22.md", which can't be used: ".." would lead out of the vault. Change it in that plugin's settings.`,
    );
    await core.plugin.api.logTouch(SAM);
    expect(notices().at(-1)).toMatch(/^The touch is logged, but the daily note wasn't updated: The daily note would be ".*", which can't be used: ".." would lead out of the vault\./);
    expect(strayPaths(core.app)).toEqual([]);
  });

  it("a daily note template outside the vault is refused with its reason, and the touch stands", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: { "daily-notes": { enabled: false } }, pluginData: { "keep-in-touch": { dailyTouchLine: "create", dailyTemplate: "../Templates/Daily" } } });
    await started.plugin.api.logTouch(SAM);
    expect(started.text(SAM)).toContain("- 2026-11-22\n");
    expect(notices().at(-1)).toBe(
      `The touch is logged, but the daily note wasn't updated: The daily note template "../Templates/Daily.md" can't be used: ".." would lead out of the vault. Today's daily note wasn't created; change the template in the daily notes settings.`,
    );
    expect(started.text("2026-11-22.md")).toBeNull();
  });
});
