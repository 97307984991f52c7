// `npm start [-- vault] [agenda flags]`: build, install the plugin into a vault, print its agenda.
//
// With no vault it uses the bundled demo-vault/, as of the day its dates were written
// for, so the demo always shows the intended mix of overdue, due and on-track people.
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { CLI, DEMO_TODAY, demoVault, nextSteps, repoRoot } from "./demo.mjs";
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();

// Progress goes to stderr, so `npm start -- vault --json > agenda.json` keeps stdout clean.
function note(message) {
  console.error(`start: ${message}`);
}

function fail(message, code = 1) {
  note(message);
  process.exit(code);
}

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The first argument is the vault unless it is a flag; everything else goes to the agenda CLI. */
function splitArgs(argv) {
  if (argv.length > 0 && !argv[0].startsWith("-")) return { vaultArg: argv[0], cliArgs: argv.slice(1) };
  return { vaultArg: null, cliArgs: argv };
}

/** `--config-dir X` / `--config-dir=X` among the CLI flags, so the plugin goes where the CLI reads. */
function configDirOf(cliArgs) {
  for (let i = 0; i < cliArgs.length; i++) {
    if (cliArgs[i] === "--config-dir" && cliArgs[i + 1]) return cliArgs[i + 1];
    if (cliArgs[i].startsWith("--config-dir=")) return cliArgs[i].slice("--config-dir=".length);
  }
  return ".obsidian";
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: repoRoot, ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function buildPlugin() {
  // Under npm, npm_execpath is npm's own script: running it with this node avoids
  // depending on PATH and on Windows' npm.cmd shim.
  const npmCli = process.env.npm_execpath;
  const stdio = ["inherit", process.stderr, process.stderr]; // build chatter is progress too
  const status = npmCli
    ? run(process.execPath, [npmCli, "run", "build"], { stdio })
    : run("npm", ["run", "build"], { stdio, shell: process.platform === "win32" });
  if (status !== 0) fail("the build failed; nothing was installed.", status);
}

async function installPlugin(vault, configDir) {
  const manifest = JSON.parse(await readFile(join(repoRoot, "manifest.json"), "utf8"));
  const pluginDir = join(vault, configDir, "plugins", manifest.id);
  await mkdir(pluginDir, { recursive: true });
  for (const file of ["main.js", "manifest.json", "styles.css"]) {
    const from = join(repoRoot, file);
    if (!(await exists(from))) {
      if (file === "styles.css") {
        note("no styles.css yet; installing without it.");
        continue;
      }
      fail(`${file} is missing after the build.`);
    }
    await copyFile(from, join(pluginDir, file));
  }
  await enablePlugin(join(vault, configDir, "community-plugins.json"), manifest.id);
  note(`installed ${manifest.id} ${manifest.version} into ${relative(userCwd, pluginDir) || "."}`);
}

/** Adds the plugin to the enabled list, keeping every entry already there. */
async function enablePlugin(listPath, id) {
  let enabled = [];
  if (await exists(listPath)) {
    try {
      enabled = JSON.parse(await readFile(listPath, "utf8"));
      if (!Array.isArray(enabled)) throw new Error("not a list");
    } catch (error) {
      // Never overwrite a file Obsidian may still understand better than we do.
      note(`left ${listPath} alone (${error.message}); enable the plugin in Obsidian's settings.`);
      return;
    }
  }
  if (enabled.includes(id)) return; // Unchanged: no rewrite, no diff.
  enabled.push(id);
  await writeFile(listPath, `${JSON.stringify(enabled, null, 2)}\n`);
}

const { vaultArg, cliArgs } = splitArgs(process.argv.slice(2));
const vault = vaultArg === null ? demoVault : resolve(userCwd, vaultArg);
const isDemo = resolve(vault) === resolve(demoVault);
if (!(await exists(vault)) || !(await stat(vault)).isDirectory()) fail(`no vault folder at ${vault}.`, 2);

buildPlugin();
await installPlugin(vault, configDirOf(cliArgs));

const agendaArgs = [vault, ...cliArgs];
if (isDemo && !cliArgs.some((a) => a === "--today" || a.startsWith("--today="))) {
  note(`the demo vault's dates are written for ${DEMO_TODAY}, so its agenda is shown as of that day.`);
  agendaArgs.push("--today", DEMO_TODAY);
}
console.error("");
const status = run(process.execPath, [CLI, ...agendaArgs], { cwd: userCwd });
// After the agenda, on stderr like the rest of the progress: what to do in Obsidian.
console.error("");
const textAgenda = !cliArgs.some((a) => ["--json", "--ics", "-h", "--help", "-v", "--version"].includes(a.split("=")[0]));
for (const line of nextSteps(isDemo ? demoVault : vault, userCwd, textAgenda)) console.error(line);
process.exit(status);
