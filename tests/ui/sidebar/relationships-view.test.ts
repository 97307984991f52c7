import { describe, expect, it } from "vitest";
import { click, clickRibbonIcon, currentSuggestions, getView, lastMenu, lastModal, modalReady, notices, selectOption, typeText } from "../../fake/harness";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../../../src/ui/sidebar/relationships-view";
import { LogTouchModal } from "../../../src/ui/modals/log-touch-modal";
import { NewContactModal } from "../../../src/ui/modals/new-contact-modal";
import { MapWizardModal } from "../../../src/ui/wizard/map-wizard-modal";
import { ImportFormatPicker } from "../../../src/ui/import/start-import";
import type { ImportFormat } from "../../../src/core/import/formats";
import { note, setListWidth, startPlugin, openView } from "../../obsidian/start-plugin";

const VAULT = {
  "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01\ntopics: [hiring]"), // 82 days: overdue
  "People/Kenji.md": note("tier: aspirational\nlast_touch: 2026-03-01"), // 266 days: overdue, less so for its cadence
  "People/Ana Souza.md": note("tier: mentor\nlast_touch: 2026-09-20"), // 63 days: due
  "People/Noor.md": note("tier: peer"), // never: due
  "People/Gus.md": note("tier: peer\nlast_touch: 2026-11-20"), // ok
  "People/Hal.md": note("tier: peer\nsnooze_until: 2026-12-24"),
  "People/Ivy.md": note("tier: peer\nstatus: paused"),
  "People/Broken.md": "---\ntier: ally\nx: [\n---\n",
};

function names(view: RelationshipsView, section: string): string[] {
  return Array.from(view.contentEl.querySelectorAll(`.kit-section-${section} .kit-row .kit-name`)).map((el) => el.textContent ?? "");
}

function row(view: RelationshipsView, path: string): HTMLElement {
  const el = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${path}"]`);
  if (!el) throw new Error(`no row for ${path}`);
  return el;
}

