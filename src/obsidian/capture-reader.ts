/**
 * Reads an export for a capture, a chunk at a time: a file in the vault (Obsidian
 * reads it as bytes; there is no streaming read) or one picked or dropped from
 * outside it (read straight from the disk with `File.slice`, never copied into the
 * vault). Bytes become text a chunk at a time, each chunk goes to the parser, and the
 * app gets the main thread back between slices, with the progress. Only what the
 * parser keeps (people, days, snippets) outlives a chunk.
 */
import type { TFile, Vault } from "obsidian";
import { ChunkDecoder, DETECT_BYTES, createCaptureParser, detectCaptureFormat, type AnyCaptureParser, type CaptureExtract, type CaptureFormatId, type CaptureSettings, type Detection } from "../core/capture";
import { SliceClock } from "./slice-clock";

/** Bytes read and parsed at a time: small enough that one chunk's parse stays far under the 50 ms a long task takes, even on a busy phone (64 KB chunks held the main thread twice as long at the same throughput). */
export const CAPTURE_CHUNK_BYTES = 16 * 1024;

/** An export to read: its name, its size and its bytes by range. */
export interface CaptureSource {
  readonly name: string;
  readonly size: number;
  /** The vault path when the file is in the vault; null for a file from outside it. */
  readonly vaultPath: string | null;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A file in the vault: read once as bytes, then handed out in ranges. */
export function vaultSource(vault: Vault, file: TFile): CaptureSource {
  let bytes: Promise<Uint8Array> | null = null;
  return {
    name: file.name,
    size: file.stat.size,
    vaultPath: file.path,
    async read(start, end) {
      bytes ??= vault.readBinary(file).then((buffer) => new Uint8Array(buffer));
      return (await bytes).subarray(start, end);
    },
  };
}

/** A file from outside the vault (a file picker, a drop): each range read from the disk when it is needed. */
export function outsideSource(file: File): CaptureSource {
  return {
    name: file.name,
    size: file.size,
    vaultPath: null,
    async read(start, end) {
      return new Uint8Array(await file.slice(start, end).arrayBuffer());
    },
  };
}

/** What the file looks like, from its first bytes. */
export async function detectSource(source: CaptureSource): Promise<Detection> {
  return detectCaptureFormat(await source.read(0, Math.min(source.size, DETECT_BYTES)), source.name);
}

export interface CaptureReading {
  parser: AnyCaptureParser;
  extract: CaptureExtract;
  /** The longest a single chunk held the main thread (decoding and parsing it), in milliseconds. */
  longestChunkMs: number;
  chunks: number;
}

/**
 * Reads the whole source through its format's parser. `progress` gets the share read
 * (0–1) at each pause. Throws only when the file can't be read; what can't be
 * understood in it is counted in the extract.
 */
export async function readCapture(source: CaptureSource, format: CaptureFormatId, settings: CaptureSettings, progress: (share: number) => void, chunkBytes = CAPTURE_CHUNK_BYTES): Promise<CaptureReading> {
  const parser = createCaptureParser(format, settings);
  const decoder = new ChunkDecoder();
  const clock = new SliceClock();
  let longest = 0;
  let chunks = 0;
  for (let start = 0; start < source.size; start += chunkBytes) {
    const bytes = await source.read(start, Math.min(source.size, start + chunkBytes));
    const began = performance.now();
    parser.push(decoder.decode(bytes));
    longest = Math.max(longest, performance.now() - began);
    chunks++;
    if (clock.due()) {
      progress(decoder.bytesSeen / Math.max(1, source.size));
      await clock.yield();
    }
  }
  const began = performance.now();
  parser.push(decoder.end());
  const extract = parser.end();
  longest = Math.max(longest, performance.now() - began);
  clock.end();
  progress(1);
  return { parser, extract, longestChunkMs: longest, chunks };
}
