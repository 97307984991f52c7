import { describe, expect, it } from "vitest";
import { lastModal, modalReady, notices, runCommand, chooseSuggestion, setSuggestQuery, currentSuggestions, click } from "../fake/harness";
import type { Contact } from "../../src/core/contacts/contact";
import { logGroupTouch } from "../../src/obsidian/actions/group-touch";
import { FadeModal } from "../../src/ui/modals/fade-modal";
import { GroupTouchModal } from "../../src/ui/modals/group-touch-modal";
import { LogTouchModal } from "../../src/ui/modals/log-touch-modal";
import { TopicMatchesModal, TopicPickerModal } from "../../src/ui/modals/topic-finder-modal";
import { ContactSuggestModal } from "../../src/ui/modals/contact-suggest-modal";
import { note, startPlugin } from "./start-plugin";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const BROKEN = "People/Paolo.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\ntopics: [hiring, AI ops]"),
  [ANA]: note("tier: mentor\ntopics: hiring"),
  "People/Kenji.md": note("tier: aspirational\nlast_touch: 2026-11-01\ntopics: [fundraising]"),
  [BROKEN]: "---\ntier: [ally\n---\n",
  "Daily/2026-11-22.md": "# Sunday\n",
};

describe("rich touches through the API", () => {
  it("accepts direction and exchange and writes them readably", async () => {
    const { plugin, text } = await startPlugin(VAULT, { internalPlugins: DAILY });
    await plugin.api.logTouch(SAM, { kind: "resource", direction: "out", exchange: "gave", note: "sent the hiring guide" });
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\ntopics: [hiring, AI ops]\n---\n## Touches\n- 2026-11-22 resource → gave — sent the hiring guide\n");
    expect(text("Daily/2026-11-22.md")).toBe("# Sunday\n\n## Touches\n- [[Sam Rivera]] resource → gave — sent the hiring guide\n");
    await expect(plugin.api.logTouch(SAM, { direction: "sideways" as never })).rejects.toThrow(/not a direction/);
    await expect(plugin.api.logTouch(SAM, { exchange: "took" as never })).rejects.toThrow(/not an exchange/);
  });
});

describe("group touch", () => {
  it("writes each note atomically, skips a broken note by name, and puts one line in the daily note", async () => {
    const { plugin, text } = await startPlugin(VAULT, { internalPlugins: DAILY });
    const progress: string[] = [];
    const result = await logGroupTouch(plugin.services, [SAM, BROKEN, ANA], { kind: "meeting", note: "partner roundtable" }, (done, total) => progress.push(`${done}/${total}`));
    expect(result.logged).toEqual(["Sam Rivera", "Ana Souza"]);
    expect(result.failed.map((f) => f.name)).toEqual(["Paolo"]);
    expect(result.failed[0]?.reason).toMatch(/not valid YAML/);
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(text(SAM)).toContain("## Touches\n- 2026-11-22 meeting — partner roundtable\n");
    expect(text(ANA)).toBe("---\ntier: mentor\ntopics: hiring\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 meeting — partner roundtable\n");
    expect(text(BROKEN)).toBe("---\ntier: [ally\n---\n");
    expect(text("Daily/2026-11-22.md")).toBe("# Sunday\n\n## Touches\n- [[Sam Rivera]] and [[Ana Souza]] meeting — partner roundtable\n");
  });

  it("touches a person named twice once, also when the two paths are written differently", async () => {
    const { plugin, text } = await startPlugin(VAULT, { internalPlugins: DAILY });
    const progress: string[] = [];
    const result = await logGroupTouch(plugin.services, [SAM, SAM, ANA, "People//Sam Rivera.md", "/People/Ana Souza.md"], { kind: "meeting" }, (done, total) => progress.push(`${done}/${total}`));
    expect(result.logged).toEqual(["Sam Rivera", "Ana Souza"]);
    expect(progress).toEqual(["1/2", "2/2"]);
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\ntopics: [hiring, AI ops]\n---\n## Touches\n- 2026-11-22 meeting\n");
    expect(text("Daily/2026-11-22.md")).toBe("# Sunday\n\n## Touches\n- [[Sam Rivera]] and [[Ana Souza]] meeting\n");

    const again = await plugin.api.logGroupTouch([ANA, ANA, "People//Ana Souza.md"], { kind: "call", date: "2026-11-21" });
    expect(again.logged).toEqual(["Ana Souza"]);
    expect(text(ANA)).toBe("---\ntier: mentor\ntopics: hiring\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-21 call\n- 2026-11-22 meeting\n");
  });

  it("finishes 200 people, with progress", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`People/P${String(i).padStart(3, "0")}.md`] = note("tier: peer");
    const { plugin, text } = await startPlugin(files, { internalPlugins: DAILY });
    const modal = new GroupTouchModal(plugin.host, Object.keys(files));
    modal.open();
    await modalReady(modal);
    expect(modal.contentEl.querySelector(".kit-group-count")?.textContent).toBe("200 selected");
    expect(await modal.submit()).toBe(true);
    expect(notices().at(-1)).toBe("Logged a touch with 200 people. Undo");
    expect(text("People/P199.md")).toBe("---\ntier: peer\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 meeting\n");
  });

  it("is offered as a command with a picker that filters and selects", async () => {
    const { app, text } = await startPlugin(VAULT, { internalPlugins: DAILY });
    await runCommand(app, "log-group-touch");
    const modal = lastModal<GroupTouchModal>()!;
    await modalReady(modal);
    const search = modal.contentEl.querySelector<HTMLInputElement>(".kit-group-search")!;
    search.value = "hiring";
    search.dispatchEvent(new Event("input"));
    const boxes = Array.from(modal.contentEl.querySelectorAll<HTMLInputElement>(".kit-group-item input"));
    expect(boxes.map((b) => b.getAttribute("data-path"))).toEqual([SAM, ANA]);
    for (const box of boxes) click(box);
    expect(modal.contentEl.querySelector(".kit-group-count")?.textContent).toBe("2 selected");
    modal.setNote("dinner");
    expect(await modal.submit()).toBe(true);
    expect(text(ANA)).toContain("- 2026-11-22 meeting — dinner\n");
  });
});

