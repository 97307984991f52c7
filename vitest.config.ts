import { defineConfig } from "vitest/config";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = dirname(fileURLToPath(import.meta.url));

/** Every test file, relative to the repository, in a stable order. */
function testFiles(dir = join(ROOT, "tests")): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? testFiles(join(dir, entry.name)) : entry.name.endsWith(".test.ts") ? [join(dir, entry.name)] : []))
    .map((file) => relative(ROOT, file).split("\\").join("/"))
    .sort();
}

const FAKE_OBSIDIAN = "tests/fake/obsidian.ts";

/** The repository's modules a file loads: relative imports, and "obsidian" (the fake). Type-only imports load nothing. */
function importedFiles(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^"';]*?["']([^"']+)["']/gm)].map((m) => m[1] as string);
  return specifiers.flatMap((specifier) => {
    if (specifier === "obsidian") return [FAKE_OBSIDIAN];
    if (!specifier.startsWith(".")) return [];
    const base = resolve(ROOT, dirname(file), specifier);
    const found = [base, `${base}.ts`, join(base, "index.ts")].find((candidate) => candidate.endsWith(".ts") && existsSync(candidate));
    return found ? [relative(ROOT, found).split("\\").join("/")] : [];
  });
}

/**
 * Whether a test needs a DOM: it tests the fake Obsidian itself, or its imports reach
 * the fake (tests/fake/, which lives in happy-dom) or a part of the plugin other than
 * the pure core and the terminal tools. Decided from the files, so a test moved or
 * added anywhere runs where it can.
 */
function needsDom(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  if (file.startsWith("tests/fake/") || file.startsWith("tests/fake-selftest/")) return true;
  if (file.startsWith("src/")) return !file.startsWith("src/core/") && !file.startsWith("src/cli/");
  return importedFiles(file).some((next) => needsDom(next, seen));
}

const files = testFiles();
const domFiles = files.filter((file) => needsDom(file));
const nodeFiles = files.filter((file) => !domFiles.includes(file));

export default defineConfig({
  resolve: {
    alias: {
      // Tests run the real plugin against an in-memory stand-in of the Obsidian API.
      obsidian: fileURLToPath(new URL("./tests/fake/obsidian.ts", import.meta.url)),
    },
  },
  test: {
    // One worker process runs many test files: starting a process, happy-dom and the
    // imports for every file cost more than the tests. Spies are restored after each
    // test, and setup.ts unloads every app a test started, so nothing carries over.
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    // A time limit is there to end a test that hangs, not to judge speed: on a busy
    // machine (CI's 2 shared cores, or two suites at once beside other work) a test that
    // needs half a second of CPU can take ten times that. Work is counted, never timed.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "node", environment: "node", include: nodeFiles } },
      { extends: true, test: { name: "dom", environment: "happy-dom", setupFiles: ["tests/fake/setup.ts"], include: domFiles } },
    ],
  },
});
