import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CliIo } from "../../src/cli/agenda-command";

/** Writes `files` (vault-relative path → text) into a fresh temporary folder and returns its path. */
export async function makeVault(files: Record<string, string>, name = "vault"): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), "kit-cli-"));
  const root = join(parent, name);
  await mkdir(root);
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, ...path.split("/"));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text, "utf8");
  }
  return root;
}

export async function removeVault(root: string): Promise<void> {
  await rm(dirname(root), { recursive: true, force: true });
}

export interface CapturedIo extends CliIo {
  out: string;
  err: string;
}

/** A CliIo that records output; noon local time so the default "today" is the same in every time zone. */
export function captureIo(overrides: Partial<CliIo> = {}): CapturedIo {
  const io: CapturedIo = {
    out: "",
    err: "",
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    stdoutIsTTY: false,
    env: {},
    cwd: tmpdir(),
    now: () => new Date(2026, 10, 22, 12, 0, 0),
    ...overrides,
  };
  return io;
}

/** A contact note: properties, then a body, then a touch log. */
export function note(properties: string, body = "", touches: string[] = []): string {
  const log = touches.length > 0 ? `\n## Touches\n${touches.map((t) => `- ${t}`).join("\n")}\n` : "";
  return `---\n${properties}\n---\n${body}\n${log}`;
}
