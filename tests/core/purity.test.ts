import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = join(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("src/core stays pure", () => {
  const files = sourceFiles(CORE);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [f.slice(CORE.length + 1), f]))("%s imports nothing from obsidian and touches no DOM", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(/(?:import|export)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    const allowed = (spec: string | undefined) => spec !== undefined && (spec.startsWith("./") || spec.startsWith("../") || spec === "yaml" || spec.startsWith("date-fns"));
    expect(imports.filter((s) => !allowed(s))).toEqual([]);
    expect(text).not.toMatch(/\b(document|window|activeDocument|activeWindow|HTMLElement|createEl|createDiv)\b/);
  });
});
