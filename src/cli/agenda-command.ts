/**
 * One run of keep-in-touch-agenda, from arguments to exit code. Everything the
 * process provides (output, environment, clock, working folder) comes in through
 * `CliIo`, so tests run it in-process on a temporary vault.
 */
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { buildAgenda } from "../core/planning/agenda";
import { localDateOf } from "../core/shared/dates";
import { matchTier } from "../core/contacts/tiers";
import manifest from "../../manifest.json";
import { COMMAND_NAME, parseAgendaArgs, USAGE } from "./args";
import { loadDailyNoteSettings } from "./daily-note-files";
import { describeIcsWritten, writeIcsFile } from "./ics-command";
import { digestMessage } from "./digest-command";
import { runCaptureCommand } from "./capture-command";
import type { CliIo } from "./cli-io";
import { moment } from "./moment";
import { renderAgendaJson, renderAgendaText, type AgendaReport } from "./render";
import { loadSettings } from "./settings-file";
import { contactsOfVault } from "./vault-contacts";
import { readVaultNotes } from "./vault-files";

export type { CliIo } from "./cli-io";

/**
 * Exit codes, as grep has them: 0 done (and for the digest, something is due today),
 * 1 the digest has nothing due today, 2 trouble. A script stays quiet on empty days
 * with `keep-in-touch-agenda --digest … && mail …`, and never mails an error as a digest.
 */
export const EXIT_OK = 0;
export const EXIT_NOTHING_DUE = 1;
export const EXIT_FAILURE = 2;
export const EXIT_USAGE = 2;

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function wantsColor(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdoutIsTTY && (noColor === undefined || noColor === "") && io.env.TERM !== "dumb";
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function runAgendaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === "capture") return runCaptureCommand(argv.slice(1), io);
  const parsed = parseAgendaArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === "version") {
    io.stdout(`${COMMAND_NAME} ${manifest.version}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === "error") {
    io.stderr(`${COMMAND_NAME}: ${parsed.message}\nRun ${COMMAND_NAME} --help for usage.\n`);
    return EXIT_USAGE;
  }
  const options = parsed.options;

  const vaultRoot = resolve(io.cwd, options.vault ?? ".");
  if (!(await isFolder(vaultRoot))) {
    io.stderr(`${COMMAND_NAME}: no vault folder at ${vaultRoot}.\n`);
    return EXIT_USAGE;
  }

  const warn = (message: string) => io.stderr(`${COMMAND_NAME}: warning: ${message}\n`);
  const settings = await loadSettings(vaultRoot, options.configDir, warn);
  const { resolved } = settings;

  // The tier is checked against the vault's own tiers, so it can only be checked now.
  const tierFilter = options.tier === null ? null : (matchTier(options.tier, resolved.tiers) ?? null);
  if (options.tier !== null && tierFilter === null) {
    const known = resolved.tiers.map((t) => `${t.id} (${t.label})`).join(", ");
    io.stderr(`${COMMAND_NAME}: no tier "${options.tier}" in this vault's settings. Tiers: ${known}.\n`);
    return EXIT_USAGE;
  }

  const daily = await loadDailyNoteSettings(vaultRoot, options.configDir, resolved.settings, warn);
  const { notes, unreadable } = await readVaultNotes(vaultRoot, { skipPaths: [options.configDir] });
  for (const note of unreadable) warn(`could not read ${note.path} (${note.reason}); it is left out.`);
  const today = options.today ?? localDateOf(io.now());
  const contacts = contactsOfVault(notes, resolved, { daily: daily.config, today, moment });
  const disclosure = { ...(options.names === null ? {} : { names: options.names }), ...(options.details === null ? {} : { details: options.details }) };
  if (options.ics !== null) {
    for (const problem of resolved.problems) warn(problem);
    io.stdout(describeIcsWritten(await writeIcsFile({ file: options.ics, cwd: io.cwd, contacts, notes, resolved, today, now: io.now(), disclosure }), options.json));
    return EXIT_OK;
  }
  if (options.digest) {
    for (const problem of resolved.problems) warn(problem);
    const message = digestMessage({ vaultName: basename(vaultRoot), contacts, notes, resolved, today, format: options.markdown ? "markdown" : "text", disclosure });
    io.stdout(message.text);
    return message.somethingDue ? EXIT_OK : EXIT_NOTHING_DUE;
  }
  const report: AgendaReport = {
    vaultName: basename(vaultRoot),
    today,
    agenda: buildAgenda(contacts, today, resolved.tiers, tierFilter ? { tierId: tierFilter.id } : {}),
    tierFilter,
    settingsPath: settings.path,
    settingsProblems: resolved.problems,
  };
  io.stdout(options.json ? renderAgendaJson(report) : renderAgendaText(report, { color: wantsColor(io) }));
  return EXIT_OK;
}
