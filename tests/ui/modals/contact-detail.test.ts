import { describe, expect, it } from "vitest";
import { chooseSuggestion, click, lastMenu, lastModal, modalReady, runCommand, setSuggestQuery } from "../../fake/harness";
import { ContactDetailModal } from "../../../src/ui/modals/contact-detail-modal";
import { ContactSuggestModal } from "../../../src/ui/modals/contact-suggest-modal";
import { LogTouchModal } from "../../../src/ui/modals/log-touch-modal";
import { note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";

const DAILY = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
const ANA = "People/Ana Souza.md";
const SAM = "People/Sam Rivera.md";
const ANA_NOTE = note(
  "tier: mentor\ntopics: [fundraising, hiring]\nbirthday: --11-25",
  "## Promises\n- [ ] send the deck 📅 2026-11-30\n\n## Touches\n- 2026-07-01 call\n- 2026-07-15 coffee\n- 2026-07-29 email\n- 2026-08-12 call\n- 2026-08-26 coffee\n",
);
const VAULT = {
  [ANA]: ANA_NOTE,
  [SAM]: note("tier: ally\nlast_touch: 2026-11-20"),
  "Daily/2026-08-19.md": "Ran into [[Ana Souza]] at the conference.\n",
};

async function start(): Promise<Started> {
  return startPlugin(VAULT, { internalPlugins: DAILY });
}

/** The detail modal that is open now, once it has read the touch log. */
async function openedDetail(started: Started): Promise<ContactDetailModal> {
  const modal = lastModal<unknown>();
  expect(modal).toBeInstanceOf(ContactDetailModal);
  await modalReady(modal as ContactDetailModal);
  await started.flush();
  return modal as ContactDetailModal;
}

function facts(modal: ContactDetailModal): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of Array.from(modal.contentEl.querySelectorAll(".kit-detail-fact"))) {
    out[row.querySelector(".kit-detail-label")?.textContent ?? "?"] = row.querySelector(".kit-detail-value")?.textContent ?? "";
  }
  return out;
}

function barLabel(modal: ContactDetailModal, month: string): string | null | undefined {
  return modal.contentEl.querySelector(`.kit-history-bars [data-month="${month}"]`)?.getAttribute("aria-label");
}

function partText(modal: ContactDetailModal, cls: string): string[] {
  return Array.from(modal.contentEl.querySelectorAll(`.${cls} li, .${cls} .kit-detail-part-title + div`)).map((e) => e.textContent ?? "");
}

