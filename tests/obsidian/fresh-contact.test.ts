import { describe, expect, it } from "vitest";
import { note, startPlugin } from "./start-plugin";

// A script (Templater, QuickAdd, the API) writes to a note it made or changed a moment
// ago, before the metadata cache and the index have caught up with it.

const CONTACTS = { "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01") };

function touched(date: string, tier: string): string {
  return `---\ntier: ${tier}\nlast_touch: ${date}\n---\n## Touches\n- ${date}\n`;
}

describe("a note created a moment ago, before the index has seen it", () => {
  it("a script creates a contact in the contacts folder and logs a touch at once", async () => {
    const { app, plugin, text, flush } = await startPlugin(CONTACTS);
    const file = await app.vault.create("People/Fresh Face.md", note("tier: peer"));
    // As in Obsidian: the metadata cache hasn't read the new note yet.
    expect(app.metadataCache.getFileCache(file)).toBeNull();
    await plugin.api.logTouch("People/Fresh Face.md", { kind: "call", note: "welcome" });
    expect(text("People/Fresh Face.md")).toBe("---\ntier: peer\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22 call — welcome\n");
    await expect(plugin.api.getTouches("People/Fresh Face.md")).resolves.toEqual([{ date: "2026-11-22", kind: "call", note: "welcome" }]);
    await flush();
    expect(plugin.api.getContacts().find((c) => c.name === "Fresh Face")).toMatchObject({ tierId: "peer", lastTouch: "2026-11-22", state: "ok" });
  });

  it("touches logged together land in the order they were made, the fresh note's first", async () => {
    const daily = { "daily-notes": { enabled: true, options: { folder: "Daily", format: "YYYY-MM-DD" } } };
    const { app, plugin, text } = await startPlugin({ ...CONTACTS, "Daily/2026-11-22.md": "# Sunday\n" }, { internalPlugins: daily });
    await app.vault.create("People/Fresh Face.md", note("tier: peer"));
    await Promise.all([plugin.api.logTouch("People/Fresh Face.md", { note: "first" }), plugin.api.logTouch("People/Sam Rivera.md", { note: "second" })]);
    expect(text("Daily/2026-11-22.md")).toBe("# Sunday\n\n## Touches\n- [[Fresh Face]] — first\n- [[Sam Rivera]] — second\n");
  });

  it("a contact by its tier outside the contacts folder, and one by its tag", async () => {
    const { app, plugin, text } = await startPlugin(CONTACTS, { pluginData: { "keep-in-touch": { contactTag: "person" } } });
    await app.vault.createFolder("Clients");
    await app.vault.create("Clients/Acme.md", note("tier: peer"));
    await app.vault.create("Clients/Kim.md", "Kim runs the #person/client side.\n");
    await Promise.all([plugin.api.logTouch("Clients/Acme.md"), plugin.api.logTouch("Clients/Kim.md")]);
    expect(text("Clients/Acme.md")).toBe(touched("2026-11-22", "peer"));
    expect(text("Clients/Kim.md")).toBe("---\nlast_touch: 2026-11-22\n---\nKim runs the #person/client side.\n\n## Touches\n- 2026-11-22\n");
  });

  it("a note that just got its tier (the cache still has the old properties)", async () => {
    const { app, plugin, text } = await startPlugin({ ...CONTACTS, "Notes/Lee.md": "Met at the meetup.\n" });
    app.vault.externalModify("Notes/Lee.md", note("tier: peer", "Met at the meetup.\n"));
    await plugin.api.snooze("Notes/Lee.md", "2026-12-01");
    expect(text("Notes/Lee.md")).toBe(note("tier: peer\nsnooze_until: 2026-12-01", "Met at the meetup.\n"));
  });

  it("a fresh note that isn't a contact, or no note at all: the message gives the real reason", async () => {
    const { app, plugin, text } = await startPlugin(CONTACTS);
    await app.vault.createFolder("Notes");
    await app.vault.create("Notes/Groceries.md", "- milk\n");
    await expect(plugin.api.logTouch("Notes/Groceries.md")).rejects.toThrow('"Notes/Groceries.md" is not a contact note: it isn\'t in the contacts folder (People) and has no tier property.');
    await expect(plugin.api.logTouch("People/Nobody.md")).rejects.toThrow('No note at "People/Nobody.md".');
    expect(text("Notes/Groceries.md")).toBe("- milk\n");
    expect(text("People/Nobody.md")).toBeNull();
  });
});
