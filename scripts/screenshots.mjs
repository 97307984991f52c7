// `npm run screenshots`: the plugin seen in a real browser.
//
// Builds the plugin as `npm run build` does, loads main.js into a page that provides
// Obsidian's DOM helpers, the in-memory Obsidian of the tests and the demo vault on its
// demo day, with styles.css and Obsidian's theme variables. Headless Chromium then
// draws the relationships view, the `keep-in-touch` code block, the log-touch modal and
// the review at desktop and at phone width, in light and dark, into docs/screenshots/,
// and checks the keyboard path through the rows, overflow at 390 px and colour contrast.
//
// `--no-pictures` runs the checks without writing the PNGs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const here = join(repoRoot, "scripts", "screenshots");
const outDir = join(repoRoot, "docs", "screenshots");
const require = createRequire(import.meta.url);
const ORIGIN = "http://keep-in-touch.test";
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
const SCENES = ["sidebar", "block", "modal", "review"];
const THEMES = ["light", "dark"];
const pictures = !process.argv.includes("--no-pictures");

/** Results go to stdout (a report to read or keep); problems starting up go to stderr. */
function out(line) {
  process.stdout.write(`${line}\n`);
}

function say(message) {
  out(`screenshots: ${message}`);
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

/** The demo vault's notes, path → text (the vault's own settings folder left out). */
async function demoVault() {
  const vault = join(repoRoot, "demo-vault");
  const files = {};
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith(".md")) files[relative(vault, path).split("\\").join("/")] = await readFile(path, "utf8");
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

/** A fresh page with the plugin started on the demo vault, in one look. */
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

async function takePictures(browser, files, vault) {
  await mkdir(outDir, { recursive: true });
  for (const theme of THEMES) {
    for (const phone of [false, true]) {
      const page = await openPage(browser, files, vault, { theme, phone });
      const base = phone ? PHONE : DESKTOP;
      for (const scene of SCENES) {
        await page.setViewportSize(base);
        const root = await page.evaluate((s) => window.kitHost.show(s), scene);
        if (scene === "review") {
          await fitHeight(page, root, base);
          await page.evaluate(() => window.kitHost.show("review"));
        }
        const path = join(outDir, `${scene}-${phone ? "phone" : "desktop"}-${theme}.png`);
        if (scene === "modal" && !phone) {
          const box = await page.locator(root).boundingBox();
          const pad = 24;
          await page.screenshot({ path, clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad } });
        } else if (scene === "modal") {
          await page.screenshot({ path });
        } else {
          await page.locator(root).screenshot({ path });
        }
        say(`wrote ${relative(repoRoot, path)}`);
      }
      await page.close();
    }
  }
}

// ---- checks ------------------------------------------------------------------------

const results = [];

function check(name, problems, notes = []) {
  results.push({ name, problems });
  out(`${problems.length === 0 ? "✓" : "✗"} ${name}`);
  for (const problem of problems) out(`    ${problem}`);
  for (const note of notes) out(`    note: ${note}`);
}

/** Nothing at 390 px makes the page, or any part of it, wider than the screen. */
async function checkPhoneOverflow(browser, files, vault) {
  const page = await openPage(browser, files, vault, { theme: "light", phone: true });
  const root = await page.evaluate(() => window.kitHost.show("sidebar"));
  const caught = await page.evaluate((r) => window.kitHost.overflowCanFail(r), root);
  check("the overflow check itself catches a box wider than the phone", caught ? [] : ["a 500 px box in the view went unreported"]);
  for (const scene of SCENES) {
    const root = await page.evaluate((s) => window.kitHost.show(s), scene);
    check(`nothing overflows sideways at 390 px: ${scene}`, await page.evaluate((r) => window.kitHost.overflow(r), root));
  }
  await page.close();
}

/**
 * Obsidian's own controls, drawn in the theme's colours by Obsidian's stylesheet, not the
 * plugin's: the call-to-action button is white on the accent colour (4.25:1 in the default
 * light theme). Shown as notes; the plugin can't and shouldn't restyle Obsidian's buttons.
 */
const OBSIDIAN_OWN = [".mod-cta"];

/** Colour contrast (WCAG AA) and accessible names, by axe-core, in both themes. */
async function checkWithAxe(browser, files, vault) {
  const rules = ["color-contrast", "button-name", "link-name", "select-name", "label", "aria-command-name", "aria-input-field-name", "role-img-alt", "svg-img-alt", "nested-interactive"];
  for (const theme of THEMES) {
    const page = await openPage(browser, files, vault, { theme, phone: false });
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    for (const scene of SCENES) {
      const root = await page.evaluate((s) => window.kitHost.show(s), scene);
      const found = await page.evaluate(
        async ({ root, rules, obsidianOwn }) => {
          // Counts and short words are text too: axe leaves text under three characters undecided unless told.
          const checks = { "color-contrast": { options: { ignoreLength: true } } };
          const report = await window.axe.run(root, { runOnly: { type: "rule", values: rules }, checks });
          const describe = (kind) => (v) =>
            v.nodes.map((n) => ({
              kind,
              text: `${v.id}: ${n.target.join(" ")}: ${(n.failureSummary ?? v.help).replace(/\s+/g, " ")}`,
              obsidians: v.id === "color-contrast" && obsidianOwn.some((s) => document.querySelector(n.target.join(" "))?.matches(s)),
            }));
          return [...report.violations.flatMap(describe("violation")), ...report.incomplete.flatMap(describe("undecided"))];
        },
        { root, rules, obsidianOwn: OBSIDIAN_OWN },
      );
      check(
        `contrast and names pass axe (WCAG AA), ${theme}: ${scene}`,
        found.filter((f) => f.kind === "violation" && !f.obsidians).map((f) => f.text),
        found.filter((f) => f.kind === "undecided" || f.obsidians).map((f) => (f.obsidians ? `Obsidian's own colours, not the plugin's: ${f.text}` : `axe could not decide, look at the picture: ${f.text}`)),
      );
    }
    await page.close();
  }
}

