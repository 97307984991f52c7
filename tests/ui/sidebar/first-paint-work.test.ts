import { describe, expect, it } from "vitest";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../../../src/ui/sidebar/relationships-view";
import { looksAtEveryone, note, startPlugin } from "../../obsidian/start-plugin";

/**
 * Opening the view shows the people first: the rows on screen, without a look at
 * every contact; the rows around them and the parts below the lists (which do look at
 * everyone) follow in the next frame. A touch afterwards redraws the rows it moves and none of the parts it
 * doesn't change. Work is counted, never timed.
 */

const PEOPLE = 300;

function vault(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < PEOPLE; i++) {
    const d = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    files[`People/Person ${String(i).padStart(3, "0")}.md`] = note(`tier: peer\nlast_touch: ${d}`);
  }
  files["People/Sam Rivera.md"] = note("tier: ally\nlast_touch: 2026-09-01\ncompany: Acme", "## Promises\n- [ ] send the scorecard\n");
  files["People/New One.md"] = note("company: Acme");
  return files;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => window.requestAnimationFrame(() => resolve()));
}

describe("opening the relationships view", () => {
  it("draws the rows on screen first, without a look at everyone, and the parts below them in the next frame", async () => {
    const started = await startPlugin(vault());
    const leaf = started.app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error("no right leaf");
    let view: RelationshipsView | null = null;
    const looks = await looksAtEveryone(started, async () => {
      await leaf.setViewState({ type: VIEW_TYPE_RELATIONSHIPS, state: { restOpen: true } });
      view = leaf.view as unknown as RelationshipsView;
    });
    if (!view) throw new Error("view did not open");
    const opened = view as RelationshipsView;
    expect(looks).toBe(0);
    const rows = opened.contentEl.querySelectorAll(".kit-row");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(opened.work.rowsCreated).toBe(rows.length);
    // A narrow view's row is the name, one line under it and two buttons: nothing drawn that CSS would hide.
    for (const row of Array.from(rows)) expect(row.querySelectorAll("*").length).toBeLessThanOrEqual(8);
    expect(opened.contentEl.querySelector(".kit-practice")?.childElementCount).toBe(0);
    expect(opened.contentEl.querySelector(".kit-week-plan")).toBeNull();

    await nextFrame();
    // The rows around those on screen follow, ready for scrolling and Tab.
    const settled = opened.contentEl.querySelectorAll(".kit-row");
    expect(settled.length).toBeGreaterThan(rows.length);
    expect(opened.work.rowsCreated).toBe(settled.length);
    expect(Array.from(settled).slice(0, rows.length)).toEqual(Array.from(rows));
    expect(opened.contentEl.querySelector(".kit-practice .kit-promises .kit-count")?.textContent).toBe("1");
    expect(opened.contentEl.querySelector(".kit-week-plan")).not.toBeNull();
    expect(opened.contentEl.querySelector(".kit-companies")).not.toBeNull();
    expect(opened.contentEl.querySelector(".kit-unclassified-count")?.textContent).toBe("1 person without a tier");
    expect(opened.work.partsRedrawn).toBe(4);
  });

  it("draws nothing below the lists if it closes before the next frame", async () => {
    const started = await startPlugin(vault());
    const leaf = started.app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error("no right leaf");
    await leaf.setViewState({ type: VIEW_TYPE_RELATIONSHIPS });
    const view = leaf.view as unknown as RelationshipsView;
    const looks = await looksAtEveryone(started, async () => {
      leaf.detach();
      await nextFrame();
      await started.flush();
    });
    expect(looks).toBe(0);
    expect(view.work.partsRedrawn).toBe(0);
  });
});

describe("a touch in the open view", () => {
  it("creates one row and removes one, and redraws no part below the lists it doesn't change", async () => {
    const started = await startPlugin(vault());
    const leaf = started.app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error("no right leaf");
    await leaf.setViewState({ type: VIEW_TYPE_RELATIONSHIPS, state: { restOpen: true } });
    await started.flush();
    const view = leaf.view as unknown as RelationshipsView;
    const before = view.work;
    const first = view.contentEl.querySelector(".kit-section-overdue .kit-row")?.getAttribute("data-path") as string;
    expect(first).toBe("People/Person 000.md");
    // The most overdue person is touched today: their row leaves the window, the next one in line enters it.
    started.app.vault.externalModify(first, note("tier: peer\nlast_touch: 2026-11-22"));
    await started.flush();
    const after = view.work;
    expect(after.rowsCreated - before.rowsCreated).toBe(1);
    expect(after.rowsRemoved - before.rowsRemoved).toBe(1);
    expect(after.partsRedrawn - before.partsRedrawn).toBe(0);

    // A new promise redraws the practice part, and only it.
    started.app.vault.externalModify("People/Sam Rivera.md", `${started.text("People/Sam Rivera.md") ?? ""}- [ ] book the table\n`);
    await started.flush();
    expect(view.work.partsRedrawn - after.partsRedrawn).toBe(1);
    expect(view.contentEl.querySelector(".kit-practice .kit-promises .kit-count")?.textContent).toBe("2");
  });
});
