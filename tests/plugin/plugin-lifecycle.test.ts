import { describe, expect, it, vi } from "vitest";
import { listenerCount } from "../fake/events";
import { createFakeApp, loadPlugin, triggerLayoutReady, unloadPlugin } from "../fake/harness";
import KeepInTouchPlugin from "../../src/main";
import { nextRebuild, note, startPlugin } from "../obsidian/start-plugin";

const VAULT = {
  "People/Sam Rivera.md": note("tier: ally\nlast_touch: 2026-09-01"),
  "People/Work/Ana Souza.md": note("tier: Mentors\nlast_touch: 2026-10-20"),
  "Clients/Acme.md": note("tier: peer"),
  "Notes/Groceries.md": "milk\n",
};

describe("loading", () => {
  it("only registers in onload; the index is built once the layout is ready", async () => {
    const app = createFakeApp({ files: VAULT });
    const plugin = await loadPlugin(KeepInTouchPlugin, app);
    expect(plugin.index.isBuilt).toBe(false);
    expect(plugin.index.work.reads).toBe(0);
    expect(app.workspace.getLeavesOfType("keep-in-touch-relationships")).toHaveLength(0);
    await triggerLayoutReady(app);
    await plugin.api.ready;
    expect(plugin.index.isBuilt).toBe(true);
    expect(plugin.index.all().map((c) => c.path).sort()).toEqual(["Clients/Acme.md", "People/Sam Rivera.md", "People/Work/Ana Souza.md"]);
    // The view never opens by itself.
    expect(app.workspace.getLeavesOfType("keep-in-touch-relationships")).toHaveLength(0);
  });

  it("onload registers the plugin's parts; the rest of startup waits until the layout is ready", async () => {
    const app = createFakeApp({ files: VAULT });
    const storageReads = vi.spyOn(window.sessionStorage, "getItem");
    // The vault's and the metadata cache's listeners: the fake's own, then the plugin's.
    const listeners = () => ["create", "modify", "delete", "rename"].reduce((n, name) => n + listenerCount(app.vault, name), 0) + listenerCount(app.metadataCache, "changed");
    const ownListeners = listeners();
    const plugin = await loadPlugin(KeepInTouchPlugin, app);
    // What the user can reach at once: the views, the commands, the ribbon icon, the code block, the settings tab.
    expect(Object.keys(app.commands.commands).filter((id) => id.startsWith("keep-in-touch:")).length).toBeGreaterThan(10);
    expect(app.plugins.plugins["keep-in-touch"]).toBe(plugin);
    // Not yet: the undo steps kept from before a reload, the index's listeners, the status bar item.
    expect(storageReads).not.toHaveBeenCalled();
    expect(listeners()).toBe(ownListeners);
    expect(app.statusBarEl.querySelector(".kit-status-bar")).toBeNull();

    await triggerLayoutReady(app);
    await plugin.api.ready;
    expect(storageReads).toHaveBeenCalled();
    expect(listeners()).toBeGreaterThan(ownListeners);
    expect(app.statusBarEl.querySelector(".kit-status-bar")).not.toBeNull();
  });

  it("opens the view when the user turns the plugin on, and only then", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    expect(app.workspace.getLeavesOfType("keep-in-touch-relationships")).toHaveLength(0);
    plugin.onUserEnable();
    await flush();
    const leaves = app.workspace.getLeavesOfType("keep-in-touch-relationships");
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.getRoot()).toBe(app.workspace.rightSplit);
  });

  it("exposes the API on app.plugins.plugins['keep-in-touch'].api", async () => {
    const { app } = await startPlugin(VAULT);
    const plugin = app.plugins.plugins["keep-in-touch"] as KeepInTouchPlugin;
    const contacts = plugin.api.getContacts();
    expect(contacts.find((c) => c.name === "Sam Rivera")).toEqual({
      path: "People/Sam Rivera.md",
      name: "Sam Rivera",
      tier: "Close allies",
      tierId: "ally",
      cadenceDays: 42,
      dueFromDays: 14,
      lastTouch: "2026-09-01",
      lastTouchSource: "People/Sam Rivera.md",
      daysSinceTouch: 82,
      state: "overdue",
      snoozeUntil: null,
      topics: [],
      promises: [],
      importantDates: [],
      fadeReason: null,
      warmth: expect.closeTo(Math.pow(0.5, 82 / 180), 12) as number,
      rhythmDays: null,
      drifting: false,
      replyOwedSince: null,
      introFollowUps: [],
      longSilence: false,
      warnings: [],
    });
    expect(contacts.find((c) => c.name === "Ana Souza")?.state).toBe("ok");
    expect(contacts.find((c) => c.name === "Acme")?.state).toBe("due");
  });

  it("registers its commands without hotkeys, and a ribbon icon", async () => {
    const { app } = await startPlugin(VAULT);
    const commands = Object.values(app.commands.commands).filter((c) => c.id.startsWith("keep-in-touch:"));
    expect(commands.map((c) => c.name).sort()).toEqual([
      "Keep in Touch: Add today's touch plan to the daily note",
      "Keep in Touch: Alumni of…",
      "Keep in Touch: Build your relationship map",
      "Keep in Touch: Capture touches from a file…",
      "Keep in Touch: Copy a message starter…",
      "Keep in Touch: Create a relationships base",
      "Keep in Touch: Export calendar (.ics)",
      "Keep in Touch: Import contacts from Google Contacts CSV",
      "Keep in Touch: Import contacts from LinkedIn Connections CSV",
      "Keep in Touch: Import contacts from vCard (.vcf)",
      "Keep in Touch: Let a contact fade…",
      "Keep in Touch: Log a group touch…",
      "Keep in Touch: Log touch…",
      "Keep in Touch: Merge conflict copy…",
      "Keep in Touch: New contact…",
      "Keep in Touch: Open relationships view",
      "Keep in Touch: Open review",
      "Keep in Touch: Plan this week's touches",
      "Keep in Touch: Reach out…",
      "Keep in Touch: Redo last undone change",
      "Keep in Touch: Repair contact note after a sync merge…",
      "Keep in Touch: Resume a faded contact…",
      "Keep in Touch: Set place and time zone for several…",
      "Keep in Touch: Set property types for contacts…",
      "Keep in Touch: Show contact details…",
      "Keep in Touch: Snooze contact…",
      "Keep in Touch: Sort people without a tier",
      "Keep in Touch: Undo last change",
      "Keep in Touch: Who would find this useful?",
      "Keep in Touch: Who's in…?",
    ]);
    expect(commands.every((c) => c.hotkeys === undefined)).toBe(true);
    expect(app.ribbonEl.querySelector('[aria-label="Open relationships"]')).not.toBeNull();
  });

  it("stops listening when unloaded", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    await unloadPlugin(app, plugin);
    const before = plugin.index.work.resolved;
    app.vault.externalModify("People/Sam Rivera.md", note("tier: peer"));
    await flush();
    expect(plugin.index.work.resolved).toBe(before);
  });

  it("rebuilds nothing once unloaded, though a settings change was waiting for typing to pause", async () => {
    const { app, plugin } = await startPlugin(VAULT);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const builds = plugin.index.work.builds;
    plugin.settings.contactsFolder = "Clients";
    await plugin.saveSettings();
    await unloadPlugin(app, plugin);
    vi.advanceTimersByTime(1_000);
    expect(plugin.index.work.builds).toBe(builds);
  });

  it("stops a build under way when unloaded, and it touches the window no more", async () => {
    const { app, plugin } = await startPlugin(VAULT);
    const changed = vi.fn();
    plugin.index.onChange(changed);
    const resolved = plugin.index.work.resolved;
    const build = plugin.index.updateSettings(plugin.resolved);
    await unloadPlugin(app, plugin);
    // As after a test's teardown, or a closed window: a build that ran on would yield to a UI that is gone.
    vi.stubGlobal("window", undefined);
    try {
      await expect(build).resolves.toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(changed).not.toHaveBeenCalled();
    expect(plugin.index.work.resolved).toBe(resolved);
    const builds = plugin.index.work.builds;
    await plugin.index.build();
    expect(plugin.index.work.builds).toBe(builds);
  });
});

