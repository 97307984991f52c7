/**
 * What ships must not turn text into code or markup, nor talk to the network: the
 * built main.js (the project's esbuild options, minified as for a release, so comments
 * don't count) and the source hold none of the APIs that do. Obsidian's own API is
 * external, so only the plugin and what it bundles (yaml, date-fns) are checked. A hit
 * names the module it comes from, so a dependency is reported, not silently allowed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type BuildOptions } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { mainBundleOptions } from "../../scripts/main-bundle.mjs";

const REPO = join(__dirname, "../..");

const FORBIDDEN: [string, RegExp][] = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["eval(", /\beval\s*\(/],
  ["new Function(", /\bnew\s+Function\s*\(/],
  ["fetch(", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
];

/** main.js as esbuild.config.mjs bundles it. */
const OPTIONS: BuildOptions = { ...mainBundleOptions, write: false, logLevel: "silent" };

let release = "";
/** The same bundle unminified: esbuild heads each module with a `// path` comment, which says where a hit comes from. */
let readable = "";

beforeAll(async () => {
  const [minified, plain] = await Promise.all([build({ ...OPTIONS, minify: true }), build({ ...OPTIONS, minify: false })]);
  release = minified.outputFiles?.[0]?.text ?? "";
  readable = plain.outputFiles?.[0]?.text ?? "";
}, 60_000);

/** Where each hit in the readable bundle comes from: the module and the line. */
function originsOf(pattern: RegExp): string[] {
  const lines = readable.split("\n");
  let module = "(bundle header)";
  const origins: string[] = [];
  for (const line of lines) {
    const header = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (header?.[1]) module = header[1];
    else if (pattern.test(line) && !/^\s*(\/\/|\*)/.test(line)) origins.push(`${module}: ${line.trim().slice(0, 120)}`);
  }
  return origins;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("the plugin bundle", () => {
  it("is built from the source and bundles its dependencies", () => {
    expect(release.length).toBeGreaterThan(50_000);
    expect(readable).toContain("// node_modules/yaml/");
    expect(release).not.toMatch(/require\(["']yaml["']\)/);
  });

  it.each(FORBIDDEN)("holds no %s", (_name, pattern) => {
    const found = pattern.test(release) ? originsOf(pattern) : [];
    // On failure the list says which module brings it in.
    expect(found).toEqual([]);
    expect(pattern.test(release)).toBe(false);
  });

  it.each(FORBIDDEN)("nor does the source, outside comments: %s", (_name, pattern) => {
    const offenders = sourceFiles(join(REPO, "src"))
      .filter((path) => pattern.test(readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "")))
      .map((path) => path.slice(REPO.length + 1));
    expect(offenders).toEqual([]);
  });
});
