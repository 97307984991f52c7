import { describe, expect, it } from "vitest";
import { looksAtEveryone, note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";

/**
 * The parts above the lists (promises, dates, paused; the count of people without a
 * tier) follow a change by looking at the contacts it names, not at everyone, and
 * are drawn again only when what they show changed. Work is counted, never timed.
 */

const PEOPLE = 40;
const path = (i: number) => `People/Person ${i}.md`;

function vault(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < PEOPLE; i++) files[path(i)] = note(`tier: peer\nlast_touch: 2026-0${1 + (i % 9)}-10`);
  files["People/Sam Rivera.md"] = note("tier: ally\nlast_touch: 2026-09-01", "## Promises\n- [ ] send the scorecard\n");
  files["People/Oliver.md"] = note("tier: peer\nstatus: paused");
  files["People/New One.md"] = note("company: Acme");
  return files;
}

/** Counts the index's lists of everyone asked for while `change` is handled. */
function looksAtEveryoneAfter(started: Started, change: () => void): Promise<number> {
  return looksAtEveryone(started, async () => {
    change();
    await started.flush();
  });
}

function modify(started: Started, file: string, edit: (text: string) => string): void {
  started.app.vault.externalModify(file, edit(started.text(file) ?? ""));
}

describe("the view's parts after a change", () => {
  it("look only at the contacts that changed, and redraw only when what they show changed", async () => {
    const started = await startPlugin(vault());
    const view = await openView(started);
    const practice = () => view.contentEl.querySelector(".kit-practice")?.firstElementChild;
    const unsorted = () => view.contentEl.querySelector(".kit-unclassified-count")?.textContent;
    const promisesPart = practice();
    expect(promisesPart?.querySelector(".kit-count")?.textContent).toBe("1");
    expect(unsorted()).toBe("1 person without a tier");

    // A touch with someone the parts aren't about: nothing looked at but them, nothing drawn again.
    expect(await looksAtEveryoneAfter(started, () => modify(started, path(3), (t) => t.replace(/last_touch: .*/, "last_touch: 2026-11-22")))).toBe(0);
    expect(practice()).toBe(promisesPart);
    // A touch with someone they are about, that changes nothing they show: not drawn again either.
    expect(await looksAtEveryoneAfter(started, () => modify(started, "People/Sam Rivera.md", (t) => t.replace("2026-09-01", "2026-11-22")))).toBe(0);
    expect(practice()).toBe(promisesPart);

    // A new promise: drawn again, still without a look at everyone.
    expect(await looksAtEveryoneAfter(started, () => modify(started, "People/Sam Rivera.md", (t) => `${t}- [ ] book the table\n`))).toBe(0);
    expect(practice()).not.toBe(promisesPart);
    expect(practice()?.querySelector(".kit-count")?.textContent).toBe("2");

    // Someone sorted, and someone who loses their tier: the count follows.
    await looksAtEveryoneAfter(started, () => modify(started, "People/New One.md", (t) => t.replace("company: Acme", "company: Acme\ntier: peer")));
    expect(view.contentEl.querySelector(".kit-unclassified")).toBeNull();
    await looksAtEveryoneAfter(started, () => modify(started, path(5), (t) => t.replace("tier: peer\n", "")));
    expect(unsorted()).toBe("1 person without a tier");
  });
});