describe("the contact detail", () => {
  it("says where the person is and the time there, with everything a row leaves out", async () => {
    const started = await startPlugin({ [SAM]: note("tier: ally\nlast_touch: 2026-11-20\nlocation: Tokyo\ntimezone: Asia/Tokyo") });
    started.plugin.now = () => new Date(Date.UTC(2026, 10, 22, 14, 5));
    await started.app.workspace.setActiveFile(started.app.vault.getFileByPath(SAM));
    await runCommand(started.app, "show-contact-details");
    const modal = await openedDetail(started);
    expect(facts(modal).Place).toBe("Tokyo, 23:05 there \u2014 late evening for them (UTC+9)");
  });

  it("shows rhythm, last touch, warmth, drift, a year of touches, promises, topics and dates for the active note's contact", async () => {
    const started = await start();
    await started.app.workspace.setActiveFile(started.app.vault.getFileByPath(ANA));
    await runCommand(started.app, "show-contact-details");
    const modal = await openedDetail(started);
    expect(modal.titleEl.textContent).toBe("Ana Souza");
    expect(facts(modal)).toEqual({
      Tier: "Mentors, every 8–12 weeks",
      "Last touch": "2026-08-26, 3 months ago",
      Warmth: "half-life 3 months; last touch 3 months ago: 51%",
      Rhythm: "Usually every 2 weeks (median of the last 5 gaps); last touch 3 months ago, drifting: 6.3× the usual gap (flagged from 2×).",
    });
    const bar = modal.contentEl.querySelector(".kit-detail-warmth .kit-warmth")!;
    expect(bar.getAttribute("data-warmth")).toBe("5");
    expect(bar.getAttribute("aria-label")).toBe("Warmth: half-life 3 months; last touch 3 months ago: 51%");
    expect(modal.contentEl.querySelector(".kit-detail-drift")?.classList.contains("kit-detail-drifting")).toBe(true);

    expect(modal.contentEl.querySelectorAll(".kit-history-bars .kit-history-month")).toHaveLength(12);
    expect(barLabel(modal, "2026-07")).toBe("July 2026: 3 touches (3 logged)");
    expect(barLabel(modal, "2026-08")).toBe("August 2026: 3 touches (2 logged, 1 mention)");
    expect(barLabel(modal, "2026-09")).toBe("September 2026: 0 touches");
    const height = (month: string) => modal.contentEl.querySelector(`[data-month="${month}"] .kit-history-bar`)?.getAttribute("height");
    expect([height("2026-07"), height("2026-08"), height("2026-09")]).toEqual(["40", "40", "0"]);

    // Promises as people read them: the due date said once, the 📅 left out.
    expect(partText(modal, "kit-detail-promises")).toEqual(["send the deck, due in 8 days"]);
    expect(partText(modal, "kit-detail-topics")).toEqual(["fundraising, hiring"]);
    expect(partText(modal, "kit-detail-dates")).toEqual(["Birthday in 3 days (11-25)"]);
    expect(modal.contentEl.querySelector(".kit-detail-warnings")).toBeNull();
  });

  it("draws the year's calendar for the person when asked, a square a day", async () => {
    const started = await start();
    new ContactDetailModal(started.plugin.host, started.plugin.index.get(ANA)!).open();
    const modal = await openedDetail(started);
    const calendar = modal.contentEl.querySelector<HTMLDetailsElement>("details.kit-detail-calendar")!;
    expect(calendar.querySelector(".kit-heatmap")).toBeNull();
    calendar.open = true;
    calendar.dispatchEvent(new Event("toggle"));
    const heatmap = calendar.querySelector(".kit-heatmap")!;
    expect(heatmap.querySelectorAll(".kit-heat-cell")).toHaveLength(53 * 7);
    expect(heatmap.querySelectorAll(".kit-heat-cell.kit-heat-4")).toHaveLength(6);
    expect(heatmap.querySelector('[data-date="2026-08-19"]')?.getAttribute("aria-label")).toBe("Wednesday 19 August 2026: 1 touch (1 mention)");
    expect(heatmap.querySelector('[data-date="2026-08-12"]')?.getAttribute("aria-label")).toBe("Wednesday 12 August 2026: 1 touch (1 logged)");
    expect(heatmap.querySelector('[data-date="2026-08-13"]')?.getAttribute("class")).toBe("kit-heat-cell kit-heat-0");
  });

  it("asks for a contact when the active note isn't one", async () => {
    const started = await start();
    await runCommand(started.app, "show-contact-details");
    const picker = lastModal<ContactSuggestModal>();
    expect(picker).toBeInstanceOf(ContactSuggestModal);
    await setSuggestQuery(picker!, "sam");
    await chooseSuggestion(picker!, 0);
    const modal = await openedDetail(started);
    expect(modal.titleEl.textContent).toBe("Sam Rivera");
    expect(facts(modal)["Rhythm"]).toBe("No rhythm yet: it takes 3 gaps between touches (bursts of touches within 3 days count once).");
    expect(barLabel(modal, "2026-11")).toBe("November 2026: 1 touch (1 logged)");
  });

  it("opens from a row's menu in the view", async () => {
    const started = await start();
    const view = await openView(started);
    click(view.contentEl.querySelector(`.kit-row[data-path="${ANA}"] .kit-more`)!);
    expect(lastMenu()?.items[0]?.title).toBe("Details and history");
    lastMenu()?.click("Details and history");
    const modal = await openedDetail(started);
    expect(modal.titleEl.textContent).toBe("Ana Souza");
  });

  it("logs a touch from its button and redraws with it", async () => {
    const started = await start();
    new ContactDetailModal(started.plugin.host, started.plugin.index.get(ANA)!).open();
    const modal = await openedDetail(started);
    click(Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Log touch…")!);
    const log = lastModal<LogTouchModal>();
    expect(log).toBeInstanceOf(LogTouchModal);
    await modalReady(log!);
    expect(await log!.submit()).toBe(true);
    await started.flush();
    expect(started.text(ANA)).toContain("- 2026-08-26 coffee\n- 2026-11-22\n");
    expect(lastModal()).toBe(modal);
    expect(facts(modal)["Last touch"]).toBe("2026-11-22, today");
    expect(barLabel(modal, "2026-11")).toBe("November 2026: 1 touch (1 logged)");
    expect(modal.contentEl.querySelector(".kit-detail-warmth .kit-warmth")?.getAttribute("data-warmth")).toBe("10");
  });

  it("opens the note and closes itself", async () => {
    const started = await start();
    new ContactDetailModal(started.plugin.host, started.plugin.index.get(SAM)!).open();
    const modal = await openedDetail(started);
    click(Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Open note")!);
    await started.flush();
    expect(started.app.workspace.getActiveFile()?.path).toBe(SAM);
    expect(lastModal()).toBeNull();
  });

  it("lists the note's problems, as text", async () => {
    const started = await startPlugin({ [SAM]: note("tier: ally\nlast_touch: someday\ncadence: <b>often</b>") });
    new ContactDetailModal(started.plugin.host, started.plugin.index.get(SAM)!).open();
    const modal = await openedDetail(started);
    const problems = partText(modal, "kit-detail-warnings");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("<b>often</b>");
    expect(modal.contentEl.querySelector("b")).toBeNull();
    expect(facts(modal)["Last touch"]).toBe("Never");
  });
});
