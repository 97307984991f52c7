/**
 * Reciprocity that acts, through the plugin on the fake app: an introduction logged on
 * both notes as one step to undo, its follow-up dismissed from the row's menu, the
 * give-first line where the user is about to ask, and a way back after a long silence.
 */
import type { FuzzyMatch, SuggestModal } from "obsidian";
import { describe, expect, it } from "vitest";
import { useFakeClipboard } from "../../fake/clipboard";
import { chooseSuggestion, click, lastMenu, lastModal, modalReady, noticeLog, notices, setSuggestQuery } from "../../fake/harness";
import type { Contact } from "../../../src/core/contacts/contact";
import type { StarterTemplate } from "../../../src/core/settings";
import { LogTouchModal } from "../../../src/ui/modals/log-touch-modal";
import { StarterModal } from "../../../src/ui/modals/starter-modal";
import { note, openView, startPlugin, type Started } from "../../obsidian/start-plugin";

const HELEN = "People/Helen Okoye.md";
const WEI = "People/Work/Wei Zhang.md";
const SAM = "People/Sam Rivera.md";
const KENJI = "People/Kenji Watanabe.md";
const HELEN_TEXT = note("tier: mentor\nlast_touch: 2026-11-01", "## Touches\n- 2026-11-01 call\n");
const WEI_TEXT = note("tier: peer", "## Touches\n- 2026-10-15 intro → — to [[Helen Okoye]]: a guest session\n");
const VAULT = {
  [HELEN]: HELEN_TEXT,
  [WEI]: WEI_TEXT,
  // Asked three times lately, gave once in May.
  [SAM]: note(
    "tier: ally\nlast_touch: 2026-11-10",
    "## Touches\n- 2026-05-04 intro → gave — to [[Lena Fischer]]\n- 2026-09-20 call → asked\n- 2026-10-15 message → asked\n- 2026-11-10 call → asked\n",
  ),
  [KENJI]: note("tier: aspirational\ntopics: [robotics]", "## Touches\n- 2025-09-10 call — his move to Lisbon\n"),
};

const clipboard = useFakeClipboard();

function undoLink(): HTMLAnchorElement {
  const link = noticeLog.at(-1)?.notice.messageEl.querySelector<HTMLAnchorElement>("a.kit-undo-link");
  if (!link) throw new Error(`no Undo link in "${notices().at(-1)}"`);
  return link;
}

async function logModal(started: Started, path: string): Promise<LogTouchModal> {
  const modal = new LogTouchModal(started.plugin.host, started.plugin.index.get(path) as Contact);
  modal.open();
  await modalReady(modal);
  return modal;
}

describe("an introduction", () => {
  it("is logged once on both notes, each linking the other, as one step to undo", async () => {
    const started = await startPlugin(VAULT);
    const modal = await logModal(started, HELEN);
    const intro = modal.contentEl.querySelector<HTMLElement>(".kit-intro-with")!;
    expect(intro.style.display).toBe("none");
    click(modal.contentEl.querySelector('.kit-chip[data-value="intro"]')!);
    expect(intro.style.display).not.toBe("none");
    const picker = modal.chooseIntroduced();
    await modalReady(picker);
    await setSuggestQuery(picker, "Wei");
    await chooseSuggestion(picker, 0);
    expect(modal.introduced?.name).toBe("Wei Zhang");
    click(modal.contentEl.querySelector('.kit-chip[data-value="out"]')!);
    const noteInput = modal.contentEl.querySelector<HTMLInputElement>(".kit-note-input")!;
    noteInput.value = "design roles";
    noteInput.dispatchEvent(new Event("input"));
    expect(await modal.submit()).toBe(true);
    await started.flush();
    expect(started.text(HELEN)).toBe(note("tier: mentor\nlast_touch: 2026-11-22", "## Touches\n- 2026-11-01 call\n- 2026-11-22 intro → — to [[Wei Zhang]]: design roles\n"));
    expect(started.text(WEI)).toBe(
      note("tier: peer\nlast_touch: 2026-11-22", "## Touches\n- 2026-10-15 intro → — to [[Helen Okoye]]: a guest session\n- 2026-11-22 intro → — to [[Helen Okoye]]: design roles\n"),
    );
    expect(notices().at(-1)).toBe("Logged a touch with Helen Okoye and Wei Zhang. Undo");
    expect(started.plugin.index.get(WEI)?.introductions.map((i) => i.date)).toEqual(["2026-10-15", "2026-11-22"]);
    click(undoLink());
    await started.flush();
    expect(started.text(HELEN)).toBe(HELEN_TEXT);
    expect(started.text(WEI)).toBe(WEI_TEXT);
  });

  it("offers no other person for a kind that isn't an introduction, and logs on one note only", async () => {
    const started = await startPlugin(VAULT);
    const modal = await logModal(started, HELEN);
    click(modal.contentEl.querySelector('.kit-chip[data-value="intro"]')!);
    modal.introduced = { path: WEI, name: "Wei Zhang" };
    click(modal.contentEl.querySelector('.kit-chip[data-value="call"]')!);
    expect(modal.contentEl.querySelector<HTMLElement>(".kit-intro-with")!.style.display).toBe("none");
    expect(await modal.submit()).toBe(true);
    expect(started.text(WEI)).toBe(WEI_TEXT);
  });

  it("has its follow-up dismissed from the row's menu, on its own line, as a step to undo", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    view.contentEl.querySelector<HTMLDetailsElement>(".kit-rest")!.open = true;
    view.contentEl.querySelector(".kit-rest")!.dispatchEvent(new Event("toggle"));
    const row = () => view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${WEI}"]`)!;
    expect(row().querySelector(".kit-flag")?.textContent).toBe("how did the intro to Helen Okoye go?");
    click(row().querySelector(".kit-more")!);
    const item = lastMenu()?.items.find((i) => i.title === "Dismiss “How did the intro to Helen Okoye go?”");
    expect(item).toBeDefined();
    item?.dom.click();
    await started.flush();
    expect(started.text(WEI)).toBe(note("tier: peer", "## Touches\n- 2026-10-15 intro → — to [[Helen Okoye]]: a guest session (follow-up dismissed)\n"));
    expect(notices().at(-1)).toBe("Dismissed the follow-up of the introduction to Helen Okoye for Wei Zhang. Undo");
    expect(row().querySelector(".kit-flag-intro-follow-up")).toBeNull();
    click(undoLink());
    await started.flush();
    expect(started.text(WEI)).toBe(WEI_TEXT);
  });
});

