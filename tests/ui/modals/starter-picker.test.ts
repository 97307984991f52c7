import type { FuzzyMatch, SuggestModal } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { useFakeClipboard } from "../../fake/clipboard";
import { chooseSuggestion, click, currentSuggestions, lastMenu, lastModal, modalReady, notices, runCommand, setSuggestQuery } from "../../fake/harness";
import type { StarterTemplate } from "../../../src/core/settings";
import { LogTouchModal } from "../../../src/ui/modals/log-touch-modal";
import { StarterModal } from "../../../src/ui/modals/starter-modal";
import { TopicMatchesModal, TopicPickerModal } from "../../../src/ui/modals/topic-finder-modal";
import { note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";

const SAM = "People/Sam Rivera.md";
const KENJI = "People/Kenji.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\ntopics: [hiring, AI ops]", "## Touches\n- 2026-08-01 call — old news\n- 2026-09-01 coffee — the new team in Lisbon\n"),
  [KENJI]: note("tier: peer\nlast_touch: 2026-01-01"),
};

const clipboard = useFakeClipboard();

type Picker = SuggestModal<FuzzyMatch<StarterTemplate>>;

/** Opens the starter picker from a row's ⋮ menu and waits for the starters note to be read. */
async function pickerFromRow(started: Started, path: string): Promise<Picker> {
  const view = await openView(started);
  click(view.contentEl.querySelector(`.kit-row[data-path="${path}"] .kit-more`)!);
  lastMenu()?.items.find((i) => i.title === "Copy a message starter…")?.dom.click();
  const picker = lastModal<Picker>()!;
  await modalReady(picker);
  await started.flush();
  return picker;
}

function labels(picker: Picker): string[] {
  return currentSuggestions(picker).map((m) => m.item.label);
}

/** Chooses the starter with this label and returns its editor once open. */
async function choose(started: Started, picker: Picker, label: string): Promise<StarterModal> {
  await setSuggestQuery(picker, label);
  await chooseSuggestion(picker, 0);
  await started.flush();
  const editor = lastModal<StarterModal>()!;
  expect(editor).toBeInstanceOf(StarterModal);
  await modalReady(editor);
  return editor;
}

function buttonNamed(root: HTMLElement, text: string): HTMLButtonElement | undefined {
  return Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
}

