import { describe, expect, it } from "vitest";
import { chooseSuggestion, click, currentSuggestions, lastModal, modalReady, notices, runCommand, selectOption, setSuggestQuery, typeText } from "../../fake/harness";
import type { Contact } from "../../../src/core/contacts/contact";
import { LogTouchModal } from "../../../src/ui/modals/log-touch-modal";
import { ContactSuggestModal } from "../../../src/ui/modals/contact-suggest-modal";
import { NewContactModal } from "../../../src/ui/modals/new-contact-modal";
import { SnoozeModal } from "../../../src/ui/modals/snooze-modal";
import { note, startPlugin } from "../../obsidian/start-plugin";

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01"),
  [ANA]: note("tier: mentor\nlast_touch: 2026-11-01"),
  "Notes/Plain.md": "plain\n",
};

function modalOf<T>(type: new (...args: never[]) => T): T {
  const modal = lastModal<unknown>();
  expect(modal).toBeInstanceOf(type);
  return modal as T;
}

function input(modal: { contentEl: HTMLElement }, selector: string): HTMLInputElement {
  const el = modal.contentEl.querySelector<HTMLInputElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

describe("Log touch…", () => {
  it("uses the active note when it is a contact, then asks for date, kind and note", async () => {
    const { app, text } = await startPlugin(VAULT);
    await app.workspace.setActiveFile(app.vault.getFileByPath(SAM));
    await runCommand(app, "log-touch");
    const modal = modalOf(LogTouchModal);
    await modalReady(modal);
    expect(modal.titleEl.textContent).toBe("Log a touch with Sam Rivera");
    const [date, noteInput] = Array.from(modal.contentEl.querySelectorAll<HTMLInputElement>("input"));
    expect(date?.value).toBe("2026-11-22");
    typeText(date as HTMLInputElement, "2026-11-20");
    click(modal.contentEl.querySelector('.kit-chip[data-value="coffee"]') as HTMLElement);
    click(modal.contentEl.querySelector('.kit-chip[data-value="in"]') as HTMLElement);
    typeText(noteInput as HTMLInputElement, "  talked about the \t new role ");
    noteInput?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-20\n---\n## Touches\n- 2026-11-20 coffee ← — talked about the new role\n");
    expect(lastModal()).toBeNull();
    expect(notices().at(-1)).toBe("Logged a touch with Sam Rivera on 2026-11-20. Undo");
  });

  it("sets kind, direction and exchange with one keystroke each; a second press clears, another replaces", async () => {
    const { plugin, text } = await startPlugin(VAULT);
    const modal = new LogTouchModal(plugin.host, plugin.index.get(SAM) as Contact);
    modal.open();
    await modalReady(modal);
    const press = (code: string) => modal.onShortcut(new KeyboardEvent("keydown", { code, altKey: true }));
    press("Digit7");
    press("Digit2");
    press("KeyI");
    press("KeyI");
    press("KeyO");
    press("KeyG");
    press("KeyA");
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-chip.is-active")).map((b) => b.getAttribute("data-value"))).toEqual(["congrats", "out", "asked"]);
    expect(await modal.submit()).toBe(true);
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 congrats → asked\n");
  });

  it("asks for a contact first when the active note isn't one, most overdue first", async () => {
    const { app, text } = await startPlugin(VAULT);
    await app.workspace.setActiveFile(app.vault.getFileByPath("Notes/Plain.md"));
    await runCommand(app, "log-touch");
    const picker = modalOf(ContactSuggestModal);
    await modalReady(picker);
    expect(currentSuggestions(picker).map((m) => (m as { item: Contact }).item.name)).toEqual(["Sam Rivera", "Ana Souza"]);
    await setSuggestQuery(picker, "ana");
    await chooseSuggestion(picker, 0);
    const modal = modalOf(LogTouchModal);
    await modalReady(modal);
    expect(await modal.submit()).toBe(true);
    expect(text(ANA)).toBe("---\ntier: mentor\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n");
  });

  it("stays open with the reason when the note can't be written", async () => {
    const broken = "---\ntier: ally\nx: [\n---\n";
    const { app, plugin, text } = await startPlugin({ [SAM]: broken });
    const contact = plugin.index.get(SAM) as Contact;
    const modal = new LogTouchModal(plugin.host, contact);
    modal.open();
    await modalReady(modal);
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toMatch(/^Couldn't log this touch: The note's properties are not valid YAML/);
    expect(lastModal()).toBe(modal);
    expect(text(SAM)).toBe(broken);
    expect(app.vault.peekText(SAM)).toBe(broken);
  });

  it("writes to the renamed note when the note is renamed while the modal is open", async () => {
    const { app, plugin, text } = await startPlugin(VAULT);
    const modal = new LogTouchModal(plugin.host, plugin.index.get(SAM) as Contact);
    modal.open();
    await modalReady(modal);
    await app.fileManager.renameFile(app.vault.getFileByPath(SAM)!, "People/Sam R.md");
    expect(await modal.submit()).toBe(true);
    expect(text("People/Sam R.md")).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n");
  });

  it("says the note is gone when it is deleted while the modal is open, and creates nothing", async () => {
    const { app, plugin, text } = await startPlugin(VAULT);
    const modal = new LogTouchModal(plugin.host, plugin.index.get(SAM) as Contact);
    modal.open();
    await modalReady(modal);
    app.vault.externalDelete(SAM);
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toMatch(/renamed or deleted/);
    expect(text(SAM)).toBeNull();
  });
});

describe("Snooze contact…", () => {
  it("snoozes the active contact for a week", async () => {
    const { app, text } = await startPlugin(VAULT);
    await app.workspace.setActiveFile(app.vault.getFileByPath(SAM));
    await runCommand(app, "snooze-contact");
    const modal = modalOf(SnoozeModal);
    await modalReady(modal);
    const week = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "One week");
    week?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-09-01\nsnooze_until: 2026-11-29\n---\n");
    expect(notices().at(-1)).toBe("Snoozed Sam Rivera until 2026-11-29. Undo");
  });

  it("refuses a date that isn't after today", async () => {
    const { plugin, text } = await startPlugin(VAULT);
    const modal = new SnoozeModal(plugin.host, plugin.index.get(SAM) as Contact);
    modal.open();
    await modalReady(modal);
    typeText(input(modal, "input[type=date]"), "2026-11-22");
    Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Snooze")?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toBe("Pick a day after today.");
    expect(text(SAM)).toBe(VAULT[SAM]);
  });
});

