// `npm run agenda [-- vault] [options]`: the terminal agenda from a clone of the repository.
//
// With no vault it reads the bundled demo-vault/ as of the day its notes are written for,
// not the folder npm runs scripts in (the repository, test fixtures and all). A vault given
// is read from where the command was typed. Everything else goes to the agenda as it is.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CLI, agendaArgs } from "./demo.mjs";

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();

if (!existsSync(CLI)) {
  console.error("agenda: the terminal agenda isn't built yet; run npm run build (or npm start) first.");
  process.exit(1);
}
const result = spawnSync(process.execPath, [CLI, ...agendaArgs(process.argv.slice(2))], { stdio: "inherit", cwd: userCwd });
if (result.error) {
  console.error(`agenda: could not run the terminal agenda: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
