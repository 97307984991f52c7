// The checks `npm run screenshots` runs in the real browser. Each prints ✓ or ✗ with what
// it found; the run fails when any fails.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** Sidebar widths people use, from a narrow split to a phone's. */
const SIDEBAR_WIDTHS = [260, 300, 340, 390];
/** The first overdue row starts within this share of the view's height, at 860 px tall. */
const OVERDUE_WITHIN = 0.2;
/**
 * Colours that are the theme's, not the plugin's: the call-to-action button (Obsidian's
 * stylesheet) and a chosen chip, which takes the same pair of the theme's variables
 * (--interactive-accent under --text-on-accent) so it reads as Obsidian's own chosen state.
 * In the default light theme that pair is 4.25:1. Shown as notes; a theme decides them.
 */
const OBSIDIAN_OWN = [".mod-cta", ".kit-chip.is-active", ".kit-chip.is-active *"];

export async function runChecks({ browser, open, scenes, themes, out }) {
  const results = [];
  const check = (name, problems, notes = []) => {
    results.push({ name, problems });
    out(`${problems.length === 0 ? "✓" : "✗"} ${name}`);
    for (const problem of problems) out(`    ${problem}`);
    for (const note of notes) out(`    note: ${note}`);
  };
  const show = (page, scene) => page.evaluate((s) => window.kitHost.show(s), scene);

  await phoneChecks({ open, scenes, check, show, out });
  await nameChecks({ open, check, show });
  await desktopKeysCheck({ open, check, show });
  await contrastChecks({ open, scenes, themes, check, show });
  await keyboardChecks({ browser, open, check, show });
  return { failed: results.filter((r) => r.problems.length > 0).length, total: results.length };
}

/** At 390 px with `.is-phone`: nothing wider than the screen, and every tap target 44 × 44 px or more. */
async function phoneChecks({ open, scenes, check, show, out }) {
  const page = await open({ theme: "light", phone: true });
  const sidebar = await show(page, "sidebar");
  check("the overflow check itself catches a box wider than the phone", (await page.evaluate((r) => window.kitHost.overflowCanFail(r), sidebar)) ? [] : ["a 500 px box in the view went unreported"]);
  check("the tap-target check itself catches a 20 px button", (await page.evaluate((r) => window.kitHost.tapTargetsCanFail(r), sidebar)) ? [] : ["a small button in the view went unreported"]);
  let count = 0;
  let smallest = null;
  for (const scene of scenes) {
    const root = await show(page, scene);
    check(`nothing overflows sideways at 390 px: ${scene}`, await page.evaluate((r) => window.kitHost.overflow(r), root));
    check(`no keyboard keys or hints about keys on the phone: ${scene}`, await page.evaluate((r) => window.kitHost.keyHints(r), root));
    // Everything folded away is opened first, so what is inside it is measured too.
    await page.evaluate((r) => window.kitHost.openEverything(r), root);
    const report = await page.evaluate((r) => window.kitHost.tapTargets(r), root);
    count += report.measured.length;
    for (const t of report.measured) if (!smallest || Math.min(t.width, t.height) < Math.min(smallest.width, smallest.height)) smallest = { ...t, scene };
    check(
      `every tap target is 44 × 44 px or more at 390 px: ${scene} (${report.measured.length} measured)`,
      report.small.map((t) => `${t.what}: ${t.width} × ${t.height} px`),
    );
  }
  out(`    tap targets measured on the phone: ${count}; the smallest: ${smallest ? `${smallest.width} × ${smallest.height} px, ${smallest.what} (${smallest.scene})` : "none"}`);
  await page.close();
}

/** On a desktop the keys are shown: the check that a phone shows none can see them. */
async function desktopKeysCheck({ open, check, show }) {
  const page = await open({ theme: "light", phone: false });
  const shown = await page.evaluate((r) => window.kitHost.keyHints(r), await show(page, "log-touch"));
  check(`the keys check itself sees the keys on a desktop: log-touch shows ${shown.length}`, shown.length > 0 ? [] : ["no key shown on the desktop's log-touch window"]);
  await page.close();
}

/**
 * At each sidebar width, every row's name is whole unless the line under it is cut too
 * (nothing else shares its line); and in the demo vault at 860 px tall, the first overdue
 * row starts in the top fifth of the view.
 */
async function nameChecks({ open, check, show }) {
  const page = await open({ theme: "light", phone: false });
  const root = await show(page, "sidebar");
  check("the name check itself catches a name cut before its line", (await page.evaluate((r) => window.kitHost.namesCutCanFail(r), root)) ? [] : ["a name far too long for the row went unreported"]);
  for (const width of SIDEBAR_WIDTHS) {
    await page.evaluate((w) => window.kitHost.setSidebarWidth(w), width);
    const at = await page.evaluate((r) => window.kitHost.firstOverdueRow(r), root);
    const share = at ? at.top / at.height : 1;
    check(
      `the first overdue row starts within the top ${OVERDUE_WITHIN * 100}% of the view, ${width} px wide and 860 px tall: at ${at ? `${at.top} px of ${at.height} px, ${(share * 100).toFixed(1)}%` : "no overdue row"}`,
      share <= OVERDUE_WITHIN ? [] : [`the first overdue row starts ${(share * 100).toFixed(1)}% down the view`],
    );
    await page.evaluate((r) => window.kitHost.openEverything(r), root);
    const problems = new Set();
    const rows = new Set();
    // The list is windowed: scroll through it so every row is drawn, and looked at, once.
    for (let top = 0, end = Infinity; top <= end; top += 400) {
      end = await page.evaluate(({ r, t }) => window.kitHost.scrollList(r, t), { r: root, t: top });
      const found = await page.evaluate((r) => window.kitHost.namesCutFirst(r), root);
      for (const p of found.problems) problems.add(p);
      for (const r of found.rows) rows.add(r);
    }
    await page.evaluate((r) => window.kitHost.scrollList(r, 0), root);
    check(`no name is cut before the line under it, sidebar ${width} px wide (${rows.size} rows)`, [...problems]);
  }
  await page.close();
}

/** Colour contrast (WCAG AA) and accessible names, by axe-core, in both themes, on every surface. */
async function contrastChecks({ open, scenes, themes, check, show }) {
  const rules = ["color-contrast", "button-name", "link-name", "select-name", "label", "aria-command-name", "aria-input-field-name", "role-img-alt", "svg-img-alt", "nested-interactive"];
  for (const theme of themes) {
    const page = await open({ theme, phone: false });
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    for (const scene of scenes) {
      const root = await show(page, scene);
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
async function keyboardChecks({ open, check, show }) {
  const page = await open({ theme: "light", phone: false });
  const root = await show(page, "sidebar");
  const contacts = await page.evaluate(() => window.kitHost.contactPaths());
  await page.focus(`${root} .kit-text-filter`);
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
