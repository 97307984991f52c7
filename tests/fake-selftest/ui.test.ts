import { FuzzySuggestModal, Menu, Modal, Notice, Setting, SuggestModal, type App, type TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { chooseSuggestion, createFakeApp, currentSuggestions, lastMenu, lastModal, modalReady, noticeLog, notices, openModals, setSuggestQuery, suggestionEls, typeText } from "../fake/harness";

class Hello extends Modal {
  closed = false;

  override onOpen(): void {
    this.setTitle("Hello");
    this.contentEl.createEl("p", { text: "body" });
  }

  override onClose(): void {
    this.closed = true;
    this.contentEl.empty();
  }
}

class PersonSuggest extends SuggestModal<string> {
  chosen: string[] = [];

  constructor(app: App, private readonly people: string[]) {
    super(app);
  }

  getSuggestions(query: string): string[] {
    return this.people.filter((p) => p.toLowerCase().includes(query.toLowerCase()));
  }

  renderSuggestion(value: string, el: HTMLElement): void {
    el.createDiv({ text: value });
  }

  onChooseSuggestion(item: string): void {
    this.chosen.push(item);
  }
}

class FileSuggest extends FuzzySuggestModal<TFile> {
  chosen: TFile | null = null;

  getItems(): TFile[] {
    return this.app.vault.getMarkdownFiles();
  }

  getItemText(item: TFile): string {
    return item.basename;
  }

  onChooseItem(item: TFile): void {
    this.chosen = item;
  }
}

describe("UI fakes", () => {
  it("Modal opens into document.body and closes", async () => {
    const app = createFakeApp();
    const m = new Hello(app);
    m.open();
    await modalReady(m);
    expect(lastModal<Hello>()).toBe(m);
    expect(document.body.contains(m.modalEl)).toBe(true);
    expect(m.titleEl.getText()).toBe("Hello");
    expect(m.contentEl.querySelector("p")?.textContent).toBe("body");
    m.close();
    expect(m.closed).toBe(true);
    expect(document.body.contains(m.modalEl)).toBe(false);
    expect(openModals).toEqual([]);
  });

  it("SuggestModal: query, rendered suggestions, choose (closes first)", async () => {
    const app = createFakeApp();
    const m = new PersonSuggest(app, ["Ann Lee", "Bob Stone", "Annabel"]);
    m.open();
    await modalReady(m);
    expect(suggestionEls(m)).toHaveLength(3);
    await setSuggestQuery(m, "ann");
    expect(currentSuggestions(m)).toEqual(["Ann Lee", "Annabel"]);
    expect(suggestionEls(m).map((el) => el.textContent)).toEqual(["Ann Lee", "Annabel"]);
    await setSuggestQuery(m, "zzz");
    expect(m.resultContainerEl.querySelector(".suggestion-empty")?.textContent).toBe("No results found.");
    await setSuggestQuery(m, "bob");
    await chooseSuggestion(m, 0);
    expect(m.chosen).toEqual(["Bob Stone"]);
    expect(openModals).toEqual([]);
  });

  it("FuzzySuggestModal wraps items in {item, match}", async () => {
    const app = createFakeApp({ files: { "People/Ann Lee.md": "", "People/Bob.md": "" } });
    const m = new FileSuggest(app);
    m.open();
    await setSuggestQuery(m, "al");
    const matches = currentSuggestions(m);
    expect(matches.map((x) => x.item.basename)).toEqual(["Ann Lee"]);
    expect(matches[0]?.match.matches.length).toBeGreaterThan(0);
    expect(suggestionEls(m)[0]?.querySelector(".suggestion-highlight")).not.toBeNull();
    await chooseSuggestion(m, 0);
    expect(m.chosen?.path).toBe("People/Ann Lee.md");
  });

  it("Menu records items; a test can click one", () => {
    const clicked: string[] = [];
    const menu = new Menu();
    menu.addItem((i) => i.setTitle("Log touch").setIcon("check").setSection("action").onClick(() => clicked.push("log")));
    menu.addSeparator();
    menu.addItem((i) => i.setTitle("Disabled").setDisabled(true).onClick(() => clicked.push("disabled")));
    menu.showAtMouseEvent(new MouseEvent("contextmenu", { clientX: 3, clientY: 4 }));
    const shown = lastMenu();
    expect(shown).toBe(menu);
    expect(shown?.titles).toEqual(["Log touch", "Disabled"]);
    expect(shown?.items[0]?.icon).toBe("check");
    expect(shown?.entries).toHaveLength(3); // with the separator
    shown?.click("Disabled");
    expect(clicked).toEqual([]);
    shown?.click("Log touch");
    expect(clicked).toEqual(["log"]);
    expect(shown?.shown).toBe(false); // clicking an item hides the menu
  });

  it("file-menu event: plugins add items to the file context menu", () => {
    const app = createFakeApp({ files: { "Ann.md": "" } });
    app.workspace.on("file-menu", (menu, file) => menu.addItem((i) => i.setTitle(`Touch ${file.name}`)));
    const menu = app.workspace.openFileMenu(app.vault.getFileByPath("Ann.md") as TFile);
    expect(menu.titles).toEqual(["Touch Ann.md"]);
    expect(lastMenu()).toBe(menu);
  });

  it("Notice records messages (setMessage updates, hide flags)", () => {
    const n = new Notice("Saving…", 0);
    n.setMessage("Saved");
    new Notice(createFragment((f) => f.createSpan({ text: "frag" })));
    n.hide();
    expect(notices()).toEqual(["Saved", "frag"]);
    expect(noticeLog[0]?.history).toEqual(["Saving…", "Saved"]);
    expect(noticeLog[0]?.hidden).toBe(true);
    expect(noticeLog[0]?.duration).toBe(0);
  });

  it("Setting controls are real DOM elements wired to callbacks", () => {
    const el = createDiv();
    const got: unknown[] = [];
    new Setting(el)
      .setName("Cadence")
      .setDesc("days")
      .addText((t) => t.setPlaceholder("30").onChange((v) => got.push(v)))
      .addTextArea((t) => t.onChange((v) => got.push(`area:${v}`)))
      .addSlider((s) => s.setLimits(1, 10, 1).setValue(3).onChange((v) => got.push(v)))
      .addExtraButton((b) => b.setIcon("trash").onClick(() => got.push("extra")));
    const setting = el.querySelector(".setting-item") as HTMLElement;
    expect(setting.querySelector(".setting-item-name")?.textContent).toBe("Cadence");
    expect(setting.querySelector(".setting-item-description")?.textContent).toBe("days");
    const input = setting.querySelector("input[type=text]") as HTMLInputElement;
    expect(input.placeholder).toBe("30");
    typeText(input, "14");
    typeText(setting.querySelector("textarea") as HTMLTextAreaElement, "x");
    const slider = setting.querySelector("input[type=range]") as HTMLInputElement;
    slider.value = "7";
    slider.dispatchEvent(new Event("change"));
    (setting.querySelector(".extra-setting-button") as HTMLElement).click();
    expect(got).toEqual(["14", "area:x", 7, "extra"]);
  });
});
