import type * as O from "obsidian";
import { describe, expect, it } from "vitest";
import { listenerCount } from "../../fake/events";
import { click, notices, renderCodeBlock, triggerLayoutReady } from "../../fake/harness";
import { AgendaBlock } from "../../../src/ui/block/agenda-block";
import { note, startPlugin, type Started } from "../../obsidian/start-plugin";

const DAILY = "Daily/2026-11-22.md";

const VAULT = {
  "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01\ntopics: [hiring]"), // overdue 40 days
  "People/Kenji.md": note("tier: aspirational\nlast_touch: 2026-03-01"), // overdue 86 days, less so for its cadence
  "People/Ana Souza.md": note("tier: mentor\nlast_touch: 2026-09-20\ntopics: [Fundraising]"), // due
  "People/Noor.md": note("tier: peer\ntopics: [hiring, ops]"), // never touched
  "People/Lea.md": note("tier: ally\nlast_touch: 2026-11-12"), // due in 4 days
  "People/Max.md": note("tier: peer\nlast_touch: 2026-10-12\ntopics: [fundraising]"), // due tomorrow
  "People/Gus.md": note("tier: peer\nlast_touch: 2026-11-20"), // ok, due in 6 weeks
  "People/Hal.md": note("tier: peer\nsnooze_until: 2026-12-24"),
  "People/Ivy.md": note("tier: peer\nstatus: paused"),
  [DAILY]: "# Today\n",
};

function render(started: Started, source: string): Promise<HTMLElement> {
  return renderCodeBlock(started.app, "keep-in-touch", source, DAILY);
}

/** Section → "name | tier | status" per row, in order. */
function sections(el: HTMLElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const section of Array.from(el.querySelectorAll<HTMLElement>(".kit-block-section"))) {
    const title = section.querySelector(".kit-block-section-title")?.textContent ?? "?";
    out[title] = Array.from(section.querySelectorAll(".kit-block-row")).map((row) =>
      [".kit-block-name", ".kit-block-tier", ".kit-block-status"].map((cls) => row.querySelector(cls)?.textContent).join(" | "),
    );
  }
  return out;
}

function names(el: HTMLElement): string[] {
  return Array.from(el.querySelectorAll(".kit-block-name")).map((e) => e.textContent ?? "");
}

function errors(el: HTMLElement): string[] {
  return Array.from(el.querySelectorAll(".kit-block-errors .kit-block-error")).map((e) => e.textContent ?? "");
}

function row(el: HTMLElement, path: string): HTMLElement {
  const found = el.querySelector<HTMLElement>(`.kit-block-row[data-path="${path}"]`);
  if (!found) throw new Error(`no row for ${path}`);
  return found;
}

/** Like renderCodeBlock, but hands back the render child so a test can unload it as Obsidian does. */
async function renderKeepingChild(started: Started, source: string): Promise<{ el: HTMLElement; block: AgendaBlock }> {
  const handler = started.app.codeBlockProcessors.get("keep-in-touch");
  if (!handler) throw new Error("no keep-in-touch code block processor");
  const el = document.body.createDiv();
  let block: AgendaBlock | undefined;
  const ctx: O.MarkdownPostProcessorContext = {
    docId: "doc",
    sourcePath: DAILY,
    frontmatter: undefined,
    addChild: (child) => {
      if (child instanceof AgendaBlock) block = child;
      child.load();
    },
    getSectionInfo: () => null,
  };
  await handler(source, el, ctx);
  if (!block) throw new Error("the processor added no AgendaBlock");
  return { el, block };
}

