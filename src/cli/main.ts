/**
 * Entry point of keep-in-touch-agenda (bundled to dist/keep-in-touch-agenda.cjs).
 * The only file that touches the real process: the command itself lives in
 * agenda-command.ts and the argument parsing in args.ts, so tests can import them
 * without running anything.
 */
import { EXIT_FAILURE, runAgendaCommand } from "./agenda-command";
import { COMMAND_NAME } from "./args";

// A reader that stops early (`| head`) closes the pipe: what it wanted is printed, so stop quietly, as other terminal tools do, instead of a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

runAgendaCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
}).then(
  // exitCode rather than exit(): lets a piped stdout finish writing first.
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${COMMAND_NAME}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  },
);
