import { describe, expect, it } from "vitest";
import { click, findSetting, openSettingTab, typeText } from "../../fake/harness";
import { DEFAULT_STARTERS } from "../../../src/core/conversation/starters";
import { note, startPlugin, type Started } from "../../obsidian/start-plugin";

const VAULT = {
  "People/Sam.md": note("tier: ally"),
  "Templates/Starters.md": "## Thank you\nkind: follow-through\nThanks again, {{first_name}}.\n\n## Hello\nGood to meet you.\n",
  "Templates/Empty.md": "Nothing here yet.\n",
};

function starterRows(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(".kit-starter-setting"));
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

async function noteStatus(started: Started, root: HTMLElement, path: string): Promise<string | null | undefined> {
  typeText(findSetting(root, "Starters note").querySelector("input")!, path);
  await started.flush();
  return findSetting(root, "Starters note").querySelector(".kit-starters-note-status")?.textContent;
}

describe("the message starters settings", () => {
  it("checks the starters note as it is typed, and saves its path normalized", async () => {
    const started = await startPlugin(VAULT);
    const root = openSettingTab(started.app).containerEl;
    expect(await noteStatus(started, root, "Templates//Starters")).toBe("2 starters in this note.");
    expect(started.plugin.settings.startersNote).toBe("Templates/Starters");
    expect(await noteStatus(started, root, "Templates/Gone.md")).toBe("The starters note “Templates/Gone.md” doesn't exist.");
    expect(findSetting(root, "Starters note").querySelector(".kit-starters-note-status")?.classList.contains("kit-error")).toBe(true);
    expect(await noteStatus(started, root, "Templates/Empty.md")).toBe("The starters note “Templates/Empty.md” has no “## ” sections.");
    expect(await noteStatus(started, root, "  ")).toBe("");
    expect(started.plugin.settings.startersNote).toBe("");
  });

  it("shows the built-in starters, and an edit makes them the user's own", async () => {
    const { app, plugin } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    const rows = starterRows(tab.containerEl);
    expect(rows.map((r) => r.querySelector("input")?.value)).toEqual(DEFAULT_STARTERS.map((s) => s.label));
    expect(plugin.settings.starters).toEqual([]);
    expect(button(tab.containerEl, "Restore defaults").disabled).toBe(true);

    typeText(rows[0]!.querySelector("textarea")!, "Congrats, {{first_name}}!");
    expect(plugin.settings.starters).toHaveLength(DEFAULT_STARTERS.length);
    expect(plugin.settings.starters[0]).toEqual({ kind: "congrats", label: "Congratulations", text: "Congrats, {{first_name}}!" });
    expect(plugin.settings.starters[1]).toEqual(DEFAULT_STARTERS[1]);
    typeText(rows[1]!.querySelectorAll("input")[1]!, " quick tip ");
    expect(plugin.settings.starters[1]?.kind).toBe("quick-tip");
  });

  it("adds, removes and restores the defaults", async () => {
    const { app, plugin, flush } = await startPlugin(VAULT);
    const tab = openSettingTab(app);
    click(button(tab.containerEl, "Add starter"));
    await flush();
    expect(plugin.settings.starters.map((s) => s.label)).toEqual([...DEFAULT_STARTERS.map((s) => s.label), "New starter"]);
    expect(starterRows(tab.containerEl)).toHaveLength(DEFAULT_STARTERS.length + 1);

    click(starterRows(tab.containerEl)[0]!.querySelector(".clickable-icon")!);
    await flush();
    expect(plugin.settings.starters[0]?.label).toBe("Share a resource");
    expect(starterRows(tab.containerEl)).toHaveLength(DEFAULT_STARTERS.length);

    click(button(tab.containerEl, "Restore defaults"));
    await flush();
    expect(plugin.settings.starters).toEqual([]);
    expect(starterRows(tab.containerEl).map((r) => r.querySelector("input")?.value)).toEqual(DEFAULT_STARTERS.map((s) => s.label));
    expect(await app.vault.adapter.read(".obsidian/plugins/keep-in-touch/data.json")).toContain('"starters": []');
  });
});