describe("the keep-in-touch code block", () => {
  it("renders overdue, due soon and upcoming, in order, with tier and status", async () => {
    const el = await render(await startPlugin(VAULT), "");
    expect(el.classList.contains("kit-block")).toBe(true);
    expect(sections(el)).toEqual({
      Overdue: ["Sam Rivera | Close allies | overdue 6 weeks", "Kenji | Aspirational | overdue 3 months"],
      "Due soon": ["Ana Souza | Mentors | due", "Noor | Peers | never touched"],
      Upcoming: ["Max | Peers | due tomorrow", "Lea | Close allies | due in 4 days"],
    });
    expect(Array.from(el.querySelectorAll(".kit-block-section-title")).map((e) => e.textContent)).toEqual(["Overdue", "Due soon", "Upcoming"]);
    expect(Array.from(el.querySelectorAll(".kit-block-count")).map((e) => e.textContent)).toEqual(["2", "2", "2"]);
    expect(el.querySelector(".kit-block-errors")).toBeNull();
  });

  it("renders each name as an internal link to the note, and a log button with a label", async () => {
    const el = await render(await startPlugin(VAULT), "");
    const sam = row(el, "People/Sam Rivera.md");
    const link = sam.querySelector("a.internal-link.kit-block-name");
    expect(link?.getAttribute("data-href")).toBe("People/Sam Rivera.md");
    expect(sam.querySelector(".kit-block-tier")?.getAttribute("title")).toBe("every 2–6 weeks");
    const button = sam.querySelector("button.kit-block-log");
    expect(button?.getAttribute("aria-label")).toBe("Log touch with Sam Rivera today");
    expect(button?.querySelector("svg")).not.toBeNull();
  });

  it("cuts each section to the limit and says how many more there are", async () => {
    const el = await render(await startPlugin(VAULT), "limit: 1");
    expect(names(el)).toEqual(["Sam Rivera", "Ana Souza", "Max"]);
    expect(Array.from(el.querySelectorAll(".kit-block-more")).map((e) => e.textContent)).toEqual(["and 1 more", "and 1 more", "and 1 more"]);
    expect(Array.from(el.querySelectorAll(".kit-block-count")).map((e) => e.textContent)).toEqual(["2", "2", "2"]);
  });

  it("filters by tier, by label or id", async () => {
    const started = await startPlugin(VAULT);
    expect(sections(await render(started, "tier: Close allies"))).toEqual({
      Overdue: ["Sam Rivera | Close allies | overdue 6 weeks"],
      Upcoming: ["Lea | Close allies | due in 4 days"],
    });
    expect(names(await render(started, "tier: peer"))).toEqual(["Noor", "Max"]);
  });

  it("filters by any of the topics, ignoring case", async () => {
    const el = await render(await startPlugin(VAULT), "topics: HIRING, fundraising");
    expect(names(el)).toEqual(["Sam Rivera", "Ana Souza", "Noor", "Max"]);
  });

  it("shows only the sections asked for, in the order asked, looking as far ahead as asked", async () => {
    const started = await startPlugin(VAULT);
    expect(Object.keys(sections(await render(started, "show: upcoming, overdue")))).toEqual(["Upcoming", "Overdue"]);
    expect(sections(await render(started, "show: upcoming\nupcoming: 1"))).toEqual({ Upcoming: ["Max | Peers | due tomorrow"] });
    expect(sections(await render(started, "show: upcoming\nupcoming: 60"))).toEqual({
      Upcoming: ["Max | Peers | due tomorrow", "Lea | Close allies | due in 4 days", "Gus | Peers | due in 6 weeks"],
    });
  });

  it("looks for dates as far ahead as the setting says, unless the block says otherwise", async () => {
    const started = await startPlugin({
      ...VAULT,
      "People/Bea.md": note("tier: peer\nlast_touch: 2026-11-20\nbirthday: --12-12"), // in 20 days
      "People/Cy.md": note("tier: peer\nlast_touch: 2026-11-20\nbirthday: 1990-11-27"), // in 5 days
    });
    expect(sections(await render(started, "show: dates"))).toEqual({ Dates: ["Cy | Peers | Birthday in 5 days"] });
    started.plugin.settings.upcomingDays = 30;
    await started.plugin.saveSettings();
    expect(sections(await render(started, "show: dates"))).toEqual({ Dates: ["Cy | Peers | Birthday in 5 days", "Bea | Peers | Birthday in 20 days"] });
    expect(sections(await render(started, "show: dates\nupcoming: 7"))).toEqual({ Dates: ["Cy | Peers | Birthday in 5 days"] });
    started.plugin.settings.upcomingDays = 3;
    await started.plugin.saveSettings();
    expect((await render(started, "show: dates")).querySelector(".kit-block-empty")?.textContent).toBe("All caught up: nobody is celebrating a date in the next 3 days.");
    // The setting is about dates: the people coming due look as far ahead as before.
    expect(sections(await render(started, "show: upcoming"))).toEqual({ Upcoming: ["Max | Peers | due tomorrow", "Lea | Close allies | due in 4 days"] });
  });

  it("leaves out empty sections and says so when all are empty", async () => {
    const started = await startPlugin(VAULT);
    expect(Object.keys(sections(await render(started, "topics: ops")))).toEqual(["Due soon"]);
    const el = await render(started, "topics: gardening\nshow: overdue, due");
    expect(el.querySelector(".kit-block-section")).toBeNull();
    expect(el.querySelector(".kit-block-empty")?.textContent).toBe("All caught up: nobody is overdue or due soon.");
  });

  it("shows option errors inline, and only them", async () => {
    const started = await startPlugin(VAULT);
    const el = await render(started, "limit: 0\ncolour: blue\nlimt: 5\ntier: family");
    expect(el.querySelector(".kit-block-errors-title")?.textContent).toBe("This agenda block has problems:");
    expect(errors(el)).toEqual([
      'Line 1: limit: expected a whole number of at least 1, got "0".',
      'Line 2: unknown option "colour". Options are limit, tier, topics, show, upcoming, contact.',
      'Line 3: unknown option "limt". Did you mean "limit"? Options are limit, tier, topics, show, upcoming, contact.',
      'Line 4: tier: there is no tier "family". The tiers are Close allies (ally), Peers (peer), Mentors (mentor), Aspirational.',
    ]);
    expect(el.querySelector(".kit-block-section, .kit-block-row, .kit-block-empty")).toBeNull();
  });

  it("shows a single error with its own heading", async () => {
    const el = await render(await startPlugin(VAULT), "limt: 5");
    expect(el.querySelector(".kit-block-errors-title")?.textContent).toBe("This agenda block has a problem:");
    expect(errors(el)).toEqual(['Line 1: unknown option "limt". Did you mean "limit"? Options are limit, tier, topics, show, upcoming, contact.']);
  });

  it("re-renders once when a note changes outside the plugin", async () => {
    const started = await startPlugin(VAULT);
    const { el, block } = await renderKeepingChild(started, "limit: 5");
    const renders = block.renders;
    started.app.vault.externalModify("People/Gus.md", note("tier: peer\nlast_touch: 2026-01-01"));
    await started.flush();
    expect(sections(el).Overdue).toEqual(["Gus | Peers | overdue 8 months", "Sam Rivera | Close allies | overdue 6 weeks", "Kenji | Aspirational | overdue 3 months"]);
    expect(block.renders - renders).toBe(1);
  });

  it("re-renders a block drawn by the harness too", async () => {
    const started = await startPlugin(VAULT);
    const el = await render(started, "show: overdue");
    started.app.vault.externalModify("People/Sam Rivera.md", note("tier: ally\nlast_touch: 2026-11-21"));
    await started.flush();
    expect(names(el)).toEqual(["Kenji"]);
  });

  it("stops listening once unloaded", async () => {
    const started = await startPlugin(VAULT);
    const before = listenerCount(started.plugin.index, "changed");
    const { el, block } = await renderKeepingChild(started, "limit: 5");
    expect(listenerCount(started.plugin.index, "changed")).toBe(before + 1);
    // A change arrives, then the block goes away before the queued redraw runs.
    started.plugin.index.trigger("changed");
    block.unload();
    const renders = block.renders;
    started.app.vault.externalModify("People/Gus.md", note("tier: peer\nlast_touch: 2026-01-01"));
    await started.flush();
    expect(listenerCount(started.plugin.index, "changed")).toBe(before);
    expect(block.renders).toBe(renders);
    expect(names(el)).not.toContain("Gus");
  });

  it("logs a touch from the button and moves the row", async () => {
    const started = await startPlugin(VAULT);
    const el = await render(started, "");
    click(row(el, "People/Sam Rivera.md").querySelector(".kit-block-log") as HTMLElement);
    await started.flush();
    expect(started.text("People/Sam Rivera.md")).toBe("---\ntier: ally\nlast_touch: 2026-11-22\ntopics: [hiring]\n---\n## Touches\n- 2026-11-22\n");
    expect(notices().at(-1)).toBe("Logged a touch with Sam Rivera. Undo");
    expect(sections(el).Overdue).toEqual(["Kenji | Aspirational | overdue 3 months"]);
  });

  it("opens the note when a name is clicked, in a new tab with ctrl or cmd", async () => {
    const started = await startPlugin(VAULT);
    const el = await render(started, "");
    click(row(el, "People/Ana Souza.md").querySelector(".kit-block-name") as HTMLElement);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe("People/Ana Souza.md");
    const tabs = started.app.workspace.getLeavesOfType("markdown").length;

    const link = row(el, "People/Noor.md").querySelector(".kit-block-name") as HTMLElement;
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true }));
    await started.flush();
    expect(started.app.workspace.getLeavesOfType("markdown")).toHaveLength(tabs + 1);
    expect(started.app.workspace.getLeavesOfType("markdown").map((l) => (l.view as O.MarkdownView).file?.path)).toContain("People/Noor.md");
    expect(started.app.vault.getMarkdownFiles()).toHaveLength(Object.keys(VAULT).length);
  });

  it("says it is reading before the index is built, then draws the agenda", async () => {
    const started = await startPlugin(VAULT, { ready: false });
    const el = await render(started, "show: overdue");
    expect(el.querySelector(".kit-block-empty")?.textContent).toBe("Reading your contacts…");
    await triggerLayoutReady(started.app);
    await started.plugin.api.ready;
    await started.flush();
    expect(names(el)).toEqual(["Sam Rivera", "Kenji"]);
  });

  it("shows errors even before the index is built", async () => {
    const started = await startPlugin(VAULT, { ready: false });
    expect(errors(await render(started, "limit: lots"))).toHaveLength(1);
  });

  it("says when there are no contacts", async () => {
    const el = await render(await startPlugin({ "Notes/x.md": "x" }), "");
    expect(el.querySelector(".kit-block-empty")?.textContent).toBe("No contacts yet.");
  });

  it("shows names as text, never as HTML", async () => {
    const el = await render(await startPlugin({ "People/<img src=x onerror=alert(1)>.md": note("tier: ally") }), "");
    expect(names(el)).toEqual(["<img src=x onerror=alert(1)>"]);
    expect(el.querySelector("img")).toBeNull();
  });
});

