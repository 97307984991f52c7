/**
 * Which note a link points to, by the rules of Obsidian's
 * `MetadataCache.getFirstLinkpathDest`, for places without the cache (the terminal
 * agenda): the exact path first, then the file name or a path ending,
 * case-insensitively, preferring the linking note's folder, then the shortest path.
 */

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function withoutMd(path: string): string {
  return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/**
 * Names are compared lower-cased and in one Unicode form: a file name written in
 * decomposed form (as macOS file systems may hand it over) still matches the link
 * typed in composed form.
 */
function key(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** `./Sam` and `../People/Sam` are relative to the linking note's folder; `/People/Sam` to the vault root. */
function absoluteLinkpath(linkpath: string, sourcePath: string): string {
  if (linkpath.startsWith("/")) return linkpath.replace(/^\/+/, "");
  if (!linkpath.startsWith("./") && !linkpath.startsWith("../")) return linkpath;
  const parts = folderOf(sourcePath) === "" ? [] : folderOf(sourcePath).split("/");
  for (const segment of linkpath.split("/")) {
    if (segment === "." || segment === "") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

function byPreference(sourceFolder: string) {
  return (a: string, b: string): number => {
    const aHere = folderOf(a) === sourceFolder ? 0 : 1;
    const bHere = folderOf(b) === sourceFolder ? 0 : 1;
    return aHere - bHere || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  };
}

/** Resolves links among a fixed set of vault-relative note paths. */
export class LinkResolver {
  private readonly paths = new Set<string>();
  /** Paths by their lower-cased file name, with and without `.md`. */
  private readonly byName = new Map<string, string[]>();

  constructor(paths: Iterable<string>) {
    for (const path of paths) {
      this.paths.add(path);
      const name = fileNameOf(path);
      const names = new Set([key(name), key(withoutMd(name))]);
      for (const n of names) this.byName.set(n, [...(this.byName.get(n) ?? []), path]);
    }
  }

  /**
   * The path a link path (`Sam Rivera`, `People/Sam Rivera.md`, `../Sam`) points to
   * from the note at `sourcePath`, or null when no note matches. An empty link path
   * (`[[#Heading]]`) is the linking note itself.
   */
  resolve(linkpath: string, sourcePath: string): string | null {
    const wanted = absoluteLinkpath(linkpath.trim(), sourcePath);
    if (wanted === "") return this.paths.has(sourcePath) ? sourcePath : null;
    if (this.paths.has(wanted)) return wanted;
    if (this.paths.has(`${wanted}.md`)) return `${wanted}.md`;
    const lower = key(wanted);
    const candidates = (this.byName.get(key(fileNameOf(wanted))) ?? []).filter((path) => {
      const full = key(path);
      const bare = key(withoutMd(path));
      return full === lower || bare === lower || full.endsWith(`/${lower}`) || bare.endsWith(`/${lower}`);
    });
    return [...candidates].sort(byPreference(folderOf(sourcePath)))[0] ?? null;
  }
}
