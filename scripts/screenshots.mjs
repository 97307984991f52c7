// `npm run screenshots`: the plugin seen in a real browser.
//
// Builds the plugin as `npm run build` does, loads main.js into a page that provides
// Obsidian's DOM helpers, the in-memory Obsidian of the tests and the demo vault on its
// demo day, with styles.css and Obsidian's theme variables. Headless Chromium then draws
// every surface (the sidebar, its practice parts open, its empty state and a day nobody is due, the code block, log touch, group touch,
// the reach-out queue, the relationship-map wizard, triage, the import review, the review,
// the contact detail and the settings) at desktop and at phone width (390 px, with
// `.is-phone` on the body as Obsidian sets it), in light and dark, into docs/screenshots/,
// and checks them: tap targets at phone width, keyboard hints on a phone, overflow, names cut before the line under
// them, where the first overdue row starts, colour contrast and the keyboard path.
//
// `--no-pictures` runs the checks without writing the PNGs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { runChecks } from "./screenshots/checks.mjs";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const here = join(repoRoot, "scripts", "screenshots");
const outDir = join(repoRoot, "docs", "screenshots");
const ORIGIN = "http://keep-in-touch.test";
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
/** Every surface, in the order a run draws them (triage adds people without a tier, so it comes late). */
const SCENES = ["sidebar", "block", "log-touch", "group-touch", "reach-out", "wizard", "import-review", "review", "detail", "settings", "triage"];
const THEMES = ["light", "dark"];
/** Scenes drawn as windows over the app: on a desktop the picture is the window and a margin. */
const WINDOWS = new Set(["log-touch", "group-touch", "reach-out", "wizard", "import-review", "detail", "settings", "triage"]);
const pictures = !process.argv.includes("--no-pictures");
/** A vault on a day when everyone is within their rhythm (the demo's today is 2026-11-22). */
const CAUGHT_UP = {
  "People/Lena Fischer.md": "---\ntier: Close allies\nlast_touch: 2026-11-18\n---\n",
  "People/Omar Haddad.md": "---\ntier: Peers\nlast_touch: 2026-11-02\n---\n",
  "People/Ruth Adler.md": "---\ntier: Mentors\nlast_touch: 2026-10-30\nsnooze_until: 2026-12-15\n---\n",
};

/** Results go to stdout (a report to read or keep); problems starting up go to stderr. */
function out(line) {
  process.stdout.write(`${line}\n`);
}

function stop(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  stop(
    [
      `no Chromium at ${chromiumPath}.`,
      "Install Debian's (or Ubuntu's) package: sudo apt-get install chromium",
      "or point CHROMIUM_PATH at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chrome npm run screenshots",
    ].join("\n  "),
  );
}

const { chromium } = await import("playwright-core").catch(() => stop("playwright-core is missing: run npm install first"));

// ---- the page ----------------------------------------------------------------------

/** main.js exactly as `npm run build` makes it. */
function buildPlugin() {
  const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) stop("the plugin didn't build (node esbuild.config.mjs production)");
}

async function bundleHost() {
  const result = await esbuild.build({
    entryPoints: [join(here, "host.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  return result.outputFiles[0].text;
}

/** The demo vault's notes and the exports it keeps to import, path → text (the vault's own settings folder left out). */
async function demoVault() {
  const vault = join(repoRoot, "demo-vault");
  const files = {};
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(md|vcf|csv)$/.test(entry.name)) files[relative(vault, path).split("\\").join("/")] = await readFile(path, "utf8");
    }
  };
  await walk(vault);
  return files;
}

/** Everything the page loads, served from memory: the page never reaches the network. */
async function pageFiles() {
  buildPlugin();
  const mainJs = await readFile(join(repoRoot, "main.js"), "utf8");
  const text = (path) => readFile(path, "utf8");
  return {
    "/": { type: "text/html", body: await text(join(here, "host.html")) },
    // Obsidian runs a plugin's main.js as the body of a function given require, module and exports.
    "/plugin.js": { type: "text/javascript", body: `window.kitPluginModule = function (require, module, exports) {\n${mainJs}\n};` },
    "/host.js": { type: "text/javascript", body: await bundleHost() },
    "/styles.css": { type: "text/css", body: await text(join(repoRoot, "styles.css")) },
    "/obsidian-theme.css": { type: "text/css", body: await text(join(here, "obsidian-theme.css")) },
    "/obsidian-app.css": { type: "text/css", body: await text(join(here, "obsidian-app.css")) },
    "/scenes.css": { type: "text/css", body: await text(join(here, "scenes.css")) },
  };
}

/** A fresh page with the plugin started on a vault, in one look. */
async function openPage(browser, files, vault, { theme, phone }) {
  const page = await browser.newPage({ viewport: phone ? PHONE : DESKTOP, deviceScaleFactor: 1 });
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    return file ? route.fulfill({ status: 200, contentType: file.type, body: file.body }) : route.abort();
  });
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(({ theme, phone }) => window.kitHost.setLook(theme, phone), { theme, phone });
  await page.evaluate((notes) => window.kitHost.start(notes), vault);
  if (problems.length > 0) throw new Error(`the page failed to start:\n  ${problems.join("\n  ")}`);
  page.kitProblems = problems;
  return page;
}

