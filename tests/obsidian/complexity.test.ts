import { describe, expect, it } from "vitest";
import { tick } from "../fake/harness";
import { RelationshipsView } from "../../src/ui/sidebar/relationships-view";
import { startPlugin, type Started, openView } from "./start-plugin";

/**
 * Complexity, not time: one change must cost the same work in a vault of 1,000
 * contacts as in one of 10,000. Work is counted (contacts resolved, notes read,
 * agenda entries worked out, rows drawn), never timed. 10,000 is the size the
 * performance targets name. Building both vaults costs a few seconds of CPU, many
 * times that on a busy machine: hence the time allowed.
 */

const DAILY_NOTES = 60;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A day in 2026 from a number, for varied last touches. */
function day(n: number): string {
  return `2026-${pad(1 + (n % 10))}-${pad(1 + (n % 28))}`;
}

function vault(contacts: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < contacts; i++) {
    files[`People/Person ${i}.md`] = `---\ntier: ${["ally", "peer", "mentor"][i % 3]}\nlast_touch: ${day(i)}\n---\n## Touches\n- ${day(i + 7)} call\n`;
  }
  for (let d = 0; d < DAILY_NOTES; d++) {
    files[`Daily/2026-10-${pad(1 + (d % 28))}${d >= 28 ? `-${d}` : ""}.md`] = `# Day\n- Coffee with [[Person ${d * 7}]] and [[Person ${d * 13}]]\n`;
  }
  files["Daily/2026-11-20.md"] = "# Friday\n- Lunch with [[Person 1]]\n";
  return files;
}

interface Cost {
  resolved: number;
  reads: number;
  computed: number;
  rowsDrawn: number;
  domRows: number;
}

/** What one change costs: counters before and after, and the row nodes added or removed in the view. */
async function costOf(started: Started, view: RelationshipsView, change: () => void): Promise<Cost> {
  const { index } = started.plugin;
  const agenda = index.agenda();
  const rows = () => view.contentEl.querySelectorAll(".kit-row").length;
  const before = { ...index.work, computed: agenda.computed, drawn: rows() };
  let domRows = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of [...r.addedNodes, ...r.removedNodes]) if (n.instanceOf(HTMLElement) && n.hasClass("kit-row")) domRows++;
  });
  observer.observe(view.contentEl, { childList: true, subtree: true });
  change();
  await started.flush();
  await tick();
  observer.disconnect();
  expect(index.agenda()).toBe(agenda);
  return {
    resolved: index.work.resolved - before.resolved,
    reads: index.work.reads - before.reads,
    computed: agenda.computed - before.computed,
    rowsDrawn: rows() - before.drawn,
    domRows,
  };
}

async function measure(contacts: number): Promise<{ contact: Cost; daily: Cost; rows: number }> {
  const started = await startPlugin(vault(contacts));
  expect(started.plugin.index.size).toBe(contacts);
  const view = await openView(started);
  const rows = view.contentEl.querySelectorAll(".kit-row").length;
  // The most overdue person is touched today: their row leaves the list, the next one enters the window.
  const top = view.contentEl.querySelector(".kit-section-overdue .kit-row")?.getAttribute("data-path");
  if (!top) throw new Error("nobody overdue");
  const contact = await costOf(started, view, () => {
    started.app.vault.externalModify(top, (started.text(top) ?? "").replace(/^last_touch: .*$/m, "last_touch: 2026-11-22"));
  });
  // A daily note gains a link: its contacts (one new, one it had) are resolved again, nobody else.
  const daily = await costOf(started, view, () => {
    started.app.vault.externalModify("Daily/2026-11-20.md", "# Friday\n- Lunch with [[Person 1]]\n- Call with [[Person 2]]\n");
  });
  return { contact, daily, rows };
}

describe("the cost of one change does not grow with the vault", () => {
  it("is the same at 1,000 and at 10,000 contacts", async () => {
    const small = await measure(1_000);
    const large = await measure(10_000);

    // The view draws what fits on screen, not the vault.
    expect(small.rows).toBe(large.rows);
    expect(large.rows).toBeLessThanOrEqual(30);

    // A contact note changes: one contact resolved from the event's text (no read), one agenda entry, one row in and one out.
    expect(small.contact).toEqual({ resolved: 1, reads: 0, computed: 1, rowsDrawn: 0, domRows: 2 });
    expect(large.contact).toEqual(small.contact);

    // A daily note gains a link: the two people it mentions now, nothing else.
    expect(small.daily).toMatchObject({ resolved: 2, reads: 0, computed: 2 });
    expect(large.daily).toEqual(small.daily);
  }, 120_000);
});
