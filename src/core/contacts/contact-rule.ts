/**
 * Which notes are contacts, under the user's settings, and why one isn't: the rule the
 * index, the terminal tools and the notices share.
 */
import type { ResolvedSettings } from "../settings";

/** Reads a property by key, falling back to a case-insensitive match as Obsidian's Properties do. */
export function getProperty(frontmatter: Record<string, unknown> | undefined, key: string): unknown {
  if (!frontmatter) return undefined;
  if (Object.prototype.hasOwnProperty.call(frontmatter, key)) return frontmatter[key];
  const lower = key.toLowerCase();
  const match = Object.keys(frontmatter).find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : frontmatter[match];
}

/** A property with nothing in it: missing, null, or only spaces. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Is this note a contact: in the contacts folder, carrying a tier, or tagged with the contact tag? */
export function isContactNote(path: string, frontmatter: Record<string, unknown> | undefined, tags: readonly string[], resolved: ResolvedSettings): boolean {
  const { settings } = resolved;
  const folder = contactsFolderOf(settings);
  if (folder !== "" && path.toLowerCase().startsWith(`${folder.toLowerCase()}/`)) return true;
  if (!isEmptyValue(getProperty(frontmatter, settings.properties.tier))) return true;
  const tag = contactTagOf(settings).toLowerCase();
  if (tag !== "") {
    return tags.some((t) => {
      const name = t.replace(/^#/, "").toLowerCase();
      return name === tag || name.startsWith(`${tag}/`);
    });
  }
  return false;
}

/**
 * Why a note is not a contact, as the rule of `isContactNote` says it under these
 * settings: "it isn't in the contacts folder (People) and has no tier property".
 */
export function notAContactBecause(resolved: ResolvedSettings): string {
  const { settings } = resolved;
  const folder = contactsFolderOf(settings);
  const tag = contactTagOf(settings);
  const lacks = `has no ${settings.properties.tier} property${tag ? ` and no #${tag} tag` : ""}`;
  if (!folder) return `it ${lacks}`;
  return `it isn't in the contacts folder (${folder})${tag ? "," : " and"} ${lacks}`;
}

function contactsFolderOf(settings: ResolvedSettings["settings"]): string {
  return settings.contactsFolder.replace(/^\/+|\/+$/g, "");
}

function contactTagOf(settings: ResolvedSettings["settings"]): string {
  return settings.contactTag.replace(/^#/, "").trim();
}
