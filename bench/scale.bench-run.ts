/**
 * The scale benchmark (`npm run bench`, never part of `npm test`): the real plugin in
 * the in-memory fake, on seeded vaults of three sizes, and the terminal agenda on the
 * same contacts written to disk, against `cat`. Writes its figures as JSON to
 * $KIT_BENCH_OUT (bench/results.json by default); bench/run.mjs prints the table.
 */
import { spawnSync } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Script } from "node:vm";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, it } from "vitest";
import * as obsidianModule from "obsidian";
import type { App } from "../tests/fake/app";
import { createFakeApp, disposeApps, loadPlugin, triggerLayoutReady, unloadPlugin } from "../tests/fake/harness";
import KeepInTouchPlugin from "../src/main";
import { ContactIndex } from "../src/obsidian/contact-index";
import type { FactsStore } from "../src/obsidian/device-cache";
import { NoteFactsCache } from "../src/obsidian/note-facts";
import { RelationshipsView, VIEW_TYPE_RELATIONSHIPS } from "../src/ui/sidebar/relationships-view";
import { ContactRows } from "../src/ui/sidebar/contact-row";
import { PartsBelow } from "../src/ui/sidebar/parts-below";
import { heapParts } from "./heap-parts";
import { heapUsed, median, medianOf, round, RUNS, timed, timedAsync, WARMUP } from "./measure";
import { TODAY, generateVault, type VaultSize } from "./vault-generator";

const SIZES: VaultSize[] = (process.env.KIT_SIZES ? (JSON.parse(process.env.KIT_SIZES) as VaultSize[]) : null) ?? [
  { label: "1k / 5k", contacts: 1_000, notes: 5_000, dailyNotes: 365 },
  { label: "10k / 50k", contacts: 10_000, notes: 50_000, dailyNotes: 1_825 },
  { label: "10k / 100k", contacts: 10_000, notes: 100_000, dailyNotes: 3_650 },
];

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "dist", "keep-in-touch-agenda.cjs");
const MAIN = join(ROOT, "main.js");

/** One vault size's figures; times in milliseconds (medians), memory in bytes. */
interface SizeRow {
  size: string;
  contacts: number;
  notes: number;
  dailyNotes: number;
  onloadMs: number;
  bareLoopMs: number;
  /** One call of the vault's getMarkdownFiles(): the build's list step can't split it. */
  listFilesMs: number;
  warmBuildMs: number;
  buildToBareLoop: number;
  coldBuildMs: number;
  /** The first build's steps (medians), to say where its time goes. */
  coldBuildSteps: Record<string, number>;
  buildSteps: Record<string, number>;
  longestSliceMs: number;
  /** Every warm build's longest slice, and the step it was in. */
  slices: string[];
  coldLongestSliceMs: number;
  /** The longest garbage-collection pause seen during the builds: a slice that long may be the collector's, not the index's. */
  longestGcPauseMs: number;
  cacheFileBytes: number;
  contactUpdateMs: number;
  contactUpdateResolved: number;
  dailyUpdateMs: number;
  overdueQueryMs: number;
  overdue: number;
  firstPaintMs: number;
  /** Of the first paint: building the rows' elements (their text worked out and their DOM made). */
  firstPaintRowsMs: number;
  /** Elements in the view after the first paint. */
  firstPaintElements: number;
  /** The parts below the lists, drawn in the frame after the first paint. */
  partsBelowMs: number;
  rowsInDom: number;
  rerenderMs: number;
  /** Of a re-render: building the rows that enter the lists. */
  rerenderRowsMs: number;
  rowsTouchedPerChange: number;
  /** Per change: rows the view created and removed, and parts below the lists it drew again (counted by the view). */
  rowsCreatedPerChange: number;
  rowsRemovedPerChange: number;
  partsRedrawnPerChange: number;
  bytesPerContact: number;
  /** Where those bytes are, by part of the index (see heap-parts.ts), measured at the end of the same run. */
  heapParts: Record<string, number>;
  /** Plugin work per save of a note that mentions no contact, over a day of notes opened and typed in one by one (1k / 5k only). */
  keystrokeSaveMs: number | null;
  keystrokeSaves: number | null;
  /** The slowest of those saves. */
  keystrokeSaveMaxMs: number | null;
}

