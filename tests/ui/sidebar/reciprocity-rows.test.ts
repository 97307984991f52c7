import { afterEach, describe, expect, it } from "vitest";
import { click, lastMenu, notices } from "../../fake/harness";
import { Platform } from "../../fake/obsidian";
import type { RelationshipsView } from "../../../src/ui/sidebar/relationships-view";
import { inTimeZone } from "../../core/helpers";
import { note, openView, startPlugin } from "../../obsidian/start-plugin";

const HANNAH = "People/Hannah Schmidt.md";
const HELEN = "People/Helen Okoye.md";
const WEI = "People/Wei Zhang.md";
const KENJI = "People/Kenji Watanabe.md";
const AMARA = "People/Amara Okafor.md";

const VAULT = {
  // A peer touched 5 days ago, by her: a reply is owed, whatever the cadence says.
  [HANNAH]: note("tier: peer", "## Touches\n- 2026-10-30 call →\n- 2026-11-17 check-in ← — asked me to read her talk\n"),
  [HELEN]: note("tier: mentor", "## Touches\n- 2026-10-15 intro → — to [[Wei Zhang]]: a guest session\n"),
  [WEI]: note("tier: peer", "## Touches\n- 2026-10-15 intro → — to [[Helen Okoye]]: a guest session\n- 2026-11-05 congrats\n"),
  [KENJI]: note("tier: aspirational", "## Touches\n- 2026-04-01 resource → gave — sent him our blog post\n"),
  // Overdue by far more, and still below someone waiting on a reply.
  [AMARA]: note("tier: ally\nlast_touch: 2026-06-01"),
};

function rowOf(view: RelationshipsView, path: string): HTMLElement {
  const el = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${path}"]`);
  if (!el) throw new Error(`no row for ${path}`);
  return el;
}

const names = (view: RelationshipsView, section: string) => Array.from(view.contentEl.querySelectorAll(`.kit-section-${section} .kit-row .kit-name`)).map((el) => el.textContent);
const line = (view: RelationshipsView, path: string) => rowOf(view, path).querySelector<HTMLElement>(".kit-row-line .kit-flag");

describe("reciprocity in the relationships view", () => {
  it("puts a reply owed at the top of the due list, with its words, and says why on a tap", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    expect(names(view, "overdue")).toEqual(["Hannah Schmidt", "Amara Okafor", "Kenji Watanabe"]);
    const flag = line(view, HANNAH);
    expect(flag?.textContent).toBe("replied? they reached out 5 days ago");
    expect(flag?.classList.contains("kit-flag-reply-owed")).toBe(true);
    expect(flag?.closest(".kit-row-line")?.classList.contains("kit-tone-late")).toBe(true);
    click(flag!);
    expect(notices().at(-1)).toBe(
      "They reached out on 2026-11-17 (← in the touch log) and no touch of yours has followed in 5 days. After 3 days a reply owed goes to the top of the due list; logging any touch with them clears it.",
    );
    // The name's tooltip lists every flag too.
    expect(rowOf(view, HANNAH).querySelector(".kit-name")?.getAttribute("title")).toContain("Replied? they reached out 5 days ago");
  });

  describe("on a phone", () => {
    afterEach(() => {
      Platform.isPhone = false;
    });

    it("leaves the flag to the row's tap, and its ⋮ menu says why", async () => {
      Platform.isPhone = true;
      const started = await startPlugin(VAULT);
      const view = await openView(started);
      const flag = line(view, HANNAH)!;
      expect(flag.textContent).toBe("replied? they reached out 5 days ago");
      // No target of its own under the row's: a tap on it is a tap on the row.
      expect(flag.getAttribute("role")).toBeNull();
      expect(flag.hasAttribute("tabindex")).toBe(false);
      expect(flag.hasAttribute("data-explain")).toBe(false);
      click(rowOf(view, HANNAH).querySelector(".kit-more")!);
      const item = lastMenu()?.items.find((i) => i.title === "Replied? they reached out 5 days ago");
      expect(item).toBeDefined();
      item!.dom.click();
      expect(notices().at(-1)).toMatch(/^They reached out on 2026-11-17 \(← in the touch log\)/);
    });
  });

  it("clears the reply owed when a touch of yours is logged from the row", async () => {
    const started = await startPlugin(VAULT);
    const view = await openView(started);
    click(rowOf(view, HANNAH).querySelector(".kit-log")!);
    await started.flush();
    expect(started.text(HANNAH)).toContain("- 2026-11-22\n");
    expect(names(view, "overdue")).toEqual(["Amara Okafor", "Kenji Watanabe"]);
  });

  it("says a long silence without alarm, citing the half-lives when tapped", async () => {
    const view = await openView(await startPlugin(VAULT));
    const flag = line(view, KENJI);
    expect(flag?.textContent).toBe("it's been a while — 8 months");
    expect(flag?.closest(".kit-row-line")?.classList.contains("kit-tone-quiet")).toBe(true);
    expect(flag?.getAttribute("data-explain")).toMatch(/^No touch in 8 months: more than 2 half-lives of warmth \(half-life 6 weeks\)/);
  });

  it("asks both people how the introduction went", async () => {
    const view = await openView(await startPlugin(VAULT));
    view.contentEl.querySelector<HTMLDetailsElement>(".kit-rest")!.open = true;
    view.contentEl.querySelector(".kit-rest")!.dispatchEvent(new Event("toggle"));
    expect(line(view, HELEN)?.textContent).toBe("how did the intro to Wei Zhang go?");
    expect(line(view, WEI)?.textContent).toBe("how did the intro to Helen Okoye go?");
    expect(line(view, WEI)?.getAttribute("title")).toMatch(/^You logged an introduction to Helen Okoye on 2026-10-15/);
  });

  describe("with a message logged at 23:30 local time, west of UTC", () => {
    inTimeZone("America/Los_Angeles");

    it("shows the reply owed three local days later", async () => {
      const started = await startPlugin({ [HANNAH]: note("tier: peer", "## Touches\n- 2026-11-10 call →\n") });
      started.plugin.now = () => new Date(2026, 10, 19, 23, 30);
      await started.plugin.index.refresh();
      const view = await openView(started);
      await started.plugin.api.logTouch(HANNAH, { direction: "in" });
      await started.flush();
      expect(started.text(HANNAH)).toContain("- 2026-11-19 ←\n");
      expect(names(view, "overdue")).toEqual([]);
      started.plugin.now = () => new Date(2026, 10, 22, 23, 30);
      await started.plugin.index.refresh();
      await started.flush();
      expect(names(view, "overdue")).toEqual(["Hannah Schmidt"]);
      expect(line(view, HANNAH)?.textContent).toBe("replied? they reached out 3 days ago");
    });
  });
});
