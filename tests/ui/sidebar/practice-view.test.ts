import { describe, expect, it } from "vitest";
import { click, notices } from "../../fake/harness";
import { note, setListWidth, startPlugin, openView } from "../../obsidian/start-plugin";
import type { RelationshipsView } from "../../../src/ui/sidebar/relationships-view";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\nbirthday: --11-25", "## Promises\n- [ ] send the scorecard 📅 2026-11-20\n- [x] old one\n"),
  [ANA]: note("tier: mentor\nrole_since: 2025-11-30"),
  "People/Oliver.md": note("tier: peer\nstatus: paused\nfade_reason: quiet until his book is out"),
  "Projects/Q1.md": "- [ ] intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n- [ ] plain task\n",
  "Daily/2026-11-21.md": "Coffee with [[Ana Souza]].\n",
  "People/Lee.md": note("tier: peer"),
  "Daily/2026-11-20.md": "Walk with [[Lee]].\n",
};

/** Opens a practice part, as a click on its heading does. */
function openPart(view: RelationshipsView, cls: string): HTMLDetailsElement {
  const part = view.contentEl.querySelector<HTMLDetailsElement>(`.${cls}`)!;
  part.open = true;
  part.dispatchEvent(new Event("toggle"));
  return view.contentEl.querySelector<HTMLDetailsElement>(`.${cls}`)!;
}

