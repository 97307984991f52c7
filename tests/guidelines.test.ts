import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Source without comments, so documentation that mentions an API doesn't count as using it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

const files = sourceFiles(join(ROOT, "src")).map((path) => ({ path: path.slice(ROOT.length + 1), text: code(readFileSync(path, "utf8")) }));

describe("Obsidian's plugin guidelines, checked in the source", () => {
  it("never puts text into the page as HTML", () => {
    const offenders = files.filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML)\b/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("uses this.app, never the global app", () => {
    const offenders = files.filter((f) => /(^|[^.\w])app\.(vault|workspace|metadataCache|fileManager|plugins)/m.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("sets no inline styles", () => {
    const offenders = files.filter((f) => /\.style\.|setCssStyles|setAttribute\(\s*["']style/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("gives no command a default hotkey", () => {
    expect(files.filter((f) => /hotkeys\s*:/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("never rewrites frontmatter with processFrontMatter", () => {
    expect(files.filter((f) => /processFrontMatter/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it("keeps every source file to one job (under ~400 lines)", () => {
    const long = files.filter((f) => f.text.split("\n").length > 420).map((f) => f.path);
    expect(long).toEqual([]);
  });
});

describe("manifest", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, unknown>;
  const versions = JSON.parse(readFileSync(join(ROOT, "versions.json"), "utf8")) as Record<string, string>;
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;

  it("names the plugin and runs on mobile", () => {
    expect(manifest).toMatchObject({ id: "keep-in-touch", name: "Keep in Touch", isDesktopOnly: false });
  });

  it("agrees with package.json and versions.json", () => {
    expect(manifest.version).toBe(pkg.version);
    expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
  });
});
