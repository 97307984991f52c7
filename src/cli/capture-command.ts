/**
 * keep-in-touch-agenda capture FILE --vault DIR: the plugin's "Capture touches from a
 * file…" for a terminal. The same core reads the export in chunks, matches it against
 * the vault's contacts read from disk, and proposes the same touches; `--dry-run`
 * prints them, and without it each contact note gets the same bytes the plugin would
 * write, atomically.
 */
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { captureContactOf } from "../core/capture/capture-contact";
import { captureSettingsFor, deviceZone, localeDateOrder } from "../core/capture/capture-settings";
import { ChunkDecoder, createCaptureParser, DETECT_BYTES, detectCaptureFormat, formatCaptureSummary, formatProposalLines, planCapture, type CaptureContact } from "../core/capture";
import { basenameOf } from "../core/contacts/contact";
import { isContactNote } from "../core/contacts/contact-rule";
import { applyCapturedTouches } from "../core/notes/note-edits";
import { localDateOf, plural } from "../core/shared/dates";
import type { ResolvedSettings } from "../core/settings";
import { DIRECTION_MARKS } from "../core/touches/touch-line";
import type { CliIo } from "./cli-io";
import { COMMAND_NAME } from "./args";
import { CAPTURE_USAGE, parseCaptureArgs } from "./capture-args";
import { readNoteFacts } from "./note-source";
import { rewriteNote } from "./safe-write";
import { loadSettings } from "./settings-file";
import { readVaultNotes, type VaultNote } from "./vault-files";

const CHUNK_BYTES = 64 * 1024;

/** Every contact note as a capture matches it, by the plugin's rules. */
export function captureContactsOfVault(notes: readonly VaultNote[], resolved: ResolvedSettings): CaptureContact[] {
  const contacts: CaptureContact[] = [];
  for (const note of notes) {
    const facts = readNoteFacts(note.path, note.text, resolved.settings);
    if (!isContactNote(note.path, facts.source.frontmatter, facts.tags, resolved)) continue;
    const { frontmatter, loggedTouchDates } = facts.source;
    contacts.push(captureContactOf({ path: note.path, name: basenameOf(note.path), frontmatter, loggedTouchDates }, resolved.settings.properties));
  }
  return contacts;
}

/** TZ when it names a zone Intl knows, else the computer's own. */
function zoneOf(env: CliIo["env"]): string {
  const tz = env.TZ?.trim();
  if (tz) {
    try {
      return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
    } catch {
      // Not an IANA name (":/etc/localtime", say): the computer's zone is what TZ meant.
    }
  }
  return deviceZone();
}

async function firstBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(DETECT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function runCaptureCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCaptureArgs(argv);
  if (parsed.kind === "capture-help") {
    io.stdout(CAPTURE_USAGE);
    return 0;
  }
  const fail = (message: string, code = 2) => {
    io.stderr(`${COMMAND_NAME}: ${message}\n`);
    return code;
  };
  if (parsed.kind === "error") return fail(`${parsed.message}\nRun ${COMMAND_NAME} capture --help for usage.`);
  const options = parsed.options;
  const vaultRoot = resolve(io.cwd, options.vault ?? ".");
  const file = resolve(io.cwd, options.file);
  if (!(await stat(vaultRoot).then((s) => s.isDirectory(), () => false))) return fail(`no vault folder at ${vaultRoot}.`);
  if (!(await stat(file).then((s) => s.isFile(), () => false))) return fail(`no file at ${file}.`);

  const warn = (message: string) => io.stderr(`${COMMAND_NAME}: warning: ${message}\n`);
  const { resolved } = await loadSettings(vaultRoot, options.configDir, warn);
  const detection = detectCaptureFormat(await firstBytes(file), file);
  if (detection.kind === "other") return fail(`${basename(file)} looks like ${detection.looksLike}, not an export capture reads. ${detection.advice}`);

  const settings = captureSettingsFor(resolved.settings, { now: io.now().getTime(), zone: zoneOf(io.env), fileName: basename(file), dateOrder: localeDateOrder(), me: options.me });
  const parser = createCaptureParser(detection.format, settings);
  const decoder = new ChunkDecoder();
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) parser.push(decoder.decode(chunk as Buffer));
  parser.push(decoder.end());
  const extract = parser.end();
  const senders = extract.chat?.senders ?? [];
  if (extract.chat && extract.chat.me === null && senders.length > 0) {
    return fail(`say which sender is you with --me NAME. The senders in ${basename(file)}: ${senders.slice(0, 20).join(", ")}${senders.length > 20 ? ", …" : ""}.`);
  }

  const { notes, unreadable } = await readVaultNotes(vaultRoot, { skipPaths: [options.configDir] });
  for (const note of unreadable) warn(`could not read ${note.path} (${note.reason}); it is left out.`);
  const today = options.today ?? localDateOf(io.now());
  const plan = planCapture(extract, captureContactsOfVault(notes, resolved), today);
  const summary = formatCaptureSummary(plan);

  if (options.dryRun) {
    for (const line of formatProposalLines(plan)) io.stdout(`${line}\n`);
    for (const line of summary) io.stderr(`${line}\n`);
    return 0;
  }

  let written = 0;
  let notesWritten = 0;
  let failed = 0;
  for (const proposal of plan.proposals) {
    if (!proposal.checked) continue;
    try {
      let lines: string[] = [];
      await rewriteNote(join(vaultRoot, ...proposal.path.split("/")), (text) => {
        const edit = applyCapturedTouches(text, proposal.touches, resolved.settings);
        lines = [...edit.written].reverse().map((t) => `${t.date}  ${proposal.name}  ${t.direction ? DIRECTION_MARKS[t.direction] : ""}`.trimEnd());
        return edit.text;
      });
      for (const line of lines) io.stdout(`${line}\n`);
      written += lines.length;
      if (lines.length > 0) notesWritten++;
    } catch (error) {
      failed++;
      io.stderr(`${COMMAND_NAME}: couldn't write ${proposal.path}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  for (const line of summary.slice(1)) io.stderr(`${line}\n`);
  io.stderr(`Wrote ${written} ${written === 1 ? "touch" : "touches"} to ${plural(notesWritten, "note")}.\n`);
  return failed > 0 ? 2 : 0;
}
