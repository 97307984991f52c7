// The page behind `npm run screenshots`: the plugin as built (main.js), loaded the way
// Obsidian loads a plugin, into the in-memory Obsidian of the tests, holding the demo vault
// on the demo day. The script drives it through `window.kitHost`.
import type * as O from "obsidian";
import * as obsidian from "../../tests/fake/obsidian";
import type { App } from "../../tests/fake/app";
import { installDomHelpers } from "../../tests/fake/dom";
import { installJsGlobals } from "../../tests/fake/globals";
import { createFakeApp, lastMenu, loadPlugin, renderCodeBlock, runCommand, settle, tick, triggerLayoutReady } from "../../tests/fake/harness";
import { registerLucideIcons } from "./icons";
import { describeFocus, horizontalOverflow, keyHintsShown, type FocusInfo } from "./page-checks";
import { firstOverdueRow, namesCutFirst, drawnRowPaths, type FirstOverdue } from "./row-checks";
import { openScene, sceneRoot, type Scene } from "./scenes";
import { tapTargets, type TapReport } from "./tap-targets";

/** What a plugin module gets from Obsidian: `require("obsidian")`, and nothing else. */
type PluginModule = (require: (id: string) => unknown, module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;

interface DemoPlugin extends O.Plugin {
  now: () => Date;
  index: { all(): { path: string }[] };
}

const DAILY_NOTE = "Daily/2026-11-22.md";

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

function rootOf(selector: string): Element {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`nothing matches ${selector}`);
  return root;
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

  /** Light or dark, desktop or phone: the body classes and Platform flags Obsidian sets. */
  setLook(theme: "light" | "dark", phone: boolean): void {
    document.body.toggleClass("theme-light", theme === "light");
    document.body.toggleClass("theme-dark", theme === "dark");
    document.body.toggleClass(["is-mobile", "is-phone"], phone);
    Object.assign(obsidian.Platform, { isPhone: phone, isMobile: phone, isMobileApp: phone, isDesktop: !phone, isDesktopApp: !phone });
  },

  /** Shows one scene, opened as a user opens it; returns the selector of what it draws. */
  async show(scene: Scene): Promise<string> {
    const { app: target } = started();
    document.body.setAttr("data-scene", scene);
    await openScene(target, scene);
    target.workspace.iterateAllLeaves((leaf) => leaf.view.onResize());
    await flush(target);
    return sceneRoot(scene);
  },

  /** The right sidebar's width on a desktop page: where the relationships view lives. */
  async setSidebarWidth(width: number): Promise<void> {
    const { app: target } = started();
    document.body.style.setProperty("--kit-shot-sidebar", `${width}px`);
    target.workspace.iterateAllLeaves((leaf) => leaf.view.onResize());
    await flush(target);
  },

  /** Opens every closed part of the view (the practice parts, everyone else) or of a window, so their insides are drawn and measured too. */
  async openEverything(selector: string): Promise<void> {
    for (let round = 0; round < 3; round++) {
      const closed = Array.from(rootOf(selector).querySelectorAll<HTMLDetailsElement>("details:not([open])"));
      if (closed.length === 0) break;
      for (const details of closed) {
        details.open = true;
        details.dispatchEvent(new Event("toggle"));
      }
      await flush(started().app);
    }
  },

  /** Opens the view's practice parts (this week's touches, promises, dates, paused…), as a user opens each heading. */
  async openPractice(selector: string): Promise<void> {
    for (const details of Array.from(rootOf(selector).querySelectorAll<HTMLDetailsElement>("details.kit-part:not([open])"))) {
      details.open = true;
      details.dispatchEvent(new Event("toggle"));
    }
    await flush(started().app);
  },

  /** Scrolls a scene's list (the view's people) to a position; returns how far it can go. */
  async scrollList(selector: string, top: number): Promise<number> {
    const list = rootOf(selector).querySelector<HTMLElement>(".kit-list");
    if (!list) return 0;
    list.scrollTop = top;
    list.dispatchEvent(new Event("scroll"));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return list.scrollHeight - list.clientHeight;
  },

  overflow(selector: string): string[] {
    return horizontalOverflow(rootOf(selector));
  },

  /** Proof that the overflow check can fail: a box wider than a phone, put in for a moment, is reported. */
  overflowCanFail(selector: string): boolean {
    const probe = rootOf(selector).querySelector(".view-content")?.createDiv({ cls: "kit-shot-too-wide" });
    const caught = horizontalOverflow(rootOf(selector)).some((problem) => problem.includes("kit-shot-too-wide"));
    probe?.detach();
    return caught;
  },

  keyHints(selector: string): string[] {
    return keyHintsShown(rootOf(selector));
  },

  tapTargets(selector: string): TapReport {
    return tapTargets(rootOf(selector));
  },

  /** Proof that the tap-target check can fail: a 20 px button, put in for a moment, is reported. */
  tapTargetsCanFail(selector: string): boolean {
    const probe = rootOf(selector).querySelector(".view-content")?.createEl("button", { cls: "kit-shot-small-button", text: "x" });
    const caught = tapTargets(rootOf(selector)).small.some((t) => t.what.includes("kit-shot-small-button"));
    probe?.detach();
    return caught;
  },

  namesCutFirst(selector: string): { problems: string[]; rows: string[] } {
    const root = rootOf(selector);
    return { problems: namesCutFirst(root), rows: drawnRowPaths(root) };
  },

  /** Proof that the name check can fail: one name made far too long for a moment is reported. */
  namesCutCanFail(selector: string): boolean {
    const name = rootOf(selector).querySelector(".kit-section-overdue .kit-row .kit-name");
    if (!name) return false;
    const was = name.textContent ?? "";
    name.setText("Maximiliana Alexandrovna Konstantinopoulou-Worthington");
    const caught = namesCutFirst(rootOf(selector)).some((p) => p.includes("Konstantinopoulou"));
    name.setText(was);
    return caught;
  },

  firstOverdueRow(selector: string): FirstOverdue | null {
    return firstOverdueRow(rootOf(selector));
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
