// The page behind `npm run screenshots`: the plugin as built (main.js), loaded the way
// Obsidian loads a plugin, into the in-memory Obsidian of the tests, holding the demo vault
// on the demo day. The script drives it through `window.kitHost`.
import type * as O from "obsidian";
import * as obsidian from "../../tests/fake/obsidian";
import type { App } from "../../tests/fake/app";
import { installDomHelpers } from "../../tests/fake/dom";
import { installJsGlobals } from "../../tests/fake/globals";
import { chooseSuggestion, createFakeApp, lastMenu, lastModal, loadPlugin, modalReady, notices, renderCodeBlock, runCommand, setSuggestQuery, settle, tick, triggerLayoutReady, typeText } from "../../tests/fake/harness";
import { openModals } from "../../tests/fake/modal";
import { registerLucideIcons } from "./icons";
import { describeFocus, horizontalOverflow, type FocusInfo } from "./page-checks";

/** What a plugin module gets from Obsidian: `require("obsidian")`, and nothing else. */
type PluginModule = (require: (id: string) => unknown, module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;

interface DemoPlugin extends O.Plugin {
  now: () => Date;
  index: { all(): { path: string }[] };
}

export type Scene = "sidebar" | "block" | "modal" | "review";

const RELATIONSHIPS = "keep-in-touch-relationships";
const REVIEW = "keep-in-touch-review";
const DAILY_NOTE = "Daily/2026-11-22.md";

/** Where each scene is drawn: the part of the page a screenshot or a check looks at. */
export const SCENE_ROOTS: Record<Scene, string> = {
  sidebar: `.workspace-leaf-content[data-type="${RELATIONSHIPS}"]`,
  block: ".kit-shot-note",
  modal: ".modal-container .modal",
  review: `.workspace-leaf-content[data-type="${REVIEW}"]`,
};

declare global {
  interface Window {
    /** main.js, wrapped by the script in the function Obsidian wraps a plugin in. */
    kitPluginModule?: PluginModule;
    kitHost: typeof host;
  }
}

let app: App | null = null;
let plugin: DemoPlugin | null = null;

function started(): { app: App; plugin: DemoPlugin } {
  if (!app || !plugin) throw new Error("kitHost.start() has not run");
  return { app, plugin };
}

/** Runs main.js with Obsidian's module loader: `obsidian` is the in-memory one, anything else is missing. */
function pluginClass(): new (app: O.App, manifest: O.PluginManifest) => DemoPlugin {
  const run = window.kitPluginModule;
  if (!run) throw new Error("main.js was not loaded into the page");
  const module = { exports: {} as Record<string, unknown> };
  run(
    (id) => {
      if (id === "obsidian") return obsidian;
      throw new Error(`The plugin asked for "${id}", which Obsidian doesn't provide`);
    },
    module,
    module.exports,
  );
  return (module.exports.default ?? module.exports) as unknown as new (app: O.App, manifest: O.PluginManifest) => DemoPlugin;
}

async function flush(target: App): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await settle(target);
    await tick();
  }
}

/** The daily note's own `keep-in-touch` block, drawn in a reading-view pane. */
async function renderDailyBlock(target: App, dailyText: string): Promise<void> {
  const source = /```keep-in-touch\n([\s\S]*?)```/.exec(dailyText)?.[1] ?? "";
  const pane = document.body.createDiv({ cls: "kit-shot-note markdown-preview-view markdown-rendered" });
  pane.createDiv({ cls: "inline-title", text: "2026-11-22" });
  const el = await renderCodeBlock(target, "keep-in-touch", source, DAILY_NOTE);
  el.addClass("block-language-keep-in-touch");
  pane.appendChild(el);
}

/** Obsidian writes each view's title into its header; the in-memory workspace leaves that to the app. */
function titleViews(target: App): void {
  target.workspace.iterateAllLeaves((leaf) => leaf.view.containerEl.querySelector(".view-header-title")?.setText(leaf.view.getDisplayText()));
}

/** Obsidian tells every view when the window changes size; the windowed list depends on it. */
function resizeViewsWithWindow(target: App): void {
  window.addEventListener("resize", () => target.workspace.iterateAllLeaves((leaf) => leaf.view.onResize()));
}

const host = {
  async start(files: Record<string, string>): Promise<void> {
    app = createFakeApp({ files });
    plugin = await loadPlugin(pluginClass(), app);
    plugin.now = () => new Date(2026, 10, 22, 12, 0);
    await triggerLayoutReady(app);
    await flush(app);
    await runCommand(app, "open-review");
    await runCommand(app, "open-relationships-view");
    await renderDailyBlock(app, files[DAILY_NOTE] ?? "");
    titleViews(app);
    resizeViewsWithWindow(app);
    await flush(app);
  },

  setLook(theme: "light" | "dark", phone: boolean): void {
    document.body.toggleClass("theme-light", theme === "light");
    document.body.toggleClass("theme-dark", theme === "dark");
    document.body.toggleClass(["is-mobile", "is-phone"], phone);
  },

  /** Shows one scene; the log-touch modal opens the way a user opens it, for Amara. */
  async show(scene: Scene): Promise<string> {
    const { app: target } = started();
    document.body.setAttr("data-scene", scene);
    for (const modal of openModals.slice()) if (scene !== "modal") modal.close();
    if (scene === "modal" && openModals.length === 0) {
      await runCommand(target, "log-touch");
      const picker = lastModal<O.SuggestModal<unknown>>();
      if (!picker) throw new Error("Log touch… opened no contact picker");
      await modalReady(picker);
      await setSuggestQuery(picker, "Amara");
      await chooseSuggestion(picker, 0);
      const modal = lastModal<O.Modal>();
      if (!modal) throw new Error("Choosing Amara opened no log-touch modal");
      await modalReady(modal);
      const note = modal.contentEl.querySelector<HTMLInputElement>(".setting-item input[type='text']");
      if (note) typeText(note, "congratulated her on the routing engine");
    }
    target.workspace.iterateAllLeaves((leaf) => leaf.view.onResize());
    await flush(target);
    return SCENE_ROOTS[scene];
  },

  overflow(selector: string): string[] {
    const root = document.querySelector(selector);
    return root ? horizontalOverflow(root) : [`nothing matches ${selector}`];
  },

  /** Proof that the overflow check can fail: a box wider than a phone, put in for a moment, is reported. */
  overflowCanFail(selector: string): boolean {
    const root = document.querySelector(selector);
    const probe = root?.querySelector(".view-content")?.createDiv({ cls: "kit-shot-too-wide" });
    const caught = root ? horizontalOverflow(root).some((problem) => problem.includes("kit-shot-too-wide")) : false;
    probe?.detach();
    return caught;
  },

  focused(): FocusInfo | null {
    return describeFocus();
  },

  contactPaths(): string[] {
    return started().plugin.index.all().map((c) => c.path);
  },

  activeFilePath(): string | null {
    return started().app.workspace.getActiveFile()?.path ?? null;
  },

  menuItems(): string[] {
    const menu = lastMenu();
    if (!menu?.dom.isConnected) return [];
    return Array.from(menu.dom.querySelectorAll(".menu-item-title")).map((el) => el.textContent ?? "");
  },

  closeMenu(): void {
    lastMenu()?.hide();
  },

  notices(): string[] {
    return notices();
  },

  noteText(path: string): string | null {
    return started().app.vault.peekText(path);
  },

  async settled(): Promise<void> {
    await flush(started().app);
  },
};

// Obsidian installs its DOM helpers and icons before any plugin loads.
installDomHelpers();
installJsGlobals();
registerLucideIcons();
window.kitHost = host;
