// Link resolution like Obsidian's MetadataCache.getFirstLinkpathDest:
// exact path first, then a case-insensitive match on the end of the path
// (file name or partial path), preferring the source's folder, then the shortest path.
import type { TFile } from "./files";
import { parentPath } from "./files";

function resolveRelative(linkpath: string, sourcePath: string): string {
  const base = parentPath(sourcePath);
  const parts = base === "/" ? [] : base.split("/");
  for (const seg of linkpath.split("/")) {
    if (seg === "." || seg === "") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

/** Files by path and by lower-cased name (with and without ".md"). */
export class LinkIndex {
  private readonly byPath = new Map<string, TFile>();
  private readonly byName = new Map<string, TFile[]>();

  constructor(files: TFile[]) {
    for (const f of files) {
      this.byPath.set(f.path, f);
      const keys = [f.name.toLowerCase()];
      if (f.extension === "md") keys.push(f.basename.toLowerCase());
      for (const k of keys) this.byName.set(k, [...(this.byName.get(k) ?? []), f]);
    }
  }

  resolve(linkpath: string, sourcePath: string): TFile | null {
    let lp = linkpath.trim();
    if (lp === "") return this.byPath.get(sourcePath) ?? null;
    if (lp.startsWith("/")) lp = lp.slice(1);
    if (lp.startsWith("./") || lp.startsWith("../")) lp = resolveRelative(lp, sourcePath);
    const exact = this.byPath.get(lp) ?? this.byPath.get(`${lp}.md`);
    if (exact) return exact;
    const lower = lp.toLowerCase();
    const name = lower.split("/").pop() ?? lower;
    const candidates = (this.byName.get(name) ?? []).filter((f) => {
      const p = f.path.toLowerCase();
      const viaMd = f.extension === "md" ? p.slice(0, -3) : null;
      return p === lower || viaMd === lower || p.endsWith(`/${lower}`) || (viaMd !== null && viaMd.endsWith(`/${lower}`));
    });
    if (!candidates.length) return null;
    const sourceFolder = parentPath(sourcePath);
    const sameFolder = candidates.filter((f) => parentPath(f.path) === sourceFolder);
    const pool = [...(sameFolder.length ? sameFolder : candidates)];
    pool.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return pool[0] ?? null;
  }
}
