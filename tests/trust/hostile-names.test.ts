/**
 * Names are text, never markup: a contact whose file name is an HTML injection shows
 * as those very characters in every surface (the view's rows and practice parts, the
 * agenda block, the contact picker, the log-touch modal, notices), and no element of
 * its making appears anywhere in the page.
 */
import { describe, expect, it } from "vitest";
import { chooseSuggestion, lastModal, modalReady, noticeLog, renderCodeBlock, runCommand, setSuggestQuery, suggestionEls } from "../fake/harness";
import type { Modal, SuggestModal } from "../fake/modal";
import { note, openView, startPlugin } from "../obsidian/start-plugin";

const IMG = "<img src=x onerror=alert(1)>";
const BOLD = "<b onmouseover=alert(3)>Bold &amp; co";
const PROMISE = "send <script>alert(2)</script> the deck 📅 2026-11-20";
const VAULT = {
  [`People/${IMG}.md`]: note("tier: ally\nlast_touch: 2026-09-01\nbirthday: --11-25", `## Promises\n- [ ] ${PROMISE}\n`),
  [`People/${BOLD}.md`]: note("tier: peer\nlast_touch: 2026-01-01"),
};

/** No element an injected name could have made, anywhere in the page. */
function expectNoInjectedElements(): void {
  expect(document.querySelectorAll("img, script, b").length).toBe(0);
  expect(document.querySelectorAll("[onerror], [onload], [onmouseover]").length).toBe(0);
}

describe("hostile names render as text", () => {
  it("in the view's rows and its promise and date parts", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    // The practice parts draw their rows once opened.
    for (const part of Array.from(view.contentEl.querySelectorAll<HTMLDetailsElement>(".kit-practice-area details"))) {
      part.open = true;
      part.dispatchEvent(new Event("toggle"));
    }
    const text = view.contentEl.textContent ?? "";
    expect(text).toContain(IMG);
    expect(text).toContain(BOLD);
    // The promise as people read it: its words, without the due date.
    expect(text).toContain("send <script>alert(2)</script> the deck");
    const row = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".kit-row")).find((r) => r.dataset.path === `People/${IMG}.md`);
    expect(row?.textContent).toContain(IMG);
    expectNoInjectedElements();
  });

  it("in the agenda code block", async () => {
    const started = await startPlugin(VAULT);
    const block = await renderCodeBlock(started.app, "keep-in-touch", "show: overdue, due, dates");
    expect(block.textContent).toContain(IMG);
    expect(block.textContent).toContain(BOLD);
    expectNoInjectedElements();
  });

  it("in the contact picker, the log-touch modal's title and the notice", async () => {
    const started = await startPlugin(VAULT);
    await runCommand(started.app, "log-touch");
    const picker = lastModal<SuggestModal<unknown>>();
    if (!picker) throw new Error("no contact picker");
    await modalReady(picker);
    await setSuggestQuery(picker, "img");
    expect(suggestionEls(picker)[0]?.textContent).toContain(IMG);
    await chooseSuggestion(picker, 0);
    const modal = lastModal<Modal>();
    if (!modal) throw new Error("no log-touch modal");
    await modalReady(modal);
    expect(modal.titleEl.textContent).toBe(`Log a touch with ${IMG}`);
    expectNoInjectedElements();

    const contact = started.plugin.index.get(`People/${BOLD}.md`);
    if (!contact) throw new Error("not indexed");
    expect(await started.plugin.actions.logTouch(contact)).toBe(true);
    const shown = noticeLog.at(-1)?.notice.messageEl;
    expect(shown?.textContent?.startsWith(`Logged a touch with ${BOLD}.`)).toBe(true);
    expectNoInjectedElements();
  });
});
