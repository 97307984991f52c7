import { describe, expect, it } from "vitest";
import { chooseSuggestion, click, currentSuggestions, findSetting, lastModal, modalReady, openSettingTab, runCommand, typeText } from "../../fake/harness";
import { AlumniModal, CompanyPickerModal } from "../../../src/ui/import/alumni-modal";
import { GroupTouchModal } from "../../../src/ui/modals/group-touch-modal";
import { ImportFilePicker } from "../../../src/ui/import/import-file-picker";
import { note, openView, startPlugin } from "../../obsidian/start-plugin";

const SAM = "People/Sam Rivera.md";
const ELIF = "People/Elif Kaya.md";
const WEI = "People/Wei Zhang.md";
const ANA = "People/Ana Souza.md";
const BEN = "People/Ben Carter.md";
const VAULT = {
  [SAM]: note("tier: ally\ncompany: Globex\npast_companies:\n  - Acme Robotics\nlast_touch: 2026-01-01"),
  [ELIF]: note("tier: peer\ncompany: Acme Robotics\nrole: Designer\nlast_touch: 2026-11-20"),
  [WEI]: note("tier: peer\ncompany: Stark Industries\npast_companies: [Acme Robotics Inc.]"),
  [ANA]: note("tier: mentor\ncompany: globex"),
  [BEN]: note("tier: peer\nlast_touch: 2026-01-05"),
};

function shownPaths(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>(".kit-list .kit-row")).map((r) => r.dataset.path ?? "");
}

describe("by company, in the view", () => {
  it("lists companies with who is there now and who used to be, and filters the view to one", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    const part = view.contentEl.querySelector<HTMLDetailsElement>(".kit-companies")!;
    expect(part.open).toBe(false);
    expect(part.querySelector(".kit-company")).toBeNull();
    part.open = true;
    part.dispatchEvent(new Event("toggle"));
    const companies = () => Array.from(view.contentEl.querySelectorAll<HTMLElement>(".kit-company"));
    expect(companies().map((c) => c.textContent)).toEqual(["Acme Robotics1 now, 2 before", "Globex2 now", "Stark Industries1 now"]);

    expect(shownPaths(view.contentEl)).toContain(BEN);
    click(companies()[0]!);
    await started.flush();
    expect(shownPaths(view.contentEl).sort()).toEqual([SAM, WEI]);
    expect(view.contentEl.querySelector(".kit-company-filter-label")?.textContent).toBe("Acme Robotics: now and before");
    expect(companies()[0]?.getAttribute("aria-pressed")).toBe("true");

    click(view.contentEl.querySelector(".kit-company-clear")!);
    await started.flush();
    expect(shownPaths(view.contentEl)).toContain(BEN);
    expect(view.contentEl.querySelector(".kit-company-filter")).toBeNull();
  });
});

describe("Alumni of…", () => {
  it("picks a company and lists its people most overdue first, each with a log button, and a group touch for all", async () => {
    const started = await startPlugin(VAULT);
    await runCommand(started.app, "alumni-of");
    const picker = lastModal<CompanyPickerModal>() as CompanyPickerModal;
    await modalReady(picker);
    expect(currentSuggestions(picker).map((m) => m.item.name)).toEqual(["Acme Robotics", "Globex", "Stark Industries"]);
    await chooseSuggestion(picker, 0);
    const modal = lastModal<AlumniModal>() as AlumniModal;
    expect(modal).toBeInstanceOf(AlumniModal);
    const rows = () => Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".kit-alumni-row")).map((r) => `${r.querySelector(".kit-name")?.textContent} — ${r.querySelector(".kit-muted")?.textContent}`);
    expect(modal.titleEl.textContent).toBe("Alumni of Acme Robotics");
    expect(rows()).toEqual([
      "Sam Rivera — left; now at Globex · last touch 11 months ago",
      "Wei Zhang — left; now at Stark Industries · never touched",
      "Elif Kaya — there now as Designer · last touch 2 days ago",
    ]);

    click(modal.contentEl.querySelector(`.kit-alumni-row[data-path="${WEI}"] .kit-log`)!);
    await started.flush();
    expect(started.text(WEI)).toBe(note("tier: peer\ncompany: Stark Industries\npast_companies: [Acme Robotics Inc.]\nlast_touch: 2026-11-22", "## Touches\n- 2026-11-22\n"));
    expect(rows()[2]).toBe("Wei Zhang — left; now at Stark Industries · last touch today");

    click(modal.contentEl.querySelector(".kit-alumni-group")!);
    const group = lastModal<GroupTouchModal>() as GroupTouchModal;
    expect(group).toBeInstanceOf(GroupTouchModal);
    await modalReady(group);
    expect(group.contentEl.querySelector(".kit-group-count")?.textContent).toBe("3 selected");
  });

  it("says so when no contact names a company", async () => {
    const started = await startPlugin({ [BEN]: VAULT[BEN] });
    await runCommand(started.app, "alumni-of");
    const picker = lastModal<CompanyPickerModal>() as CompanyPickerModal;
    await modalReady(picker);
    expect(picker.resultContainerEl.textContent).toBe("No contact names a company yet. Import your LinkedIn connections, or add company and past_companies to notes.");
  });
});

