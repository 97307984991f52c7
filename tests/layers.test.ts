/**
 * The layers of src/, as docs/ARCHITECTURE.md draws them, checked on the import graph:
 * each layer imports only the layers below it, and no file reaches itself again
 * through its imports (runtime or type imports alike).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../src");

type Layer = "core" | "adapters" | "ui" | "root" | "cli" | "entry" | "data";

/** Which layer a file is in, by its folder. */
function layerOf(file: string): Layer {
  const path = relative(SRC, file).split("\\").join("/");
  if (path === "main.ts") return "entry";
  // The terminal agenda reads its version from manifest.json.
  if (path.startsWith("../") && path.endsWith(".json")) return "data";
  const top = path.split("/")[0];
  if (top === "core") return "core";
  if (top === "obsidian") return "adapters";
  if (top === "ui") return "ui";
  if (top === "plugin") return "root";
  if (top === "cli") return "cli";
  throw new Error(`${path} is in no layer: add its folder to docs/ARCHITECTURE.md and to this test.`);
}

/** The layers each layer may import from src/ (its own always included). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ["core"],
  adapters: ["core", "adapters"],
  ui: ["core", "adapters", "ui"],
  root: ["core", "adapters", "ui", "root"],
  cli: ["core", "cli", "data"],
  entry: ["root"],
  data: [],
};

/** The packages each layer may import; the core's purity test checks the DOM as well. */
const PACKAGES: Record<Layer, (name: string) => boolean> = {
  core: (name) => name === "yaml" || name === "date-fns" || name.startsWith("date-fns/"),
  adapters: (name) => name === "obsidian" || PACKAGES.core(name),
  ui: (name) => name === "obsidian" || PACKAGES.core(name),
  root: (name) => name === "obsidian" || PACKAGES.core(name),
  cli: (name) => name === "moment" || name.startsWith("node:") || PACKAGES.core(name),
  entry: () => false,
  data: () => false,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every module a file names: `import … from`, `export … from`, `import "…"` and `import("…")`, type-only ones too. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const specs: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s])(?:import|export)\s[^;"'`]*?from\s*["']([^"']+)["']|(?:^|[;\s])import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec !== undefined) specs.push(spec);
  }
  return specs;
}

/** The file a relative import names, as TypeScript finds it (`./x` is `./x.ts` or `./x/index.ts`). */
function resolveImport(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface Graph {
  files: string[];
  /** Each file's imports of other files in src/. */
  edges: Map<string, string[]>;
  /** Each file's imports of packages (anything not relative). */
  packages: Map<string, string[]>;
  unresolved: string[];
}

function importGraph(files: readonly string[]): Graph {
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of files) {
    const local: string[] = [];
    const external: string[] = [];
    for (const spec of importsOf(readFileSync(file, "utf8"))) {
      if (!spec.startsWith(".")) {
        external.push(spec);
        continue;
      }
      const target = resolveImport(file, spec);
      if (target) local.push(target);
      else unresolved.push(`${relative(SRC, file)} → ${spec}`);
    }
    edges.set(file, local);
    packages.set(file, external);
  }
  return { files: [...files], edges, packages, unresolved };
}

/**
 * The import cycles: every strongly connected group of two or more files, and every
 * file that imports itself (Tarjan's algorithm, iterative so a deep graph can't
 * overflow the stack). Each cycle is listed as its files, sorted.
 */
function importCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; i: number };
      const targets = edges.get(frame.node) ?? [];
      if (frame.i < targets.length) {
        const target = targets[frame.i++] as string;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, i: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      if (group.length > 1 || (edges.get(frame.node) ?? []).includes(frame.node)) cycles.push(group.sort());
    }
  }
  return cycles;
}

describe("the cycle finder", () => {
  const graph = (pairs: Record<string, string[]>) => new Map(Object.entries(pairs));

  it("finds a loop of three, a file importing itself, and nothing in a tree", () => {
    expect(importCycles(graph({ a: ["b"], b: ["c"], c: ["a"], d: ["d"], e: ["a"] }))).toEqual([["a", "b", "c"], ["d"]]);
    expect(importCycles(graph({ a: ["b", "c"], b: ["c"], c: [] }))).toEqual([]);
  });

  it("keeps two loops that share no file apart", () => {
    expect(importCycles(graph({ a: ["b"], b: ["a", "c"], c: ["d"], d: ["c"] }))).toEqual([["c", "d"], ["a", "b"]]);
  });

  it("reads type imports, re-exports and dynamic imports as imports", () => {
    const text = 'import type { A } from "./a";\nexport { B } from "../b";\nimport "./c";\nconst d = await import("./d");\n// import { e } from "./e";';
    expect(importsOf(text)).toEqual(["./a", "../b", "./c", "./d"]);
  });
});

describe("src/ keeps its layers", () => {
  const files = sourceFiles(SRC);
  const { edges, packages, unresolved } = importGraph(files);
  const name = (file: string) => relative(SRC, file).split("\\").join("/");

  it("reads every import it finds", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it("imports only from the layers below (core ← adapters ← ui ← plugin; the CLI on the core)", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const target of edges.get(file) ?? []) {
        if (!MAY_IMPORT[layer].includes(layerOf(target))) wrong.push(`${name(file)} (${layer}) imports ${name(target)} (${layerOf(target)})`);
      }
      for (const spec of packages.get(file) ?? []) {
        if (!PACKAGES[layer](spec)) wrong.push(`${name(file)} (${layer}) imports the package ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no import cycle, counting type imports", () => {
    expect(importCycles(edges).map((cycle) => cycle.map(name).join(" ⇄ "))).toEqual([]);
  });

  it("lets no file outside src/plugin/ import the plugin class", () => {
    const plugin = join(SRC, "plugin/plugin.ts");
    const importers = files.filter((f) => (edges.get(f) ?? []).includes(plugin)).map(name);
    expect(importers.filter((f) => !f.startsWith("plugin/") && f !== "main.ts")).toEqual([]);
  });
});