interface BundleRow {
  bytes: number;
  /** Compiling and running main.js: the `require` Obsidian does before `onload`. */
  evaluateMs: number;
  /** Of that, compiling its text (V8 reads every byte, and compiles the top level). */
  compileMs: number;
  /** Of that, running its top level: every bundled module's own statements, but for those deferred to their first use. */
  runMs: number;
  /** `onload` of the plugin class main.js exports, on code never run before (as at a real startup). */
  onloadMs: number;
  /** Of that, time inside Obsidian's API (here the fake's: loadData, the ribbon icon's DOM, registering commands and views). */
  onloadApiMs: number;
  /** Commands registered by onload. */
  commands: number;
}

interface CliRow {
  files: number;
  catMs: number;
  /** Node starting and exiting with nothing to run: the part of the agenda's time that isn't the agenda's. */
  nodeStartMs: number;
  agendaMs: number;
  agendaToCat: number;
}

const results: { sizes: SizeRow[]; cli: CliRow | null; bundle: BundleRow | null } = { sizes: [], cli: null, bundle: null };

afterAll(() => {
  const out = process.env.KIT_BENCH_OUT ?? join(ROOT, "bench", "results.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
});

function progress(text: string): void {
  process.stderr.write(`  ${text}\n`);
}

/** The physical limit of a build: read every note's frontmatter and links from the cache, and nothing else. */
function bareLoop(app: App): number {
  let sink = 0;
  const keys = ["tier", "cadence", "last_touch", "topics", "snooze_until", "status"];
  for (const file of app.vault.getMarkdownFiles()) {
    const cache = app.metadataCache.getFileCache(file);
    const fm = cache?.frontmatter;
    if (fm) for (const key of keys) if (fm[key] !== undefined) sink++;
    for (const link of cache?.links ?? []) sink += link.link.length;
  }
  return sink;
}

/** The facts cache's device storage, in memory: what one build saves, the next one loads. */
function memoryFile(): FactsStore & { value: unknown } {
  const file = {
    value: null as unknown,
    read: () => Promise.resolve(file.value),
    write: (value: unknown) => {
      file.value = value;
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
  return file;
}

const NO_FILE: FactsStore = { read: () => Promise.resolve(null), write: () => Promise.resolve(), close: () => Promise.resolve() };

/** An index like the plugin's, on its own, to time builds. */
function newIndex(plugin: KeepInTouchPlugin, file: FactsStore): ContactIndex {
  return new ContactIndex(plugin.app, plugin.resolved, () => plugin.today(), () => plugin.dailyNoteSettings(), new NoteFactsCache(file, plugin.manifest.version));
}

async function startPlugin(app: App): Promise<KeepInTouchPlugin> {
  const plugin = await loadPlugin(KeepInTouchPlugin, app);
  plugin.now = () => new Date(2026, 10, 22, 12, 0);
  return plugin;
}

/** Lets queued renders and timers run. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The note with `last_touch` set to today (added when it has none). */
function touchedToday(text: string): string {
  return /^last_touch: /m.test(text) ? text.replace(/^last_touch: .*$/m, `last_touch: ${TODAY}`) : text.replace(/^tier: /m, `last_touch: ${TODAY}\ntier: `);
}

type BuildFigures = Pick<SizeRow, "warmBuildMs" | "coldBuildMs" | "coldBuildSteps" | "buildSteps" | "longestSliceMs" | "slices" | "coldLongestSliceMs" | "longestGcPauseMs" | "cacheFileBytes">;

/** Each step's median over several builds. */
function medianSteps(steps: readonly Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(Object.keys(steps[0] ?? {}).map((k) => [k, median(steps.map((s) => s[k] ?? 0))]));
}

/** Builds of a fresh index, as at startup: cold (the first ever) and warm (with the facts cache). Keeps nothing alive. */
async function measureBuilds(app: App): Promise<BuildFigures> {
  let longestGcPauseMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestGcPauseMs = Math.max(longestGcPauseMs, entry.duration);
  });
  gc.observe({ entryTypes: ["gc"] });
  const host = await startPlugin(app);
  const coldSlices: number[] = [];
  const coldSteps: Record<string, number>[] = [];
  const coldBuildMs = await medianOf(
    async () => {
      const index = newIndex(host, NO_FILE);
      const ms = await timedAsync(() => index.build());
      coldSlices.push(index.lastBuild.longestSliceMs);
      coldSteps.push(index.lastBuild.steps);
      // The promise reads end by setting a save timer: saved after them, no timer keeps the index (and the vault) alive.
      await index.promisesScanned;
      await index.saveCache();
      return ms;
    },
    3,
    1,
  );
  const file = memoryFile();
  const first = newIndex(host, file);
  await first.build();
  await first.promisesScanned;
  await first.saveCache();
  const slices: number[] = [];
  const sliceSteps: string[] = [];
  const steps: Record<string, number>[] = [];
  const warmBuildMs = await medianOf(async () => {
    const index = newIndex(host, file);
    const ms = await timedAsync(() => index.build());
    if (index.lastBuild.reads !== 0) throw new Error(`a warm build read ${index.lastBuild.reads} notes`);
    slices.push(index.lastBuild.longestSliceMs);
    sliceSteps.push(`${index.lastBuild.longestSliceMs.toFixed(1)} ${index.lastBuild.longestSliceStep}`);
    steps.push(index.lastBuild.steps);
    // The promise reads after a build finish before the next measurement starts, so they don't overlap it.
    await index.promisesScanned;
    await index.saveCache();
    return ms;
  });
  await unloadPlugin(app, host);
  gc.disconnect();
  return {
    longestGcPauseMs,
    warmBuildMs,
    coldBuildMs,
    buildSteps: medianSteps(steps),
    coldBuildSteps: medianSteps(coldSteps.slice(1)),
    longestSliceMs: Math.max(...slices),
    slices: sliceSteps,
    coldLongestSliceMs: Math.max(...coldSlices),
    cacheFileBytes: file.value === null ? 0 : JSON.stringify(file.value).length,
  };
}

async function measureSize(size: VaultSize): Promise<SizeRow> {
  const vault = generateVault(size);
  const app = createFakeApp({ files: Object.fromEntries(vault.files) });
  vault.files.clear();
  progress(`${size.label}: vault ready`);

  // onload: registration only (the layout is not ready yet, as at startup).
  const onloadMs = await medianOf(async () => {
    const start = performance.now();
    const plugin = await loadPlugin(KeepInTouchPlugin, app);
    const ms = performance.now() - start;
    await unloadPlugin(app, plugin);
    return ms;
  });

  // The floor, then builds: cold (no facts cache: every contact's text is read), warm (a normal startup).
  const bareLoopMs = await medianOf(() => timed(() => bareLoop(app)));
  const listFilesMs = await medianOf(() => timed(() => app.vault.getMarkdownFiles().length));
  const builds = await measureBuilds(app);
  progress(`${size.label}: builds measured`);

  // The plugin as it runs: memory on top of the vault and its cache (nothing else of the benchmark's is alive), then updates.
  const before = heapUsed();
  const plugin = await startPlugin(app);
  await triggerLayoutReady(app);
  await plugin.api.ready;
  await tick();
  const bytesPerContact = (heapUsed() - before) / size.contacts;

  // Incremental updates, timed from just before to just after the index's own handler.
  let handlerStart = 0;
  let handlerMs = 0;
  const cache = app.metadataCache;
  cache._events.changed?.unshift({ e: cache, name: "changed", fn: () => (handlerStart = performance.now()), ctx: undefined });
  cache.on("changed", () => (handlerMs = performance.now() - handlerStart));
  const resolvedBefore = plugin.index.work.resolved;
  const contactUpdateMs = await medianOf((i) => {
    const path = vault.contactPaths[(i * 37) % vault.contactPaths.length] as string;
    app.vault.externalModify(path, `${app.vault.peekText(path) ?? ""}- ${TODAY} call — benchmark ${i}\n`);
    cache.flushNow();
    return handlerMs;
  });
  const contactUpdateResolved = (plugin.index.work.resolved - resolvedBefore) / (RUNS + WARMUP);
  const dailyUpdateMs = await medianOf((i) => {
    const path = vault.dailyPaths[(i * 11) % vault.dailyPaths.length] as string;
    const who = vault.contactPaths[(i * 53) % vault.contactPaths.length] as string;
    app.vault.externalModify(path, `${app.vault.peekText(path) ?? ""}- Lunch with [[${who.slice(who.lastIndexOf("/") + 1, -3)}]]\n`);
    cache.flushNow();
    return handlerMs;
  });
  const keystrokes = size.label === "1k / 5k" ? measureKeystrokeSaves(app, vault.otherPaths, () => handlerMs) : null;
  await tick();

  // The overdue query, as a script would write it with the API.
  let overdue = 0;
  const overdueQueryMs = await medianOf(() =>
    timed(() => {
      overdue = plugin.api.getContacts().filter((c) => c.state === "overdue").length;
    }),
  );

  // The view: first paint with everyone listed (the list of everyone else open), then one change.
  // Where the time goes is measured in the same runs: the rows' own drawing, and the parts below the lists in the next frame.
  let rowsMs = 0;
  const drawRow = Object.getOwnPropertyDescriptor(ContactRows.prototype, "render")?.value as (this: ContactRows, ...args: Parameters<ContactRows["render"]>) => HTMLElement;
  ContactRows.prototype.render = function (this: ContactRows, ...args: Parameters<ContactRows["render"]>) {
    const start = performance.now();
    const row = drawRow.apply(this, args);
    rowsMs += performance.now() - start;
    return row;
  };
  let partsMs = 0;
  const drawParts = Object.getOwnPropertyDescriptor(PartsBelow.prototype, "draw")?.value as (this: PartsBelow, ...args: Parameters<PartsBelow["draw"]>) => void;
  PartsBelow.prototype.draw = function (this: PartsBelow, ...args: Parameters<PartsBelow["draw"]>) {
    partsMs += timed(() => drawParts.apply(this, args));
  };
  const paints: number[] = [];
  const paintRows: number[] = [];
  const partsBelow: number[] = [];
  let rowsInDom = 0;
  let firstPaintElements = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const leaf = app.workspace.getRightLeaf(false);
    if (!leaf) throw new Error("no right leaf");
    rowsMs = 0;
    const ms = await timedAsync(() => leaf.setViewState({ type: VIEW_TYPE_RELATIONSHIPS, state: { restOpen: true } }));
    const contentEl = (leaf.view as unknown as RelationshipsView).contentEl;
    rowsInDom = contentEl.querySelectorAll(".kit-row").length;
    firstPaintElements = contentEl.querySelectorAll("*").length;
    if (i >= WARMUP) paints.push(ms);
    if (i >= WARMUP) paintRows.push(rowsMs);
    partsMs = 0;
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
    if (i >= WARMUP) partsBelow.push(partsMs);
    if (i < WARMUP + RUNS - 1) leaf.detach();
  }
  const view = app.workspace.getLeavesOfType(VIEW_TYPE_RELATIONSHIPS)[0]?.view as unknown as RelationshipsView;
  let renderMs = 0;
  const render = view.render.bind(view);
  view.render = (...args: Parameters<RelationshipsView["render"]>) => {
    renderMs = timed(() => render(...args));
  };
  let touched = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of [...r.addedNodes, ...r.removedNodes]) if (n.instanceOf(HTMLElement) && n.hasClass("kit-row")) touched++;
  });
  observer.observe(view.contentEl, { childList: true, subtree: true });
  const workBefore = view.work;
  const rerenderRows: number[] = [];
  const rerenderMs = await medianOf(async (i) => {
    rowsMs = 0;
    // The most overdue contact is touched today: the first row leaves the list, the rest move up by one.
    const path = view.contentEl.querySelector(".kit-section-overdue .kit-row")?.getAttribute("data-path");
    if (!path) throw new Error("no overdue row");
    app.vault.externalModify(path, touchedToday(app.vault.peekText(path) ?? ""));
    cache.flushNow();
    await tick();
    if (i >= WARMUP) rerenderRows.push(rowsMs);
    return renderMs;
  });
  observer.disconnect();
  ContactRows.prototype.render = drawRow;
  PartsBelow.prototype.draw = drawParts;
  const workAfter = view.work;
  const changes = RUNS + WARMUP;
  // The view's rows hold contacts too: closed first, so each part counts what the index alone holds.
  app.workspace.detachLeavesOfType(VIEW_TYPE_RELATIONSHIPS);
  await tick();
  const heapSplit = heapParts(plugin, size.contacts);
  await unloadPlugin(app, plugin);
  disposeApps();
  document.body.empty();
  return {
    size: size.label,
    contacts: size.contacts,
    notes: size.notes,
    dailyNotes: size.dailyNotes,
    onloadMs,
    bareLoopMs,
    listFilesMs,
    ...builds,
    buildToBareLoop: builds.warmBuildMs / bareLoopMs,
    contactUpdateMs,
    contactUpdateResolved,
    dailyUpdateMs,
    overdueQueryMs,
    overdue,
    firstPaintMs: median(paints),
    firstPaintRowsMs: median(paintRows),
    firstPaintElements,
    partsBelowMs: median(partsBelow),
    rowsInDom,
    rerenderMs,
    rerenderRowsMs: median(rerenderRows),
    rowsTouchedPerChange: touched / changes,
    rowsCreatedPerChange: (workAfter.rowsCreated - workBefore.rowsCreated) / changes,
    rowsRemovedPerChange: (workAfter.rowsRemoved - workBefore.rowsRemoved) / changes,
    partsRedrawnPerChange: (workAfter.partsRedrawn - workBefore.partsRedrawn) / changes,
    bytesPerContact,
    heapParts: heapSplit,
    keystrokeSaveMs: keystrokes?.mean ?? null,
    keystrokeSaveMaxMs: keystrokes?.max ?? null,
    keystrokeSaves: keystrokes?.saves ?? null,
  };
}

