// Fake DataAdapter. Vault paths go through the Vault (so writes made through the
// adapter look like edits from outside Obsidian, as with the real file watcher);
// dot-paths such as ".obsidian/plugins/<id>/data.json" live in a hidden store
// that the Vault does not index, like Obsidian's config folder.
import type * as O from "obsidian";
import type { Vault } from "./vault";

function enoent(path: string, op = "open"): Error {
  return new Error(`ENOENT: no such file or directory, ${op} '${path}'`);
}

/** Paths Obsidian does not index: any segment starting with a dot. */
export function isHiddenPath(path: string): boolean {
  return path.split("/").some((seg) => seg.startsWith("."));
}

function encode(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function decode(data: ArrayBuffer): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
}

interface HiddenEntry {
  text: string;
  ctime: number;
  mtime: number;
}

export class FakeDataAdapter implements O.DataAdapter {
  /** @internal hidden (dot-path) files */
  readonly hiddenFiles = new Map<string, HiddenEntry>();
  /** @internal hidden folders */
  readonly hiddenFolders = new Set<string>();

  constructor(private readonly vault: Vault) {}

  getName(): string {
    return this.vault.getName();
  }

  async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
    const match = (p: string) => (sensitive === false ? p.toLowerCase() === normalizedPath.toLowerCase() : p === normalizedPath);
    if (this.vault.getAbstractFileByPath(normalizedPath)) return true;
    if (sensitive === false && this.vault.getAllLoadedFiles().some((f) => match(f.path))) return true;
    for (const p of this.hiddenFiles.keys()) if (match(p)) return true;
    for (const p of this.hiddenFolders) if (match(p)) return true;
    return false;
  }

  async stat(normalizedPath: string): Promise<O.Stat | null> {
    const h = this.hiddenFiles.get(normalizedPath);
    if (h) return { type: "file", ctime: h.ctime, mtime: h.mtime, size: encode(h.text).byteLength };
    if (this.hiddenFolders.has(normalizedPath)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
    const f = this.vault.getAbstractFileByPath(normalizedPath);
    if (!f) return null;
    if ("stat" in f) {
      const st = (f as unknown as O.TFile).stat;
      return { type: "file", ctime: st.ctime, mtime: st.mtime, size: st.size };
    }
    return { type: "folder", ctime: 0, mtime: 0, size: 0 };
  }

  async list(normalizedPath: string): Promise<O.ListedFiles> {
    const prefix = normalizedPath === "/" || normalizedPath === "" ? "" : `${normalizedPath}/`;
    const direct = (p: string) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/") && p !== normalizedPath;
    const files = [...this.hiddenFiles.keys()].filter(direct);
    const folders = [...this.hiddenFolders].filter(direct);
    for (const f of this.vault.getAllLoadedFiles()) {
      if (f.path === "/" || !direct(f.path)) continue;
      if ("children" in f) folders.push(f.path);
      else files.push(f.path);
    }
    return { files: files.sort(), folders: folders.sort() };
  }

  async read(normalizedPath: string): Promise<string> {
    const h = this.hiddenFiles.get(normalizedPath);
    if (h) return h.text;
    const text = this.vault.peekText(normalizedPath);
    if (text === null) throw enoent(normalizedPath);
    return text;
  }

  async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
    return encode(await this.read(normalizedPath));
  }

  async write(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    if (isHiddenPath(normalizedPath)) {
      const parent = normalizedPath.includes("/") ? normalizedPath.slice(0, normalizedPath.lastIndexOf("/")) : "";
      if (parent && !this.hiddenFolders.has(parent) && !this.vault.getAbstractFileByPath(parent)) throw enoent(normalizedPath);
      this.vault.consumeFailure(normalizedPath);
      const now = Date.now();
      const prev = this.hiddenFiles.get(normalizedPath);
      this.hiddenFiles.set(normalizedPath, {
        text: data,
        ctime: options?.ctime ?? prev?.ctime ?? now,
        mtime: options?.mtime ?? now,
      });
      return;
    }
    // A raw write to an indexed path is seen by Obsidian as an outside change.
    this.vault.externalWrite(normalizedPath, data, { createFolders: false, options });
  }

  async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.write(normalizedPath, decode(data), options);
  }

  async append(normalizedPath: string, data: string, options?: O.DataWriteOptions): Promise<void> {
    const prev = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
    await this.write(normalizedPath, prev + data, options);
  }

  async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.append(normalizedPath, decode(data), options);
  }

  async process(normalizedPath: string, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const next = fn(await this.read(normalizedPath));
    await this.write(normalizedPath, next, options);
    return next;
  }

  getResourcePath(normalizedPath: string): string {
    return `app://local/${encodeURI(normalizedPath)}`;
  }

  async mkdir(normalizedPath: string): Promise<void> {
    if (isHiddenPath(normalizedPath)) {
      const parts = normalizedPath.split("/");
      for (let i = 1; i <= parts.length; i++) this.hiddenFolders.add(parts.slice(0, i).join("/"));
      return;
    }
    if (!this.vault.getAbstractFileByPath(normalizedPath)) await this.vault.createFolderRecursive(normalizedPath);
  }

  async trashSystem(normalizedPath: string): Promise<boolean> {
    await this.remove(normalizedPath);
    return true;
  }

  async trashLocal(normalizedPath: string): Promise<void> {
    await this.remove(normalizedPath);
  }

  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    if (this.hiddenFolders.has(normalizedPath)) {
      const inside = (p: string) => p.startsWith(`${normalizedPath}/`);
      const hasChildren = [...this.hiddenFiles.keys()].some(inside) || [...this.hiddenFolders].some(inside);
      if (hasChildren && !recursive) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`);
      for (const p of [...this.hiddenFiles.keys()]) if (inside(p)) this.hiddenFiles.delete(p);
      for (const p of [...this.hiddenFolders]) if (inside(p) || p === normalizedPath) this.hiddenFolders.delete(p);
      return;
    }
    const f = this.vault.getFolderByPath(normalizedPath);
    if (!f) throw enoent(normalizedPath, "rmdir");
    if (f.children.length && !recursive) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${normalizedPath}'`);
    this.vault.externalDelete(normalizedPath);
  }

  async remove(normalizedPath: string): Promise<void> {
    if (this.hiddenFiles.delete(normalizedPath)) return;
    if (!this.vault.getAbstractFileByPath(normalizedPath)) throw enoent(normalizedPath, "unlink");
    this.vault.externalDelete(normalizedPath);
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    const h = this.hiddenFiles.get(normalizedPath);
    if (h) {
      this.hiddenFiles.delete(normalizedPath);
      this.hiddenFiles.set(normalizedNewPath, h);
      return;
    }
    this.vault.externalRename(normalizedPath, normalizedNewPath);
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    if (await this.exists(normalizedNewPath)) throw new Error(`EEXIST: file already exists, copyfile '${normalizedNewPath}'`);
    await this.write(normalizedNewPath, await this.read(normalizedPath));
  }
}
