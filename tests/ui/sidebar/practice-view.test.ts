import { describe, expect, it } from "vitest";
import { click, notices } from "../../fake/harness";
import { note, startPlugin, openView } from "../../obsidian/start-plugin";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\nbirthday: --11-25", "## Promises\n- [ ] send the scorecard 📅 2026-11-20\n- [x] old one\n"),
  [ANA]: note("tier: mentor\nrole_since: 2025-11-30"),
  "People/Oliver.md": note("tier: peer\nstatus: paused\nfade_reason: quiet until his book is out"),
  "Projects/Q1.md": "- [ ] intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n- [ ] plain task\n",
  "Daily/2026-11-21.md": "Coffee with [[Ana Souza]].\n",
};

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

  it("lists promises overdue first, shows counts on rows, and ticking writes exactly [x]", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const promises = view.contentEl.querySelector<HTMLDetailsElement>(".kit-promises")!;
    expect(promises.open).toBe(true);
    expect(promises.querySelector(".kit-section-title")?.textContent).toBe("Promises, 1 overdue");
    expect(Array.from(promises.querySelectorAll(".kit-promise-text")).map((e) => e.textContent)).toEqual([
      "send the scorecard 📅 2026-11-20",
      "intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05",
      "intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05",
    ]);
    expect(view.contentEl.querySelector(`.kit-row[data-path="${SAM}"] .kit-promise-count`)?.getAttribute("aria-label")).toBe("2 open promises");
    const box = promises.querySelector<HTMLInputElement>(".kit-promise input[type=checkbox]")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await started.flush();
    expect(started.text(SAM)).toBe(note("tier: ally\nlast_touch: 2026-09-01\nbirthday: --11-25", "## Promises\n- [x] send the scorecard 📅 2026-11-20\n- [x] old one\n"));
    expect(notices().at(-1)).toBe("Kept: send the scorecard 📅 2026-11-20. Undo");
    expect(view.contentEl.querySelector(`.kit-row[data-path="${SAM}"] .kit-promise-count`)?.getAttribute("aria-label")).toBe("1 open promise");
  });

  it("keeps a promise and logs the follow-through in one step", async () => {
    const started = await startPlugin(VAULT, { internalPlugins: DAILY });
    const view = await openView(started);
    const row = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".kit-promise")).find((r) => r.dataset.path === "Projects/Q1.md")!;
    click(row.querySelector(".kit-keep-and-log")!);
    await started.flush();
    expect(started.text("Projects/Q1.md")).toBe("- [x] intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n- [ ] plain task\n");
    expect(started.text(ANA)).toContain("## Touches\n- 2026-11-22 follow-through — intro [[Ana Souza]] to [[Sam Rivera]] due:: 2026-12-05\n");
  });

  it("shows upcoming birthdays and anniversaries", async () => {
    const view = await openView(await startPlugin(VAULT, { internalPlugins: DAILY }));
    expect(Array.from(view.contentEl.querySelectorAll(".kit-dates .kit-date")).map((r) => r.textContent)).toEqual([
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
    const source = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${ANA}"] .kit-source`);
    expect(source?.textContent).toBe("last touch yesterday");
    expect(source?.getAttribute("title")).toBe("Mentioned in Daily/2026-11-21.md");
    click(source!);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe("Daily/2026-11-21.md");
  });
});
