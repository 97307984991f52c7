import type { App } from "../fake/app";
import { createFakeApp, getView, loadPlugin, runCommand, settle, tick, triggerLayoutReady, type FakeAppOptions } from "../fake/harness";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../../src/ui/sidebar/relationships-view";
import KeepInTouchPlugin from "../../src/main";

export const TODAY = "2026-11-22";

export interface Started {
  app: App;
  plugin: KeepInTouchPlugin;
  /** The note's text right now, straight from the fake vault. */
  text: (path: string) => string | null;
  /** Lets pending writes, cache updates and re-renders finish. */
  flush: () => Promise<void>;
}

/** A vault with these files, the real plugin loaded into it, the clock at TODAY (evening, local time), the layout ready and the index built. */
export async function startPlugin(files: FakeAppOptions["files"] = {}, options: Omit<FakeAppOptions, "files"> & { ready?: boolean } = {}): Promise<Started> {
  const app = createFakeApp({ ...options, files });
  const plugin = await loadPlugin(KeepInTouchPlugin, app);
  plugin.now = () => new Date(2026, 10, 22, 23, 30);
  const flush = async () => {
    for (let i = 0; i < 3; i++) {
      await settle(app);
      await tick();
    }
  };
  if (options.ready !== false) {
    await triggerLayoutReady(app);
    await plugin.api.ready;
    await flush();
  }
  return { app, plugin, text: (path) => app.vault.peekText(path), flush };
}

/**
 * Waits for the rebuild that a settings change starts once typing pauses, and for that
 * build to finish. A build yields to the app whenever a slice has run long enough, so
 * on a busy machine it takes more turns of the event loop than on an idle one: a fixed
 * wait, or a fixed number of turns, could end before it does.
 */
export function nextRebuild(plugin: KeepInTouchPlugin): Promise<void> {
  const { index } = plugin;
  const update = index.updateSettings.bind(index);
  return new Promise((resolve, reject) => {
    index.updateSettings = (settings) => {
      index.updateSettings = update;
      const built = update(settings);
      built.then(resolve, reject);
      return built;
    };
  });
}

export function note(frontmatter: string, body = ""): string {
  return `---\n${frontmatter}\n---\n${body}`;
}

/** Opens the relationships view through its command and waits for it to draw. */
export async function openView(started: Started): Promise<RelationshipsView> {
  await runCommand(started.app, "open-relationships-view");
  await started.flush();
  const view = getView<RelationshipsView>(started.app, VIEW_TYPE_RELATIONSHIPS);
  if (!view) throw new Error("view did not open");
  return view;
}

/** Gives the view's list a width, as a wide sidebar or a tab would (the fake has no layout), and tells the view it was resized. */
export function setListWidth(view: RelationshipsView, px: number): void {
  const list = view.contentEl.querySelector<HTMLElement>(".kit-list");
  if (!list) throw new Error("the view has no list");
  Object.defineProperty(list, "clientWidth", { configurable: true, get: () => px });
  view.onResize();
}

/** How many times the index listed every contact while `run` ran: a part that follows changes one contact at a time asks for none. */
export async function looksAtEveryone(started: Started, run: () => Promise<void>): Promise<number> {
  const { index } = started.plugin;
  const all = index.all.bind(index);
  let calls = 0;
  index.all = () => {
    calls++;
    return all();
  };
  try {
    await run();
  } finally {
    index.all = all;
  }
  return calls;
}
