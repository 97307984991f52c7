/** Command-line arguments of keep-in-touch-agenda, parsed without a dependency. */
import { isLocalDate, type LocalDate } from "../core/shared/dates";
import { icsPathProblem } from "../core/calendar/ics";
import { isNameDisclosure, NAME_DISCLOSURES, type NameDisclosure } from "../core/sharing/privacy";
import { DEFAULT_CONFIG_DIR } from "./settings-file";

export const COMMAND_NAME = "keep-in-touch-agenda";

export const USAGE = `Usage: ${COMMAND_NAME} [vault] [options]
       ${COMMAND_NAME} capture FILE --vault DIR [--me NAME] [--dry-run]

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
  --digest            print a short message for mail or a notification: who
                      to reach today and this week and why, promises due and
                      dates coming up; exits 1 when nothing is due today
  --markdown          with --digest: write the message in Markdown
  --names HOW         how people are named in the feed or the digest: full,
                      first, initials or count (default: the plugin's setting)
  --details           include topics, the last touch's note and the words of
                      promises in the feed or the digest
  --no-details        leave them out (the default unless the settings say)
  -h, --help          show this help
  -v, --version       show the version

capture reads a calendar, chat or mail export and writes the touches it finds
to the contact notes, as the plugin's "Capture touches from a file…" does; see
${COMMAND_NAME} capture --help. (A vault folder named capture is ./capture.)

Exit codes: 0 agenda printed, calendar written, or something due in the digest;
1 nothing due today (--digest only); 2 bad arguments, no vault folder, or
anything else that went wrong.
`;

export interface AgendaOptions {
  vault: string | null;
  today: LocalDate | null;
  json: boolean;
  tier: string | null;
  configDir: string;
  /** Where to write the calendar feed instead of printing the agenda. */
  ics: string | null;
  /** Print the digest instead of the agenda. */
  digest: boolean;
  /** The digest in Markdown rather than plain text. */
  markdown: boolean;
  /** How people are named, overriding the settings; null keeps them. */
  names: NameDisclosure | null;
  /** Whether details go along, overriding the settings; null keeps them. */
  details: boolean | null;
}

export type ParsedArgs =
  | { kind: "run"; options: AgendaOptions }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "error"; message: string };

export const VALUE_OPTIONS = ["--today", "--tier", "--config-dir", "--ics", "--names"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

export function parseAgendaArgs(argv: readonly string[]): ParsedArgs {
  const options: AgendaOptions = { vault: null, today: null, json: false, tier: null, configDir: DEFAULT_CONFIG_DIR, ics: null, digest: false, markdown: false, names: null, details: null };
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
    const flag = FLAGS[arg];
    if (flag) {
      flag(options);
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
    } else if (name === "--names") {
      if (!isNameDisclosure(value)) return error(`--names wants one of ${NAME_DISCLOSURES.join(", ")}; got "${value}".`);
      options.names = value;
    } else {
      options.configDir = value;
    }
  }
  const problem = conflictOf(options);
  return problem === null ? { kind: "run", options } : error(problem);
}

/** Options that take no value, and what each sets. */
const FLAGS: Record<string, ((options: AgendaOptions) => void) | undefined> = {
  "--json": (o) => (o.json = true),
  "--digest": (o) => (o.digest = true),
  "--markdown": (o) => (o.markdown = true),
  "--details": (o) => (o.details = true),
  "--no-details": (o) => (o.details = false),
};

/** Options that can't go together, in words; null when they can. */
function conflictOf(options: AgendaOptions): string | null {
  if (options.ics !== null && options.tier !== null) return "--tier only narrows the printed agenda; the calendar feed holds every contact, so leave out one of --ics and --tier.";
  if (options.ics !== null && options.digest) return "--ics writes the feed and --digest prints the digest: run the command once for each.";
  if (options.digest && options.tier !== null) return "--tier only narrows the printed agenda; the digest looks at every contact, so leave out one of --digest and --tier.";
  if (options.digest && options.json) return "--digest prints a message for people: plain text, or Markdown with --markdown, not --json.";
  if (options.markdown && !options.digest) return "--markdown only shapes the digest: add --digest.";
  if ((options.names !== null || options.details !== null) && options.ics === null && !options.digest) return "--names and --details choose what the feed or the digest shows: add --ics FILE or --digest.";
  return null;
}
