import { describe, expect, it } from "vitest";
import { click, getView, notices, runCommand } from "../../fake/harness";
import { ReviewView, VIEW_TYPE_REVIEW } from "../../../src/ui/review/review-view";
import { note, startPlugin } from "../../obsidian/start-plugin";

const VAULT = {
  "People/Hannah Schmidt.md": note("tier: peer", "## Touches\n- 2026-10-30 call →\n- 2026-11-17 check-in ←\n"),
  "People/Helen Okoye.md": note("tier: mentor", "## Touches\n- 2026-09-01 intro → — to [[Wei Zhang]]\n- 2026-10-05 coffee\n"),
  "People/Wei Zhang.md": note("tier: peer", "## Touches\n- 2026-09-01 intro → — to [[Helen Okoye]]\n"),
  "People/Kenji Watanabe.md": note("tier: aspirational", "## Touches\n- 2026-04-01 resource → gave\n"),
};

describe("the review's reciprocity section", () => {
  it("has a line for replies owed, introductions made and followed up, and long silences, each with its rule", async () => {
    const started = await startPlugin(VAULT);
    expect(await runCommand(started.app, "open-review")).toBe(true);
    const view = getView<ReviewView>(started.app, VIEW_TYPE_REVIEW);
    if (!view) throw new Error("the review did not open");
    for (let i = 0; i < 20 && view.renders === 0; i++) await started.flush();
    const text = (cls: string) => view.contentEl.querySelector<HTMLElement>(`[data-section="reciprocity"] .${cls}`);
    expect(text("kit-review-replies-owed")?.textContent).toBe("Replies owed: 1 (Hannah Schmidt since 2026-11-17).");
    expect(text("kit-review-introductions")?.textContent).toBe("Introductions: 1 made in the last 90 days (2026-08-25 to 2026-11-22); 1 of the 1 past their follow-up day followed up.");
    expect(text("kit-review-long-silences")?.textContent).toBe("Long silences: 1 (Kenji Watanabe, 8 months).");
    click(text("kit-review-introductions")!);
    expect(notices().at(-1)).toMatch(/^An introduction is a touch of the kind intro/);
  });
});