/**
 * A day of ordinary writing: notes that mention no contact, opened one after another
 * (one every quarter of an hour for 24 hours), each saved after every burst of typing
 * as Obsidian does. Times the plugin's handlers of each save's `changed` event.
 */
function measureKeystrokeSaves(app: App, otherPaths: readonly string[], timeHandler: () => number): { mean: number; max: number; saves: number } {
  const NOTES = 96;
  const SAVES_PER_NOTE = 25;
  const plain = otherPaths.filter((path) => !(app.vault.peekText(path) ?? "[[").includes("[[")).slice(0, NOTES);
  let total = 0;
  let max = 0;
  let saves = 0;
  for (const path of plain) {
    let text = app.vault.peekText(path) ?? "";
    for (let k = 0; k < SAVES_PER_NOTE; k++) {
      text += k % 5 === 4 ? "\n" : ` word${k}`;
      app.vault.externalModify(path, text);
      app.metadataCache.flushNow();
      const ms = timeHandler();
      total += ms;
      max = Math.max(max, ms);
      saves++;
    }
  }
  return { mean: total / Math.max(1, saves), max, saves };
}

/**
 * Times calls to the fake Obsidian's Plugin and Component methods while `during` runs: the part of
 * onload spent in the API rather than in the plugin's own code. Nested calls count once.
 */
