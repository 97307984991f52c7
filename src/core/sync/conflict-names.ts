/**
 * The names sync tools give the second version of a note that two devices changed at
 * once. Each rule returns the name of the note the copy belongs to; whether that note
 * exists, and is a contact in the same folder, is for the caller to check.
 */
export interface ConflictName {
  /** The original note's name, without `.md`. */
  original: string;
  /** The tool whose naming this is, for the user: "Syncthing", "Dropbox"… */
  tool: string;
  /**
   * True when a person could well give a note this name on purpose ("Alex 2",
   * "Jean-LUC"): the copy must also look like the original before it counts as one.
   */
  ambiguous: boolean;
}

interface Rule {
  tool: string;
  pattern: RegExp;
  ambiguous: boolean;
}

const RULES: readonly Rule[] = [
  // Sam Rivera.sync-conflict-20261203-123456-ABCDEFG (the device's short id; older versions had none).
  { tool: "Syncthing", pattern: /^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?$/, ambiguous: false },
  // Sam Rivera (conflicted copy 2026-12-03 123456), with the account's name before the date in newer clients.
  { tool: "Nextcloud", pattern: /^(.+) \(conflicted copy (?:[^()]+ )?\d{4}-\d{2}-\d{2} \d{6}\)$/, ambiguous: false },
  // Older Nextcloud and ownCloud clients: Sam Rivera_conflict-20261203-123456.
  { tool: "Nextcloud", pattern: /^(.+)_conflict-\d{8}-\d{6}$/, ambiguous: false },
  // Sam Rivera (conflicted copy 2026-12-03), Sam Rivera (Someone's conflicted copy 2026-12-03), a second one with (1).
  { tool: "Dropbox", pattern: /^(.+) \((?:[^()]+'s )?conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)$/, ambiguous: false },
  // Obsidian Sync, when set to keep conflicts as files: Sam Rivera (Conflicted copy Laptop 202612031234).
  { tool: "Obsidian Sync", pattern: /^(.+) \(Conflicted copy (?:[^()]+ )?\d{12}\)$/, ambiguous: false },
  // iCloud Drive: Sam Rivera 2, Sam Rivera 3…
  { tool: "iCloud", pattern: /^(.+) ([2-9]|[1-9]\d+)$/, ambiguous: true },
];

/** OneDrive adds the computer's name: Sam Rivera-DESKTOP-ABC1234. Computer names are letters, digits and hyphens, at most 15, written in capitals. */
const ONEDRIVE_SUFFIX = /^[A-Z0-9][A-Z0-9-]{1,14}$/;

/**
 * Every way this note name reads as a conflict copy, the likeliest first. A name can
 * read more than one way ("Ana-LAPTOP-X1": of "Ana" or of "Ana-LAPTOP"); the first
 * whose original exists is the one.
 */
export function conflictCopyNames(name: string): ConflictName[] {
  // Every scheme ends its name with a digit, a capital, a hyphen (OneDrive's computer names may) or a bracket: most names are ruled out by their last letter.
  if (!mayBeCopyName(name)) return [];
  const found: ConflictName[] = [];
  for (const rule of RULES) {
    const original = rule.pattern.exec(name)?.[1]?.trim();
    if (original) found.push({ original, tool: rule.tool, ambiguous: rule.ambiguous });
  }
  for (let at = name.indexOf("-"); at > 0; at = name.indexOf("-", at + 1)) {
    const original = name.slice(0, at).trim();
    if (original !== "" && ONEDRIVE_SUFFIX.test(name.slice(at + 1))) found.push({ original, tool: "OneDrive", ambiguous: true });
  }
  return found;
}

/** Whether the name ends as some rule's names do: with a digit (0–9), a capital (A–Z), "-" or ")". */
function mayBeCopyName(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return (last >= 48 && last <= 57) || (last >= 65 && last <= 90) || last === 45 || last === 41;
}

/** What tells a note from another without reading its text: its properties and its headings. */
export interface NoteShape {
  frontmatter: Record<string, unknown> | undefined;
  /** Each heading as `## Text`. */
  headings: readonly string[];
}

/**
 * For a name a person could have chosen: whether the note is the original as another
 * device had it. Its properties are the original's, but for `last_touch` (which each
 * device moves with a touch), and so are its headings.
 */
export function looksLikeCopyOf(copy: NoteShape, original: NoteShape, lastTouchKey: string): boolean {
  const without = (frontmatter: Record<string, unknown> | undefined) =>
    JSON.stringify(
      Object.entries(frontmatter ?? {})
        .filter(([key]) => key.toLowerCase() !== lastTouchKey.toLowerCase())
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return without(copy.frontmatter) === without(original.frontmatter) && copy.headings.join("\n") === original.headings.join("\n");
}
