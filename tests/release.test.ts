import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = join(__dirname, "..");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, unknown>;
const versions = JSON.parse(readFileSync(join(ROOT, "versions.json"), "utf8")) as Record<string, string>;
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("the community directory's submission rules", () => {
  it("has a manifest with the required fields and a short description ending in a period", () => {
    for (const key of ["id", "name", "version", "minAppVersion", "description", "author", "isDesktopOnly"]) expect(manifest).toHaveProperty(key);
    const description = manifest.description as string;
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description.endsWith(".")).toBe(true);
    expect(description).not.toMatch(/obsidian/i);
    expect(manifest.id).toMatch(/^[a-z0-9-]+$/);
    expect(manifest.id).not.toMatch(/obsidian|plugin/);
  });

  it("keeps package.json, manifest.json and versions.json on one version", () => {
    expect(pkg.version).toBe(manifest.version);
    expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
  });

  it("gives commands ids without the plugin's id (Obsidian adds it)", () => {
    // Commands are registered in the composition root; the import commands' ids are named beside the import.
    const source = ["src/plugin", "src/obsidian/actions"]
      .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(ROOT, dir, f), "utf8")))
      .join("\n");
    const ids = [...source.matchAll(/\bid:\s*"([^"]+)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(id).not.toContain(manifest.id as string);
  });

  it("has a changelog entry for the current version", () => {
    expect(readFileSync(join(ROOT, "CHANGELOG.md"), "utf8")).toContain(`## ${manifest.version as string}`);
  });
});

describe("npm version", () => {
  it("copies the new version into manifest.json and records its minAppVersion in versions.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "kit-version-"));
    copyFileSync(join(ROOT, "manifest.json"), join(dir, "manifest.json"));
    writeFileSync(join(dir, "versions.json"), '{\n  "0.1.0": "1.7.2"\n}\n');
    execFileSync(process.execPath, [join(ROOT, "version-bump.mjs")], { cwd: dir, env: { ...process.env, npm_package_version: "0.2.0" } });
    const bumped = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
    expect(bumped).toEqual({ ...manifest, version: "0.2.0" });
    expect(JSON.parse(readFileSync(join(dir, "versions.json"), "utf8"))).toEqual({ "0.1.0": "1.7.2", "0.2.0": manifest.minAppVersion });
  });

  it("refuses to run outside npm version", () => {
    const dir = mkdtempSync(join(tmpdir(), "kit-version-"));
    const env = { ...process.env };
    delete env.npm_package_version;
    expect(() => execFileSync(process.execPath, [join(ROOT, "version-bump.mjs")], { cwd: dir, env, stdio: "pipe" })).toThrow();
  });
});

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}

describe("continuous integration", () => {
  const workflow = parse(readFileSync(join(ROOT, ".github/workflows/ci.yml"), "utf8")) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it("runs on every push and pull request, on Node 20", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push"]);
    expect(workflow.on.push).toBeNull();
    expect(workflow.on.pull_request).toBeNull();
    expect(steps.find((step) => step.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"]).toBe("20");
  });

  it("runs the commands of .ci/run, in its order: install, test, lint, build", () => {
    // The script's own lines (the shebang, comments, shell options, going to the repository) aside.
    const script = readFileSync(join(ROOT, ".ci/run"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#") && !/^(set|cd) /.test(line));
    expect(script).toEqual(["npm ci --no-audit --no-fund", "npm test", "npm run lint", "npm run build"]);
    expect(steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim()]))).toEqual(script);
  });
});
