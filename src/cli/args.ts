/** Command-line arguments of keep-in-touch-agenda, parsed without a dependency. */
import { isLocalDate, type LocalDate } from "../core/shared/dates";
import { icsPathProblem } from "../core/calendar/ics";
import { DEFAULT_CONFIG_DIR } from "./settings-file";

export const COMMAND_NAME = "keep-in-touch-agenda";

export const USAGE = `Usage: ${COMMAND_NAME} [vault] [options]

Prints who is overdue and who is due soon in an Obsidian vault, using the
Keep in Touch plugin's settings, without opening Obsidian. Links to contacts
in daily notes count as touches, as in the plugin; the daily notes are found
with the vault's Periodic Notes or Daily notes settings.

Arguments:
  vault               the vault folder (default: the current folder)

Options:
  --today YYYY-MM-DD  compute the agenda as of this day (default: today)
  --json              print JSON for scripts instead of text
  --tier ID           only this tier (its id or its name, e.g. ally)
  --config-dir DIR    the vault's config folder (default: ${DEFAULT_CONFIG_DIR})
  --ics FILE          write the calendar feed (birthdays, anniversaries and
                      planned touches) to FILE, a .ics file, instead of
                      printing the agenda; says where it went
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 agenda printed or calendar written, 1 unexpected error, 2 bad arguments or no vault folder.
`;

export interface AgendaOptions {
  vault: string | null;
  today: LocalDate | null;
  json: boolean;
  tier: string | null;
  configDir: string;
  /** Where to write the calendar feed instead of printing the agenda. */
  ics: string | null;
}

export type ParsedArgs =
  | { kind: "run"; options: AgendaOptions }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "error"; message: string };

export const VALUE_OPTIONS = ["--today", "--tier", "--config-dir", "--ics"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

export function parseAgendaArgs(argv: readonly string[]): ParsedArgs {
  const options: AgendaOptions = { vault: null, today: null, json: false, tier: null, configDir: DEFAULT_CONFIG_DIR, ics: null };
  const error = (message: string): ParsedArgs => ({ kind: "error", message });
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      if (options.vault !== null) return error(`Only one vault can be given; got "${options.vault}" and "${arg}".`);
      options.vault = arg;
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if (arg === "-v" || arg === "--version") return { kind: "version" };
    if (arg === "--json") {
      options.json = true;
      continue;
    }

    // `--name value` or `--name=value`.
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isValueOption(name)) return error(`Unknown option ${name}.`);
    let value: string | undefined;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return error(`${name} needs a value.`);
      i++;
    }
    if (value.trim() === "") return error(`${name} needs a value.`);

    if (name === "--today") {
      if (!isLocalDate(value)) return error(`--today wants a real calendar day written YYYY-MM-DD, like 2026-11-22; got "${value}".`);
      options.today = value;
    } else if (name === "--tier") {
      options.tier = value;
    } else if (name === "--ics") {
      const problem = icsPathProblem(value);
      if (problem) return error(`--ics: ${problem}`);
      options.ics = value;
    } else {
      options.configDir = value;
    }
  }
  if (options.ics !== null && options.tier !== null) return error("--tier only narrows the printed agenda; the calendar feed holds every contact, so leave out one of --ics and --tier.");
  return { kind: "run", options };
}
