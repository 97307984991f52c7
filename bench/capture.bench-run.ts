/**
 * The capture benchmark (`npm run bench`, never part of `npm test`): a generated
 * 100 MB .mbox and a 50,000-message WhatsApp chat, written to a temporary folder at
 * bench time (never committed), read the way the plugin reads a file picked from the
 * device: 16 KB at a time from the disk, through the plugin's reader, which hands the
 * main thread back between slices. A probe on the event loop records the longest the
 * loop was held and the peak heap; the same file then goes through the terminal's
 * `capture --dry-run`. Figures go to $KIT_BENCH_CAPTURE_OUT (bench/capture-results.json
 * by default); bench/run.mjs prints them.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { once } from "node:events";
import { afterAll, it } from "vitest";
import { planCapture, type CaptureContact, type CaptureFormatId } from "../src/core/capture";
import { captureSettingsFor } from "../src/core/capture/capture-settings";
import { DEFAULT_SETTINGS, normalizeSettings } from "../src/core/settings";
import { readCapture, type CaptureSource } from "../src/obsidian/capture-reader";
import { runAgendaCommand } from "../src/cli/agenda-command";
import { GENERATED_ME, generateMbox, generateWhatsApp } from "./capture-generators";
import { heapUsed, round, timedAsync } from "./measure";

const ROOT = join(__dirname, "..");
const MBOX_MB = Number(process.env.KIT_CAPTURE_MBOX_MB ?? 100);
const WHATSAPP_MESSAGES = Number(process.env.KIT_CAPTURE_WHATSAPP_MESSAGES ?? 50_000);
const NOW = Date.UTC(2026, 10, 22, 12);
const ZONE = "Europe/Berlin";
const PEOPLE = ["Sam Rivera", "Zoë Martin", "Priya Shah", "Jordan Park", "Kenji Watanabe", "Amara Okafor"];

export interface CaptureRow {
  input: string;
  megabytes: number;
  /** Reading the whole file through the plugin's reader, slices and pauses included. */
  readMs: number;
  megabytesPerSecond: number;
  /** The longest the event loop went without running the probe while the file was read. */
  longestBlockMs: number;
  /**
   * The most CPU time the process used between two turns of the probe: the work that
   * held the main thread, without the time a busy machine gave to other jobs.
   */
  longestBlockCpuMs: number;
  /** The most heap in use while reading, above what was in use before it began. */
  peakHeapMb: number;
  /** Matching what was read against the contacts and proposing touches: one piece of work when the review opens. */
  planMs: number;
  planCpuMs: number;
  touches: number;
  /** The terminal's capture --dry-run of the same file, end to end. */
  terminalMs: number;
  terminalMegabytesPerSecond: number;
}

const rows: CaptureRow[] = [];
const folder = mkdtempSync(join(tmpdir(), "kit-capture-bench-"));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  const out = process.env.KIT_BENCH_CAPTURE_OUT ?? join(ROOT, "bench", "capture-results.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ capture: rows }, null, 2)}\n`);
});

function progress(text: string): void {
  process.stderr.write(`  ${text}\n`);
}

/** Writes a generated export to disk a piece at a time, so it is never whole in memory. */
async function writeGenerated(path: string, pieces: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path);
  for (const piece of pieces) if (!stream.write(piece)) await once(stream, "drain");
  stream.end();
  await once(stream, "finish");
  return statSync(path).size;
}

/** A file on the disk read by range, as the plugin reads a file picked from the device. */
async function diskSource(path: string, name: string): Promise<{ source: CaptureSource; close: () => Promise<void> }> {
  const handle = await open(path, "r");
  const size = (await handle.stat()).size;
  const source: CaptureSource = {
    name,
    size,
    vaultPath: null,
    async read(start, end) {
      const buffer = new Uint8Array(end - start);
      const { bytesRead } = await handle.read(buffer, 0, end - start, start);
      return buffer.subarray(0, bytesRead);
    },
  };
  return { source, close: () => handle.close() };
}

/**
 * Runs a probe on the event loop while `job` runs: each turn notes the time since the
 * last and the heap in use. The longest gap is how long the UI would have waited.
 */
async function probed<T>(job: () => Promise<T>): Promise<{ result: T; longestBlockMs: number; longestBlockCpuMs: number; peakHeap: number }> {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let longest = 0;
  let longestCpu = 0;
  let peak = process.memoryUsage().heapUsed;
  let running = true;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    longest = Math.max(longest, now - last);
    longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    const result = await job();
    return { result, longestBlockMs: longest, longestBlockCpuMs: longestCpu, peakHeap: peak };
  } finally {
    running = false;
  }
}