describe("let fade and resume", () => {
  it("pauses with a reason, leaves the due lists, and resumes", async () => {
    const { app, plugin, text, flush } = await startPlugin(VAULT);
    await app.workspace.setActiveFile(app.vault.getFileByPath(SAM));
    await runCommand(app, "let-contact-fade");
    const modal = lastModal<FadeModal>()!;
    await modalReady(modal);
    modal.setReason("changed careers");
    expect(await modal.submit()).toBe(true);
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-09-01\ntopics: [hiring, AI ops]\nstatus: paused\nfade_reason: changed careers\n---\n");
    await flush();
    expect(plugin.api.getContacts().find((c) => c.path === SAM)?.state).toBe("paused");
    expect(plugin.index.get(SAM)?.fadeReason).toBe("changed careers");

    await runCommand(app, "resume-contact");
    const picker = lastModal<ContactSuggestModal>()!;
    await modalReady(picker);
    expect(currentSuggestions(picker).map((m) => (m as { item: Contact }).item.name)).toEqual(["Sam Rivera"]);
    await chooseSuggestion(picker, 0);
    await flush();
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-09-01\ntopics: [hiring, AI ops]\nstatus: active\nfade_reason:\n---\n");
    expect(plugin.api.getContacts().find((c) => c.path === SAM)?.state).toBe("overdue");
  });
});

describe("promises from the log-touch modal", () => {
  it("adds an open task to the contact note along with the touch", async () => {
    const { plugin, text, flush } = await startPlugin(VAULT);
    const modal = new LogTouchModal(plugin.host, plugin.index.get(ANA)!);
    modal.open();
    await modalReady(modal);
    const promise = modal.contentEl.querySelector<HTMLInputElement>(".kit-promise-input")!;
    promise.value = "send the deck 📅 2026-12-01";
    promise.dispatchEvent(new Event("input"));
    expect(await modal.submit()).toBe(true);
    expect(text(ANA)).toBe("---\ntier: mentor\ntopics: hiring\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n\n## Promises\n- [ ] send the deck 📅 2026-12-01\n");
    expect(notices().at(-1)).toBe("Logged a touch with Ana Souza, and the promise. Undo");
    await flush();
  });
});

describe("who would find this useful?", () => {
  it("lists topics with counts, then the people, overdue first, with a resource log preset", async () => {
    const { app, plugin, text } = await startPlugin(VAULT);
    await runCommand(app, "who-would-find-this-useful");
    const picker = lastModal<TopicPickerModal>()!;
    await modalReady(picker);
    expect(currentSuggestions(picker).map((t) => `${t.topic} ${t.count}`)).toEqual(["hiring 2", "AI ops 1", "fundraising 1"]);
    await setSuggestQuery(picker, "hiring, fundraising");
    expect(currentSuggestions(picker)[0]).toEqual({ topic: "hiring, fundraising", count: 3 });
    await chooseSuggestion(picker, 0);
    const matches = lastModal<TopicMatchesModal>()!;
    await modalReady(matches);
    expect(Array.from(matches.contentEl.querySelectorAll(".kit-name")).map((e) => e.textContent)).toEqual(["Sam Rivera", "Ana Souza", "Kenji"]);
    click(matches.contentEl.querySelector("button")!);
    const log = lastModal<LogTouchModal>()!;
    await modalReady(log);
    expect(Array.from(log.contentEl.querySelectorAll(".kit-chip.is-active")).map((b) => b.getAttribute("data-value"))).toEqual(["resource", "out", "gave"]);
    expect(await log.submit()).toBe(true);
    expect(text(SAM)).toContain("- 2026-11-22 resource → gave\n");
    expect(plugin.index.get(SAM)).toBeDefined();
  });
});

describe("the API for the practice", () => {
  it("reads touches back, snoozes, fades, resumes and logs group touches", async () => {
    const { plugin, text, flush } = await startPlugin({ ...VAULT, [SAM]: note("tier: ally", "## Touches\n- 2026-10-01 call ← asked — about the role\n- 2026-10-05\n") });
    expect(await plugin.api.getTouches(SAM)).toEqual([
      { date: "2026-10-01", kind: "call", direction: "in", exchange: "asked", note: "about the role" },
      { date: "2026-10-05" },
    ]);
    await plugin.api.snooze(ANA, "2026-12-01");
    await expect(plugin.api.snooze(ANA, "2026-11-22")).rejects.toThrow(/not a day after today/);
    await plugin.api.snooze(ANA, null);
    expect(text(ANA)).toBe("---\ntier: mentor\ntopics: hiring\nsnooze_until:\n---\n");
    await plugin.api.fade(ANA, "retired");
    await flush();
    expect(plugin.api.getContacts().find((c) => c.path === ANA)).toMatchObject({ state: "paused", fadeReason: "retired" });
    await plugin.api.resume(ANA);
    await flush();
    expect(plugin.api.getContacts().find((c) => c.path === ANA)?.state).toBe("due");
    const result = await plugin.api.logGroupTouch([SAM, BROKEN], { kind: "meeting" });
    expect(result.logged).toEqual(["Sam Rivera"]);
    expect(result.failed.map((f) => f.name)).toEqual(["Paolo"]);
    await expect(plugin.api.logGroupTouch(["Notes/none.md"])).rejects.toThrow(/No note at "Notes\/none.md"/);
  });
});
