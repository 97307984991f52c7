import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import DiffMatchPatch from "diff-match-patch";
import { afterAll, describe, expect, it } from "vitest";
import { notices, runCommand } from "../fake/harness";
import type { SyncConflict } from "../../src/obsidian/conflict-copies";
import { MergeCopyModal } from "../../src/ui/modals/merge-copy-modal";
import { note, openView, startPlugin } from "./start-plugin";

/**
 * One contact note, two devices offline, each logging a touch with the real plugin;
 * then the two versions come together the ways sync tools bring them together, and the
 * plugin, on the device that gets the result, puts it right. The clock is 2026-11-22.
 */
const SAM = "People/Sam Rivera.md";
const BASE = note("tier: ally   # closest\nlast_touch: 2026-11-10", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n");

/** What each device's copy of the note is after its touch, written by the plugin itself. */
async function offlineTouch(date: string, kind: string): Promise<string> {
  const started = await startPlugin({ [SAM]: BASE });
  const sam = started.plugin.index.get(SAM);
  if (!sam) throw new Error("Sam is not a contact");
  expect(await started.plugin.actions.logTouch(sam, { date, kind })).toBe(true);
  await started.flush();
  return started.text(SAM) ?? "";
}

/** Obsidian Sync's way: the changes from the common version to the other device's, applied to this one with diff-match-patch. */
function diffMatchPatchMerge(base: string, ours: string, theirs: string): string {
  const dmp = new DiffMatchPatch();
  return dmp.patch_apply(dmp.patch_make(base, theirs), ours)[0];
}

const scratch = mkdtempSync(join(tmpdir(), "kit-merge-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** git's line-based three-way merge (`git merge-file`), as a git-synced vault gets it; `union` keeps both sides' lines instead of marking the conflict. */
function gitMergeFile(base: string, ours: string, theirs: string, union = false): string {
  const files = { ours: join(scratch, "ours.md"), base: join(scratch, "base.md"), theirs: join(scratch, "theirs.md") };
  writeFileSync(files.ours, ours);
  writeFileSync(files.base, base);
  writeFileSync(files.theirs, theirs);
  try {
    execFileSync("git", ["merge-file", ...(union ? ["--union"] : []), "-L", "this device", "-L", "before", "-L", "the other device", files.ours, files.base, files.theirs], { stdio: "ignore" });
  } catch {
    // git exits with the number of conflicts; the merged text (with markers) is in `ours` either way.
  }
  return readFileSync(files.ours, "utf8");
}

/** Starts the plugin on a vault holding the merged note, repairs it when the plugin finds it damaged, and returns what the user ends with. */
async function afterSync(merged: string): Promise<{ text: string; warned: string | null; undone: string | null }> {
  const started = await startPlugin({ [SAM]: merged });
  const sam = started.plugin.index.get(SAM);
  if (!sam) throw new Error("Sam is not a contact");
  const warned = sam.syncDamage;
  if (warned === null) return { text: started.text(SAM) ?? "", warned, undone: null };
  expect(sam.warnings[0]).toBe(warned);
  expect(await runCommand(started.app, "repair-after-sync")).toBe(true);
  await started.flush();
  const text = started.text(SAM) ?? "";
  expect(started.plugin.index.get(SAM)?.syncDamage).toBeNull();
  expect(started.plugin.index.get(SAM)?.warnings).toEqual([]);
  // One write, one step to undo.
  expect(started.plugin.undo.size).toBe(1);
  await runCommand(started.app, "undo-last-change");
  await started.flush();
  const undone = started.text(SAM);
  return { text, warned, undone };
}

const RIGHT = note("tier: ally   # closest\nlast_touch: 2026-11-21", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-18 call\n- 2026-11-21 meeting\n");

describe("two devices, each logging a touch offline", () => {
  it("each device's version is the plugin's ordinary touch", async () => {
    expect(await offlineTouch("2026-11-18", "call")).toBe(note("tier: ally   # closest\nlast_touch: 2026-11-18", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-18 call\n"));
  });

  describe("merged with diff-match-patch, as Obsidian Sync does", () => {
    it("the later device's change applied to the earlier: both lines, the later date, nothing to repair", async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-21", "meeting");
      const merged = diffMatchPatchMerge(BASE, laptop, phone);
      expect(merged).toBe(note("tier: ally   # closest\nlast_touch: 2026-11-21", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-21 meeting\n- 2026-11-18 call\n"));
      const { text, warned } = await afterSync(merged);
      expect(warned).toBeNull();
      expect(text).toBe(merged);
    });

    it("the earlier device's change applied to the later can keep the earlier date: the plugin counts from the newer touch line", async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-19", "meeting");
      const merged = diffMatchPatchMerge(BASE, phone, laptop);
      expect(merged).toBe(note("tier: ally   # closest\nlast_touch: 2026-11-18", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-18 call\n- 2026-11-19 meeting\n"));
      // A last_touch older than the log is also what a touch line typed by hand leaves: not damage, and the log wins.
      const started = await startPlugin({ [SAM]: merged });
      expect(started.plugin.index.get(SAM)).toMatchObject({ lastTouch: "2026-11-19", syncDamage: null, warnings: [] });
      expect(started.text(SAM)).toBe(merged);
    });

    it("two dates run together into one that isn't a date: Repair takes the newest from the touch log", async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-21", "meeting");
      const merged = diffMatchPatchMerge(BASE, phone, laptop);
      expect(merged).toBe(note("tier: ally   # closest\nlast_touch: 2026-11-218", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-18 call\n- 2026-11-21 meeting\n"));
      const { text, warned, undone } = await afterSync(merged);
      expect(warned).toBe('last_touch "2026-11-218" is not a date, as a sync merge can leave two dates run together; Repair takes the latest date from the touch log.');
      expect(text).toBe(RIGHT);
      expect(undone).toBe(merged);
    });

    it("the example of two whole dates run together is repaired the same way", async () => {
      const merged = note("tier: ally   # closest\nlast_touch: 2026-11-182026-11-21", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-18 call\n- 2026-11-21 meeting\n");
      const { text } = await afterSync(merged);
      expect(text).toBe(RIGHT);
    });
  });

  describe("merged line by line, as git does", () => {
    it("git merge-file stops at both changes with conflict markers: Repair keeps both touches, in date order, and the later date", async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-21", "meeting");
      const merged = gitMergeFile(BASE, laptop, phone);
      expect(merged).toBe(
        "---\ntier: ally   # closest\n<<<<<<< this device\nlast_touch: 2026-11-18\n=======\nlast_touch: 2026-11-21\n>>>>>>> the other device\n---\nMet at the summit.\n\n## Touches\n- 2026-11-10 coffee\n<<<<<<< this device\n- 2026-11-18 call\n=======\n- 2026-11-21 meeting\n>>>>>>> the other device\n",
      );
      const { text, warned, undone } = await afterSync(merged);
      expect(warned).toBe("A sync merge left conflict markers (<<<<<<< … >>>>>>>) in the note; Repair can put the touches back together.");
      expect(text).toBe(RIGHT);
      expect(undone).toBe(merged);
    });

    it("the later device merging in the earlier's: the same note after Repair", async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-21", "meeting");
      const { text } = await afterSync(gitMergeFile(BASE, phone, laptop));
      expect(text).toBe(RIGHT);
    });

    it("git's union merge keeps both sides' lines, last_touch twice: Repair keeps one, the later", async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-21", "meeting");
      const merged = gitMergeFile(BASE, laptop, phone, true);
      expect(merged).toBe(note("tier: ally   # closest\nlast_touch: 2026-11-18\nlast_touch: 2026-11-21", "Met at the summit.\n\n## Touches\n- 2026-11-10 coffee\n- 2026-11-18 call\n- 2026-11-21 meeting\n"));
      const { text, warned, undone } = await afterSync(merged);
      expect(warned).toBe("last_touch is in the properties 2 times, as a sync merge can leave it; Repair keeps the latest date.");
      expect(text).toBe(RIGHT);
      expect(undone).toBe(merged);
    });
  });

  it("a conflict around a line that isn't a touch is left for the user, with what to do", async () => {
    const merged = "---\ntier: ally\nlast_touch: 2026-11-21\n---\n<<<<<<< this device\nMet at the summit.\n=======\nMet at the summit in Lisbon.\n>>>>>>> the other device\n\n## Touches\n- 2026-11-21 call\n";
    const started = await startPlugin({ [SAM]: merged });
    expect(started.plugin.index.get(SAM)?.syncDamage).toBe("A sync merge left conflict markers (<<<<<<< … >>>>>>>) in the note; Repair can put the touches back together.");
    await runCommand(started.app, "repair-after-sync");
    await started.flush();
    expect(started.text(SAM)).toBe(merged);
    expect(notices().at(-1)).toContain("which version to keep is yours to say");
  });
});

/** The names sync tools give the second version of `People/Sam Rivera.md`. */
const COPY_NAMES: [tool: string, path: string][] = [
  ["Syncthing", "People/Sam Rivera.sync-conflict-20261121-184502-ABCDEFG.md"],
  ["Dropbox", "People/Sam Rivera (conflicted copy 2026-11-21).md"],
  ["Dropbox", "People/Sam Rivera (Sam's conflicted copy 2026-11-21).md"],
  ["iCloud", "People/Sam Rivera 2.md"],
  ["OneDrive", "People/Sam Rivera-DESKTOP-4F2K9QX.md"],
  ["Nextcloud", "People/Sam Rivera (conflicted copy 2026-11-21 184502).md"],
  ["Nextcloud", "People/Sam Rivera_conflict-20261121-184502.md"],
];

describe("conflict copies, merged", () => {
  for (const [tool, copyPath] of COPY_NAMES) {
    it(`${tool}: ${copyPath.slice("People/".length)} is listed as a conflict, not a person, and merges into the original as one undo step`, async () => {
      const laptop = await offlineTouch("2026-11-18", "call");
      const phone = await offlineTouch("2026-11-21", "meeting");
      const started = await startPlugin({ [SAM]: laptop, [copyPath]: phone });
      const { plugin, app, text, flush } = started;
      expect(plugin.index.get(copyPath)).toBeUndefined();
      expect(plugin.index.syncConflicts()).toEqual([{ path: copyPath, name: copyPath.slice("People/".length, -3), original: SAM, originalName: "Sam Rivera", tool }]);
      const view = await openView(started);
      expect(view.containerEl.querySelector(".kit-sync-conflicts-count")?.textContent).toBe("1 sync conflict");

      const [conflict] = plugin.index.syncConflicts();
      const outcome = await plugin.actions.mergeConflictCopy(conflict as SyncConflict);
      await flush();
      expect(outcome).toEqual({ added: 1, copied: 0, left: 0, trashed: true });
      expect(text(SAM)).toBe(RIGHT);
      expect(text(copyPath)).toBeNull();
      expect(plugin.index.syncConflicts()).toEqual([]);
      expect(view.containerEl.querySelector(".kit-sync-conflicts-count")).toBeNull();

      await runCommand(app, "undo-last-change");
      await flush();
      expect(text(SAM)).toBe(laptop);
      expect(text(copyPath)).toBe(phone);
      expect(plugin.index.syncConflicts()).toHaveLength(1);
    });
  }

  it("a note a person named like a copy, that isn't one, stays a contact", async () => {
    const started = await startPlugin({ [SAM]: BASE, "People/Sam Rivera 2.md": note("tier: peer", "Another Sam, met at the conference.\n") });
    expect(started.plugin.index.syncConflicts()).toEqual([]);
    expect(started.plugin.index.get("People/Sam Rivera 2.md")?.name).toBe("Sam Rivera 2");
  });

  it("lines only the copy has are shown, copied over when chosen, and keep the copy until nothing is left", async () => {
    const laptop = await offlineTouch("2026-11-18", "call");
    const phone = (await offlineTouch("2026-11-21", "meeting")).replace("Met at the summit.\n", "Met at the summit.\nLoves sailing.\n");
    const copyPath = "People/Sam Rivera.sync-conflict-20261121-184502-ABCDEFG.md";
    const started = await startPlugin({ [SAM]: laptop, [copyPath]: phone });
    const { plugin, text, flush } = started;
    const conflict = plugin.index.syncConflicts()[0] as SyncConflict;
    const modal = new MergeCopyModal(plugin.host, conflict);
    modal.open();
    await modal.draw();
    expect(modal.plan?.added).toEqual(["- 2026-11-21 meeting"]);
    expect(modal.plan?.leftover).toEqual([{ text: "Loves sailing.", line: 5, property: false }]);
    expect(modal.contentEl.textContent).toContain("Other lines only the copy has");

    // Merged without the line: the touch comes over, the copy stays with what only it has.
    expect(await modal.merge()).toBe(true);
    await flush();
    expect(text(SAM)).toBe(RIGHT);
    expect(text(copyPath)).toBe(phone);
    expect(notices().at(-1)).toBe(`Merged ${conflict.name} into Sam Rivera: 1 touch brought over; 1 line left in the copy, which stays. Undo`);

    // Merged again with the line ticked: nothing is left, the copy goes.
    const again = new MergeCopyModal(plugin.host, conflict);
    again.open();
    await again.draw();
    expect(again.plan?.added).toEqual([]);
    for (const item of again.plan?.leftover ?? []) again.chosen.add(item);
    expect(await again.merge()).toBe(true);
    await flush();
    expect(text(SAM)).toBe(RIGHT.replace("Met at the summit.\n", "Met at the summit.\nLoves sailing.\n"));
    expect(text(copyPath)).toBeNull();
  });
});
