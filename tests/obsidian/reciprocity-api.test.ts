import { describe, expect, it } from "vitest";
import { inTimeZone } from "../core/helpers";
import { note, startPlugin } from "./start-plugin";

const HANNAH = "People/Hannah Schmidt.md";
const HELEN = "People/Helen Okoye.md";
const KENJI = "People/Kenji Watanabe.md";

const FILES = {
  [HANNAH]: note("tier: peer", "## Touches\n- 2026-10-30 call → — secrets rotation\n"),
  [HELEN]: note("tier: mentor", "## Touches\n- 2026-10-15 meeting\n- 2026-10-15 intro → — to [[Wei Zhang]]: a guest session\n"),
  [KENJI]: note("tier: aspirational", "## Touches\n- 2026-04-01 resource → gave — sent him our blog post\n"),
};

describe("reciprocity through getContacts()", () => {
  // West of UTC: 23:30 local is already the next day in UTC.
  inTimeZone("America/Los_Angeles");

  it("owes a reply three local days after a message logged at 23:30, and logging any touch of yours clears it", async () => {
    const { plugin, text, flush } = await startPlugin(FILES);
    plugin.now = () => new Date(2026, 10, 19, 23, 30);
    await plugin.index.refresh();
    await plugin.api.logTouch(HANNAH, { kind: "check-in", direction: "in", note: "asked me to read her talk" });
    await flush();
    expect(text(HANNAH)).toContain("- 2026-11-19 check-in ← — asked me to read her talk\n");
    const hannah = () => plugin.api.getContacts().find((c) => c.path === HANNAH);
    expect(hannah()).toMatchObject({ replyOwedSince: null, state: "ok" });

    plugin.now = () => new Date(2026, 10, 21, 23, 30);
    await plugin.index.refresh();
    expect(hannah()).toMatchObject({ replyOwedSince: null, state: "ok" });

    plugin.now = () => new Date(2026, 10, 22, 23, 30);
    await plugin.index.refresh();
    expect(hannah()).toMatchObject({ replyOwedSince: "2026-11-19", state: "overdue", daysSinceTouch: 3 });
    expect(plugin.index.agenda().lists.overdue.at(0)?.contact.path).toBe(HANNAH);

    await plugin.api.logTouch(HANNAH, { kind: "call" });
    await flush();
    expect(hannah()).toMatchObject({ replyOwedSince: null, state: "ok", lastTouch: "2026-11-22" });
  });

  it("gives introductions to follow up and long silences", async () => {
    const { plugin } = await startPlugin(FILES);
    const byPath = new Map(plugin.api.getContacts().map((c) => [c.path, c]));
    expect(byPath.get(HELEN)).toMatchObject({ introFollowUps: [{ introduced: "2026-10-15", with: "Wei Zhang", dueSince: "2026-11-14" }], longSilence: false, replyOwedSince: null });
    expect(byPath.get(KENJI)).toMatchObject({ introFollowUps: [], longSilence: true });
    expect(byPath.get(HANNAH)).toMatchObject({ introFollowUps: [], longSilence: false });
  });
});