describe("the relationships view", () => {
  it("opens in the right sidebar from the command and the ribbon, once", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    expect(view.leaf.getRoot()).toBe(started.app.workspace.rightSplit);
    clickRibbonIcon(started.app, "Open relationships");
    await started.flush();
    expect(started.app.workspace.getLeavesOfType(VIEW_TYPE_RELATIONSHIPS)).toHaveLength(1);
  });

  it("lists overdue (most overdue first), then due soon, then a count of everyone else", async () => {
    const view = await openView(await startPlugin(VAULT));
    expect(names(view, "overdue")).toEqual(["Sam Rivera", "Kenji"]);
    expect(names(view, "due")).toEqual(["Ana Souza", "Broken", "Noor"]);
    expect(view.contentEl.querySelector(".kit-rest-summary")?.textContent).toBe("1 other on track, 1 snoozed, 1 paused");
    expect(view.contentEl.querySelectorAll(".kit-rest .kit-row")).toHaveLength(0);
  });

  it("puts one line under each name, chosen by priority, and the rest in its tooltip and on a wide view's third line", async () => {
    const view = await openView(await startPlugin(VAULT));
    const line = (path: string) => row(view, path).querySelector(".kit-row-line");
    expect(line("People/Sam Rivera.md")?.textContent).toBe("overdue by 6 weeks");
    expect(line("People/Sam Rivera.md")?.classList.contains("kit-tone-late")).toBe(true);
    expect(line("People/Ana Souza.md")?.textContent).toBe("last touch 9 weeks ago");
    expect(line("People/Noor.md")?.textContent).toBe("never touched");
    expect(row(view, "People/Broken.md").querySelector(".kit-row-line .kit-warning")?.getAttribute("aria-label")).toMatch(/not valid YAML/);
    const sam = row(view, "People/Sam Rivera.md");
    // The name is alone on its line; what the row leaves out is its tooltip and its description.
    expect(sam.querySelector(".kit-name")?.parentElement).toBe(sam);
    expect(sam.querySelector(".kit-name")?.getAttribute("title")).toBe(
      ["Close allies, every 2–6 weeks", "Last touch 3 months ago (2026-09-01)", "Warmth: half-life 6 months; last touch 3 months ago: 73%"].join("\n"),
    );
    expect(sam.querySelector(".kit-name")?.getAttribute("aria-description")).toBe(sam.querySelector(".kit-name")?.getAttribute("title"));
    // A narrow view draws no third line; a wide one does.
    expect(sam.querySelector(".kit-row-facts")).toBeNull();
    setListWidth(view, 600);
    expect(view.contentEl.classList.contains("is-wide")).toBe(true);
    expect(row(view, "People/Sam Rivera.md").querySelector(".kit-row-facts .kit-tier")?.textContent).toBe("Close allies");
    expect(row(view, "People/Sam Rivera.md").querySelector(".kit-row-facts .kit-tier")?.getAttribute("title")).toBe("every 2–6 weeks");
    expect(row(view, "People/Sam Rivera.md").querySelector(".kit-row-facts .kit-last-touch")?.textContent).toBe("last touch 3 months ago");
    setListWidth(view, 300);
    expect(view.contentEl.classList.contains("is-wide")).toBe(false);
    expect(row(view, "People/Sam Rivera.md").querySelector(".kit-row-facts")).toBeNull();
  });

  it("opens the list of everyone else on demand, and keeps it open across redraws", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    const details = view.contentEl.querySelector("details.kit-rest") as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
    expect(Array.from(details.querySelectorAll(".kit-name")).map((e) => e.textContent)).toEqual(["Gus", "Hal", "Ivy"]);
    expect(row(view, "People/Hal.md").querySelector(".kit-row-line")?.textContent).toBe("snoozed until 2026-12-24");
    view.render();
    expect(view.contentEl.querySelectorAll(".kit-rest .kit-row")).toHaveLength(3);
  });

  it("filters by tier and by text", async () => {
    const view = await openView(await startPlugin(VAULT));
    selectOption(view.contentEl.querySelector(".kit-tier-filter") as HTMLSelectElement, "ally");
    expect(names(view, "overdue")).toEqual(["Sam Rivera"]);
    expect(names(view, "due")).toEqual([]);
    selectOption(view.contentEl.querySelector(".kit-tier-filter") as HTMLSelectElement, "");
    typeText(view.contentEl.querySelector(".kit-text-filter") as HTMLInputElement, "hiring");
    expect(names(view, "overdue")).toEqual(["Sam Rivera"]);
    expect(names(view, "due")).toEqual([]);
    expect(view.contentEl.querySelector(".kit-section-due .kit-none")?.textContent).toBe("Nobody is due soon.");
  });

  it("says in one quiet line that nobody is due, instead of two empty lists", async () => {
    const calm = (view: RelationshipsView) => (view.contentEl.querySelector(".kit-people.is-caught-up .kit-caught-up")?.textContent ?? null);
    const quiet = await openView(await startPlugin({ "People/Gus.md": VAULT["People/Gus.md"], "People/Hal.md": VAULT["People/Hal.md"] }));
    expect(calm(quiet)).toBe("Nobody is overdue or due soon: everyone is within their rhythm.");
    expect(quiet.contentEl.querySelector(".kit-rest-text")?.textContent).toBe("1 other on track, 1 snoozed");

    const busy = await openView(await startPlugin(VAULT));
    expect(calm(busy)).toBeNull();
    expect(busy.contentEl.querySelector(".kit-people")?.hasClass("is-caught-up")).toBe(false);
    typeText(busy.contentEl.querySelector(".kit-text-filter") as HTMLInputElement, "gus");
    expect(calm(busy)).toBe("Nobody here is overdue or due soon.");
    typeText(busy.contentEl.querySelector(".kit-text-filter") as HTMLInputElement, "");
    expect(calm(busy)).toBeNull();
    expect(names(busy, "overdue")).toEqual(["Sam Rivera", "Kenji"]);
  });

  it("logs a touch in one click and moves the row live", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    click(row(view, "People/Sam Rivera.md").querySelector(".kit-log") as HTMLElement);
    await started.flush();
    expect(started.text("People/Sam Rivera.md")).toBe("---\ntier: ally\nlast_touch: 2026-11-22\ntopics: [hiring]\n---\n## Touches\n- 2026-11-22\n");
    expect(names(view, "overdue")).toEqual(["Kenji"]);
    expect(view.contentEl.querySelector(".kit-rest-summary")?.textContent).toBe("2 others on track, 1 snoozed, 1 paused");
    expect(notices().at(-1)).toBe("Logged a touch with Sam Rivera. Undo");
  });

  it("re-renders once when a note changes outside the plugin", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    const renders = view.renders;
    started.app.vault.externalModify("People/Gus.md", note("tier: peer\nlast_touch: 2026-01-01"));
    await started.flush();
    expect(names(view, "overdue")).toEqual(["Gus", "Sam Rivera", "Kenji"]);
    expect(view.renders - renders).toBe(1);
  });

  it("offers details, snoozes and opening the note in the row menu", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    click(row(view, "People/Sam Rivera.md").querySelector(".kit-more") as HTMLElement);
    const menu = lastMenu();
    expect(menu?.items.map((i) => i.title)).toEqual(["Details and history", "Log touch with details…", "Copy a message starter…", "Snooze 1 week", "Snooze 1 month", "Snooze until…", "Log a group touch with…", "Set place and time zone…", "Let fade…", "Open note"]);
    menu?.items.find((i) => i.title === "Snooze 1 month")?.dom.click();
    await started.flush();
    expect(started.text("People/Sam Rivera.md")).toBe("---\ntier: ally\nlast_touch: 2026-09-01\ntopics: [hiring]\nsnooze_until: 2026-12-22\n---\n");
    expect(names(view, "overdue")).toEqual(["Kenji"]);

    click(row(view, "People/Kenji.md").querySelector(".kit-more") as HTMLElement);
    lastMenu()?.items.find((i) => i.title === "Log touch with details…")?.dom.click();
    expect(lastModal()).toBeInstanceOf(LogTouchModal);

    click(row(view, "People/Kenji.md").querySelector(".kit-more") as HTMLElement);
    lastMenu()?.items.find((i) => i.title === "Open note")?.dom.click();
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe("People/Kenji.md");
  });

  it("offers to wake a snoozed contact", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    const details = view.contentEl.querySelector("details.kit-rest") as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
    click(row(view, "People/Hal.md").querySelector(".kit-more") as HTMLElement);
    const wake = lastMenu()?.items.find((i) => i.title === "Wake now");
    wake?.dom.click();
    await started.flush();
    expect(started.text("People/Hal.md")).toBe(note("tier: peer\nsnooze_until:"));
  });

  it("opens the note when the name is clicked", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    click(row(view, "People/Ana Souza.md").querySelector(".kit-name") as HTMLElement);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe("People/Ana Souza.md");
  });

  it("shows names as text, never as HTML", async () => {
    const started = await startPlugin({
      "People/<img src=x onerror=alert(1)>.md": note("tier: ally"),
      "People/Ana | Nana # [ops] 🌻.md": note("tier: ally"),
    });
    const view = await openView(started);
    expect(names(view, "due").sort()).toEqual(["<img src=x onerror=alert(1)>", "Ana | Nana # [ops] 🌻"]);
    expect(view.contentEl.querySelector("img")).toBeNull();
  });

  it("leads an empty vault to the relationship map, with import and a new contact beside it, and draws nothing else", async () => {
    const started = await startPlugin({ "Notes/x.md": "x" });
    const view = await openView(started);
    expect(view.contentEl.querySelector(".kit-empty p")?.textContent).toMatch(/^No contacts yet\. Notes in People\//);
    const buttons = Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".kit-empty button"));
    expect(buttons.map((b) => [b.textContent, b.classList.contains("mod-cta")])).toEqual([
      ["Build your relationship map", true],
      ["Import contacts…", false],
      ["New contact", false],
    ]);
    // No filter, no menu, no practice, no lists.
    const shown = (selector: string) => {
      const el = view.contentEl.querySelector<HTMLElement>(selector);
      return el !== null && el.style.display !== "none";
    };
    expect(shown(".kit-toolbar")).toBe(false);
    expect(shown(".kit-practice-area")).toBe(false);
    expect(view.contentEl.querySelector(".kit-section, .kit-rest, .kit-part")).toBeNull();

    click(buttons[0] as HTMLElement);
    expect(lastModal()).toBeInstanceOf(MapWizardModal);
    lastModal()?.close();
    click(buttons[1] as HTMLElement);
    const formats = lastModal<ImportFormatPicker>() as ImportFormatPicker;
    expect(formats).toBeInstanceOf(ImportFormatPicker);
    await modalReady(formats);
    expect(currentSuggestions<ImportFormat>(formats).map((f) => f.id)).toEqual(["vcard", "google", "linkedin"]);
    formats.close();
    click(buttons[2] as HTMLElement);
    expect(lastModal()).toBeInstanceOf(NewContactModal);
    lastModal()?.close();

    // The first contact brings the view in.
    started.app.vault.externalModify("People/Ana.md", note("tier: peer"));
    await started.flush();
    expect(shown(".kit-toolbar")).toBe(true);
    expect(view.contentEl.querySelector(".kit-empty")).toBeNull();
    expect(names(view, "due")).toEqual(["Ana"]);
  });

  it("says it is reading before the index is built", async () => {
    const started = await startPlugin(VAULT, { ready: false });
    const leaf = started.app.workspace.getRightLeaf(false);
    await leaf?.setViewState({ type: VIEW_TYPE_RELATIONSHIPS });
    const view = getView<RelationshipsView>(started.app, VIEW_TYPE_RELATIONSHIPS);
    expect(view?.contentEl.querySelector(".kit-empty")?.textContent).toBe("Reading your contacts…");
  });
});
