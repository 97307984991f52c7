import type { Modal } from "obsidian";
import { describe, expect, it } from "vitest";
import { click, lastModal, modalReady, noticeLog, notices, runCommand, tick, typeText } from "../fake/harness";
import { MapWizardModal } from "../../src/ui/wizard/map-wizard-modal";
import { pressKey as press } from "../ui/press-key";
import { note, startPlugin, type Started } from "./start-plugin";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const KENJI = "People/Kenji.md";
// Outside the contacts folder, linked from a daily note: a candidate, though its properties can't be written.
const BROKEN = "Notes/Broken.md";
const VAULT = {
  "Daily/2026-11-20.md": "Coffee with [[Sam Rivera]] and [[Priya Shah]] about [[Project X]].\nTomorrow: [[2026-11-25]]\n",
  "Daily/2026-11-21.md": "- [[Sam Rivera]] again\n- lunch with [[Ana Souza]]\n- back to [[2026-11-20]]\n",
  "Daily/2026-11-22.md": "Called [[Sam Rivera]].\n",
  "Daily/2026-12-01.md": "Dinner with [[Future Person]] and [[Sam Rivera]].\n",
  [SAM]: note("company: Acme", "Met at the summit.\n"),
  [ANA]: note("tier: mentor\ntopics: [hiring, mentoring]", "## Touches\n- 2026-11-21 lunch\n"),
  [KENJI]: "---\r\ntopics: [design]\r\n---\r\nKenji notes\r\n",
  "Notes/Project X.md": "A project.\n",
};

async function openWizard(started: Started): Promise<MapWizardModal> {
  await runCommand(started.app, "build-relationship-map");
  const modal = lastModal<MapWizardModal>();
  if (!(modal instanceof MapWizardModal)) throw new Error("the wizard did not open");
  await modalReady(modal);
  return modal;
}

function buttonNamed(modal: Modal, text: string): HTMLButtonElement {
  const button = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!button) throw new Error(`no button "${text}" in ${modal.contentEl.textContent ?? ""}`);
  return button;
}

function tick_(modal: Modal, name: string): void {
  const row = Array.from(modal.contentEl.querySelectorAll(".kit-map-candidate")).find((r) => r.querySelector(".kit-map-candidate-name")?.textContent === name);
  const box = row?.querySelector<HTMLInputElement>("input[type=checkbox]");
  if (!box) throw new Error(`no candidate ${name}`);
  box.checked = !box.checked;
  box.dispatchEvent(new Event("change"));
}

function addNames(modal: Modal, names: string): void {
  typeText(modal.contentEl.querySelector("textarea.kit-map-names") as HTMLTextAreaElement, names);
  click(buttonNamed(modal, "Add names"));
}

const candidateNames = (modal: Modal) => Array.from(modal.contentEl.querySelectorAll(".kit-map-candidate-name")).map((el) => el.textContent);
const personOnShow = (modal: Modal) => modal.contentEl.querySelector(".kit-map-name")?.textContent;