describe("the practice in the view", () => {
  it("finds promises in the contact's note and in notes that link to it", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    await started.flush();
    const sam = started.plugin.api.getContacts().find((c) => c.path === SAM);
    expect(sam?.promises.map((p) => [p.path, p.text, p.due])).toEqual([
      [SAM, "send the scorecard 📅 2026-11-20", "2026-11-20"],
      ["Projects/Q1.md", "intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05", "2026-12-05"],
    ]);
    expect(started.plugin.api.getContacts().find((c) => c.path === ANA)?.promises.map((p) => p.path)).toEqual(["Projects/Q1.md"]);
    // An open promise is not a touch.
    expect(sam?.lastTouch).toBe("2026-09-01");
  });

  it("lists each promise once as people read it, late first, and ticking writes exactly [x]", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    // The promise count is on the third line, which a wide view draws.
    setListWidth(view, 600);
    // Closed at first, like every part of the practice; the heading says what waits.
    const closed = view.contentEl.querySelector<HTMLDetailsElement>(".kit-promises")!;
    expect(closed.open).toBe(false);
    expect(closed.querySelector(".kit-part-header")?.textContent).toBe("Promises21 late");
    const promises = openPart(view, "kit-promises");
    const rows = Array.from(promises.querySelectorAll<HTMLElement>(".kit-promise"));
    // The task that names Ana and Sam is one row naming both; links are names, dates said once.
    expect(rows.map((r) => [r.querySelector(".kit-promise-text")?.textContent, r.querySelector(".kit-meta")?.textContent])).toEqual([
      ["send the scorecard", "Sam Rivera2 days late"],
      ["intro Ana Souza to Sam Rivera", "due in 13 days"],
    ]);
    expect(Array.from(rows[1]!.querySelectorAll(".kit-promise-link")).map((a) => a.getAttribute("data-target"))).toEqual(["Ana Souza", "Sam Rivera"]);
    expect(rows[1]!.querySelector(".kit-keep-and-log")?.getAttribute("aria-label")).toBe("Done, and log a follow-through touch with Sam Rivera and Ana Souza");
    click(rows[1]!.querySelector(".kit-promise-link")!);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe(ANA);

    expect(view.contentEl.querySelector(`.kit-row[data-path="${SAM}"] .kit-promise-count`)?.getAttribute("aria-label")).toBe("2 open promises");
    const box = rows[0]!.querySelector<HTMLInputElement>("input[type=checkbox]")!;
    expect(box.getAttribute("aria-label")).toBe('Mark "send the scorecard" as done');
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await started.flush();
    expect(started.text(SAM)).toBe(note("tier: ally\nlast_touch: 2026-09-01\nbirthday: --11-25", "## Promises\n- [x] send the scorecard 📅 2026-11-20\n- [x] old one\n"));
    expect(notices().at(-1)).toBe("Kept: send the scorecard. Undo");
    expect(view.contentEl.querySelector(`.kit-row[data-path="${SAM}"] .kit-promise-count`)?.getAttribute("aria-label")).toBe("1 open promise");
    // The part stays open as it is drawn again.
    expect(view.contentEl.querySelector<HTMLDetailsElement>(".kit-promises")?.open).toBe(true);
  });

  it("keeps a promise and logs the follow-through with everyone it names, in one step", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const row = Array.from(openPart(view, "kit-promises").querySelectorAll<HTMLElement>(".kit-promise")).find((r) => r.dataset.path === "Projects/Q1.md")!;
    click(row.querySelector(".kit-keep-and-log")!);
    await started.flush();
    expect(started.text("Projects/Q1.md")).toBe("- [x] intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n- [ ] plain task\n");
    expect(started.text(ANA)).toContain("## Touches\n- 2026-11-22 follow-through — intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n");
    expect(started.text(SAM)).toContain("## Touches\n- 2026-11-22 follow-through — intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n");
    expect(notices().at(-1)).toBe("Kept: intro Ana Souza to Sam Rivera. Logged a touch with Sam Rivera and Ana Souza. Undo");
  });

  it("shows upcoming birthdays and anniversaries", async () => {
    const view = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    expect(Array.from(openPart(view, "kit-dates").querySelectorAll(".kit-date")).map((r) => r.textContent)).toEqual([
      "Sam RiveraBirthday in 3 days · 2026-11-25",
      "Ana SouzaIn the role since (1 year) in 8 days · 2026-11-30",
    ]);
  });

  it("lists paused people with their reason, and resumes one", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const paused = view.contentEl.querySelector<HTMLDetailsElement>(".kit-paused")!;
    // Closed at first: its rows are drawn when it is opened.
    expect(paused.open).toBe(false);
    expect(paused.querySelector(".kit-paused-row")).toBeNull();
    paused.open = true;
    paused.dispatchEvent(new Event("toggle"));
    expect(paused.querySelector(".kit-meta")?.textContent).toBe("Peers · quiet until his book is out");
    click(paused.querySelector(".kit-resume")!);
    await started.flush();
    expect(started.text("People/Oliver.md")).toBe(note("tier: peer\nstatus: active\nfade_reason:"));
    expect(view.contentEl.querySelector(".kit-paused")).toBeNull();
  });

  it("doesn't redraw these parts for a change that doesn't touch them", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const before = view.contentEl.querySelector(".kit-practice")?.firstElementChild;
    started.app.vault.externalModify("People/Gus.md", note("tier: peer\nlast_touch: 2026-11-01"));
    await started.flush();
    expect(view.contentEl.querySelector(".kit-practice")?.firstElementChild).toBe(before);
  });

  it("shows where a mentioned last touch came from, and opens it", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const details = view.contentEl.querySelector("details.kit-rest") as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
    await started.flush();
    const source = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="People/Lee.md"] .kit-source`);
    expect(source?.textContent).toBe("last touch 2 days ago");
    expect(source?.getAttribute("title")).toBe("Mentioned in Daily/2026-11-20.md");
    click(source!);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe("Daily/2026-11-20.md");
    // Where the line says something else (a promise comes before Ana's anniversary), the mention is in the row's facts.
    expect(view.contentEl.querySelector(`.kit-row[data-path="${ANA}"] .kit-row-line`)?.textContent).toBe("promise due in 13 days");
    expect(view.contentEl.querySelector(`.kit-row[data-path="${ANA}"] .kit-name`)?.getAttribute("title")).toContain("Last touch yesterday (2026-11-21), mentioned in Daily/2026-11-21");
  });
});
