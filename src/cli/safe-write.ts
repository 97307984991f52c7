/**
 * A note changed on disk the way `Vault.process` changes it in Obsidian: read, changed,
 * written whole or not at all. The new text goes to a temporary file beside the note,
 * which then replaces it in one rename, so a crash leaves the old note or the new one,
 * never half of each; and if the note changed while the change was worked out (Obsidian
 * saved it, a sync arrived), nothing is written and the caller is told.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export class NoteChangedError extends Error {}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The note's text, refusing bytes that aren't UTF-8 (they would not survive being written back). */
async function readNote(path: string): Promise<{ text: string; bytes: Buffer }> {
  const bytes = await readFile(path);
  try {
    return { text: UTF8.decode(bytes), bytes };
  } catch {
    throw new Error("it isn't valid UTF-8 text, so it was left as it was");
  }
}

/** Applies `change` to the note at `path` and writes the result atomically; returns whether anything was written. */
export async function rewriteNote(path: string, change: (text: string) => string): Promise<boolean> {
  const before = await stat(path);
  const { text, bytes } = await readNote(path);
  const after = change(text);
  if (after === text) return false;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temp, after, { encoding: "utf8", mode: before.mode, flag: "wx" });
  try {
    const now = await stat(path);
    const current = await readFile(path);
    if (now.mtimeMs !== before.mtimeMs || !current.equals(bytes)) throw new NoteChangedError("it changed while the capture was being written, so it was left as it is now; capture again to add its touches");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return true;
}