async function timeApiCalls<T>(during: () => Promise<T>): Promise<{ result: T; apiMs: number; commands: number }> {
  const prototypes = [obsidianModule.Plugin.prototype, obsidianModule.Component.prototype] as unknown as Record<string, unknown>[];
  const restore: (() => void)[] = [];
  let apiMs = 0;
  let depth = 0;
  let commands = 0;
  for (const proto of prototypes) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const original = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
      if (typeof original !== "function" || name === "constructor" || name === "load" || name === "onload") continue;
      proto[name] = function (this: unknown, ...args: unknown[]): unknown {
        if (name === "addCommand") commands++;
        if (depth > 0) return (original as (...a: unknown[]) => unknown).apply(this, args);
        depth++;
        const start = performance.now();
        try {
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          apiMs += performance.now() - start;
          depth--;
        }
      };
      restore.push(() => (proto[name] = original));
    }
  }
  try {
    const result = await during();
    return { result, apiMs, commands };
  } finally {
    for (const undo of restore) undo();
  }
}

/** main.js as Obsidian loads it: compiled and run (with the fake as `obsidian`), then the plugin it exports loaded. */
async function measureBundle(): Promise<BundleRow | null> {
  if (!existsSync(MAIN)) return null;
  const source = readFileSync(MAIN, "utf8");
  const nodeRequire = createRequire(MAIN);
  const load = (id: string): unknown => (id === "obsidian" ? obsidianModule : nodeRequire(id));
  const rows: Omit<BundleRow, "bytes">[] = [];
  let commands = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const module = { exports: {} as { default?: typeof KeepInTouchPlugin } };
    // A different last line each time: V8 would otherwise reuse the code it compiled for the same text.
    const wrapped = `(function (module, exports, require) {${source}\n})\n//# run ${i}`;
    const start = performance.now();
    const script = new Script(wrapped, { filename: MAIN });
    const compiled = performance.now();
    (script.runInThisContext() as (m: typeof module, e: object, r: typeof load) => void)(module, module.exports, load);
    const evaluated = performance.now();
    const Bundled = module.exports.default;
    if (!Bundled) throw new Error("main.js exports no plugin");
    const app = createFakeApp();
    const before = performance.now();
    const { result: plugin, apiMs, commands: added } = await timeApiCalls(() => loadPlugin(Bundled, app));
    const onloadMs = performance.now() - before;
    commands = added;
    await unloadPlugin(app, plugin);
    if (i >= WARMUP) rows.push({ evaluateMs: evaluated - start, compileMs: compiled - start, runMs: evaluated - compiled, onloadMs, onloadApiMs: apiMs, commands });
  }
  disposeApps();
  const med = (key: keyof (typeof rows)[number]) => median(rows.map((r) => r[key]));
  return {
    bytes: statSync(MAIN).size,
    evaluateMs: med("evaluateMs"),
    compileMs: med("compileMs"),
    runMs: med("runMs"),
    onloadMs: med("onloadMs"),
    onloadApiMs: med("onloadApiMs"),
    commands,
  };
}