describe("message starters", () => {
  it("from a row: pick a starter, see it filled from the note, edit it, copy it, then log the touch", async () => {
    const started = await startPlugin(VAULT);
    const picker = await pickerFromRow(started, SAM);
    expect(labels(picker)).toEqual(["Congratulations", "Share a resource", "Check in", "Offer an introduction", "Offer micro-support", "Ask for help (CLEAR)"]);

    const editor = await choose(started, picker, "Check in");
    const textarea = editor.contentEl.querySelector<HTMLTextAreaElement>("textarea.kit-starter-text")!;
    expect(textarea.value).toBe("Quick check-in, Sam — how are things on your side?\nI've been thinking about our last chat (the new team in Lisbon).\nNo need to reply fast; just wanted to say I'm cheering you on.");
    expect(editor.contentEl.querySelector(".kit-starter-missing")).toBeNull();
    expect(buttonNamed(editor.contentEl, "Log touch…")).toBeUndefined();

    textarea.value = "Quick check-in, Sam!";
    click(buttonNamed(editor.contentEl, "Copy")!);
    await started.flush();
    expect(clipboard.writeText).toHaveBeenCalledWith("Quick check-in, Sam!");
    expect(notices().at(-1)).toBe("Copied the message for Sam Rivera. Paste it where you talk with them.");

    click(buttonNamed(editor.contentEl, "Log touch…")!);
    const log = lastModal<LogTouchModal>()!;
    expect(log).toBeInstanceOf(LogTouchModal);
    await modalReady(log);
    expect(Array.from(log.contentEl.querySelectorAll(".kit-chip.is-active")).map((b) => b.getAttribute("data-value"))).toEqual(["check-in", "out"]);
    expect(await log.submit()).toBe(true);
    expect(started.text(SAM)).toContain("- 2026-11-22 check-in →\n");
  });

  it("leaves out the line a missing value needs, says so, and falls back to neutral words", async () => {
    const started = await startPlugin(VAULT);
    const editor = await choose(started, await pickerFromRow(started, KENJI), "Check in");
    // Silent since January: a way back opens the message, with nothing logged to pick up from.
    expect(editor.text).toBe(
      "It's been a while — I was thinking of you and wanted to say hello.\n\nQuick check-in, Kenji — how are things on your side?\nNo need to reply fast; just wanted to say I'm cheering you on.",
    );
    expect(editor.contentEl.querySelector(".kit-starter-missing")?.textContent).toBe("Left out a line that needed a value: no note on the last touch.");

    const support = await choose(started, await pickerFromRow(started, KENJI), "micro-support");
    expect(support.text.split("\n")[2]).toBe("Hi Kenji, hope work on your projects is going well.");
  });

  it("prefills an ask with the CLEAR lines and the contact's first topic, and logs it as asked", async () => {
    const started = await startPlugin(VAULT);
    const editor = await choose(started, await pickerFromRow(started, SAM), "Ask for help");
    expect(editor.text).toContain("[Leverage: why you, e.g. you know hiring well.]");
    click(buttonNamed(editor.contentEl, "Copy")!);
    await started.flush();
    click(buttonNamed(editor.contentEl, "Log touch…")!);
    const log = lastModal<LogTouchModal>()!;
    await modalReady(log);
    // "ask" is no touch kind by default: no kind chip, but the exchange says it was an ask.
    expect(Array.from(log.contentEl.querySelectorAll(".kit-chip.is-active")).map((b) => b.getAttribute("data-value"))).toEqual(["out", "asked"]);
  });

  it("says so when the clipboard refuses, and keeps the text selected to copy by hand", async () => {
    clipboard.writeText.mockImplementation(() => Promise.reject(new Error("Permission denied")));
    const started = await startPlugin(VAULT);
    const editor = await choose(started, await pickerFromRow(started, SAM), "Congratulations");
    click(buttonNamed(editor.contentEl, "Copy")!);
    await started.flush();
    expect(notices().at(-1)).toBe("Couldn't copy to the clipboard (Permission denied). Select the text and copy it by hand.");
    expect(buttonNamed(editor.contentEl, "Log touch…")).toBeUndefined();
    expect(lastModal()).toBe(editor);
  });

  it("offers the settings' own starters instead of the defaults, and the note's after them", async () => {
    const started = await startPlugin({
      ...VAULT,
      "Starters.md": note("tags: [starters]", "## Thank you\nkind: follow-through\nThanks again, {{first_name}}.\nYour advice on {{company}} helped.\n"),
    });
    started.plugin.settings.starters = [{ kind: "congrats", label: "Well done", text: "Well done, {{first_name}}!" }];
    started.plugin.settings.startersNote = "Starters";
    const picker = await pickerFromRow(started, SAM);
    expect(currentSuggestions(picker).map((m) => `${m.item.label} (${m.item.kind})`)).toEqual(["Well done (congrats)", "Thank you (follow-through)"]);

    const editor = await choose(started, picker, "Thank you");
    expect(editor.text).toBe("Thanks again, Sam.\nYour advice on {{company}} helped.");
    expect(editor.contentEl.querySelector(".kit-starter-unknown")?.textContent).toBe(
      "Unknown placeholder left as written: {{company}}. Known ones are {{name}}, {{first_name}}, {{topic}} and {{last_touch_note}}.",
    );
  });

  it("tells the user in the picker when the starters note is missing, and still offers the rest", async () => {
    const started = await startPlugin(VAULT);
    started.plugin.settings.startersNote = "Templates/Gone.md";
    const picker = await pickerFromRow(started, SAM);
    expect(picker.modalEl.querySelector(".kit-starter-problem")?.textContent).toBe("The starters note “Templates/Gone.md” doesn't exist.");
    expect(labels(picker)).toHaveLength(6);
  });

  it("tells the user in the picker when the starters note can't be read", async () => {
    const started = await startPlugin({ ...VAULT, "Starters.md": "## Hi\nHello.\n" });
    started.plugin.settings.startersNote = "Starters.md";
    const vault = started.app.vault;
    const read = vault.cachedRead.bind(vault);
    vi.spyOn(vault, "cachedRead").mockImplementation((file) => (file.path === "Starters.md" ? Promise.reject(new Error("disk error")) : read(file)));
    const picker = await pickerFromRow(started, SAM);
    expect(picker.modalEl.querySelector(".kit-starter-problem")?.textContent).toBe("Couldn't read the starters note “Starters.md”: disk error");
    expect(labels(picker)).toHaveLength(6);
  });

  it("opens from the command for the contact in the active note", async () => {
    const started = await startPlugin(VAULT);
    await started.app.workspace.setActiveFile(started.app.vault.getFileByPath(SAM));
    await runCommand(started.app, "copy-message-starter");
    const picker = lastModal<Picker>()!;
    await modalReady(picker);
    await started.flush();
    const editor = await choose(started, picker, "Congratulations");
    expect(editor.titleEl.textContent).toBe("Congratulations for Sam Rivera");
  });

  it("fills the topic the user came from in the topic finder", async () => {
    const started = await startPlugin(VAULT);
    await runCommand(started.app, "who-would-find-this-useful");
    const topics = lastModal<TopicPickerModal>()!;
    await modalReady(topics);
    await setSuggestQuery(topics, "AI ops");
    await chooseSuggestion(topics, 0);
    const matches = lastModal<TopicMatchesModal>()!;
    await modalReady(matches);
    click(matches.contentEl.querySelector(".kit-starter-button")!);
    const picker = lastModal<Picker>()!;
    await modalReady(picker);
    await started.flush();
    const editor = await choose(started, picker, "Share a resource");
    expect(editor.text).toContain("it's about AI ops, and");
  });
});
