import { AbstractInputSuggest, Plugin, type App, type TFile, type TFolder } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, createFakeApp, currentSuggestions, loadPlugin, setSuggestQuery, triggerLayoutReady } from "../fake/harness";

class NameSuggest extends AbstractInputSuggest<string> {
  constructor(app: App, el: HTMLInputElement, private readonly names: string[]) {
    super(app, el);
  }

  protected getSuggestions(query: string): string[] {
    return this.names.filter((n) => n.startsWith(query));
  }

  renderSuggestion(value: string, el: HTMLElement): void {
    el.setText(value);
  }
}

class CreateCounter extends Plugin {
  seen: string[] = [];

  override onload(): void {
    this.registerEvent(this.app.vault.on("create", (f) => this.seen.push(f.path)));
  }
}

describe("fake extras", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("cache updates and settle() keep working under vi.useFakeTimers()", async () => {
    vi.useFakeTimers();
    const app = createFakeApp({ files: { "a.md": "" } });
    let changed = 0;
    app.metadataCache.on("changed", () => changed++);
    app.vault.externalModify("a.md", "# A");
    await app.metadataCache.settle();
    expect(changed).toBe(1);
    app.vault.externalModify("a.md", "# B");
    app.metadataCache.flushNow(); // synchronous alternative
    expect(changed).toBe(2);
    expect(app.metadataCache.getCache("a.md")?.headings?.[0]?.heading).toBe("B");
  });

  it("processFrontMatter rewrites the YAML block and keeps the body", async () => {
    const app = createFakeApp({ files: { "a.md": "---\ntier: A\nkeep: 1\n---\nbody\n", "b.md": "no fm\n", "bad.md": "---\na: [\n---\n" } });
    await app.fileManager.processFrontMatter(app.vault.getFileByPath("a.md") as TFile, (fm: Record<string, unknown>) => {
      fm.tier = "B";
      delete fm.keep;
      fm.last = "2024-05-01";
    });
    expect(app.vault.peekText("a.md")).toBe("---\ntier: B\nlast: 2024-05-01\n---\nbody\n");
    await app.fileManager.processFrontMatter(app.vault.getFileByPath("b.md") as TFile, (fm: Record<string, unknown>) => (fm.x = 1));
    expect(app.vault.peekText("b.md")).toBe("---\nx: 1\n---\nno fm\n");
    await expect(app.fileManager.processFrontMatter(app.vault.getFileByPath("bad.md") as TFile, () => {})).rejects.toThrow();
    expect(app.vault.peekText("bad.md")).toBe("---\na: [\n---\n");
  });

  it("renameFile updates links to the renamed note; generateMarkdownLink follows the config", async () => {
    const app = createFakeApp({ files: { "People/Ann.md": "", "index.md": "See [[Ann]], [[Ann#Work|her job]] and [md](People/Ann.md).\n" } });
    await app.fileManager.renameFile(app.vault.getFileByPath("People/Ann.md") as TFile, "People/Ann Lee.md");
    expect(app.vault.peekText("index.md")).toBe("See [[Ann Lee]], [[Ann Lee#Work|her job]] and [md](Ann%20Lee.md).\n");
    const ann = app.vault.getFileByPath("People/Ann Lee.md") as TFile;
    expect(app.fileManager.generateMarkdownLink(ann, "index.md")).toBe("[[Ann Lee]]");
    expect(app.fileManager.generateMarkdownLink(ann, "index.md", "#Work", "Ann")).toBe("[[Ann Lee#Work|Ann]]");
    app.vault.setConfig("useMarkdownLinks", true);
    expect(app.fileManager.generateMarkdownLink(ann, "index.md")).toBe("[Ann Lee](Ann%20Lee.md)");
  });

  it("core plugin settings are seedable (Daily notes)", () => {
    const app = createFakeApp({ internalPlugins: { "daily-notes": { enabled: true, options: { folder: "Journal", format: "YYYY-MM-DD" } } } });
    const daily = app.internalPlugins.getPluginById("daily-notes");
    expect(daily?.enabled).toBe(true);
    expect(daily?.instance.options).toEqual({ folder: "Journal", format: "YYYY-MM-DD" });
    expect(app.internalPlugins.getPluginById("templates")?.enabled).toBe(true);
    app.internalPlugins.set("daily-notes", { enabled: false });
    expect(app.internalPlugins.getEnabledPluginById("daily-notes")).toBeNull();
  });

  it("startup can replay vault create events like Obsidian's initial load", async () => {
    const app = createFakeApp({ files: { "A/x.md": "" } });
    const plugin = await loadPlugin(CreateCounter, app, { id: "counter" });
    await triggerLayoutReady(app, { replayCreateEvents: true });
    expect(plugin.seen).toEqual(["A", "A/x.md"]);
  });

  it("AbstractInputSuggest suggests under an input and reports the choice", async () => {
    const app = createFakeApp();
    const input = document.body.createEl("input");
    const picked: string[] = [];
    const s = new NameSuggest(app, input, ["Ann", "Anna", "Bob"]).onSelect((v) => {
      picked.push(v);
      s.setValue(v);
      s.close();
    });
    await setSuggestQuery(s, "An");
    expect(currentSuggestions(s)).toEqual(["Ann", "Anna"]);
    await chooseSuggestion(s, 1);
    expect(picked).toEqual(["Anna"]);
    expect(input.value).toBe("Anna");
  });

  it("a folder rename updates every descendant and its cache", async () => {
    const app = createFakeApp({ files: { "P/a.md": "# A", "P/Q/b.md": "# B" } });
    const renamed: string[] = [];
    app.vault.on("rename", (f, old) => renamed.push(`${old}>${f.path}`));
    await app.vault.rename(app.vault.getFolderByPath("P") as TFolder, "People");
    expect(renamed).toEqual(["P>People", "P/a.md>People/a.md", "P/Q>People/Q", "P/Q/b.md>People/Q/b.md"]);
    expect(app.metadataCache.getCache("People/Q/b.md")?.headings?.[0]?.heading).toBe("B");
  });
});
