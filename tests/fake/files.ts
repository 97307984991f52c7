// Fake of Obsidian's file model: TAbstractFile, TFile, TFolder.
// Objects are stable across renames (Obsidian mutates path/name in place).
import type * as O from "obsidian";

export abstract class TAbstractFile implements O.TAbstractFile {
  vault!: O.Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;

  /** @internal sets path and the derived name fields */
  _setPath(path: string): void {
    this.path = path;
    this.name = path === "/" ? "" : (path.split("/").pop() ?? path);
  }
}

export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";

  override _setPath(path: string): void {
    super._setPath(path);
    const dot = this.name.lastIndexOf(".");
    if (dot > 0) {
      this.basename = this.name.slice(0, dot);
      this.extension = this.name.slice(dot + 1);
    } else {
      this.basename = this.name;
      this.extension = "";
    }
  }
}

export class TFolder extends TAbstractFile implements O.TFolder {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

/** Parent folder path of a vault path ("" → root, which Obsidian spells "/"). */
export function parentPath(path: string): string {
  const idx = path.lastIndexOf("/");
  return idx <= 0 ? "/" : path.slice(0, idx);
}

/** Joins a folder path and a name the way Obsidian builds child paths. */
export function joinPath(folder: string, name: string): string {
  return folder === "/" || folder === "" ? name : `${folder}/${name}`;
}
