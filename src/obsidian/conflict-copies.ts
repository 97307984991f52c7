import { TFile, type App, type CachedMetadata } from "obsidian";
import { conflictCopyNames, looksLikeCopyOf, type NoteShape } from "../core/sync/conflict-names";

/** A contact note's second version, left by a sync tool: not a contact of its own. */
export interface SyncConflict {
  /** The copy's path. */
  path: string;
  /** The copy's name, as the user sees it in the vault. */
  name: string;
  /** The original contact note's path. */
  original: string;
  /** The original's name. */
  originalName: string;
  /** The sync tool whose naming it has. */
  tool: string;
}

function shapeOf(cache: CachedMetadata | null): NoteShape {
  return { frontmatter: cache?.frontmatter, headings: (cache?.headings ?? []).map((h) => `${"#".repeat(h.level)} ${h.heading}`) };
}

/**
 * Tells a contact note that is a sync tool's conflict copy from a contact: its name
 * follows a tool's scheme for copies, the note it would be a copy of is in the same
 * folder and is a contact, and, for a name a person could choose ("Sam 2"), it has the
 * original's properties and headings. Uses only the metadata cache.
 */
export function conflictCopyOf(app: App, file: TFile, cache: CachedMetadata | null, isContact: (file: TFile, cache: CachedMetadata | null) => boolean, lastTouchKey: string): SyncConflict | null {
  if (file.extension !== "md") return null;
  const { vault, metadataCache } = app;
  const folder = file.parent && !file.parent.isRoot() ? `${file.parent.path}/` : "";
  for (const name of conflictCopyNames(file.basename)) {
    const original = vault.getFileByPath(`${folder}${name.original}.md`);
    if (!(original instanceof TFile) || original === file) continue;
    const originalCache = metadataCache.getFileCache(original);
    if (!isContact(original, originalCache)) continue;
    if (name.ambiguous && !looksLikeCopyOf(shapeOf(cache), shapeOf(originalCache), lastTouchKey)) continue;
    return { path: file.path, name: file.basename, original: original.path, originalName: original.basename, tool: name.tool };
  }
  return null;
}
