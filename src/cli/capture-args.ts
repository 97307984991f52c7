/** Arguments of `keep-in-touch-agenda capture FILE --vault DIR [--me NAME] [--dry-run]`. */
import { isLocalDate, type LocalDate } from "../core/shared/dates";
import { COMMAND_NAME } from "./args";
import { DEFAULT_CONFIG_DIR } from "./settings-file";

export const CAPTURE_USAGE = `Usage: ${COMMAND_NAME} capture FILE --vault DIR [--me NAME] [--dry-run]

Finds the touches in an export (a calendar .ics, a WhatsApp chat .txt, a
Telegram result.json or an .mbox of mail) with the contacts of an Obsidian
vault, as the Keep in Touch plugin's "Capture touches from a file…" does,
and writes them to the contact notes as touch lines. Days that already have
a touch line for that person are left out, so capturing twice adds nothing.
Contacts whose note says capture: never are left out.

Arguments:
  FILE                the export to read (it is not copied anywhere)

Options:
  --vault DIR         the vault folder (default: the current folder)
  --me NAME           your sender name in a chat, or your e-mail address for
                      mail and calendars; may be given more than once, and
                      adds to the names and addresses in the plugin's settings
  --dry-run           print each proposed touch, one per line
                      (YYYY-MM-DD  Name  →), and write nothing
  --today YYYY-MM-DD  leave out days after this one (default: today)
  --config-dir DIR    the vault's config folder (default: ${DEFAULT_CONFIG_DIR})
  -h, --help          show this help

Days are counted in the time zone of TZ (an IANA name like Europe/Berlin) when
it is set, else the computer's own. What was skipped, people who are not a
contact yet and lines that couldn't be read are listed on stderr.

Exit codes: 0 done; 2 bad arguments, no vault or file, a file that isn't an
export, a chat whose sender is you isn't known (give --me), a note that
couldn't be written, or anything else that went wrong.
`;

export interface CaptureOptions {
  file: string;
  vault: string | null;
  me: string[];
  dryRun: boolean;
  today: LocalDate | null;
  configDir: string;
}

export type ParsedCaptureArgs = { kind: "capture"; options: CaptureOptions } | { kind: "capture-help" } | { kind: "error"; message: string };

const VALUE_OPTIONS = ["--vault", "--me", "--today", "--config-dir"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** The arguments after `capture`. */
export function parseCaptureArgs(argv: readonly string[]): ParsedCaptureArgs {
  const error = (message: string): ParsedCaptureArgs => ({ kind: "error", message });
  let file: string | null = null;
  const options: Omit<CaptureOptions, "file"> = { vault: null, me: [], dryRun: false, today: null, configDir: DEFAULT_CONFIG_DIR };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      if (file !== null) return error(`capture reads one file; got "${file}" and "${arg}".`);
      file = arg;
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return { kind: "capture-help" };
    if (arg === "--dry-run") {
      options.dryRun = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isValueOption(name)) return error(`Unknown option ${name} for capture.`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return error(`${name} needs a value.`);
      i++;
    }
    if (value.trim() === "") return error(`${name} needs a value.`);
    if (name === "--vault") {
      if (options.vault !== null) return error("Only one vault can be given.");
      options.vault = value;
    } else if (name === "--me") options.me.push(value.trim());
    else if (name === "--today") {
      if (!isLocalDate(value)) return error(`--today wants a real calendar day written YYYY-MM-DD, like 2026-11-22; got "${value}".`);
      options.today = value;
    } else options.configDir = value;
  }
  if (file === null) return error("capture needs the export to read: capture FILE --vault DIR.");
  return { kind: "capture", options: { file, ...options } };
}
