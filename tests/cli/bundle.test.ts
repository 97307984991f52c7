import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = join(__dirname, "../..");
let outDir = "";
let cli = "";

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "kit-bundle-"));
  cli = join(outDir, "keep-in-touch-agenda.cjs");
  // The options that matter from esbuild.config.mjs: one self-contained CommonJS file for Node.
  await build({
    entryPoints: [join(REPO, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node18",
    banner: { js: "#!/usr/bin/env node" },
    outfile: cli,
    logLevel: "silent",
  });
}, 30_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function runCli(args: string[], cwd = REPO) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each test starts Node on the bundle: on two busy cores one run can take seconds, so the default 5 s is no measure of anything here.
describe("the bundled CLI (src/cli/main.ts)", { timeout: 60_000 }, () => {
  it("is a runnable script with its dependencies inside", async () => {
    const text = await readFile(cli, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(text).not.toMatch(/require\(["'](yaml|date-fns|moment)["']\)/);
  });

  it("stops quietly when the reader closes the pipe early, as `| head -1` does", async () => {
    // Enough overdue people that the agenda can't fit in the pipe's buffer before the reader has gone.
    const vault = join(outDir, "many");
    await mkdir(join(vault, "People"), { recursive: true });
    for (let i = 0; i < 3000; i++) await writeFile(join(vault, "People", `Person ${i}.md`), "---\ntier: ally\nlast_touch: 2026-01-01\n---\n");
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${cli}" "${vault}" --today 2026-11-22 | head -n 1`], { encoding: "utf8" });
    expect(result.stdout).toBe("Keep in Touch: many, 2026-11-22\n");
    expect(result.stderr).toBe("");
  });

  it("prints the demo agenda and exits 0", () => {
    const { code, out, err } = runCli(["demo-vault", "--today", "2026-11-22"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Overdue (5)\n  Hannah Schmidt");
    expect(out).toContain("    replied? they reached out 5 days ago\n  Tomás Novak");
    expect(out).not.toContain("\u001b[");
  });

  it("exits 2 with a message for bad arguments", () => {
    const { code, out, err } = runCli(["--today", "tomorrow"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("--today wants a real calendar day");
  });

  it("prints the digest and exits 0 when something is due", () => {
    const due = runCli(["demo-vault", "--today", "2026-11-22", "--digest"]);
    expect(due.err).toBe("");
    expect(due.code).toBe(0);
    expect(due.out.startsWith("Keep in Touch: demo-vault, Sunday 22 November 2026\n\nReach out today (")).toBe(true);
  });

  it("prints the digest and exits 1 when nothing is due", async () => {
    const empty = await mkdtemp(join(tmpdir(), "kit-empty-"));
    try {
      const quiet = runCli([empty, "--digest"]);
      expect(quiet.code).toBe(1);
      expect(quiet.out).toMatch(/\n\nNothing due today, and nothing coming up\.\n$/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("exits 2 with a message when something goes wrong on the way, so no script mistakes it for a digest", () => {
    // A file stands where the feed's folder would be made.
    const { code, out, err } = runCli(["demo-vault", "--today", "2026-11-22", "--ics", "package.json/feed.ics"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`keep-in-touch-agenda: can't make the folder ${join(REPO, "package.json")}: a file of that name is in the way.\n`);
  });
});