describe("keeping the index current", () => {
  it("updates only the note that changed", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    const work = { ...plugin.index.work };
    app.vault.externalModify("People/Sam Rivera.md", note("tier: ally\nlast_touch: 2026-11-20"));
    await flush();
    expect(plugin.index.get("People/Sam Rivera.md")?.lastTouch).toBe("2026-11-20");
    expect(plugin.index.work.resolved - work.resolved).toBe(1);
    expect(plugin.index.work.reads).toBe(work.reads);
    expect(plugin.index.work.builds).toBe(work.builds);
  });

  it("counts touch lines written by hand", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    app.vault.externalModify("People/Sam Rivera.md", note("tier: ally\nlast_touch: 2026-09-01", "## Touches\n- 2026-11-15 coffee — by hand\n"));
    await flush();
    expect(plugin.api.getContacts().find((c) => c.name === "Sam Rivera")).toMatchObject({ lastTouch: "2026-11-15", state: "ok" });
  });

  it("adds a note that gains a tier and drops one that loses it", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    app.vault.externalModify("Notes/Groceries.md", note("tier: aspirational"));
    app.vault.externalModify("Clients/Acme.md", "no more properties\n");
    await flush();
    expect(plugin.index.get("Notes/Groceries.md")?.tier.id).toBe("aspirational");
    expect(plugin.index.get("Clients/Acme.md")).toBeUndefined();
  });

  it("follows renames and deletes", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    const file = app.vault.getFileByPath("People/Sam Rivera.md");
    if (!file) throw new Error("missing");
    await app.fileManager.renameFile(file, "People/Sam R.md");
    await flush();
    expect(plugin.index.get("People/Sam Rivera.md")).toBeUndefined();
    expect(plugin.index.get("People/Sam R.md")?.name).toBe("Sam R");
    // Out of the contacts folder and without a tier: no longer a contact.
    app.vault.externalRename("People/Work/Ana Souza.md", "Archive/Ana Souza.md");
    await flush();
    expect(plugin.index.get("Archive/Ana Souza.md")?.tier.id).toBe("mentor");
    app.vault.externalDelete("Clients/Acme.md");
    await flush();
    expect(plugin.index.get("Clients/Acme.md")).toBeUndefined();
  });

  it("does not lose a change made while the index is being built", async () => {
    const app = createFakeApp({ files: VAULT });
    const plugin = await loadPlugin(KeepInTouchPlugin, app);
    plugin.now = () => new Date(2026, 10, 22, 12);
    app.vault.afterNextRead("People/Sam Rivera.md", () => {
      app.vault.externalModify("People/Sam Rivera.md", note("tier: ally\nlast_touch: 2026-11-21"));
    });
    await triggerLayoutReady(app);
    await plugin.api.ready;
    await app.metadataCache.settle();
    await new Promise((r) => setTimeout(r, 0));
    expect(plugin.index.get("People/Sam Rivera.md")?.lastTouch).toBe("2026-11-21");
  });

  it("rebuilds when settings change, without a restart", async () => {
    const { plugin, flush } = await startPlugin(VAULT);
    plugin.settings.contactsFolder = "Clients";
    await plugin.saveSettings();
    await nextRebuild(plugin);
    await flush();
    expect(plugin.index.all().map((c) => c.path).sort()).toEqual(["Clients/Acme.md", "People/Sam Rivera.md", "People/Work/Ana Souza.md"]);
    plugin.settings.properties.tier = "circle";
    await plugin.saveSettings();
    await nextRebuild(plugin);
    await flush();
    expect(plugin.index.all().map((c) => c.path)).toEqual(["Clients/Acme.md"]);
  });
});
