// The fake vault's file tree: path → TFile + text, path → TFolder. No events here;
// the Vault fires them around these structural operations.
import type * as O from "obsidian";
import { TAbstractFile, TFile, TFolder, parentPath } from "./files";

export function enoent(path: string, op = "open"): Error {
  return new Error(`ENOENT: no such file or directory, ${op} '${path}'`);
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

interface FileRecord {
  file: TFile;
  text: string;
}

export class VaultTree {
  readonly root: TFolder;
  private readonly records = new Map<string, FileRecord>();
  private readonly folderMap = new Map<string, TFolder>();

  constructor(private readonly vault: O.Vault) {
    this.root = new TFolder();
    this.root.vault = vault;
    this.root._setPath("/");
    this.folderMap.set("/", this.root);
  }

  file(path: string): TFile | null {
    return this.records.get(path)?.file ?? null;
  }

  folder(path: string): TFolder | null {
    return this.folderMap.get(path) ?? null;
  }

  item(path: string): TAbstractFile | null {
    return this.file(path) ?? this.folder(path);
  }

  text(path: string): string | null {
    return this.records.get(path)?.text ?? null;
  }

  files(): TFile[] {
    return [...this.records.values()].map((r) => r.file);
  }

  folders(): TFolder[] {
    return [...this.folderMap.values()];
  }

  /** Replace a file's text and stat (the file must exist). */
  setText(path: string, text: string, options?: O.DataWriteOptions): TFile {
    const rec = this.records.get(path);
    if (!rec) throw enoent(path);
    rec.text = text;
    rec.file.stat = { ctime: options?.ctime ?? rec.file.stat.ctime, mtime: options?.mtime ?? Date.now(), size: byteLength(text) };
    return rec.file;
  }

  addFile(path: string, text: string, ctime?: number, mtime?: number): TFile {
    const parent = this.folderMap.get(parentPath(path));
    if (!parent) throw enoent(path);
    const now = Date.now();
    const file = new TFile();
    file.vault = this.vault;
    file._setPath(path);
    file.parent = parent;
    file.stat = { ctime: ctime ?? now, mtime: mtime ?? now, size: byteLength(text) };
    parent.children.push(file);
    this.records.set(path, { file, text });
    return file;
  }

  addFolder(path: string): TFolder {
    const parent = this.folderMap.get(parentPath(path));
    if (!parent) throw enoent(path, "mkdir");
    const folder = new TFolder();
    folder.vault = this.vault;
    folder._setPath(path);
    folder.parent = parent;
    parent.children.push(folder);
    this.folderMap.set(path, folder);
    return folder;
  }

  /** Creates missing folders of `path` (outermost first); returns the ones created. */
  ensureFolders(path: string): TFolder[] {
    if (this.folderMap.has(path)) return [];
    if (this.records.has(path)) throw new Error(`ENOTDIR: not a directory, mkdir '${path}'`);
    const created = this.ensureFolders(parentPath(path));
    created.push(this.addFolder(path));
    return created;
  }

  /** Removes an item (a folder with its subtree); returns the removed items, children first. */
  remove(path: string): TAbstractFile[] {
    const item = this.item(path);
    if (!item) return [];
    const removed: TAbstractFile[] = [];
    if (item instanceof TFolder) {
      for (const child of item.children.slice()) removed.push(...this.remove(child.path));
      this.folderMap.delete(path);
    } else {
      this.records.delete(path);
    }
    if (item.parent) item.parent.children = item.parent.children.filter((c) => c !== item);
    removed.push(item);
    return removed;
  }

  /** Moves an item (and its subtree); returns each moved item with its old path, outermost first. */
  move(oldPath: string, newPath: string): Array<{ item: TAbstractFile; oldPath: string }> {
    const item = this.item(oldPath);
    if (!item) throw enoent(oldPath, "rename");
    if (newPath === oldPath) return [];
    const clash = this.item(newPath);
    if (clash && clash !== item) throw new Error("Destination file already exists!");
    const newParent = this.folderMap.get(parentPath(newPath));
    if (!newParent) throw enoent(newPath, "rename");
    if (item instanceof TFolder && `${newPath}/`.startsWith(`${oldPath}/`)) throw new Error("Cannot move a folder into itself.");
    const moved: Array<{ item: TAbstractFile; oldPath: string }> = [];
    const visit = (f: TAbstractFile) => {
      moved.push({ item: f, oldPath: f.path });
      if (f instanceof TFolder) f.children.forEach(visit);
    };
    visit(item);
    for (const m of moved) {
      const next = newPath + m.oldPath.slice(oldPath.length);
      if (m.item instanceof TFolder) {
        this.folderMap.delete(m.oldPath);
        this.folderMap.set(next, m.item);
      } else {
        const rec = this.records.get(m.oldPath);
        this.records.delete(m.oldPath);
        if (rec) this.records.set(next, rec);
      }
      m.item._setPath(next);
    }
    if (item.parent) item.parent.children = item.parent.children.filter((c) => c !== item);
    item.parent = newParent;
    newParent.children.push(item);
    return moved;
  }
}
