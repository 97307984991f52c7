import { describe, expect, it } from "vitest";
import { Component } from "obsidian";
import { note, startPlugin } from "./start-plugin";

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const VAULT = { [SAM]: note("tier: ally\nlast_touch: 2026-11-01"), [ANA]: note("tier: mentor") };

describe("the API's change events and getContact", () => {
  it("getContact gives one contact by path, and null for a note that isn't one", async () => {
    const { plugin } = await startPlugin({ ...VAULT, "Notes/Idea.md": "# An idea\n" });
    expect(plugin.api.getContact(SAM)).toMatchObject({ path: SAM, name: "Sam Rivera", tierId: "ally", lastTouch: "2026-11-01" });
    expect(plugin.api.getContact("People//Sam Rivera.md")?.path).toBe(SAM);
    expect(plugin.api.getContact("Notes/Idea.md")).toBeNull();
    expect(() => plugin.api.getContact(3 as unknown as string)).toThrow("getContact needs the path of a note.");
  });

  it("calls back with the changed contacts after the index took the change in, until off", async () => {
    const { plugin, flush } = await startPlugin(VAULT);
    const seen: { paths: string[]; lastTouch: string | null | undefined }[] = [];
    const callback = (paths: string[]) => seen.push({ paths, lastTouch: plugin.api.getContact(SAM)?.lastTouch });
    plugin.api.on("changed", callback);
    await plugin.api.logTouch(SAM, { date: "2026-11-20", kind: "call" });
    await flush();
    // By the time the callback runs, getContact already sees the touch.
    expect(seen).toContainEqual({ paths: [SAM], lastTouch: "2026-11-20" });
    plugin.api.off("changed", callback);
    const count = seen.length;
    await plugin.api.logTouch(ANA, { date: "2026-11-21" });
    await flush();
    expect(seen.length).toBe(count);
  });

  it("hands back Obsidian's EventRef, so another plugin's registerEvent ends the subscription with it", async () => {
    const { plugin, flush } = await startPlugin(VAULT);
    const other = new Component();
    other.load();
    const seen: string[][] = [];
    other.registerEvent(plugin.api.on("changed", (paths) => seen.push(paths)));
    await plugin.api.snooze(SAM, "2026-12-01");
    await flush();
    expect(seen.flat()).toContain(SAM);
    other.unload();
    const count = seen.length;
    await plugin.api.snooze(SAM, null);
    await flush();
    expect(seen.length).toBe(count);
  });

  it("names every contact after a rebuild, and refuses an event it doesn't have", async () => {
    const { plugin, flush } = await startPlugin(VAULT);
    const seen: string[][] = [];
    plugin.api.on("changed", (paths) => seen.push(paths));
    await plugin.index.build();
    await flush();
    expect(seen.at(-1)?.slice().sort()).toEqual([ANA, SAM]);
    expect(() => plugin.api.on("renamed" as "changed", () => undefined)).toThrow('on: the only event is "changed", not "renamed".');
  });
});
