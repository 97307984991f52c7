import { getAllTags, type CachedMetadata } from "obsidian";
import { isContactNote } from "../core/contacts/contact-rule";
import type { ResolvedSettings } from "../core/settings";

const NO_TAGS: string[] = [];

/** `text.toLowerCase().startsWith(prefix)` for a lower-cased prefix, without lower-casing the whole text when it is ASCII. */
export function startsWithIgnoringCase(text: string, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    if (i >= text.length) return false;
    let c = text.charCodeAt(i);
    // Past ASCII, lower-casing may change lengths (İ): ask the real thing.
    if (c >= 0x80) return text.toLowerCase().startsWith(prefix);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Which notes are contacts, with the answers of `isContactNote`, asked of every note
 * in the vault: the folder test runs without lower-casing each path, tags are only
 * collected when a contact tag is set, and a note with no properties and no tag can
 * only be a contact by its folder.
 */
export class ContactNotes {
  private readonly prefix: string | null;
  private readonly usesTags: boolean;

  constructor(private readonly resolved: ResolvedSettings) {
    const folder = resolved.settings.contactsFolder.replace(/^\/+|\/+$/g, "");
    this.prefix = folder === "" ? null : `${folder.toLowerCase()}/`;
    this.usesTags = resolved.settings.contactTag.replace(/^#/, "").trim() !== "";
  }

  isContact(path: string, cache: CachedMetadata | null): boolean {
    if (this.prefix !== null && startsWithIgnoringCase(path, this.prefix)) return true;
    const frontmatter = cache?.frontmatter;
    if (frontmatter === undefined && !this.usesTags) return false;
    const tags = cache && this.usesTags ? (getAllTags(cache) ?? NO_TAGS) : NO_TAGS;
    return isContactNote(path, frontmatter, tags, this.resolved);
  }
}
