import esbuild from "esbuild";
import { chmod } from "node:fs/promises";
import { mainBundleOptions } from "./scripts/main-bundle.mjs";

const production = process.argv[2] === "production";

const banner = "/* Keep in Touch: bundled by esbuild. Source: src/ */";

const context = await esbuild.context({
  ...mainBundleOptions,
  banner: { js: banner },
  logLevel: "info",
  sourcemap: production ? false : "inline",
  minify: production,
  outfile: "main.js",
});

// The headless agenda (src/cli/) for cron and terminals: its own bundle, with yaml and
// date-fns bundled in, so `node dist/keep-in-touch-agenda.cjs` runs without node_modules.
const cliOutfile = "dist/keep-in-touch-agenda.cjs";
const cliContext = await esbuild.context({
  banner: { js: "#!/usr/bin/env node\n/* Keep in Touch agenda: bundled by esbuild. Source: src/cli/ */" },
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  outfile: cliOutfile,
});

if (production) {
  // Both builds run to the end, so one failing still reports the other's errors.
  const results = await Promise.allSettled([context.rebuild(), cliContext.rebuild()]);
  await Promise.all([context.dispose(), cliContext.dispose()]);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  await chmod(cliOutfile, 0o755); // runnable as ./dist/keep-in-touch-agenda.cjs
} else {
  await Promise.all([context.watch(), cliContext.watch()]);
}