describe("New contact…", () => {
  it("never makes a note name that starts or ends with a dot or a space, or one Windows keeps for itself", async () => {
    const { plugin, text } = await startPlugin({});
    const create = async (name: string) => {
      const modal = new NewContactModal(plugin.host);
      modal.open();
      await modalReady(modal);
      typeText(input(modal, "input"), name);
      const created = await modal.submit();
      return created ? notices().at(-1) : modal.contentEl.querySelector(".kit-error")?.textContent;
    };
    expect(await create("../Sam Rivera")).toBe("Created Sam Rivera (a note name can't hold some characters, nor start or end with a dot or a space).");
    expect(text("People/Sam Rivera.md")).toBe("---\ntier: peer\n---\n## Touches\n");
    expect(await create(" ..Ana Souza.. ")).toBe("Created Ana Souza (a note name can't start or end with a dot or a space).");
    expect(await create("Dr. Jo Quinn Jr.")).toBe("Created Dr. Jo Quinn Jr (a note name can't start or end with a dot or a space).");
    expect(await create("nul")).toBe("Created nul (contact) (Windows keeps the name nul for itself).");
    expect(await create("/..\\ . ")).toBe("Give the contact a name with at least one letter or digit.");
    expect(plugin.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["People/Ana Souza.md", "People/Dr. Jo Quinn Jr.md", "People/Sam Rivera.md", "People/nul (contact).md"]);
  });

  it("creates the note in the contacts folder with its tier and opens it", async () => {
    const { app, plugin, text, flush } = await startPlugin({});
    await runCommand(app, "new-contact");
    const modal = modalOf(NewContactModal);
    await modalReady(modal);
    typeText(input(modal, "input"), "Priya Raman");
    selectOption(modal.contentEl.querySelector("select") as HTMLSelectElement, "mentor");
    expect(await modal.submit()).toBe(true);
    expect(text("People/Priya Raman.md")).toBe("---\ntier: mentor\n---\n## Touches\n");
    expect(app.workspace.getActiveFile()?.path).toBe("People/Priya Raman.md");
    await flush();
    expect(plugin.api.getContacts().map((c) => [c.name, c.tier])).toEqual([["Priya Raman", "Mentors"]]);
  });

  it("makes a safe note name from awkward names and refuses duplicates", async () => {
    const { plugin, text } = await startPlugin({ "People/Sam.md": note("tier: peer") });
    const modal = new NewContactModal(plugin.host);
    modal.open();
    await modalReady(modal);
    typeText(input(modal, "input"), "Ana | \"Nana\" #1 [ops] 🌻");
    expect(await modal.submit()).toBe(true);
    expect(text("People/Ana Nana 1 ops 🌻.md")).toBe("---\ntier: peer\n---\n## Touches\n");
    expect(notices().at(-1)).toBe("Created Ana Nana 1 ops 🌻 (a note name can't hold some characters).");
    const again = new NewContactModal(plugin.host);
    again.open();
    await modalReady(again);
    typeText(input(again, "input"), "Sam");
    expect(await again.submit()).toBe(false);
    expect(again.contentEl.querySelector(".kit-error")?.textContent).toBe('A note named "Sam" already exists in People.');
    expect(text("People/Sam.md")).toBe(note("tier: peer"));
  });
});
