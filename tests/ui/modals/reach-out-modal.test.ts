import { describe, expect, it } from "vitest";
import type { KeymapEventListener } from "obsidian";
import type { Scope } from "../../fake/utils";
import type { App } from "../../fake/app";
import { click, findSetting, lastMenu, lastModal, modalReady, noticeLog, notices, openSettingTab, runCommand, typeText } from "../../fake/harness";
import { FuelClearModal } from "../../../src/ui/modals/fuel-clear-modal";
import { LogTouchModal } from "../../../src/ui/modals/log-touch-modal";
import { ReachOutModal } from "../../../src/ui/modals/reach-out-modal";
import { note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";
import { ANA, KENJI, QUEUE_VAULT, SAM, SAM_BODY } from "../../obsidian/reach-out-fixture";

/**
 * A key pressed with focus on `target`, as Obsidian's keymap would take it: the active
 * scope's handlers for that key, without modifiers, until one returns false.
 */
function press(app: App, key: string, target: Element = document.body): void {
  const scope = app.keymap.scopes.at(-1) as Scope;
  const handlers = scope.handlers as unknown as { key: string | null; modifiers: string | null; func: KeymapEventListener }[];
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  const run = () => {
    for (const handler of handlers) {
      if (handler.key?.toLowerCase() !== key.toLowerCase() || handler.modifiers !== "") continue;
      if (handler.func(event, { key, modifiers: "", vkey: key }) === false) {
        event.preventDefault();
        return;
      }
    }
  };
  document.addEventListener("keydown", run, { once: true });
  target.dispatchEvent(event);
}

async function openQueue(started: Started): Promise<ReachOutModal> {
  await runCommand(started.app, "reach-out");
  const modal = lastModal<ReachOutModal>();
  expect(modal).toBeInstanceOf(ReachOutModal);
  await modalReady(modal as ReachOutModal);
  await started.flush();
  return modal as ReachOutModal;
}

const shown = (modal: ReachOutModal) => ({
  place: modal.contentEl.querySelector(".kit-reach-place")?.textContent,
  name: modal.contentEl.querySelector(".kit-reach-name")?.textContent,
});

describe("Reach out…", () => {
  it("shows the most overdue person first with the last touch and its note, promises, fuel, the note's start and the keys", async () => {
    const started = await startPlugin(QUEUE_VAULT, { pluginData: { "keep-in-touch": { weeklyCapacity: 3 } } });
    const modal = await openQueue(started);
    const el = modal.contentEl;
    expect(shown(modal)).toEqual({ place: "1 of 3 · 5 due in all", name: "Sam Rivera" });
    expect(el.querySelector(".kit-reach-tier")?.textContent).toBe("Close allies");
    expect(el.querySelector(".kit-reach-last")?.textContent).toBe("Last touch 3 months ago (2026-09-01)“caught up about her new role” — coffee → gave, 2026-09-01");
    // The open task under "Next time" is fuel, not a second listing as a promise.
    expect(el.querySelector(".kit-reach-promises")).toBeNull();
    expect(Array.from(el.querySelectorAll(".kit-reach-fuel .kit-fuel-item")).map((li) => li.textContent)).toEqual(["Ask how the Lisbon move wentshe was worried about schools", "send the onboarding article"]);
    expect(el.querySelector(".kit-reach-preview")?.textContent).toBe("Runs platform at Acme. Two kids.");
    expect(Array.from(el.querySelectorAll(".kit-reach-legend button")).map((b) => b.textContent)).toEqual([
      "lLog a touch",
      "sSnooze a week",
      "oOpen note",
      "nAdd for next time",
      "→ / SpaceSkip",
      "EscClose",
    ]);
  });

  it("says so when nothing is noted for next time, and lists promises", async () => {
    const started = await startPlugin({ [ANA]: note("tier: mentor\nlast_touch: 2026-09-10", "## Promises\n- [ ] send the scorecard 📅 2026-12-01\n## Next time\n") });
    const modal = await openQueue(started);
    expect(modal.contentEl.querySelector(".kit-reach-fuel li")?.textContent).toBe("Nothing noted yet — add something with n");
    expect(modal.contentEl.querySelector(".kit-reach-promises li")?.textContent).toBe("send the scorecard 📅 2026-12-01 (due 2026-12-01)");
  });

  it("→ and Space skip; after the batch it says how many more are due and goes on with the next batch when asked", async () => {
    const started = await startPlugin(QUEUE_VAULT, { pluginData: { "keep-in-touch": { weeklyCapacity: 2 } } });
    const modal = await openQueue(started);
    press(started.app, "ArrowRight");
    await started.flush();
    expect(shown(modal)).toEqual({ place: "2 of 2 · 5 due in all", name: "Kenji" });
    press(started.app, " ");
    await started.flush();
    expect(modal.contentEl.querySelector(".kit-reach-end p")?.textContent).toBe("That's this batch done. 3 more are due.");
    const continueWith = (n: number) => click(Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === `Continue with the next ${n}`) as HTMLElement);
    continueWith(2);
    await started.flush();
    expect(shown(modal)).toEqual({ place: "1 of 2 · 5 due in all", name: "Ana Souza" });
    press(started.app, "ArrowRight");
    await started.flush();
    expect(shown(modal).name).toBe("Lee");
    press(started.app, "ArrowRight");
    await started.flush();
    expect(modal.contentEl.querySelector(".kit-reach-end p")?.textContent).toBe("That's this batch done. 1 more is due.");
    continueWith(1);
    await started.flush();
    expect(shown(modal)).toEqual({ place: "1 of 1 · 5 due in all", name: "Zoe" });
    press(started.app, "ArrowRight");
    await started.flush();
    expect(modal.contentEl.querySelector(".kit-reach-end p")?.textContent).toBe("That's everyone who is due. Well done.");
    // The text is all the end screen has: no card, no keys.
    press(started.app, "l");
    expect(lastModal()).toBe(modal);
  });

  it("l logs a touch with the log-touch modal, then offers to clear the fuel that was used, and moves on", async () => {
    const started = await startPlugin(QUEUE_VAULT);
    const modal = await openQueue(started);
    press(started.app, "l");
    const log = lastModal<LogTouchModal>();
    expect(log).toBeInstanceOf(LogTouchModal);
    await modalReady(log as LogTouchModal);
    // Prefilled: the user reached out.
    expect(log?.contentEl.querySelector('.kit-chip[data-value="out"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(await (log as LogTouchModal).submit()).toBe(true);
    await started.flush();
    expect(started.text(SAM)).toContain("- 2026-11-22 →\n");
    const clear = lastModal<FuelClearModal>();
    expect(clear).toBeInstanceOf(FuelClearModal);
    expect(shown(modal).name).toBe("Kenji");
    expect(clear?.titleEl.textContent).toBe("Used in this conversation?");
    const boxes = clear?.contentEl.querySelectorAll<HTMLInputElement>(".kit-fuel-choice input") ?? [];
    expect(Array.from(clear?.contentEl.querySelectorAll(".kit-fuel-choice") ?? []).map((c) => c.textContent)).toEqual(["Ask how the Lisbon move wentshe was worried about schools", "send the onboarding article"]);
    (boxes[0] as HTMLInputElement).checked = true;
    boxes[0]?.dispatchEvent(new Event("change"));
    click(Array.from(clear?.contentEl.querySelectorAll("button") ?? []).find((b) => b.textContent === "Clear them") as HTMLElement);
    await started.flush();
    const logged = SAM_BODY.replace("caught up about her new role\n", "caught up about her new role\n- 2026-11-22 →\n");
    expect(started.text(SAM)).toBe(note("tier: ally\nlast_touch: 2026-11-22", logged.replace("- Ask how the Lisbon move went\n  - she was worried about schools\n", "")));
    expect(notices().at(-1)).toBe("Cleared 1 item from next time with Sam Rivera. Undo");
    click(noticeLog.at(-1)?.notice.messageEl.querySelector("a.kit-undo-link") as HTMLElement);
    await started.flush();
    expect(started.text(SAM)).toBe(note("tier: ally\nlast_touch: 2026-11-22", logged));
  });

  it("s snoozes for a week and moves on; o opens the note and closes the queue; Esc closes", async () => {
    const started = await startPlugin(QUEUE_VAULT);
    const modal = await openQueue(started);
    press(started.app, "s");
    await started.flush();
    expect(started.text(SAM)).toBe(note("tier: ally\nlast_touch: 2026-09-01\nsnooze_until: 2026-11-29", SAM_BODY));
    expect(notices().at(-1)).toBe("Snoozed Sam Rivera until 2026-11-29. Undo");
    expect(shown(modal).name).toBe("Kenji");
    press(started.app, "o");
    await started.flush();
    expect(lastModal()).toBeNull();
    expect(started.app.workspace.getActiveFile()?.path).toBe(KENJI);

    const again = await openQueue(started);
    press(started.app, "Escape");
    expect(lastModal()).toBeNull();
    expect(again.contentEl.childElementCount).toBe(0);
  });

  it("n opens a field that adds an item for next time; typing in it is not a key command", async () => {
    const started = await startPlugin(QUEUE_VAULT);
    const modal = await openQueue(started);
    press(started.app, "ArrowRight");
    await started.flush();
    expect(shown(modal).name).toBe("Kenji");
    press(started.app, "n");
    const input = modal.contentEl.querySelector<HTMLInputElement>(".kit-reach-add") as HTMLInputElement;
    expect(input.isShown()).toBe(true);
    for (const key of ["l", "s", "o", "n", " "]) press(started.app, key, input);
    expect([lastModal(), started.text(KENJI)]).toEqual([modal, QUEUE_VAULT[KENJI]]);
    typeText(input, "how did the launch go?");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await started.flush();
    expect(started.text(KENJI)).toBe(note("tier: peer\nlast_touch: 2026-08-01", "## Next time\n- how did the launch go?\n"));
    expect(notices().at(-1)).toBe("Added for next time with Kenji. Undo");
    expect(shown(modal).name).toBe("Kenji");
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-fuel-item")).map((li) => li.textContent)).toEqual(["how did the launch go?"]);
  });

  it("tells kindly when nobody is due, and offers to close", async () => {
    const started = await startPlugin({ "People/Bo.md": note("tier: ally\nlast_touch: 2026-11-20") });
    const modal = await openQueue(started);
    expect(modal.contentEl.querySelector(".kit-reach-end p")?.textContent).toBe("Nobody is due right now: everyone has heard from you recently enough. Enjoy the quiet.");
    click(modal.contentEl.querySelector(".kit-reach-end button") as HTMLElement);
    expect(lastModal()).toBeNull();
  });

  it("opens from the first item of the relationships view's menu", async () => {
    const started = await startPlugin(QUEUE_VAULT);
    const view = await openView(started);
    click(view.contentEl.querySelector(".kit-toolbar .kit-view-menu") as HTMLElement);
    expect(lastMenu()?.items[0]?.title).toBe("Reach out…");
    lastMenu()?.items[0]?.dom.click();
    expect(lastModal()).toBeInstanceOf(ReachOutModal);
  });

  it("shows the person's local time, marked when it is night for them", async () => {
    const started = await startPlugin({ [KENJI]: note("tier: peer\nlast_touch: 2026-08-01\ntimezone: Asia/Tokyo") });
    started.plugin.now = () => new Date(Date.UTC(2026, 10, 22, 14, 5));
    const modal = await openQueue(started);
    const time = modal.contentEl.querySelector(".kit-reach-time");
    expect(time?.textContent).toBe("23:05 there — late evening for them (UTC+9)");
    expect(time?.classList.contains("kit-reach-quiet")).toBe(true);
    // Quiet hours are the user's: from midnight, 23:05 is still a fine time.
    started.plugin.settings.quietHoursFrom = 0;
    await modal.render();
    expect(modal.contentEl.querySelector(".kit-reach-time")?.textContent).toBe("23:05 there (UTC+9)");
  });

  it("takes its heading from settings, which refuse the touch log's heading", async () => {
    const started = await startPlugin(QUEUE_VAULT);
    const setting = findSetting(openSettingTab(started.app).containerEl, "Next time heading");
    const input = setting.querySelector("input") as HTMLInputElement;
    typeText(input, "## touches");
    expect(setting.querySelector(".kit-error")?.textContent).toBe("That is the touch log's heading: the fuel needs a heading of its own.");
    expect(started.plugin.settings.fuelHeading).toBe("## Next time");
    typeText(input, "### Ask next");
    expect(setting.querySelector<HTMLElement>(".kit-error")?.isShown()).toBe(false);
    expect(started.plugin.settings.fuelHeading).toBe("### Ask next");
    const modal = await openQueue(started);
    expect(modal.contentEl.querySelector(".kit-reach-fuel li")?.textContent).toBe("Nothing noted yet — add something with n");
  });
});
