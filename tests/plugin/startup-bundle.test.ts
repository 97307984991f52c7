/**
 * The startup a phone pays, on main.js as it ships: bundled with the release options,
 * evaluated the way Obsidian requires it, and its plugin loaded into the fake. The
 * YAML library (a third of the bundle's code) is evaluated only when something needs
 * it: not to load the plugin, nor to build the index, only on the first property write.
 */
import { runInThisContext } from "node:vm";
import { build } from "esbuild";
import * as obsidian from "obsidian";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type KeepInTouchPlugin from "../../src/main";
import { createFakeApp, loadPlugin, settle, tick, triggerLayoutReady } from "../fake/harness";
import { note } from "../obsidian/start-plugin";
import { mainBundleOptions } from "../../scripts/main-bundle.mjs";

let bundle = "";

beforeAll(async () => {
  const result = await build({ ...mainBundleOptions, minify: true, write: false, outfile: "main.js", logLevel: "silent" });
  bundle = result.outputFiles[0]?.text ?? "";
}, 60_000);

/**
 * Evaluates main.js and counts evaluations of the YAML library from then on. The
 * library's first module asks for its node-type symbols (`Symbol.for("yaml.map")` …)
 * as it is evaluated, and only then, so that call marks its evaluation.
 */
function requireMainJs(): { Plugin: typeof KeepInTouchPlugin; yamlEvaluations: () => number } {
  const symbolFor = Symbol.for.bind(Symbol);
  let evaluations = 0;
  vi.spyOn(Symbol, "for").mockImplementation((key: string) => {
    if (key === "yaml.map") evaluations++;
    return symbolFor(key);
  });
  const module = { exports: {} as { default?: typeof KeepInTouchPlugin } };
  const load = (id: string): unknown => {
    if (id === "obsidian") return obsidian;
    throw new Error(`main.js asked for ${id}, which Obsidian doesn't lend to plugins`);
  };
  const run = runInThisContext(`(function (module, exports, require) {${bundle}\n})`, { filename: "main.js" }) as (m: typeof module, e: object, r: typeof load) => void;
  run(module, module.exports, load);
  const Plugin = module.exports.default;
  if (!Plugin) throw new Error("main.js exports no plugin");
  return { Plugin, yamlEvaluations: () => evaluations };
}

const SAM = "People/Sam Rivera.md";
const VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\ntopics: [climbing, \"jazz\"]", "## Touches\n- 2026-09-01 call — her new role\n"),
  "People/Ana Souza.md": note("tier: mentor\nlast_touch: 2026-10-20\ncompany: 'Acme, Inc.'"),
  "Notes/Groceries.md": "milk\n",
};

describe("main.js at startup", () => {
  it("loads the plugin and builds the index without evaluating the YAML library; the first property write does", async () => {
    const { Plugin, yamlEvaluations } = requireMainJs();
    const app = createFakeApp({ files: VAULT });
    const plugin = await loadPlugin(Plugin, app);
    plugin.now = () => new Date(2026, 10, 22, 23, 30);
    expect(yamlEvaluations()).toBe(0);

    await triggerLayoutReady(app);
    await plugin.api.ready;
    expect(plugin.index.all().map((c) => c.name).sort()).toEqual(["Ana Souza", "Sam Rivera"]);
    // Properties come from the metadata cache, and plain blocks (most) are checked without the parser. A rebuild, as after a
    // settings change or once a minute, reads the facts it keeps.
    await plugin.index.refresh();
    await settle(app);
    await tick();
    expect(plugin.api.getContacts().find((c) => c.name === "Sam Rivera")?.topics).toEqual(["climbing", "jazz"]);
    expect(yamlEvaluations()).toBe(0);

    await plugin.api.logTouch(SAM, { kind: "call" });
    expect(yamlEvaluations()).toBe(1);
    expect(app.vault.peekText(SAM)).toBe(
      "---\ntier: ally\nlast_touch: 2026-11-22\ntopics: [climbing, \"jazz\"]\n---\n## Touches\n- 2026-09-01 call — her new role\n- 2026-11-22 call\n",
    );
    // Evaluated once, however many writes follow.
    await plugin.api.logTouch("People/Ana Souza.md");
    expect(yamlEvaluations()).toBe(1);
  });
});