/** The focused element's role and name, from Chromium's own accessibility tree (what a screen reader reads). */
async function focusName(cdp) {
  const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId, fetchRelatives: false });
  return { role: nodes[0]?.role?.value ?? "", name: nodes[0]?.name?.value ?? "" };
}

async function nextFrame(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Tab from the view's first control to its end: every contact's row gives its name, its
 * ✓ and its ⋮ the focus, each with a name a screen reader reads. Enter opens the collapsed
 * list of everyone else on the way. Then Enter on a row's controls does what a click does.
 */
async function checkKeyboard(browser, files, vault) {
  const page = await openPage(browser, files, vault, { theme: "light", phone: false });
  const root = await page.evaluate(() => window.kitHost.show("sidebar"));
  const contacts = await page.evaluate(() => window.kitHost.contactPaths());
  await page.focus(`${root} .kit-tier-filter`);
  const cdp = await page.context().newCDPSession(page);
  const reached = new Map(contacts.map((path) => [path, new Set()]));
  const unnamed = [];
  for (let step = 0; step < 40 * contacts.length; step++) {
    await page.keyboard.press("Tab");
    await nextFrame(page);
    const focus = await page.evaluate(() => window.kitHost.focused());
    if (!focus?.inView) break;
    if (focus.restSummary && !focus.restSummary.open) {
      await page.keyboard.press("Enter");
      await nextFrame(page);
    }
    const { role, name } = await focusName(cdp);
    if (!name.trim()) unnamed.push(`${focus.control}${focus.path ? ` in ${focus.path}` : ""} (${role || "no role"}) has no accessible name`);
    if (focus.path) reached.get(focus.path)?.add(focus.control);
  }
  const missed = [];
  for (const [path, controls] of reached) {
    const lacking = ["kit-name", "kit-log", "kit-more"].filter((c) => !controls.has(c));
    if (lacking.length > 0) missed.push(`${path}: Tab never reached ${lacking.join(", ")}`);
  }
  check(`Tab reaches every row's name, ✓ and ⋮ (${contacts.length} contacts)`, missed);
  check("every control Tab reaches in the view has an accessible name", unnamed);

  await page.evaluate((r) => document.querySelector(`${r} .kit-list`)?.scrollTo(0, 0), root);
  await nextFrame(page);
  const first = `${root} .kit-section-overdue .kit-row`;
  const path = await page.locator(first).first().getAttribute("data-path");
  const row = `${root} .kit-row[data-path="${path}"]`;
  const enterProblems = [];
  await page.locator(`${row} .kit-more`).focus();
  await page.keyboard.press("Enter");
  const items = await page.evaluate(() => window.kitHost.menuItems());
  if (items.length === 0) enterProblems.push("Enter on ⋮ opened no menu");
  await page.evaluate(() => window.kitHost.closeMenu());
  await page.locator(`${row} .kit-name`).focus();
  await page.keyboard.press("Enter");
  await page.evaluate(() => window.kitHost.settled());
  const opened = await page.evaluate(() => window.kitHost.activeFilePath());
  if (opened !== path) enterProblems.push(`Enter on the name opened ${opened ?? "nothing"}, not ${path}`);
  const before = await page.evaluate((p) => window.kitHost.noteText(p), path);
  await page.locator(`${row} .kit-log`).focus();
  await page.keyboard.press("Enter");
  await page.evaluate(() => window.kitHost.settled());
  const after = await page.evaluate((p) => window.kitHost.noteText(p), path);
  if (after === before || !after?.includes("2026-11-22")) enterProblems.push(`Enter on ✓ logged no touch in ${path}`);
  check(`Enter on ⋮ opens the menu (${items.length} actions), on the name opens the note, on ✓ logs a touch`, enterProblems);
  await page.close();
}

// ---- run ---------------------------------------------------------------------------

const files = await pageFiles();
const vault = await demoVault();
const browser = await chromium.launch({ executablePath: chromiumPath });
try {
  if (pictures) await takePictures(browser, files, vault);
  await checkPhoneOverflow(browser, files, vault);
  await checkWithAxe(browser, files, vault);
  await checkKeyboard(browser, files, vault);
} finally {
  await browser.close();
}
const failed = results.filter((r) => r.problems.length > 0).length;
out(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
