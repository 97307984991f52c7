// `npm run bench`: builds the plugin, runs bench/scale.bench-run.ts in vitest (the real
// plugin in the in-memory fake, three seeded vaults, and the terminal agenda against
// `cat` on disk), then prints one table and writes bench/results.json.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, arch } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "bench", "results.json");
const started = Date.now();

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
  if (result.status !== 0) {
    process.stderr.write(`\n${command} ${args.join(" ")} failed (exit ${String(result.status)})\n`);
    process.exit(result.status ?? 1);
  }
}

process.stderr.write("Building main.js and the terminal agenda…\n");
run("npm", ["run", "--silent", "build"]);
process.stderr.write("Measuring (about three minutes)…\n");
run("npx", ["vitest", "run", "--config", "bench/vitest.bench.config.ts", "--reporter=dot"], { KIT_BENCH_OUT: out });

const results = JSON.parse(readFileSync(out, "utf8"));
const cpu = cpus();
results.machine = {
  cores: cpu.length,
  cpu: cpu[0]?.model?.trim() ?? "unknown",
  node: process.version,
  platform: `${platform()} ${arch()}`,
};
results.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const ms = (v) => (v === undefined || v === null ? "–" : v >= 100 ? `${Math.round(v)}` : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ratio = (v) => (v === undefined || v === null ? "–" : `${v.toFixed(1)}×`);
const int = (v) => (v === undefined || v === null ? "–" : `${Math.round(v)}`);
const kb = (v) => (v === undefined || v === null ? "–" : `${(v / 1024).toFixed(2)} KB`);

const columns = [
  ["Vault (contacts / notes)", (r) => r.size],
  ["onload ms", (r) => ms(r.onloadMs)],
  ["bare loop ms", (r) => ms(r.bareLoopMs)],
  ["build ms", (r) => ms(r.warmBuildMs)],
  ["build ÷ loop", (r) => ratio(r.buildToBareLoop)],
  ["first build ms", (r) => ms(r.coldBuildMs)],
  ["longest slice ms", (r) => ms(r.longestSliceMs)],
  ["contact update ms", (r) => ms(r.contactUpdateMs)],
  ["daily-note update ms", (r) => ms(r.dailyUpdateMs)],
  ["overdue query ms", (r) => ms(r.overdueQueryMs)],
  ["first paint ms", (r) => ms(r.firstPaintMs)],
  ["rows in DOM", (r) => int(r.rowsInDom)],
  ["re-render ms", (r) => ms(r.rerenderMs)],
  ["rows touched", (r) => int(r.rowsTouchedPerChange)],
  ["heap / contact", (r) => kb(r.bytesPerContact)],
  ["agenda ms", (r) => ms(r.agendaMs)],
  ["cat ms", (r) => ms(r.catMs)],
  ["agenda ÷ cat", (r) => ratio(r.agendaToCat)],
];

const rows = [...results.sizes];
if (results.cli) rows.push({ size: `${(results.cli.files / 1000).toFixed(0)}k on disk (terminal)`, ...results.cli });
const lines = [
  `| ${columns.map(([title]) => title).join(" | ")} |`,
  `|${columns.map(([, ], i) => (i === 0 ? "---" : "---:")).join("|")}|`,
  ...rows.map((r) => `| ${columns.map(([, cell]) => cell(r)).join(" | ")} |`),
];
const { machine } = results;
process.stdout.write(`\n${lines.join("\n")}\n\n`);
process.stdout.write(`main.js: ${results.bundleBytes === null ? "not built" : `${(results.bundleBytes / 1024).toFixed(1)} KB minified`}. `);
process.stdout.write(`Medians of 7 runs after 2 warm-ups (first build: 3 after 1). ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}; ${results.seconds} s in all.\n`);
process.stdout.write(`Figures: ${out.slice(root.length + 1)}\n`);
