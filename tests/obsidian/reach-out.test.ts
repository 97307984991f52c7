import { describe, expect, it } from "vitest";
import { click, noticeLog, notices } from "../fake/harness";
import { readFuel } from "../../src/core/conversation/fuel";
import { dueQueue, readReachOutCard, ReachOutQueue } from "../../src/obsidian/reach-out";
import { startPlugin, note } from "./start-plugin";
import { ANA, KENJI, LEE, QUEUE_VAULT, SAM, SAM_BODY, ZOE } from "./reach-out-fixture";

describe("the reach-out queue's order", () => {
  it("is the sidebar's: overdue, the most overdue first, then due soon, never-touched last", async () => {
    const { plugin } = await startPlugin(QUEUE_VAULT);
    expect(dueQueue(plugin)).toEqual([SAM, KENJI, ANA, LEE, ZOE]);
  });

  it("comes in batches of the weekly capacity, and the next batch only when asked for", () => {
    const queue = new ReachOutQueue(["a", "b", "c", "d", "e"], 2);
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(queue.current);
      queue.next();
    }
    expect(seen).toEqual(["a", "b", undefined]);
    expect([queue.remaining, queue.nextBatchSize]).toEqual([3, 2]);
    queue.continueWithNext();
    expect([queue.current, queue.place]).toEqual(["c", { at: 1, of: 2 }]);
    queue.next();
    queue.next();
    queue.continueWithNext();
    expect([queue.current, queue.place, queue.remaining]).toEqual(["e", { at: 1, of: 1 }, 0]);
  });
});

describe("a person's card", () => {
  it("holds the newest logged touch with its note, the fuel and the note's first lines", async () => {
    const { plugin } = await startPlugin(QUEUE_VAULT);
    const card = await readReachOutCard(plugin, { path: SAM });
    expect(card.lastLogged).toEqual({ date: "2026-09-01", kind: "coffee", direction: "out", exchange: "gave", note: "caught up about her new role" });
    expect(card.fuel.map((f) => [f.text, f.details, f.task])).toEqual([
      ["Ask how the Lisbon move went", ["she was worried about schools"], false],
      ["send the onboarding article", [], true],
    ]);
    expect(card.preview).toEqual(["Runs platform at Acme. Two kids."]);
    expect(card.problem).toBeNull();
  });

  it("says why when the note is gone", async () => {
    const { plugin } = await startPlugin(QUEUE_VAULT);
    expect((await readReachOutCard(plugin, { path: "People/Nobody.md" })).problem).toBe('No note at "People/Nobody.md": it may have been renamed or deleted.');
  });
});

describe("writing fuel", () => {
  it("adds under the heading set in settings, creating it at the end of the note", async () => {
    const { plugin, text } = await startPlugin(QUEUE_VAULT, { pluginData: { "keep-in-touch": { fuelHeading: "### Ask next" } } });
    await plugin.writer.addFuelItem(KENJI, "how did the launch go?");
    expect(text(KENJI)).toBe(note("tier: peer\nlast_touch: 2026-08-01", "### Ask next\n- how did the launch go?\n"));
  });

  it("clears the chosen items in one write that the notice's Undo link takes back", async () => {
    const started = await startPlugin(QUEUE_VAULT);
    const { plugin, text, flush } = started;
    const [lisbon] = readFuel(text(SAM) as string, plugin.settings.fuelHeading);
    await plugin.actions.act("cleared", "Couldn't clear", (recorder) => plugin.writer.recordingTo(recorder).clearFuelItems(SAM, [lisbon!]), "Cleared.");
    expect(text(SAM)).toBe(note("tier: ally\nlast_touch: 2026-09-01", SAM_BODY.replace("- Ask how the Lisbon move went\n  - she was worried about schools\n", "")));
    click(noticeLog.at(-1)?.notice.messageEl.querySelector("a.kit-undo-link") as HTMLElement);
    await flush();
    expect(text(SAM)).toBe(QUEUE_VAULT[SAM]);
    expect(notices().at(-1)).toBe("Undone: cleared.");
  });
});
