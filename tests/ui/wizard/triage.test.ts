import { describe, expect, it } from "vitest";
import { click, lastModal, modalReady, runCommand } from "../../fake/harness";
import { MapWizardModal } from "../../../src/ui/wizard/map-wizard-modal";
import { TriageModal } from "../../../src/ui/wizard/triage-modal";
import { note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";
import { pressKey } from "../press-key";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const ANA = "People/Ana Souza.md";
const BEN = "People/Ben Okoro.md";
const CY = "People/Cy Tan.md";
const VAULT = {
  [ANA]: note("company: Acme\nrole: CTO", "Hiring a platform team.\n"),
  [BEN]: "---\r\nlocation: Lisbon\r\n---\r\nMet at the **conference**, talked about [[Rust]].\r\n\r\n## Touches\r\n- 2026-10-01 call\r\n",
  [CY]: "Cy from the climbing gym.\n",
  "People/Dee.md": note("tier: peer"),
  "People/Eli.md": note("status: paused"),
  "Daily/2026-11-20.md": "[[Ana Souza]] and [[Cy Tan]]\n",
  "Daily/2026-11-21.md": "[[Ana Souza]] again\n",
};

async function openTriage(started: Started): Promise<TriageModal> {
  await runCommand(started.app, "sort-people-without-tier");
  const modal = lastModal<TriageModal>();
  if (!(modal instanceof TriageModal)) throw new Error("triage did not open");
  await modalReady(modal);
  return modal;
}

/** Presses a key and waits for its write and the next person to be drawn. */
async function press(started: Started, modal: TriageModal, key: string): Promise<void> {
  expect(pressKey(modal, key)).toBe(false);
  await modal.settled();
  await started.flush();
}

const onShow = (modal: TriageModal) => modal.contentEl.querySelector(".kit-triage-name")?.textContent;
const status = (modal: TriageModal) => modal.contentEl.querySelector(".kit-triage-status")?.textContent;

describe("triage", () => {
  it("counts the people without a tier in the view, and its button starts triage", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    expect(view.contentEl.querySelector(".kit-unclassified-count")?.textContent).toBe("3 people without a tier");
    click(view.contentEl.querySelector(".kit-unclassified-triage") as HTMLElement);
    const modal = lastModal<TriageModal>();
    expect(modal).toBeInstanceOf(TriageModal);
    await modalReady(modal as TriageModal);
    expect(onShow(modal as TriageModal)).toBe("Ana Souza");
  });

  it("walks the most mentioned first with a preview; 1–9 set a tier, p pauses, Space skips, u takes back, byte for byte", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const modal = await openTriage(started);
    expect(onShow(modal)).toBe("Ana Souza");
    expect(modal.contentEl.querySelector(".kit-triage-facts")?.textContent).toBe("In 2 dated notes, last 2026-11-21 · last touch yesterday · CTO at Acme");
    expect(modal.contentEl.querySelector(".kit-triage-preview")?.textContent).toBe("Hiring a platform team.");

    await press(started, modal, "2");
    expect(started.text(ANA)).toBe(note("company: Acme\nrole: CTO\ntier: peer", "Hiring a platform team.\n"));
    expect(status(modal)).toBe("Ana Souza: Peers.");
    expect(view.contentEl.querySelector(".kit-unclassified-count")?.textContent).toBe("2 people without a tier");

    expect(onShow(modal)).toBe("Cy Tan");
    await press(started, modal, "p");
    expect(started.text(CY)).toBe("---\nstatus: paused\n---\nCy from the climbing gym.\n");
    expect(status(modal)).toBe("Cy Tan: paused, not tracked.");

    expect(onShow(modal)).toBe("Ben Okoro");
    // The note's words, not its Markdown, and not its touch log.
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-triage-preview > div")).map((d) => d.textContent)).toEqual(["Met at the conference, talked about Rust."]);
    await press(started, modal, " ");
    expect(started.text(BEN)).toBe(VAULT[BEN]);
    expect(modal.contentEl.querySelector(".kit-triage-end p")?.textContent).toBe("That's everyone: 1 person given a tier, 1 paused, 1 skipped.");
    expect(started.plugin.undo.size).toBe(2);

    await press(started, modal, "u");
    expect(status(modal)).toBe("Back to Ben Okoro.");
    expect(onShow(modal)).toBe("Ben Okoro");
    await press(started, modal, "u");
    expect(status(modal)).toBe("Undone: paused Cy Tan.");
    expect(started.text(CY)).toBe(VAULT[CY]);
    expect(onShow(modal)).toBe("Cy Tan");
    await press(started, modal, "u");
    expect(started.text(ANA)).toBe(VAULT[ANA]);
    expect(onShow(modal)).toBe("Ana Souza");
    expect(view.contentEl.querySelector(".kit-unclassified-count")?.textContent).toBe("3 people without a tier");
    await press(started, modal, "u");
    expect(status(modal)).toBe("Nothing to undo in this triage.");
    expect(started.plugin.undo.size).toBe(0);
  });

  it("ends with an Undo last button, for a phone that has no u key", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openTriage(started);
    for (const key of ["2", "p", " "]) await press(started, modal, key);
    click(modal.contentEl.querySelector(".kit-triage-end .kit-triage-undo") as HTMLElement);
    await modal.settled();
    await started.flush();
    expect(status(modal)).toBe("Back to Ben Okoro.");
    expect(onShow(modal)).toBe("Ben Okoro");
    expect(started.text(CY)).toBe("---\nstatus: paused\n---\nCy from the climbing gym.\n");
  });

  it("leaves each decision an undo step of its own after the triage is closed", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openTriage(started);
    await press(started, modal, "1");
    await press(started, modal, "4");
    modal.close();
    expect(started.text(CY)).toBe("---\ntier: aspirational\n---\nCy from the climbing gym.\n");
    await runCommand(started.app, "undo-last-change");
    await started.flush();
    expect(started.text(CY)).toBe(VAULT[CY]);
    expect(started.text(ANA)).toBe(note("company: Acme\nrole: CTO\ntier: ally", "Hiring a platform team.\n"));
  });

  it("ignores keys typed in a field and keys with no tier", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const modal = await openTriage(started);
    const field = modal.contentEl.createEl("input", { type: "text" });
    for (const key of ["1", "p", " ", "u"]) expect(pressKey(modal, key, field)).toBe(true);
    expect(pressKey(modal, "7")).toBe(true);
    await modal.settled();
    expect(started.text(ANA)).toBe(VAULT[ANA]);
    expect(onShow(modal)).toBe("Ana Souza");
  });

  it("says so when everyone has a tier", async () => {
    const started = await startPlugin({ "People/Dee.md": note("tier: peer") });
    const view = await openView(started);
    expect(view.contentEl.querySelector(".kit-unclassified")).toBeNull();
    const modal = await openTriage(started);
    expect(modal.contentEl.querySelector(".kit-triage-end p")?.textContent).toBe("Everyone has a tier: nobody is left to sort.");
  });

  it("offers the relationship map in an empty view", async () => {
    const started = await startPlugin({ "Daily/2026-11-20.md": "Lunch with [[Priya Shah]].\n" }, { internalPlugins: DAILY });
    const view = await openView(started);
    const button = Array.from(view.contentEl.querySelectorAll(".kit-empty button")).find((b) => b.textContent === "Build your relationship map");
    click(button as HTMLElement);
    const wizard = lastModal<MapWizardModal>();
    expect(wizard).toBeInstanceOf(MapWizardModal);
    await modalReady(wizard as MapWizardModal);
    expect(wizard?.contentEl.querySelector(".kit-map-candidate-name")?.textContent).toBe("Priya Shah");
  });
});
