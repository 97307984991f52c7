import { describe, expect, it } from "vitest";
import { notices } from "../fake/harness";
import { note, startPlugin } from "./start-plugin";

const SAM = "People/Sam Rivera.md";

describe("logTouch through the API", () => {
  it("adds the line and sets last_touch, keeping every other byte", async () => {
    const before = "---\n# how I know Sam\ntier: 'ally'   # closest\nlast_touch: 2026-09-01\ncustom: {x: [1, 2]}\n---\nMet at the 2024 partner summit.\n\n## Touches\n- 2026-09-01 coffee — first chat\n\n## Ideas\n- send the scorecard\n";
    const { plugin, text } = await startPlugin({ [SAM]: before });
    await plugin.api.logTouch(SAM, { kind: "call", note: "caught up about her new role" });
    expect(text(SAM)).toBe(
      "---\n# how I know Sam\ntier: 'ally'   # closest\nlast_touch: 2026-11-22\ncustom: {x: [1, 2]}\n---\nMet at the 2024 partner summit.\n\n## Touches\n- 2026-09-01 coffee — first chat\n- 2026-11-22 call — caught up about her new role\n\n## Ideas\n- send the scorecard\n",
    );
  });

  it("uses the local calendar day: a touch at 23:30 counts for that day", async () => {
    const { plugin, text } = await startPlugin({ [SAM]: note("tier: ally") });
    plugin.now = () => new Date(2026, 10, 22, 23, 30);
    await plugin.api.logTouch(SAM);
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n");
  });

  it("never moves last_touch back for an older touch", async () => {
    const { plugin, text } = await startPlugin({ [SAM]: note("tier: ally\nlast_touch: 2026-11-20", "## Touches\n- 2026-11-20 call\n") });
    await plugin.api.logTouch(SAM, { date: "2026-10-01", note: "remembered lunch" });
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-20\n---\n## Touches\n- 2026-10-01 — remembered lunch\n- 2026-11-20 call\n");
  });

  it("updates the index and the state once the cache catches up", async () => {
    const { plugin, flush } = await startPlugin({ [SAM]: note("tier: ally\nlast_touch: 2026-09-01") });
    expect(plugin.api.getContacts()[0]?.state).toBe("overdue");
    await plugin.api.logTouch(SAM);
    await flush();
    expect(plugin.api.getContacts()[0]).toMatchObject({ lastTouch: "2026-11-22", state: "ok" });
  });

  it("rejects with a clear error and leaves the note alone when the YAML is invalid", async () => {
    const broken = "---\ntier: ally\nname: [unclosed\n---\n## Touches\n";
    const { plugin, text } = await startPlugin({ [SAM]: broken });
    const contact = plugin.api.getContacts()[0];
    expect(contact?.warnings[0]).toMatch(/not valid YAML/);
    await expect(plugin.api.logTouch(SAM)).rejects.toThrow(/not valid YAML.*Fix them before logging here/);
    expect(text(SAM)).toBe(broken);
  });

  it("rejects a note whose properties block never closes", async () => {
    const unclosed = "---\ntier: ally\nno closing line\n";
    const { plugin, text } = await startPlugin({ [SAM]: unclosed });
    await expect(plugin.api.logTouch(SAM)).rejects.toThrow(/no closing --- line/);
    expect(text(SAM)).toBe(unclosed);
  });

  it("rejects bad input and notes that aren't contacts", async () => {
    const { plugin, text } = await startPlugin({ [SAM]: note("tier: ally"), "Notes/x.md": "hi\n" });
    await expect(plugin.api.logTouch("Notes/x.md")).rejects.toThrow(/not a contact note/);
    await expect(plugin.api.logTouch(SAM, { date: "22/11/2026" })).rejects.toThrow(/not a date/);
    await expect(plugin.api.logTouch(SAM, { kind: "hike" })).rejects.toThrow(/not one of the touch kinds/);
    await expect(plugin.api.logTouch(SAM, { date: "2026-12-01" })).rejects.toThrow(/future/);
    await expect(plugin.api.logTouch(SAM, { note: 5 as unknown as string })).rejects.toThrow(/"note" must be a string/);
    expect(text(SAM)).toBe(note("tier: ally"));
    expect(text("Notes/x.md")).toBe("hi\n");
  });

  it("rejects when the write fails, leaving the file as it was", async () => {
    const { app, plugin, text } = await startPlugin({ [SAM]: note("tier: ally") });
    app.vault.failNextWrite(SAM, new Error("EACCES: permission denied"));
    await expect(plugin.api.logTouch(SAM)).rejects.toThrow(/Couldn't write "People\/Sam Rivera.md": EACCES: permission denied\. The note was left as it was\./);
    expect(text(SAM)).toBe(note("tier: ally"));
  });

  it("keeps an edit made from outside between the plugin's read and its write", async () => {
    const { app, plugin, text } = await startPlugin({ [SAM]: note("tier: ally", "Body.\n") });
    app.vault.duringNextProcess(SAM, () => {
      app.vault.externalModify(SAM, note("tier: ally", "Body, edited on the phone.\n"));
    });
    await plugin.api.logTouch(SAM);
    expect(text(SAM)).toBe("---\ntier: ally\nlast_touch: 2026-11-22\n---\nBody, edited on the phone.\n\n## Touches\n- 2026-11-22\n");
  });

  it("lands fifty touches logged at once, in order, losing none", async () => {
    const { plugin, text } = await startPlugin({ [SAM]: note("tier: ally") });
    await Promise.all(Array.from({ length: 50 }, (_, i) => plugin.api.logTouch(SAM, { note: `touch ${i + 1}` })));
    const lines = (text(SAM) ?? "").split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toEqual(Array.from({ length: 50 }, (_, i) => `- 2026-11-22 — touch ${i + 1}`));
  });
});

describe("awkward files", () => {
  const cases: [string, string, string][] = [
    ["an empty file", "", "---\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n"],
    [
      "CRLF line endings, which stay CRLF",
      "---\r\ntier: ally\r\n---\r\n# Sam\r\n",
      "---\r\ntier: ally\r\nlast_touch: 2026-11-22\r\n---\r\n# Sam\r\n\r\n## Touches\r\n- 2026-11-22\r\n",
    ],
    ["a BOM", "\uFEFF---\ntier: ally\n---\nhi\n", "\uFEFF---\ntier: ally\nlast_touch: 2026-11-22\n---\nhi\n\n## Touches\n- 2026-11-22\n"],
    [
      "the touch heading twice",
      "---\ntier: ally\n---\n## Touches\n- 2026-01-01\n\n## Touches\n- 2026-02-01\n",
      "---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-01-01\n- 2026-11-22\n\n## Touches\n- 2026-02-01\n",
    ],
    ["no trailing newline", "---\ntier: ally\n---\n## Touches\n- 2026-01-01", "---\ntier: ally\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-01-01\n- 2026-11-22"],
  ];

  it.each(cases)("%s", async (_name, before, after) => {
    const { plugin, text } = await startPlugin({ [SAM]: before });
    await plugin.api.logTouch(SAM);
    expect(text(SAM)).toBe(after);
  });
});

describe("notices", () => {
  it("tells the user when a one-click touch can't be written", async () => {
    const { app, plugin, text } = await startPlugin({ [SAM]: note("tier: ally") });
    app.vault.failNextWrite(SAM, new Error("disk full"));
    const contact = plugin.index.get(SAM);
    if (!contact) throw new Error("not indexed");
    expect(await plugin.actions.logTouch(contact)).toBe(false);
    expect(notices().at(-1)).toMatch(/^Couldn't log a touch with Sam Rivera: Couldn't write .*disk full/);
    expect(text(SAM)).toBe(note("tier: ally"));
    expect(await plugin.actions.logTouch(contact)).toBe(true);
    expect(notices().at(-1)).toBe("Logged a touch with Sam Rivera. Undo");
  });
});
