/**
 * The review view on the fixture vault (tests/fixtures/review-vault), on 2026-11-22.
 * tests/obsidian/review.test.ts works each figure out by hand; here the view must
 * draw those figures: bars with their values, labels with their numbers, and the
 * words behind each one on hover and tap.
 */
import { describe, expect, it } from "vitest";
import { chooseSuggestion, click, findSetting, getView, lastModal, modalReady, notices, openSettingTab, runCommand, selectOption, setSuggestQuery, typeText } from "../../fake/harness";
import { ReviewView, VIEW_TYPE_REVIEW } from "../../../src/ui/review/review-view";
import { startReviewVault } from "../../obsidian/review-fixture";
import { note, startPlugin, type Started } from "../../obsidian/start-plugin";
import type { ContactSuggestModal } from "../../../src/ui/modals/contact-suggest-modal";

async function openReview(started: Started): Promise<ReviewView> {
  expect(await runCommand(started.app, "open-review")).toBe(true);
  const view = getView<ReviewView>(started.app, VIEW_TYPE_REVIEW);
  if (!view) throw new Error("the review did not open");
  await redrawn(started, view, 0);
  return view;
}

/** Lets the view read the touch logs and draw, until it has drawn more than `before` times. */
async function redrawn(started: Started, view: ReviewView, before: number): Promise<void> {
  for (let i = 0; i < 20 && view.renders <= before; i++) await started.flush();
  expect(view.renders).toBeGreaterThan(before);
}

