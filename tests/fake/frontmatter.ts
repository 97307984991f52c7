// Fake of Obsidian's frontmatter / YAML / linktext helper functions.
import type * as O from "obsidian";
import { parse, stringify } from "yaml";

/** Opening fence: `---` on the first line (a leading BOM is tolerated, as in Obsidian). */
const OPEN_FENCE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE_FENCE = /^---[ \t]*$/;

export function getFrontMatterInfo(content: string): O.FrontMatterInfo {
  const none: O.FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const open = OPEN_FENCE.exec(content);
  if (!open) return none;
  const from = open[0].length;
  let pos = from;
  while (pos <= content.length) {
    const nl = content.indexOf("\n", pos);
    const lineEnd = nl === -1 ? content.length : nl;
    const line = content.slice(pos, lineEnd).replace(/\r$/, "");
    if (CLOSE_FENCE.test(line)) {
      return {
        exists: true,
        frontmatter: content.slice(from, pos),
        from,
        to: pos,
        contentStart: nl === -1 ? content.length : nl + 1,
      };
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return none;
}

export function parseYaml(yaml: string): any {
  return parse(yaml);
}

export function stringifyYaml(obj: any): string {
  return stringify(obj);
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (!frontmatter || typeof frontmatter !== "object") return null;
  const fm = frontmatter as Record<string, unknown>;
  if (typeof key === "string") {
    return Object.prototype.hasOwnProperty.call(fm, key) ? fm[key] : null;
  }
  for (const k of Object.keys(fm)) {
    if (key.test(k)) return fm[k];
  }
  return null;
}

function toStringArray(value: unknown, splitSpaces: boolean): string[] | null {
  if (value === null || value === undefined) return null;
  const split = (s: string) => s.split(splitSpaces ? /[,\s]+/ : /,/).map((x) => x.trim());
  let out: string[];
  if (Array.isArray(value)) {
    out = value.filter((v) => v !== null && v !== undefined && typeof v !== "object").flatMap((v) => (typeof v === "string" && splitSpaces ? split(v) : [String(v).trim()]));
  } else if (typeof value === "string") {
    out = split(value);
  } else if (typeof value === "number" || typeof value === "boolean") {
    out = [String(value)];
  } else {
    return null;
  }
  out = out.filter((s) => s.length > 0);
  return out.length ? out : null;
}

export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp): string[] | null {
  return toStringArray(parseFrontMatterEntry(frontmatter, key), false);
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  return toStringArray(parseFrontMatterEntry(frontmatter, /^alias(es)?$/i), false);
}

/** Tags from the `tags`/`tag` property, each with a leading `#`. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const raw = toStringArray(parseFrontMatterEntry(frontmatter, /^tags?$/i), true);
  if (!raw) return null;
  const tags = raw.map((t) => (t.startsWith("#") ? t : `#${t}`)).filter((t) => t.length > 1);
  return tags.length ? tags : null;
}

/** Frontmatter tags plus inline tags, each with a leading `#` (an empty array when there are none). */
export function getAllTags(cache: O.CachedMetadata): string[] | null {
  const tags: string[] = [];
  const fmTags = parseFrontMatterTags(cache.frontmatter ?? null);
  if (fmTags) tags.push(...fmTags);
  for (const t of cache.tags ?? []) tags.push(t.tag);
  return tags;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const idx = linktext.indexOf("#");
  if (idx === -1) return { path: linktext, subpath: "" };
  return { path: linktext.slice(0, idx), subpath: linktext.slice(idx) };
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function stripHeading(heading: string): string {
  return heading.replace(/[#|^\\:%[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
  return heading.replace(/[#|^\\:%[\]]/g, " ").replace(/\s+/g, " ").trim();
}

export function iterateRefs(refs: O.Reference[], cb: (ref: O.Reference) => boolean | void): boolean {
  for (const ref of refs) if (cb(ref)) return true;
  return false;
}

export function iterateCacheRefs(cache: O.CachedMetadata, cb: (ref: O.ReferenceCache) => boolean | void): boolean {
  for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(ref)) return true;
  return false;
}
