import { describe, expect, it } from "vitest";
import { notices } from "../fake/harness";
import { note, openView, setListWidth, startPlugin } from "./start-plugin";

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";

describe("warmth and drift", () => {
  it("are in the API: warmth from the tier's half-life, rhythm and drift from logged touches and mentions", async () => {
    const { plugin } = await startPlugin({
      // Peers: half-life 3 months. Last touch 91 days ago: just under 50%.
      [SAM]: note("tier: peer", "## Touches\n- 2026-07-01 call\n- 2026-07-15 call\n- 2026-07-29 call\n- 2026-08-23 coffee\n"),
      // Close allies: half-life 6 months. Touched every two weeks, the last one in a daily note 4 weeks ago.
      [ANA]: note("tier: ally", "## Touches\n- 2026-09-13 call\n- 2026-09-27 call\n- 2026-10-11 call\n"),
      "Daily/2026-10-25.md": "Lunch with [[Ana Souza]].\n",
    });
    const byName = (name: string) => plugin.api.getContacts().find((c) => c.name === name);
    expect(byName("Sam Rivera")).toMatchObject({ rhythmDays: 14, drifting: true });
    expect(byName("Sam Rivera")?.warmth).toBeCloseTo(Math.pow(0.5, 91 / 90), 12);
    expect(byName("Ana Souza")).toMatchObject({ rhythmDays: 14, drifting: true, lastTouch: "2026-10-25" });
    expect(byName("Ana Souza")?.warmth).toBeCloseTo(Math.pow(0.5, 28 / 180), 12);
  });

  it("show in the row as a bar and a mark that explain themselves on hover and on tap", async () => {
    const started = await startPlugin({
      [SAM]: note("tier: peer", "## Touches\n- 2026-07-01 call\n- 2026-07-15 call\n- 2026-07-29 call\n- 2026-08-23 coffee\n"),
    });
    const view = await openView(started);
    setListWidth(view, 600);
    const row = view.containerEl.querySelector<HTMLElement>(`.kit-row[data-path="${SAM}"]`);
    const bar = row?.querySelector<HTMLElement>(".kit-warmth");
    expect(bar?.getAttr("data-warmth")).toBe("5");
    expect(bar?.getAttr("title")).toBe("Warmth: half-life 3 months; last touch 3 months ago: 50%");
    const drift = row?.querySelector<HTMLElement>(".kit-drift");
    expect(drift?.getAttr("title")).toBe("Usually every 2 weeks (median of the last 3 gaps); last touch 3 months ago, drifting: 6.5× the usual gap (flagged from 2×).");
    bar?.click();
    expect(notices().at(-1)).toBe("Warmth: half-life 3 months; last touch 3 months ago: 50%");
    drift?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(notices().at(-1)).toContain("drifting: 6.5×");
  });

  it("leave a contact without history unflagged", async () => {
    const started = await startPlugin({ [SAM]: note("tier: peer") });
    const view = await openView(started);
    setListWidth(view, 600);
    expect(started.plugin.api.getContacts()[0]).toMatchObject({ warmth: 0, rhythmDays: null, drifting: false });
    expect(view.containerEl.querySelector(".kit-drift")).toBeNull();
    expect(view.containerEl.querySelector(".kit-warmth")?.getAttr("title")).toBe("Warmth: half-life 3 months; never touched: 0%");
  });
});