// ---- pictures ----------------------------------------------------------------------

/** The review is a long dashboard: the window grows to show all of it, as a scrolled-through tab would. */
async function fitHeight(page, root, base) {
  const needed = await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const content = el?.querySelector(".view-content");
    return el && content ? el.getBoundingClientRect().top + el.scrollHeight + content.scrollHeight - content.clientHeight : 0;
  }, root);
  await page.setViewportSize({ width: base.width, height: Math.min(Math.max(base.height, Math.ceil(needed)), 3000) });
}

async function picture(page, scene, root, { phone, base }, path) {
  if (scene === "review") {
    await fitHeight(page, root, base);
    await page.evaluate(() => window.kitHost.show("review"));
  }
  if (WINDOWS.has(scene) && !phone) {
    const box = await page.locator(root).boundingBox();
    const pad = 24;
    await page.screenshot({ path, clip: { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: box.width + 2 * pad, height: box.height + 2 * pad } });
  } else if (WINDOWS.has(scene)) {
    await page.screenshot({ path });
  } else {
    await page.locator(root).screenshot({ path });
  }
  out(`screenshots: wrote ${relative(repoRoot, path)}`);
}

async function takePictures(browser, files, vault) {
  await mkdir(outDir, { recursive: true });
  // Pictures of surfaces that no longer exist under these names are taken away.
  for (const old of await readdir(outDir)) if (old.endsWith(".png")) await rm(join(outDir, old));
  for (const theme of THEMES) {
    for (const phone of [false, true]) {
      const base = phone ? PHONE : DESKTOP;
      const look = phone ? "phone" : "desktop";
      const page = await openPage(browser, files, vault, { theme, phone });
      for (const scene of SCENES) {
        await page.setViewportSize(base);
        const root = await page.evaluate((s) => window.kitHost.show(s), scene);
        await picture(page, scene, root, { phone, base }, join(outDir, `${scene}-${look}-${theme}.png`));
      }
      await page.close();
      // The practice below the people, every part open, on a fresh demo vault, in a window tall enough to show it all.
      const practice = await openPage(browser, files, vault, { theme, phone });
      await practice.setViewportSize({ width: base.width, height: 2400 });
      const sidebar = await practice.evaluate(() => window.kitHost.show("sidebar"));
      await practice.evaluate((r) => window.kitHost.openPractice(r), sidebar);
      await practice.locator(sidebar).screenshot({ path: join(outDir, `practice-${look}-${theme}.png`) });
      out(`screenshots: wrote docs/screenshots/practice-${look}-${theme}.png`);
      await practice.close();
      // The view before there is anyone in it, and on a day nobody is due.
      for (const [name, notes] of [["empty", {}], ["caught-up", CAUGHT_UP]]) {
        const quiet = await openPage(browser, files, notes, { theme, phone });
        const root = await quiet.evaluate(() => window.kitHost.show("sidebar"));
        await picture(quiet, "sidebar", root, { phone, base }, join(outDir, `${name}-${look}-${theme}.png`));
        await quiet.close();
      }
    }
  }
}

// ---- run ---------------------------------------------------------------------------

const files = await pageFiles();
const vault = await demoVault();
const browser = await chromium.launch({ executablePath: chromiumPath });
let failed = 0;
let total = 0;
try {
  if (pictures) await takePictures(browser, files, vault);
  ({ failed, total } = await runChecks({ browser, open: (look, notes = vault) => openPage(browser, files, notes, look), scenes: SCENES, themes: THEMES, out }));
} finally {
  await browser.close();
}
out(`${total - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