const el = (view: ReviewView, selector: string) => {
  const found = view.contentEl.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const texts = (view: ReviewView, selector: string) => Array.from(view.contentEl.querySelectorAll(selector)).map((e) => e.textContent);
const values = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((e) => [e.getAttribute("data-part"), Number(e.getAttribute("data-value"))]);

describe("the review view", () => {
  it("opens from its command in a tab of the main area, over the last 90 days", async () => {
    const started = await startReviewVault();
    const view = await openReview(started);
    const main = started.app.workspace.getLayout().main as { type: string }[];
    expect(main.filter((leaf) => leaf.type === VIEW_TYPE_REVIEW)).toHaveLength(1);
    expect(el(view, ".kit-review-period").getAttribute("aria-label")).toBe("Period to review");
    expect((el(view, ".kit-review-period") as HTMLSelectElement).value).toBe("90");
    expect(el(view, ".kit-review-summary").textContent).toBe("8 people, the last 90 days (2026-08-25 to 2026-11-22). Leaves out 1 paused contact.");
    expect(texts(view, ".kit-review-heading")).toEqual(["Tiers: on time", "Segment sizes", "Reciprocity", "Initiative", "Drifting and cooling", "Tier suggestions", "Topics", "Whole-network calendar"]);
    // Opening it again brings the same tab forward.
    await runCommand(started.app, "open-review");
    expect(started.app.workspace.getLeavesOfType(VIEW_TYPE_REVIEW)).toHaveLength(1);
  });

  it("draws each tier's on-time bar and figures", async () => {
    const view = await openReview(await startReviewVault());
    const peers = el(view, '.kit-review-tier[data-tier="peer"]');
    expect(values(peers, ".kit-review-part")).toEqual([
      ["on-time", 1],
      ["late", 1],
      ["never", 1],
    ]);
    expect(peers.querySelector(".kit-review-on-time-count")?.textContent).toBe("1 of 3 on time");
    expect(peers.querySelector(".kit-review-on-time-count")?.getAttribute("aria-label")).toBe(
      "Peers: 1 of 3 people on time (overdue line 10 weeks, or their own cadence). Late at least once: Eve. Never touched: Gia.",
    );
    expect(peers.querySelector(".kit-review-touches")?.textContent).toBe("8 touch days, cadence asks 4–6");
    expect(texts(view, ".kit-review-tier .kit-review-on-time-count")).toEqual(["2 of 2 on time", "1 of 3 on time", "1 of 2 on time", "1 of 1 on time"]);
    expect(texts(view, ".kit-review-tier .kit-review-touches")).toEqual(["11 touch days, cadence asks 11–24", "8 touch days, cadence asks 4–6", "4 touch days, cadence asks 2–3", "0 touch days, cadence asks 1"]);
    // The SVG parts explain themselves on hover.
    expect(peers.querySelector('[data-part="late"] title')?.textContent).toBe("Peers, late at least once: Eve");
  });

  it("draws segment sizes against the suggested start", async () => {
    const view = await openReview(await startReviewVault());
    const allies = el(view, '.kit-review-segment[data-tier="ally"]');
    expect(Number(allies.querySelector(".kit-review-fill")?.getAttribute("data-value"))).toBe(2);
    expect(Number(allies.querySelector(".kit-review-mark")?.getAttribute("data-value"))).toBe(5);
    expect(texts(view, ".kit-review-segment .kit-review-size")).toEqual([
      "2 people (suggested start 5)",
      "3 people (suggested start 10)",
      "2 people (suggested start 3)",
      "1 person (suggested start 10)",
    ]);
  });

  it("shows reciprocity with its flag, and who reached out", async () => {
    const view = await openReview(await startReviewVault());
    const section = el(view, '.kit-review-section[data-section="reciprocity"]');
    expect(values(section, ".kit-review-part")).toEqual([
      ["gave", 7],
      ["asked", 9],
      ["exchanged", 4],
    ]);
    expect(texts(view, ".kit-review-legend-item")).toEqual(["Gave 7 (35%)", "Asked 9 (45%)", "Exchanged 4 (20%)"]);
    expect(section.querySelector(".kit-review-rule")?.textContent).toBe(
      "The 20 newest touches with an exchange recorded, across everyone, from 2026-08-27 to 2026-11-20 (at most 20). Asking in more than 40% of them is flagged.",
    );
    expect(section.querySelector(".kit-review-flag")?.textContent).toContain("Asking in 45% of them, over 40%");

    expect(texts(view, ".kit-review-initiative .kit-review-name")).toEqual(["Ana", "Hal", "Ben", "Ivy", "Cleo", "Eve"]);
    expect(texts(view, ".kit-review-initiative .kit-review-directions")).toEqual(["→ 5 ↔ 0 ← 0", "→ 1 ↔ 0 ← 4", "→ 3 ↔ 1 ← 3", "→ 2 ↔ 1 ← 0", "→ 0 ↔ 0 ← 1", "→ 1 ↔ 0 ← 0"]);
    expect(texts(view, ".kit-review-initiative .kit-review-one-sided")).toEqual(["One-sided: you", "One-sided: them"]);
    expect(el(view, '.kit-review-initiative[data-path="People/Hal.md"] .kit-review-one-sided').getAttribute("aria-label")).toBe(
      "Hal: you reached out 1, they did 4, both 0 (5 touches with a direction). One-sided: they started 80%.",
    );
  });

  it("lists drifting and cooling people, and explains a figure when tapped", async () => {
    const view = await openReview(await startReviewVault());
    expect(texts(view, ".kit-review-drift .kit-review-name")).toEqual(["Eve"]);
    expect(texts(view, ".kit-review-drift .kit-review-silence")).toEqual(["87 days quiet, usually 2 weeks"]);
    expect(texts(view, ".kit-review-cool .kit-review-name")).toEqual(["Dev"]);
    const warmth = el(view, ".kit-review-cool .kit-review-warmth");
    expect(warmth.textContent).toBe("12% warm");
    click(warmth);
    expect(notices().at(-1)).toBe("Dev: half-life 6 weeks; last touch 4 months ago: 12%, below 25% (the cooling line in settings).");
  });

  it("applies a tier suggestion by writing the tier property, and redraws", async () => {
    const started = await startReviewVault();
    const view = await openReview(started);
    expect(texts(view, ".kit-review-suggestion .kit-review-name")).toEqual(["Ben", "Cleo"]);
    expect(texts(view, ".kit-review-suggestion .kit-review-reason")).toEqual([
      "touched 7 times in 90 days; Peers ask for one every 6–10 weeks (at most about 2 in 90 days)",
      "overdue twice in 90 days (gaps of 128 and 88 days); Mentors ask for one every 8–12 weeks",
    ]);
    const before = started.text("People/Ben.md") ?? "";
    const renders = view.renders;
    click(el(view, '.kit-review-apply[data-path="People/Ben.md"]'));
    await redrawn(started, view, renders);
    expect(started.text("People/Ben.md")).toBe(before.replace("tier: peer\n", "tier: ally\n"));
    expect(notices().at(-1)).toBe("Ben is now in Close allies. Undo");
    expect(texts(view, ".kit-review-suggestion .kit-review-name")).toEqual(["Cleo"]);
    expect(texts(view, ".kit-review-tier .kit-review-on-time-count")[0]).toBe("3 of 3 on time");
    // One step to take back: the note is as it was, and the suggestion is back.
    const again = view.renders;
    expect(await started.plugin.actions.undo()).toBe(true);
    await redrawn(started, view, again);
    expect(started.text("People/Ben.md")).toBe(before);
    expect(notices().at(-1)).toBe("Undone: moved Ben to Close allies.");
    expect(texts(view, ".kit-review-suggestion .kit-review-name")).toEqual(["Ben", "Cleo"]);
  });

  it("reviews another period when the selector changes, and keeps it in the view's state", async () => {
    const started = await startReviewVault();
    const view = await openReview(started);
    const renders = view.renders;
    selectOption(el(view, ".kit-review-period") as HTMLSelectElement, "30");
    await redrawn(started, view, renders);
    expect(el(view, ".kit-review-summary").textContent).toBe("8 people, the last 30 days (2026-10-24 to 2026-11-22). Leaves out 1 paused contact.");
    expect(texts(view, ".kit-review-legend-item")).toEqual(["Gave 3 (33%)", "Asked 3 (33%)", "Exchanged 3 (33%)"]);
    expect(view.contentEl.querySelector(".kit-review-flag")?.textContent ?? "").not.toContain("Asking");
    expect(texts(view, ".kit-review-suggestion")).toEqual([]);
    expect(view.getState()).toMatchObject({ periodDays: 30 });
  });

  it("reads a changed arrow in a touch log again", async () => {
    const started = await startReviewVault();
    const view = await openReview(started);
    const file = started.app.vault.getFileByPath("People/Ivy.md")!;
    const renders = view.renders;
    await started.app.vault.process(file, (text) => text.replace("2026-10-01 resource → gave", "2026-10-01 resource ← gave"));
    await redrawn(started, view, renders);
    expect(el(view, '.kit-review-initiative[data-path="People/Ivy.md"] .kit-review-directions').textContent).toBe("→ 1 ↔ 1 ← 1");
  });

  it("shows topics and the whole-network calendar, for everyone or one person", async () => {
    const started = await startReviewVault();
    const view = await openReview(started);
    expect(el(view, ".kit-review-held-by-one").textContent).toBe("4 of 7 topics held by one person (57%)");
    expect(texts(view, ".kit-review-topic .kit-review-label")).toEqual(["product", "hiring", "research", "climate", "design", "rust", "writing"]);
    expect(texts(view, ".kit-review-topic .kit-review-topic-count")).toEqual(["4", "2", "2", "1", "1", "1", "1"]);
    // Touch days since 2025-11-17 of everyone not paused: Ana 7, Ben 8, Cleo 2, Dev 1, Eve 5, Hal 5, Ivy 4.
    expect(el(view, ".kit-heatmap").getAttribute("aria-label")).toBe("Touches with everyone: 32 touches from 2025-11-17 to 2026-11-22");
    const renders = view.renders;
    click(el(view, ".kit-review-pick-person"));
    const picker = lastModal<ContactSuggestModal>()!;
    await modalReady(picker);
    await setSuggestQuery(picker, "Ben");
    await chooseSuggestion(picker, 0);
    await redrawn(started, view, renders);
    expect(el(view, ".kit-review-calendar-who").textContent).toBe("Ben");
    expect(el(view, ".kit-heatmap").getAttribute("aria-label")).toBe("Touches with Ben: 8 touches from 2025-11-17 to 2026-11-22");
    expect(el(view, '.kit-heat-cell[data-date="2026-11-20"]').getAttribute("aria-label")).toBe("Friday 20 November 2026: 1 touch (1 logged)");
    click(el(view, ".kit-review-everyone"));
    await redrawn(started, view, renders + 1);
    expect(el(view, ".kit-review-calendar-who").textContent).toBe("Everyone");
  });

  it("lists as cooling whoever is below the line set in settings", async () => {
    const started = await startReviewVault();
    const view = await openReview(started);
    const tab = openSettingTab(started.app);
    const input = findSetting(tab.containerEl, "Cooling below").querySelector("input")!;
    expect(input.value).toBe("25");
    typeText(input, "100");
    expect(started.plugin.settings.coolingBelow).toBe(0.25);
    typeText(input, "60");
    expect(started.plugin.settings.coolingBelow).toBe(0.6);
    await view.refresh();
    // Cleo 88 and Eve 87 days since a touch, with a peer's and a mentor's half-life of 90 days: 51%.
    expect(texts(view, ".kit-review-cool .kit-review-name")).toEqual(["Dev", "Cleo", "Eve"]);
    expect(texts(view, ".kit-review-cool .kit-review-warmth")).toEqual(["12% warm", "51% warm", "51% warm"]);
  });

  it("keeps long lists short in a large vault, and counts the rest", async () => {
    // 35 aspirational contacts last touched a year ago: warmth 0.5^(365/42), all cooling.
    const files = Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`People/P${String(i).padStart(2, "0")}.md`, note("tier: aspirational", "## Touches\n- 2025-11-22 call\n")]));
    const view = await openReview(await startPlugin(files));
    expect(view.contentEl.querySelectorAll(".kit-review-cool")).toHaveLength(30);
    expect(el(view, ".kit-review-cooling .kit-review-more").textContent).toBe("And 5 more cooling.");
    expect(el(view, '.kit-review-segment[data-tier="aspirational"] .kit-review-size').textContent).toBe("35 people (suggested start 10)");
  });
});