describe("the import file picker", () => {
  it("puts a dropped file in the vault and offers it first", async () => {
    const started = await startPlugin({ ...VAULT, "old.vcf": "BEGIN:VCARD\nEND:VCARD\n" });
    await runCommand(started.app, "import-vcard");
    const picker = lastModal<ImportFilePicker>() as ImportFilePicker;
    await modalReady(picker);
    const drop = (name: string) => {
      const event = new Event("drop", { bubbles: true, cancelable: true });
      Object.defineProperty(event, "dataTransfer", { value: { files: [new File(["BEGIN:VCARD\nFN:Sam Rivera\nEND:VCARD\n"], name)] } });
      picker.modalEl.dispatchEvent(event);
    };
    drop("phone contacts.vcf");
    await started.flush();
    expect(started.text("phone contacts.vcf")).toBe("BEGIN:VCARD\nFN:Sam Rivera\nEND:VCARD\n");
    expect(currentSuggestions(picker).map((m) => m.item.path)).toEqual(["phone contacts.vcf", "old.vcf"]);
    expect(picker.resultContainerEl.querySelector(".kit-suggestion-meta")?.textContent).toBe("Just added to the vault");
    drop("phone contacts.vcf");
    await started.flush();
    expect(currentSuggestions(picker).map((m) => m.item.path)).toEqual(["phone contacts 1.vcf", "phone contacts.vcf", "old.vcf"]);
    drop("photo.png");
    await started.flush();
    expect(picker.inputEl.placeholder).toBe("That isn't a .vcf file: drop the vCard export.");
    // A dropped file's name follows the same rule as a note's: nothing hidden, nothing outside the vault.
    drop("..\\..\\escape.vcf");
    drop("con.vcf");
    drop(".vcf");
    await started.flush();
    expect(currentSuggestions(picker).map((m) => m.item.path).slice(0, 3).sort()).toEqual(["con (contact).vcf", "contacts.vcf", "escape.vcf"]);
    expect(started.app.vault.getFiles().filter((f) => f.path.includes("..") || f.name.startsWith("."))).toEqual([]);
  });
});

describe("the import setting", () => {
  it("keeps the template path normalized and says when no note is there", async () => {
    const started = await startPlugin({ ...VAULT, "Templates/Person.md": "## Touches\n" });
    const tab = openSettingTab(started.app);
    const setting = findSetting(tab.containerEl, "Template for new contacts");
    const input = setting.querySelector("input") as HTMLInputElement;
    typeText(input, "Templates//Person.md ");
    expect(started.plugin.settings.importTemplate).toBe("Templates/Person.md");
    expect(setting.querySelector(".kit-error")?.textContent).toBe("");
    typeText(input, "Templates/Nobody");
    expect(setting.querySelector(".kit-error")?.textContent).toBe('No note at "Templates/Nobody" yet: imports will stop until it exists.');
    typeText(input, "Templates/Person");
    expect(setting.querySelector(".kit-error")?.textContent).toBe("");
  });
});