describe("the relationship-map wizard", () => {
  it("suggests who the daily notes link to, most mentioned first, then contacts without a tier; not tiered contacts, days or the future", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openWizard(started);
    expect(candidateNames(modal)).toEqual(["Sam Rivera", "Priya Shah", "Project X", "Kenji"]);
    const meta = Array.from(modal.contentEl.querySelectorAll(".kit-map-candidate-meta")).map((el) => el.textContent);
    expect(meta).toEqual(["in 3 dated notes, last 2026-11-22 · a contact without a tier", "in 1 dated note, last 2026-11-20 · no note yet", "in 1 dated note, last 2026-11-20", "a contact without a tier"]);
    typeText(modal.contentEl.querySelector("input.kit-map-filter") as HTMLInputElement, "pr");
    expect(candidateNames(modal)).toEqual(["Priya Shah", "Project X"]);
  });

  it("walks pick, tiers (one key each), topics and the weekly load, then writes it all as one step to undo", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openWizard(started);
    tick_(modal, "Sam Rivera");
    tick_(modal, "Priya Shah");
    tick_(modal, "Kenji");
    addNames(modal, "Jordan Lee\n- Ana Souza\n");
    expect(modal.contentEl.querySelector(".kit-map-picked-title")?.textContent).toBe("Picked: 5 people");
    click(buttonNamed(modal, "Next: tiers"));

    expect(personOnShow(modal)).toBe("Sam Rivera");
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-map-tier")).map((b) => b.textContent)).toEqual(["1Close allies", "2Peers", "3Mentors", "4Aspirational"]);
    for (const key of ["1", "2", "3", "4"]) expect(press(modal, key)).toBe(false);
    expect(personOnShow(modal)).toBe("Ana Souza");
    expect(modal.contentEl.querySelector(".kit-map-about")?.textContent).toBe("In Mentors now");
    press(modal, " ");
    expect(modal.contentEl.querySelector(".kit-map-hint-tiers")?.textContent).toBe("Close allies: 1 of about 5Peers: 1 of about 10Mentors: 2 of about 3Aspirational: 1 of about 10");
    press(modal, "ArrowLeft");
    expect(personOnShow(modal)).toBe("Ana Souza");
    press(modal, " ");
    press(modal, "Enter");
    expect(modal.progress.step).toBe("topics");

    const topicInput = (name: string) => modal.contentEl.querySelector<HTMLInputElement>(`input[aria-label="Topic for ${name}"]`) as HTMLInputElement;
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-map-topic-name")).map((el) => el.firstChild?.textContent)).toEqual(["Sam Rivera", "Priya Shah", "Kenji", "Jordan Lee"]);
    // Suggestions come from the topics the vault already uses.
    typeText(topicInput("Sam Rivera"), "hir");
    await tick();
    const suggestion = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item");
    expect(suggestion?.textContent).toBe("hiring");
    click(suggestion as HTMLElement);
    expect(topicInput("Sam Rivera").value).toBe("hiring");
    typeText(topicInput("Priya Shah"), "AI ops");
    typeText(topicInput("Kenji"), "Design");
    click(buttonNamed(modal, "Next: check the cadences"));

    const summary = modal.contentEl.querySelector(".kit-map-summary")?.textContent ?? "";
    // 7/28 + 7/56 + 7/70 + 7/135 = 0.53 a week; Ana, skipped, stays a mentor: 0.1 more.
    expect(summary).toContain("This map asks about 0.5 touches a week.");
    expect(summary).toContain("With the people already in tiers, your network asks about 0.6 a week.");
    expect(summary).toContain("That fits your weekly capacity of 5.");
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-map-plan li")).map((li) => li.textContent)).toEqual([
      "Create 2 notes in People: Priya Shah, Jordan Lee.",
      "Set the tier of 2 notes.",
      "Add a topic to 3 people.",
      "Leave out 1 person without a tier.",
    ]);
    expect(started.text(SAM)).toBe(VAULT[SAM]);

    click(buttonNamed(modal, "Write the map"));
    await started.flush();
    expect(started.text(SAM)).toBe(note("company: Acme\ntier: ally\ntopics:\n  - hiring", "Met at the summit.\n"));
    expect(started.text("People/Priya Shah.md")).toBe("---\ntier: peer\ntopics:\n  - AI ops\n---\n## Touches\n");
    expect(started.text(KENJI)).toBe("---\r\ntopics: [design]\r\ntier: mentor\r\n---\r\nKenji notes\r\n");
    expect(started.text("People/Jordan Lee.md")).toBe("---\ntier: aspirational\n---\n## Touches\n");
    expect(started.text(ANA)).toBe(VAULT[ANA]);
    expect(notices().at(-1)).toMatch(/^Your relationship map is written: 2 new contact notes, 2 tiers set, 2 topics added\. .* Undo$/);
    expect(lastModal()).toBeNull();
    expect(started.plugin.settings.mapWizard).toBeNull();
    expect((await started.plugin.loadData()) as { mapWizard: unknown }).toMatchObject({ mapWizard: null });
    expect(started.plugin.index.get(SAM)?.tier.id).toBe("ally");

    // One step: the notice's link takes back every byte and puts the new notes in the trash.
    expect(started.plugin.undo.size).toBe(1);
    click(noticeLog.at(-1)?.notice.messageEl.querySelector("a.kit-undo-link") as HTMLElement);
    await started.flush();
    for (const [path, text] of Object.entries(VAULT)) expect(started.text(path)).toBe(text);
    expect(started.text("People/Priya Shah.md")).toBeNull();
    expect(started.text("People/Jordan Lee.md")).toBeNull();
    expect(notices().at(-1)).toBe("Undone: built your relationship map (4 people).");
  });

  it("continues where it stopped after closing, and after a restart", async () => {
    const first = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openWizard(first);
    tick_(modal, "Sam Rivera");
    addNames(modal, "Jordan Lee");
    click(buttonNamed(modal, "Next: tiers"));
    press(modal, "2");
    expect(personOnShow(modal)).toBe("Jordan Lee");
    modal.close();
    await modal.saved();

    const again = await openWizard(first);
    expect(again).not.toBe(modal);
    expect(personOnShow(again)).toBe("Jordan Lee");
    expect(again.contentEl.querySelector(".kit-map-step.is-current")?.textContent).toBe("2. Give each a tier");
    expect(again.progress).toEqual(modal.progress);
    again.close();
    await again.saved();

    const data = (await first.plugin.loadData()) as unknown;
    const second = await startPlugin(VAULT, { internalPlugins: DAILY, pluginData: { [first.plugin.manifest.id]: data } });
    const resumed = await openWizard(second);
    expect(resumed.progress).toEqual({
      step: "tiers",
      cursor: 1,
      people: [
        { path: SAM, name: "Sam Rivera", tierId: "peer", skipped: false, topic: "" },
        { path: null, name: "Jordan Lee", tierId: null, skipped: false, topic: "" },
      ],
    });
    expect(personOnShow(resumed)).toBe("Jordan Lee");
    // The view offers to go on with it.
    await runCommand(second.app, "open-relationships-view");
    await second.flush();
    expect(document.querySelector(".kit-unclassified-map")?.textContent).toBe("Continue your relationship map");
  });

  it("doesn't take keys typed in a field, or pressed on a button, as choices", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openWizard(started);
    tick_(modal, "Sam Rivera");
    click(buttonNamed(modal, "Next: tiers"));
    const field = modal.contentEl.createEl("input", { type: "text" });
    expect(press(modal, "1", field)).toBe(true);
    expect(press(modal, " ", field)).toBe(true);
    // Space or Enter on a focused button presses that button, as everywhere else.
    expect(press(modal, " ", modal.contentEl.querySelector(".kit-map-back") as HTMLElement)).toBe(true);
    expect(press(modal, "Enter", modal.contentEl.querySelector(".kit-map-back") as HTMLElement)).toBe(true);
    expect(modal.progress.people[0]?.tierId).toBeNull();
    expect(personOnShow(modal)).toBe("Sam Rivera");
  });

  it("writes the notes it can, reports the one it can't, and stays open with it", async () => {
    const started = await startPlugin({ ...VAULT, [BROKEN]: "---\nrole: [unclosed\n---\nBody\n", "Daily/2026-11-19.md": "Met [[Broken]].\n" }, { internalPlugins: DAILY });
    const modal = await openWizard(started);
    expect(candidateNames(modal)).toContain("Broken");
    tick_(modal, "Sam Rivera");
    tick_(modal, "Broken");
    click(buttonNamed(modal, "Next: tiers"));
    press(modal, "2");
    press(modal, "2");
    press(modal, "Enter");
    click(buttonNamed(modal, "Next: check the cadences"));
    expect(await modal.write()).toBe(false);
    await started.flush();
    expect(started.text(SAM)).toBe(note("company: Acme\ntier: peer", "Met at the summit.\n"));
    expect(started.text(BROKEN)).toBe("---\nrole: [unclosed\n---\nBody\n");
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toMatch(/^Your relationship map is written: 1 tier set\. 1 person couldn't be written: Broken \(The note's properties are not valid YAML/);
    expect(modal.progress.people.map((p) => p.name)).toEqual(["Broken"]);
    expect(modal.progress.step).toBe("confirm");
  });
});
