/**
 * The one rule for every path the plugin writes to, creates, or reads a template
 * from, when the path comes from a person (a setting, another plugin's settings, a
 * dropped file): it must stay inside the vault and name what every system Obsidian
 * runs on can hold. The adapter passes Obsidian's `normalizePath`, so the path that
 * comes back is the one to give the vault.
 */

/** A usable path, or why not: `error` is a sentence that quotes the input, `reason` the part after "can't be used:". */
export type VaultPath = { ok: true; path: string } | { ok: false; error: string; reason: string };

/** Characters Windows doesn't allow in a name (a path's `/` and `\` are separators here), and control characters. */
const NOT_IN_A_NAME = /[:*?"<>|\p{Cc}]/u;

/** Windows keeps these for devices, alone or before any extension, in any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Why one part of a path can't be used, or null. */
function partProblem(part: string): string | null {
  if (part === "..") return `".." would lead out of the vault`;
  if (/^[.\s]+$/.test(part)) return `"${part}" isn't a name: write the path from the vault's top folder`;
  if (part.startsWith(".")) return `"${part}" starts with a dot, and Obsidian hides such names`;
  if (/^\s|[\s.]$/.test(part)) return `"${part}" starts or ends with a space, or ends with a dot, which Windows and iCloud drop`;
  const bad = NOT_IN_A_NAME.exec(part)?.[0];
  if (bad !== undefined) return `"${part}" holds ${/\p{Cc}/u.test(bad) ? "a control character" : `"${bad}"`}, which Windows doesn't allow in a name`;
  const stem = part.split(".")[0]?.trim() ?? "";
  if (RESERVED.test(stem)) return `Windows keeps the name "${stem}" for a device`;
  return null;
}

function refuse(input: string, reason: string): VaultPath {
  return { ok: false, error: `"${input}" can't be used: ${reason}.`, reason };
}

/**
 * Checks and cleans a path: `..`, an absolute path on any system (a drive like `C:`,
 * an address like `file:`, a network path like `\\server`), hidden names, names with
 * a space or a dot at an end or characters Windows refuses, and device names are
 * refused with a reason; backslashes and repeated slashes become one `/`, and one
 * leading `/` means the vault's top folder, as in Obsidian. `root` allows the vault's
 * top folder itself (an empty path), for folders.
 */
function checkPath(input: string, normalize: (path: string) => string, root: boolean): VaultPath {
  const raw = input.trim();
  if (/^[\\/]{2}/.test(raw)) return refuse(input, "it is a network path; write a path inside the vault");
  const drive = /^(?:[a-z]:|[a-z][a-z0-9+.-]*:\/\/|file:)/i.exec(raw)?.[0];
  if (drive !== undefined) return refuse(input, `"${drive}" makes it a path outside the vault; write a path inside it, from its top folder`);
  const parts = raw.split(/[\\/]+/).filter((part) => part !== "");
  if (parts.length === 0) return root ? { ok: true, path: "" } : refuse(input, "it names no file");
  // Checked before and after normalising: normalising may turn a no-break space at an end into a space.
  for (const part of parts) {
    const problem = partProblem(part);
    if (problem) return refuse(input, problem);
  }
  const path = normalize(parts.join("/"));
  for (const part of path.split("/")) {
    const problem = partProblem(part);
    if (problem) return refuse(input, problem);
  }
  return { ok: true, path };
}

/** A file's path inside the vault, cleaned, or why it can't be one. */
export function vaultPath(input: string, normalize: (path: string) => string = (path) => path): VaultPath {
  return checkPath(input, normalize, false);
}

/** A folder's path inside the vault, cleaned ("" for the top folder), or why it can't be one. */
export function vaultFolder(input: string, normalize: (path: string) => string = (path) => path): VaultPath {
  return checkPath(input, normalize, true);
}

/** A file in a folder: both already checked, so only the name is new. */
export function pathIn(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}
