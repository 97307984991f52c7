// `npm run bench`: builds the plugin, runs bench/scale.bench-run.ts in vitest (the real
// plugin in the in-memory fake, three seeded vaults, main.js as Obsidian loads it, and
// the terminal agenda against `cat` on disk) and bench/capture.bench-run.ts (a generated
// 100 MB mbox and 50,000-message WhatsApp chat captured), measures what main.js is made
// of, then prints the tables with every target, writes bench/results.json and
// docs/performance.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, platform, arch } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { mainBundleOptions } from "../scripts/main-bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.env.KIT_BENCH_OUT ?? join(root, "bench", "results.json");
const captureOut = join(root, "bench", "capture-results.json");
const page = join(root, "docs", "performance.md");
const started = Date.now();

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
  if (result.status !== 0) {
    process.stderr.write(`\n${command} ${args.join(" ")} failed (exit ${String(result.status)})\n`);
    process.exit(result.status ?? 1);
  }
}

/** What main.js is made of, by layer, from esbuild's metafile of the same minified build. */
async function bundleLayers() {
  const result = await esbuild.build({
    ...mainBundleOptions,
    minify: true,
    metafile: true,
    write: false,
    outfile: "main.js",
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0];
  const layerOf = (path) => {
    const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (lib) return lib[1];
    const layer = /^src\/([^/]+)\//.exec(path);
    if (layer) return `src/${layer[1]}`;
    return path.startsWith("src/") ? "src/plugin" : "other";
  };
  const layers = new Map();
  const modules = [];
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    layers.set(layerOf(path), (layers.get(layerOf(path)) ?? 0) + bytesInOutput);
    modules.push({ path, bytes: bytesInOutput });
  }
  // The same bundle unminified names each module esbuild defers to its first use: `__esm({ "path"() { … } })`.
  const readable = await esbuild.build({ ...mainBundleOptions, write: false, outfile: "main.js", logLevel: "silent" });
  const deferred = new Set([...readable.outputFiles[0].text.matchAll(/__esm\(\{\s*"([^"]+)"/g)].map((m) => m[1]));
  return {
    bytes: output.bytes,
    layers: [...layers].map(([layer, bytes]) => ({ layer, bytes })).sort((a, b) => b.bytes - a.bytes),
    largest: modules.sort((a, b) => b.bytes - a.bytes).slice(0, 10),
    modules: modules.length,
    deferredModules: deferred.size,
    deferredBytes: modules.filter((m) => deferred.has(m.path)).reduce((sum, m) => sum + m.bytes, 0),
  };
}

// The performance targets, each checked against one run: what is measured, the target,
// this run's figure, whether it is met, and (when not) the measured cause.
const KB = 1024;
const msOf = (v) => (v === undefined || v === null ? "–" : v >= 100 ? `${Math.round(v)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const pct = (part, whole) => `${Math.round((part / whole) * 100)}%`;

/** The build's steps in this run (medians of its builds), largest first, as "resolve 40 ms (55%), scan 20 ms (28%)"; steps under 5% left out. */
function steps(row) {
  const entries = Object.entries(row.buildSteps ?? {}).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  return entries
    .filter(([, v], i) => i < 2 || v >= total * 0.05)
    .map(([step, v]) => `${step} ${msOf(v)} (${pct(v, total)})`)
    .join(", ");
}

/** The step of the slowest slice, from the builds' "12.3 scan" notes. */
function slowestStep(row) {
  const slices = (row.slices ?? []).map((s) => s.split(" ")).sort((a, b) => Number(b[0]) - Number(a[0]));
  return slices[0]?.[1] ?? "unknown";
}

/** Why the longest slice ran over: its step, and for the list step, what the one call it can't split took on its own in this run. */
function sliceCause(r) {
  const step = slowestStep(r);
  if (step === "list" && typeof r.listFilesMs === "number") {
    return `the slowest slice was in the build's list step, where one call of the vault's getMarkdownFiles() over ${r.notes.toLocaleString("en")} notes takes ${msOf(r.listFilesMs)} on its own and can't be split`;
  }
  return `the slowest slice was in the build's ${step} step`;
}

/** Where a first build's time went, from its own steps: each contact note is read in the read step; the rest is what a build with the cache does too. */
function coldCause(r) {
  const cold = r.coldBuildSteps;
  if (!cold || cold.read === undefined) return `every contact note is read (${r.contacts.toLocaleString("en")} notes), on top of the ${msOf(r.warmBuildMs)} of a build with the cache`;
  const entries = Object.entries(cold).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  const perNote = (cold.read / r.contacts) * 1000;
  return `the first build's steps: ${entries.slice(0, 3).map(([step, v]) => `${step} ${msOf(v)} (${pct(v, total)})`).join(", ")}; reading ${r.contacts.toLocaleString("en")} contact notes is ${perNote.toFixed(0)} µs each, the bare loop ${msOf(r.bareLoopMs)} in all`;
}

/** Where a first paint's time went, measured in the same runs. */
function firstPaintCause(r) {
  if (r.firstPaintRowsMs === undefined) return `${r.rowsInDom} rows drawn in happy-dom`;
  return `${r.rowsInDom} rows, ${r.firstPaintElements} elements in all, made in happy-dom: building the rows ${msOf(r.firstPaintRowsMs)}, the rest of the view (toolbar, sections, counts, placing the rows, any garbage collection) ${msOf(r.firstPaintMs - r.firstPaintRowsMs)}; the parts below the lists follow in the next frame (${msOf(r.partsBelowMs)})`;
}

/** Where a re-render's time went, measured in the same runs, with the work the view counted. */
function rerenderCause(r) {
  if (r.rerenderRowsMs === undefined) return `${r.rowsTouchedPerChange} rows touched`;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  return `per change ${count(r.rowsCreatedPerChange, "row", "rows")} built and ${r.rowsRemovedPerChange} removed, ${count(r.partsRedrawnPerChange, "part", "parts")} below the lists redrawn: building rows ${msOf(r.rerenderRowsMs)}, the rest of the redraw (placing and renumbering the rows on screen, counts, any garbage collection) ${msOf(r.rerenderMs - r.rerenderRowsMs)}`;
}

/** Every target, as rows: `met` is true, false, or null for a figure reported without a target. */
function targetRows(results) {
  const rows = [];
  const add = (what, target, figure, met, cause = "") => rows.push({ what, target, figure, met, cause });
  const sizes = results.sizes ?? [];
  const bySize = (label) => sizes.find((r) => r.size === label);

  for (const r of sizes) {
    add(
      `Build with the facts cache, ${r.size}`,
      "≤ 2× the bare loop",
      `${r.buildToBareLoop.toFixed(1)}× (${msOf(r.warmBuildMs)} against ${msOf(r.bareLoopMs)})`,
      r.buildToBareLoop <= 2,
      `the loop only reads the cache; the build also resolves ${r.contacts.toLocaleString("en")} contacts and works out the agenda, in this run's steps: ${steps(r)}`,
    );
  }
  for (const r of sizes) {
    const ratio = r.coldBuildMs / r.bareLoopMs;
    add(
      `First build, no facts cache, ${r.size}`,
      "≤ 5× the bare loop",
      `${ratio.toFixed(1)}× (${msOf(r.coldBuildMs)})`,
      ratio <= 5,
      coldCause(r),
    );
  }
  // The measured bytes per contact of each part of the index, largest first; the rest is the plugin's fixed share.
  const heapSplit = (r) => {
    const parts = Object.entries(r.heapParts ?? {}).sort((a, b) => b[1] - a[1]);
    if (parts.length === 0) return "not split in this run";
    const rest = r.bytesPerContact - parts.reduce((sum, [, bytes]) => sum + bytes, 0);
    return `by part of the index, each let go of in turn at the end of the run: ${[...parts, ["the rest of the plugin", rest]].map(([part, bytes]) => `${part} ${Math.round(bytes)} B`).join(", ")}`;
  };
  for (const r of sizes) {
    if (r.bytesPerContact < 0) add(`Heap per contact, 20 touches each, ${r.size}`, "≤ 1 KB", "not measured: a collection ran during the measurement", null);
    else
      add(
        `Heap per contact, 20 touches each, ${r.size}`,
        "≤ 1 KB",
        kb(r.bytesPerContact),
        r.bytesPerContact <= KB,
        heapSplit(r),
      );
  }
  const composition = results.composition;
  if (composition) {
    const layers = composition.layers
      .slice(0, 4)
      .map((l) => `${l.layer} ${kb(l.bytes)}`)
      .join(", ");
    const largest = composition.largest
      .filter((m) => m.path.startsWith("src/"))
      .slice(0, 3)
      .map((m) => `${m.path.replace(/^src\//, "")} ${kb(m.bytes)}`)
      .join(", ");
    add(
      "main.js, minified",
      "≤ 280 KB",
      kb(composition.bytes),
      composition.bytes <= 280 * KB,
      `the features' own code and one YAML library, each module once: ${layers} (yaml kept whole for the property edits, evaluated on the first write); the plugin's largest modules: ${largest}`,
    );
  }
  const bundle = results.bundle;
  if (bundle) {
    const deferred = composition?.deferredModules ? `; ${composition.deferredModules} of ${composition.modules} modules (${kb(composition.deferredBytes)}) wait for their first use` : "";
    add(
      "Evaluating main.js (the require before onload)",
      "reported beside onload",
      `${msOf(bundle.evaluateMs)}: ${msOf(bundle.compileMs)} compiling, ${msOf(bundle.runMs)} running its top level${deferred}`,
      null,
    );
    add(
      "onload of main.js's plugin, on code run for the first time",
      "< 2 ms",
      msOf(bundle.onloadMs),
      bundle.onloadMs < 2,
      `${msOf(bundle.onloadApiMs)} inside Obsidian's API (the fake's: data.json, the ribbon icon's DOM, ${bundle.commands} commands, views, code block, settings tab); the other ${msOf(bundle.onloadMs - bundle.onloadApiMs)} is the plugin's first run of its settings reader and of the index, writers and actions that views restored with the layout need`,
    );
  } else {
    add("Evaluating main.js and its onload", "measured", "not measured in this run", false, "bench/results.json has no figures for main.js: run `npm run bench` (or `npm run bench -- --startup` for this part alone)");
  }
  for (const r of sizes.filter((s) => s.contacts >= 10_000)) {
    add(`First paint, ${r.size}`, "< 10 ms", msOf(r.firstPaintMs), r.firstPaintMs < 10, firstPaintCause(r));
  }
  for (const r of sizes) {
    add(`Re-render after one touch, ${r.size}`, "< 1 ms", `${msOf(r.rerenderMs)}, ${r.rowsTouchedPerChange} rows touched`, r.rerenderMs < 1, rerenderCause(r));
  }
  const small = bySize("1k / 5k");
  const large = sizes.filter((s) => s.contacts >= 10_000).at(-1);
  for (const [key, label] of sizes.length === 0
    ? []
    : [
        ["contactUpdateMs", "One contact edited → index shows it"],
        ["dailyUpdateMs", "One daily note edited → index shows it"],
      ]) {
    const worst = Math.max(...sizes.map((r) => r[key]));
    const flat = small && large ? large[key] / small[key] : 1;
    add(
      label,
      "< 1 ms, flat from 1k to 10k (≤ 2×)",
      sizes.map((r) => msOf(r[key])).join(" / "),
      worst < 1 && flat <= 2,
      worst >= 1 ? "the note's text is read again, with its properties checked" : `${flat.toFixed(1)}× from 1k to 10k contacts`,
    );
  }
  if (small?.keystrokeSaveMs !== null && small?.keystrokeSaveMs !== undefined) {
    add(
      "Keystroke-save in a note that mentions no contact, 1k / 5k, a day of notes opened one by one",
      "< 0.2 ms of plugin work",
      `${msOf(small.keystrokeSaveMs)} per save (slowest ${msOf(small.keystrokeSaveMaxMs)}, ${small.keystrokeSaves} saves)`,
      small.keystrokeSaveMs < 0.2,
      "each save looks for promises in the note's text and works out its links again",
    );
  }
  for (const r of sizes) add(`Longest slice of a build, ${r.size}`, "≤ 50 ms", msOf(r.longestSliceMs), r.longestSliceMs <= 50, sliceCause(r));
  for (const c of results.capture ?? []) {
    add(
      `Capture of a ${c.input}: longest the main thread was held`,
      "≤ 50 ms",
      `${msOf(c.longestBlockMs)} (${msOf(c.longestBlockCpuMs)} of CPU at most between two turns)`,
      c.longestBlockMs <= 50,
      "a probe on the event loop waited this long once; the CPU figure is the work the process did in the longest stretch, the rest of the wait was the machine running other jobs",
    );
    add(`Capture of a ${c.input}: the plan the review opens with, in one piece`, "≤ 50 ms", `${msOf(c.planMs)} (${msOf(c.planCpuMs)} of CPU)`, c.planMs <= 50, `matching ${c.touches.toLocaleString("en")} days to contacts and making their touch lines runs without a pause; the CPU figure is that work alone`);
    add(`Capture of a ${c.input}: throughput and peak heap`, "reported", `${c.megabytesPerSecond.toFixed(1)} MB/s, ${c.peakHeapMb.toFixed(1)} MB of heap at most`, null);
  }
  const cli = results.cli;
  if (cli) {
    add(
      `Terminal agenda on ${cli.files.toLocaleString("en")} notes`,
      "≤ 3× cat of the same files",
      `${cli.agendaToCat.toFixed(1)}× (${msOf(cli.agendaMs)} against ${msOf(cli.catMs)})`,
      cli.agendaToCat <= 3,
      cli.nodeStartMs === undefined
        ? "Node's start and the agenda's own work, not split in this run"
        : `Node starting with nothing to run takes ${msOf(cli.nodeStartMs)} of it; the other ${msOf(cli.agendaMs - cli.nodeStartMs)} compile the bundle, then read, resolve and sort ${cli.files.toLocaleString("en")} notes`,
    );
  }
  return rows;
}

// `npm run bench -- --report`: the tables and the page again from bench/results.json, without measuring.
// `npm run bench -- --startup`: main.js alone (size, evaluation, onload), into the figures of the last full run.
const reportOnly = process.argv.includes("--report");
const startupOnly = process.argv.includes("--startup");
const startupOut = join(root, "bench", "startup-results.json");
if (!reportOnly) {
  process.stderr.write("Building main.js and the terminal agenda…\n");
  run("npm", ["run", "--silent", "build"]);
  if (startupOnly) {
    process.stderr.write("Measuring main.js…\n");
    run("npx", ["vitest", "run", "--config", "bench/vitest.bench.config.ts", "--reporter=dot", "bench/scale.bench-run.ts", "-t", "main.js as Obsidian loads it"], { KIT_BENCH_OUT: startupOut });
  } else {
    process.stderr.write("Measuring (about three minutes)…\n");
    run("npx", ["vitest", "run", "--config", "bench/vitest.bench.config.ts", "--reporter=dot"], { KIT_BENCH_OUT: out, KIT_BENCH_CAPTURE_OUT: captureOut });
  }
}

const results = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : { sizes: [], cli: null, bundle: null };
if (startupOnly && !reportOnly) {
  results.bundle = JSON.parse(readFileSync(startupOut, "utf8")).bundle;
  rmSync(startupOut, { force: true });
}
if (!results.bundle) process.stderr.write("\nNo figures for main.js's evaluation and onload in this run: the Startup table shows none.\n");
if (!reportOnly && existsSync(captureOut)) {
  results.capture = JSON.parse(readFileSync(captureOut, "utf8")).capture;
  rmSync(captureOut, { force: true });
}
results.composition = await bundleLayers();
if (!reportOnly && !startupOnly) {
  const cpu = cpus();
  results.machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model?.trim() ?? "unknown",
    node: process.version,
    platform: `${platform()} ${arch()}`,
  };
  results.seconds = Math.round((Date.now() - started) / 1000);
}
const targets = targetRows(results);
results.targets = targets;
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const ms = (v) => (v === undefined || v === null ? "–" : v >= 100 ? `${Math.round(v)}` : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ratio = (v) => (v === undefined || v === null ? "–" : `${v.toFixed(1)}×`);
const int = (v) => (v === undefined || v === null ? "–" : `${Math.round(v)}`);
const kbPrecise = (v) => (v === undefined || v === null ? "–" : `${(v / 1024).toFixed(2)} KB`);

const columns = [
  ["Vault (contacts / notes)", (r) => r.size],
  ["onload ms", (r) => ms(r.onloadMs)],
  ["bare loop ms", (r) => ms(r.bareLoopMs)],
  ["build ms", (r) => ms(r.warmBuildMs)],
  ["build ÷ loop", (r) => ratio(r.buildToBareLoop)],
  ["first build ms", (r) => ms(r.coldBuildMs)],
  ["first build ÷ loop", (r) => ratio(r.coldBuildMs / r.bareLoopMs)],
  ["longest slice ms", (r) => ms(r.longestSliceMs)],
  ["contact update ms", (r) => ms(r.contactUpdateMs)],
  ["daily-note update ms", (r) => ms(r.dailyUpdateMs)],
  ["keystroke-save ms", (r) => ms(r.keystrokeSaveMs)],
  ["overdue query ms", (r) => ms(r.overdueQueryMs)],
  ["first paint ms", (r) => ms(r.firstPaintMs)],
  ["rows in DOM", (r) => int(r.rowsInDom)],
  ["re-render ms", (r) => ms(r.rerenderMs)],
  ["heap / contact", (r) => (r.bytesPerContact < 0 ? "(noise)" : kbPrecise(r.bytesPerContact))],
];

function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

const sizeTable = table(
  columns.map(([title]) => title),
  results.sizes.map((r) => columns.map(([, cell]) => cell(r))),
);
const { bundle, cli, composition, machine } = results;
const startupTable = table(
  ["main.js", "minified", "modules (deferred)", "evaluate ms", "compile ms", "run ms", "onload ms", "onload in the API ms", "terminal agenda ms", "cat ms", "agenda ÷ cat"],
  [
    [
      "this build",
      `${(composition.bytes / 1024).toFixed(1)} KB`,
      `${composition.modules} (${composition.deferredModules})`,
      ms(bundle?.evaluateMs),
      ms(bundle?.compileMs),
      ms(bundle?.runMs),
      ms(bundle?.onloadMs),
      ms(bundle?.onloadApiMs),
      ms(cli?.agendaMs),
      ms(cli?.catMs),
      ratio(cli?.agendaToCat),
    ],
  ],
);
const layerTable = table(
  ["Part of main.js", "KB minified", "share"],
  composition.layers.map(({ layer, bytes }) => [layer, (bytes / 1024).toFixed(1), `${Math.round((bytes / composition.bytes) * 100)}%`]),
);
const captureTable = table(
  ["Capture", "MB", "read ms", "MB/s", "longest block ms", "longest block CPU ms", "peak heap MB", "plan ms", "plan CPU ms", "touches", "terminal dry run ms", "terminal MB/s"],
  (results.capture ?? []).map((c) => [c.input, c.megabytes.toFixed(1), ms(c.readMs), c.megabytesPerSecond.toFixed(1), ms(c.longestBlockMs), ms(c.longestBlockCpuMs), c.peakHeapMb.toFixed(1), ms(c.planMs), ms(c.planCpuMs), int(c.touches), ms(c.terminalMs), c.terminalMegabytesPerSecond.toFixed(1)]),
);
const targetTable = [
  "| | Target | This run | Why not, measured |",
  "|---|---|---|---|",
  ...targets.map((t) => `| ${t.met === null ? "·" : t.met ? "✓" : "✗"} ${t.what} | ${t.target} | ${t.figure} | ${t.met === false ? t.cause : ""} |`),
].join("\n");
const about = machine
  ? `Medians of 7 runs after 2 warm-ups (first build: 3 after 1), on ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}; ${results.seconds} s in all.`
  : "No full run yet: only main.js was measured.";

if (startupOnly) {
  // One part measured on its own: the page keeps showing the last full run.
  process.stdout.write(`\n${startupTable}\n\n${layerTable}\n\n${targetTable}\n\nmain.js measured now (medians of 7 after 2 warm-ups); the other figures are the last full run's. Figures: bench/results.json\n`);
  process.exit(0);
}
process.stdout.write(`\n${sizeTable}\n\n${startupTable}\n\n${captureTable}\n\n${layerTable}\n\n${targetTable}\n\n${about}\nFigures: bench/results.json; this run's tables: docs/performance.md\n`);

const intro = readFileSync(join(root, "bench", "performance-intro.md"), "utf8").trim();
const outro = readFileSync(join(root, "bench", "performance-outro.md"), "utf8").trim();
writeFileSync(
  page,
  `${intro}\n\n${about}\n\n## Targets\n\n${targetTable}\n\n## Each vault\n\n${sizeTable}\n\n## Startup and the terminal\n\n${startupTable}\n\n## Capture\n\n${captureTable}\n\n## What main.js is made of\n\n${layerTable}\n\nLargest modules: ${composition.largest
    .map((m) => `\`${m.path.replace(/^node_modules\//, "")}\` ${(m.bytes / 1024).toFixed(1)} KB`)
    .join(", ")}.\n\n${outro}\n`,
);
