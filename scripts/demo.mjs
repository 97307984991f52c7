// The bundled demo vault, shared by `npm start` and `npm run agenda`: where it is, the
// day its notes are written for, the notes that are broken on purpose, and what to do
// after the build.
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const demoVault = join(repoRoot, "demo-vault");
export const DEMO_TODAY = "2026-11-22";
export const CLI = join(repoRoot, "dist", "keep-in-touch-agenda.cjs");

/**
 * The demo notes whose warnings the agenda prints on purpose: they show how bad input
 * is reported (the person is still listed; a note that can't be read safely is never written).
 */
export const DEMO_BROKEN_NOTES = [
  { path: "People/Marcus Johnson.md", what: "a cadence that isn't one" },
  { path: "People/Paolo Bianchi.md", what: "properties that aren't valid YAML" },
  { path: "People/Rafael Moreno.md", what: "a tier that doesn't exist" },
];

/** The agenda's options that take a value (`--tier ally`), so that value isn't read as the vault. */
export const VALUE_OPTIONS = ["--today", "--tier", "--config-dir", "--ics", "--names"];

/** Whether the agenda's arguments name a vault (a positional argument), as the agenda itself reads them. */
export function namesVault(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") return i + 1 < args.length;
    if (arg === "-" || !arg.startsWith("-")) return true;
    if (VALUE_OPTIONS.includes(arg)) i++; // `--tier ally`: skip the value; `--tier=ally` is one argument
  }
  return false;
}

/** With no vault, the demo vault as of its day (unless --today is given); otherwise the arguments as they are. */
export function agendaArgs(args) {
  if (namesVault(args)) return [...args];
  const withToday = args.some((a) => a === "--today" || a.startsWith("--today=")) ? [] : ["--today", DEMO_TODAY];
  return [demoVault, ...args, ...withToday];
}

/**
 * What to do after `npm start` installed the plugin into a vault: lines for the terminal.
 * `warningsShown`: the agenda was printed as text, with the demo's warnings in it.
 */
export function nextSteps(vault, fromDir, warningsShown = true) {
  const shown = relative(fromDir, vault) || ".";
  if (vault !== demoVault) {
    return [
      "Next:",
      `  Open ${shown} in Obsidian and check that Keep in Touch is on under Settings → Community plugins.`,
      "  If the vault was already open, reload Obsidian first: it reads the list of plugins when it starts.",
    ];
  }
  const notes = DEMO_BROKEN_NOTES.map((n) => `${n.path.replace(/^.*\//, "").replace(/\.md$/, "")} (${n.what})`).join(", ");
  const why = [
    `The ${DEMO_BROKEN_NOTES.length} warnings above are on purpose: these demo notes are broken to show how bad input is reported:`,
    `  ${notes}.`,
    "  Each person is still listed, and the plugin never writes to a note it can't read safely.",
    "",
  ];
  return [
    ...(warningsShown ? why : []),
    "Next, to see the same people in Obsidian:",
    `  1. Open ${shown}/ as a vault: "Open folder as vault" in Obsidian's vault switcher.`,
    "  2. Turn on community plugins when Obsidian asks whether you trust the vault (or under Settings → Community plugins).",
    "     Keep in Touch is already enabled in this vault.",
    "  3. Open the relationships view: the people icon in the ribbon, or \"Keep in Touch: Open relationships view\" in the command palette.",
    `  Obsidian counts from today, not from ${DEMO_TODAY}, so more people may be due there than above.`,
  ];
}
