import { describe, expect, it } from "vitest";
import { click, lastMenu } from "../../fake/harness";
import { RelationshipsView } from "../../../src/ui/sidebar/relationships-view";
import { note, startPlugin, openView } from "../../obsidian/start-plugin";

/** 300 overdue people, most overdue first: Person 000 (touched longest ago) to Person 299. */
function crowd(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) {
    const d = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    files[`People/Person ${String(i).padStart(3, "0")}.md`] = note(`tier: peer\nlast_touch: ${d}`);
  }
  return files;
}

function overdueRows(view: RelationshipsView): HTMLElement[] {
  return Array.from(view.contentEl.querySelectorAll<HTMLElement>(".kit-section-overdue .kit-row"));
}

function press(el: HTMLElement, key: string): void {
  el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

describe("the relationships view with many people", () => {
  it("draws the rows on screen, not everyone, and says how many there are", async () => {
    const view = await openView(await startPlugin(crowd()));
    const rows = overdueRows(view);
    expect(view.contentEl.querySelector(".kit-section-overdue .kit-count")?.textContent).toBe("300");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(rows[0]?.querySelector(".kit-name")?.textContent).toBe("Person 000");
    // Screen readers hear the whole list: position and size on every row.
    expect(rows[0]?.getAttribute("aria-posinset")).toBe("1");
    expect(rows[0]?.getAttribute("aria-setsize")).toBe("300");
    expect(rows[0]?.parentElement?.tagName).toBe("UL");
  });

  it("moves between rows with the arrow keys, drawing the next ones as it goes", async () => {
    const view = await openView(await startPlugin(crowd()));
    const rows = overdueRows(view);
    const last = rows[rows.length - 1] as HTMLElement;
    const lastLog = last.querySelector<HTMLElement>(".kit-log") as HTMLElement;
    lastLog.focus();
    press(lastLog, "ArrowDown");
    const focused = document.activeElement as HTMLElement;
    expect(focused.classList.contains("kit-log")).toBe(true);
    expect(focused.closest(".kit-row")?.getAttribute("aria-posinset")).toBe(String(rows.length + 1));
    expect(focused.getAttribute("aria-label")).toBe(`Log a touch with Person ${String(rows.length).padStart(3, "0")} today`);
    press(focused, "ArrowUp");
    expect((document.activeElement as HTMLElement).closest(".kit-row")?.getAttribute("aria-posinset")).toBe(String(rows.length));
    // The list stays small.
    expect(overdueRows(view).length).toBeLessThanOrEqual(30);
  });

  it("opens the row menu under its button from the keyboard", async () => {
    const view = await openView(await startPlugin(crowd()));
    const more = overdueRows(view)[0]?.querySelector<HTMLElement>(".kit-more") as HTMLElement;
    expect(more.getAttribute("aria-label")).toBe("More actions for Person 000");
    click(more);
    expect(lastMenu()?.items.map((i) => i.title)).toContain("Snooze 1 week");
  });

  it("redraws one row when one person changes, and keeps the others", async () => {
    const started = await startPlugin(crowd());
    const view = await openView(started);
    const before = overdueRows(view);
    started.app.vault.externalModify("People/Person 000.md", note("tier: peer\nlast_touch: 2026-11-22"));
    await started.flush();
    const after = overdueRows(view);
    expect(view.contentEl.querySelector(".kit-section-overdue .kit-count")?.textContent).toBe("299");
    expect(after[0]?.querySelector(".kit-name")?.textContent).toBe("Person 001");
    // Every row that stays is the same element; only the one that entered the window is new.
    expect(after.slice(0, -1)).toEqual(before.slice(1));
    expect(before).not.toContain(after[after.length - 1]);
  });

  it("remembers whether the list of everyone else is open", async () => {
    const started = await startPlugin({ ...crowd(), "People/Fresh.md": note("tier: peer\nlast_touch: 2026-11-20") });
    const view = await openView(started);
    expect(view.getState()).toMatchObject({ restOpen: false });
    await view.setState({ restOpen: true }, { history: false });
    expect((view.contentEl.querySelector("details.kit-rest") as HTMLDetailsElement).open).toBe(true);
    expect(view.getState()).toMatchObject({ restOpen: true });
  });
});

describe("the window follows the scroll position", () => {
  it("draws the rows in view (plus a few), wherever the list is scrolled", async () => {
    const view = await openView(await startPlugin(crowd()));
    const list = view.contentEl.querySelector<HTMLElement>(".kit-list") as HTMLElement;
    const rowsEl = view.contentEl.querySelector<HTMLElement>(".kit-section-overdue .kit-rows") as HTMLElement;
    // A layout, as a sidebar 440 px tall gives it: 44 px rows, the overdue rows 30 px below the top of the list.
    const rect = (top: number, height: number) => ({ top, bottom: top + height, height, left: 0, right: 200, width: 200, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    Object.defineProperty(list, "clientHeight", { configurable: true, get: () => 440 });
    list.getBoundingClientRect = () => rect(0, 440);
    rowsEl.getBoundingClientRect = () => rect(30 - list.scrollTop, 300 * 44);
    const positions = () => overdueRows(view).map((r) => Number(r.getAttribute("aria-posinset")));
    for (const row of overdueRows(view)) row.getBoundingClientRect = () => rect(0, 44);

    list.scrollTop = 30 + 100 * 44; // row 101 at the top
    list.dispatchEvent(new Event("scroll"));
    await new Promise((resolve) => window.requestAnimationFrame(() => resolve(undefined)));
    const shown = positions();
    expect(shown[0]).toBeLessThanOrEqual(101);
    expect(shown).toContain(101);
    expect(shown).toContain(110); // the last row in view
    expect(shown.length).toBeLessThanOrEqual(10 + 2 * 6);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });
});