describe("give before you ask", () => {
  it("shows the balance when the asked exchange is chosen, and copies a giving starter first", async () => {
    const started = await startPlugin(VAULT);
    const modal = await logModal(started, SAM);
    const line = modal.contentEl.querySelector<HTMLElement>(".kit-give-first")!;
    expect(line.style.display).toBe("none");
    click(modal.contentEl.querySelector('.kit-chip[data-value="asked"]')!);
    await modal.giveFirst.ready;
    expect(line.style.display).not.toBe("none");
    expect(line.querySelector(".kit-give-first-balance")?.textContent).toBe("last 3: you gave 0, asked 3 — last gift: intro to Lena Fischer, May");
    const give = line.querySelector<HTMLButtonElement>(".kit-give-first-starter")!;
    expect(give.textContent).toMatch(/^Give first: /);
    click(give);
    await started.flush();
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    expect(notices().at(-1)).toMatch(/^Copied “.+” for Sam Rivera: send it before you ask\.$/);
    // Nothing is blocked: the ask is logged as chosen.
    expect(await modal.submit()).toBe(true);
    expect(started.text(SAM)).toContain("- 2026-11-22 asked\n");
  });

  it("is shown above an ask starter", async () => {
    const started = await startPlugin(VAULT);
    const contact = started.plugin.index.get(SAM) as Contact;
    const ask: StarterTemplate = { kind: "ask", label: "Ask for help (CLEAR)", text: "Hi {{first_name}}, could you help with [the ask]?" };
    const modal = new StarterModal(started.plugin.host, contact, ask, { name: contact.name, first_name: "Sam" });
    modal.open();
    await modalReady(modal);
    await started.flush();
    expect(modal.contentEl.querySelector(".kit-give-first-balance")?.textContent).toBe("last 3: you gave 0, asked 3 — last gift: intro to Lena Fischer, May");
    click(modal.contentEl.querySelector(".kit-give-first-starter")!);
    const giving = lastModal<StarterModal>()!;
    expect(giving).toBeInstanceOf(StarterModal);
    expect(giving).not.toBe(modal);
    await modalReady(giving);
    expect(giving.contentEl.querySelector(".kit-give-first")).toBeNull();
  });
});

describe("a gentle way back", () => {
  it("opens a starter after a long silence with what was last talked about", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    click(view.contentEl.querySelector(`.kit-row[data-path="${KENJI}"] .kit-more`)!);
    lastMenu()?.items.find((i) => i.title === "Copy a message starter…")?.dom.click();
    const picker = lastModal<SuggestModal<FuzzyMatch<StarterTemplate>>>()!;
    await modalReady(picker);
    await started.flush();
    await chooseSuggestion(picker, 0);
    await started.flush();
    const editor = lastModal<StarterModal>()!;
    expect(editor).toBeInstanceOf(StarterModal);
    await modalReady(editor);
    expect(editor.text.split("\n")[0]).toBe("It's been a while! Last time we talked about his move to Lisbon — how did it go?");
    expect(editor.contentEl.querySelector(".kit-way-back")?.textContent).toBe("It's been a while — 14 months (last time: his move to Lisbon): the first line picks up from there.");
  });
});