describe("the code block for one contact", () => {
  const PERSON_VAULT = {
    ...VAULT,
    "People/Ana Souza.md": note("tier: mentor", "## Touches\n- 2026-03-02 call\n- 2026-03-30 coffee\n- 2026-10-05 email\n"),
    "Daily/2026-03-09.md": "Lunch with [[Ana Souza]].\n",
  };
  const DAILY_NOTES = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };

  it("shows the person's line and a year of touches, month by month, each bar explaining itself", async () => {
    const el = await render(await startPlugin(PERSON_VAULT, { internalPlugins: DAILY_NOTES }), "contact: [[Ana Souza]]");
    expect(el.querySelector(".kit-block-section")).toBeNull();
    const line = row(el, "People/Ana Souza.md");
    expect([".kit-block-name", ".kit-block-tier", ".kit-block-status", ".kit-block-warmth"].map((cls) => line.querySelector(cls)?.textContent)).toEqual([
      "Ana Souza",
      "Mentors",
      "last touch 7 weeks ago",
      "69% warm",
    ]);
    expect(line.querySelector(".kit-block-warmth")?.getAttribute("aria-label")).toBe("Warmth: half-life 3 months; last touch 7 weeks ago: 69%");
    const bars = el.querySelector(".kit-block-person .kit-history-bars")!;
    expect(bars.querySelectorAll(".kit-history-month")).toHaveLength(12);
    expect(bars.querySelector('[data-month="2026-03"]')?.getAttribute("aria-label")).toBe("March 2026: 3 touches");
    expect(bars.querySelector('[data-month="2026-10"]')?.getAttribute("aria-label")).toBe("October 2026: 1 touch");
    expect(bars.querySelector('[data-month="2026-11"]')?.getAttribute("aria-label")).toBe("November 2026: 0 touches");
  });

  it("finds the person by a plain name or a path, and opens the note from the name", async () => {
    const started = await startPlugin(PERSON_VAULT);
    expect(names(await render(started, "contact: sam rivera"))).toEqual(["Sam Rivera"]);
    const el = await render(started, "contact: [[People/Kenji|K]]\nlimit: 2");
    expect(names(el)).toEqual(["Kenji"]);
    click(el.querySelector(".kit-block-name")!);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe("People/Kenji.md");
  });

  it("says inline when no contact has that name", async () => {
    const el = await render(await startPlugin(PERSON_VAULT), "# my mentor\ncontact: [[Ana Sousa]]");
    expect(errors(el)).toEqual(['Line 2: contact: there is no contact "Ana Sousa". Did you mean "Ana Souza"? A contact is a note in the contacts folder, with a tier or with the contact tag.']);
    expect(el.querySelector(".kit-history-bars, .kit-block-row")).toBeNull();
  });

  it("redraws the bars when a touch is logged", async () => {
    const started = await startPlugin(PERSON_VAULT);
    const el = await render(started, "contact: Ana Souza");
    await started.plugin.actions.logTouch({ path: "People/Ana Souza.md", name: "Ana Souza" });
    await started.flush();
    expect(el.querySelector('[data-month="2026-11"]')?.getAttribute("aria-label")).toBe("November 2026: 1 touch");
    expect(el.querySelector(".kit-block-status")?.textContent).toBe("last touch today");
  });
});
