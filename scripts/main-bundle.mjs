// How main.js is bundled, in one place: the build (esbuild.config.mjs), the benchmark's
// size table (bench/run.mjs) and the tests that load or inspect the bundle all use it,
// so what they measure is what ships.
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** esbuild options for main.js; add `minify: true` for a release and an output (`outfile`, or `write: false`). */
export const mainBundleOptions = {
  entryPoints: [join(root, "src/main.ts")],
  absWorkingDir: root,
  bundle: true,
  // Obsidian lends these to plugins at runtime.
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
  format: "cjs",
  target: "es2021",
  treeShaking: true,
  // Obsidian reads main.js as UTF-8: "…" and "→" in the plugin's text stay one character instead of a \u escape.
  charset: "utf8",
};