function contacts(): CaptureContact[] {
  return PEOPLE.map((name) => ({
    path: `People/${name}.md`,
    name,
    aliases: [],
    emails: [`${name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, ".")}@mail.example`],
    phones: [],
    touchDays: new Set(),
    captureNever: false,
  }));
}

async function terminalDryRun(file: string): Promise<number> {
  const vault = join(folder, "vault");
  mkdirSync(join(vault, "People"), { recursive: true });
  mkdirSync(join(vault, ".obsidian", "plugins", "keep-in-touch"), { recursive: true });
  for (const contact of contacts()) writeFileSync(join(vault, contact.path), `---\ntier: ally\nemail: ${contact.emails[0]}\n---\n`);
  writeFileSync(join(vault, ".obsidian", "plugins", "keep-in-touch", "data.json"), JSON.stringify({ captureMe: [GENERATED_ME.name], captureEmails: [GENERATED_ME.email] }));
  let out = 0;
  const io = { stdout: (t: string) => void (out += t.length), stderr: () => undefined, stdoutIsTTY: false, env: { TZ: ZONE }, cwd: vault, now: () => new Date(NOW) };
  const ms = await timedAsync(async () => {
    const code = await runAgendaCommand(["capture", file, "--vault", vault, "--dry-run"], io);
    if (code !== 0) throw new Error(`capture --dry-run exited with ${code}`);
  });
  if (out === 0) throw new Error("capture --dry-run proposed nothing");
  return ms;
}

async function measure(input: string, format: CaptureFormatId, name: string, pieces: Iterable<string>): Promise<void> {
  const path = join(folder, name);
  progress(`writing ${input}…`);
  const bytes = await writeGenerated(path, pieces);
  const megabytes = bytes / 1_048_576;
  const settings = captureSettingsFor(normalizeSettings({ ...DEFAULT_SETTINGS, captureMe: [GENERATED_ME.name], captureEmails: [GENERATED_ME.email] }), { now: NOW, zone: ZONE, fileName: name });
  const { source, close } = await diskSource(path, name);
  progress(`reading ${input} (${megabytes.toFixed(1)} MB)…`);
  const before = heapUsed();
  let readMs = 0;
  const { result: reading, longestBlockMs, longestBlockCpuMs, peakHeap } = await probed(async () => {
    const started = performance.now();
    const read = await readCapture(source, format, settings, () => undefined);
    readMs = performance.now() - started;
    return read;
  });
  await close();
  let touches = 0;
  const planCpu = process.cpuUsage();
  const planMs = await timedAsync(async () => {
    touches = planCapture(reading.extract, contacts(), "2026-11-22").proposals.reduce((n, p) => n + p.touches.length, 0);
  });
  const planCpuUsed = process.cpuUsage(planCpu);
  if (touches === 0) throw new Error(`${input}: no touches found`);
  progress(`terminal capture --dry-run of ${input}…`);
  const terminalMs = await terminalDryRun(path);
  rows.push({
    input,
    megabytes: round(megabytes, 1),
    readMs: round(readMs, 0),
    megabytesPerSecond: round(megabytes / (readMs / 1000), 1),
    longestBlockMs: round(longestBlockMs, 1),
    longestBlockCpuMs: round(longestBlockCpuMs, 1),
    peakHeapMb: round(Math.max(0, peakHeap - before) / 1_048_576, 1),
    planMs: round(planMs, 1),
    planCpuMs: round((planCpuUsed.user + planCpuUsed.system) / 1000, 1),
    touches,
    terminalMs: round(terminalMs, 0),
    terminalMegabytesPerSecond: round(megabytes / (terminalMs / 1000), 1),
  });
  rmSync(path, { force: true });
}

it(`captures a ${MBOX_MB} MB mbox`, async () => {
  await measure(`${MBOX_MB} MB .mbox`, "mbox", "All mail.mbox", generateMbox(MBOX_MB * 1_048_576));
});

it(`captures a ${WHATSAPP_MESSAGES.toLocaleString("en-US")}-message WhatsApp chat`, async () => {
  await measure(`${WHATSAPP_MESSAGES.toLocaleString("en-US")}-message WhatsApp chat`, "whatsapp", "WhatsApp Chat with Sam Rivera.txt", generateWhatsApp(WHATSAPP_MESSAGES));
});