function rounded<T extends object>(row: T): T {
  return JSON.parse(JSON.stringify(row, (_k, v: unknown) => (typeof v === "number" ? round(v, 3) : v))) as T;
}

// One small vault first, not reported: every size is then measured with the code already compiled.
it("warms up", async () => {
  await measureSize({ label: "warm-up", contacts: 300, notes: 1_500, dailyNotes: 100 });
});

for (const size of SIZES) {
  it(`measures ${size.label}`, async () => {
    results.sizes.push(rounded(await measureSize(size)));
  });
}

it("measures main.js as Obsidian loads it", async () => {
  const bundle = await measureBundle();
  results.bundle = bundle && rounded(bundle);
});

it("measures the terminal agenda against cat", () => {
  if (!existsSync(CLI)) throw new Error("Build first: npm run build (bench/run.mjs does).");
  // The 10,000 contacts of the larger vaults (same seed, same notes), on disk.
  const vault = generateVault({ label: "disk", contacts: 10_000, notes: 10_000, dailyNotes: 0 });
  const dir = mkdtempSync(join(tmpdir(), "kit-bench-"));
  try {
    const paths = [...vault.files.keys()];
    for (const [path, text] of vault.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = (cmd: string, args: string[]) =>
      timed(() => {
        const r = spawnSync(cmd, args, { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
        if (r.status !== 0) throw new Error(`${cmd} exited with ${String(r.status)}`);
      });
    const cat: number[] = [];
    const agenda: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const c = run("cat", paths);
      const a = run(process.execPath, [CLI, ".", "--today", TODAY]);
      const n = run(process.execPath, ["-e", "0"]);
      if (i >= WARMUP) {
        cat.push(c);
        agenda.push(a);
        node.push(n);
      }
    }
    results.cli = rounded({ files: paths.length, catMs: median(cat), nodeStartMs: median(node), agendaMs: median(agenda), agendaToCat: median(agenda) / median(cat) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
