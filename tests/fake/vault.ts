// Fake of Obsidian's `Vault`: an in-memory map of path → text.
// Text is stored exactly as given (BOM and CRLF kept). Events fire synchronously
// inside the write, before the returned promise settles, like Obsidian.
import type * as O from "obsidian";
import { FakeDataAdapter } from "./adapter";
import { Events, type EventRef } from "./events";
import { TAbstractFile, TFile, TFolder, joinPath, parentPath } from "./files";
import { enoent, VaultTree } from "./vault-tree";

/** Test helper type: one entry of `vault.writeLog`. */
export interface VaultWrite {
  op: "create" | "modify" | "delete" | "rename";
  path: string;
  oldPath?: string;
  /** "api": through the Vault API (the plugin); "external": a sync client / another program. */
  source: "api" | "external";
}

/** Test helper type: a seeded file, either its text or text plus stat times. */
export type SeedFile = string | { text: string; ctime?: number; mtime?: number };

type Hook = (vault: Vault) => unknown;

const DEFAULT_CONFIG: Record<string, unknown> = {
  useMarkdownLinks: false,
  newLinkFormat: "shortest",
  newFileLocation: "root",
  newFileFolderPath: "",
  attachmentFolderPath: "/",
  alwaysUpdateLinks: true,
  trashOption: "system",
};

export class Vault extends Events implements O.Vault {
  adapter: FakeDataAdapter;
  configDir = ".obsidian";

  /** Test helper: every write, in order, with its source ("api" or "external"). */
  readonly writeLog: VaultWrite[] = [];
  /** Test helper: paths passed to `trash()` / `FileManager.trashFile()`. */
  readonly trashed: string[] = [];

  private readonly tree: VaultTree;
  private readonly failures = new Map<string, unknown[]>();
  private readonly processHooks = new Map<string, Hook[]>();
  private readonly readHooks = new Map<string, Hook[]>();
  private readonly config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  /** @internal set by the MetadataCache so seeded files are indexed without events */
  _onSeed: ((file: TFile) => void) | null = null;

  constructor(private readonly name = "Test Vault") {
    super();
    this.tree = new VaultTree(this);
    this.adapter = new FakeDataAdapter(this);
  }

  // ---- lookups ------------------------------------------------------------

  getName(): string {
    return this.name;
  }

  getFileByPath(path: string): TFile | null {
    return this.tree.file(path);
  }

  getFolderByPath(path: string): TFolder | null {
    return this.tree.folder(path);
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.tree.item(path);
  }

  getRoot(): TFolder {
    return this.tree.root;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.tree.folders(), ...this.tree.files()];
  }

  getAllFolders(includeRoot?: boolean): TFolder[] {
    return this.tree.folders().filter((f) => includeRoot || !f.isRoot());
  }

  static recurseChildren(root: O.TFolder, cb: (file: O.TAbstractFile) => any): void {
    const stack: O.TAbstractFile[] = [root];
    while (stack.length) {
      const f = stack.pop() as O.TAbstractFile;
      cb(f);
      if (f instanceof TFolder) stack.push(...f.children);
    }
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  getFiles(): TFile[] {
    return this.tree.files();
  }

  getResourcePath(file: O.TFile): string {
    return this.adapter.getResourcePath(file.path);
  }

  /** Internal Obsidian API (app.vault.getConfig), with Obsidian's defaults. */
  getConfig(key: string): unknown {
    return this.config[key];
  }

  /** Internal Obsidian API (app.vault.setConfig). */
  setConfig(key: string, value: unknown): void {
    this.config[key] = value;
  }

  // ---- reads --------------------------------------------------------------

  async read(file: O.TFile): Promise<string> {
    const text = this.tree.text(file.path);
    if (text === null) throw enoent(file.path);
    await this.runHooks(this.readHooks, file.path);
    return text;
  }

  async cachedRead(file: O.TFile): Promise<string> {
    return this.read(file);
  }

  async readBinary(file: O.TFile): Promise<ArrayBuffer> {
    return this.adapter.readBinary(file.path);
  }

  // ---- writes through the API -------------------------------------------------

  async create(path: string, data: string, options?: O.DataWriteOptions): Promise<TFile> {
    if (this.getAbstractFileByPath(path)) throw new Error("File already exists.");
    if (!this.tree.folder(parentPath(path))) throw enoent(path);
    this.consumeFailure(path);
    const file = this.tree.addFile(path, data, options?.ctime, options?.mtime);
    this.record({ op: "create", path, source: "api" });
    this.trigger("create", file);
    return file;
  }

  async createBinary(path: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<TFile> {
    return this.create(path, new TextDecoder().decode(data), options);
  }

  async createFolder(path: string): Promise<TFolder> {
    if (this.getAbstractFileByPath(path)) throw new Error("Folder already exists.");
    if (!this.tree.folder(parentPath(path))) throw enoent(path, "mkdir");
    const folder = this.tree.addFolder(path);
    this.trigger("create", folder);
    return folder;
  }

  async modify(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(file.path, data, "api", options);
  }

  async modifyBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(file.path, new TextDecoder().decode(data), "api", options);
  }

  async append(file: O.TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    const text = this.tree.text(file.path);
    if (text === null) throw enoent(file.path);
    this.writeExisting(file.path, text + data, "api", options);
  }

  async appendBinary(file: O.TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    await this.append(file, new TextDecoder().decode(data), options);
  }

  /**
   * Atomic read-modify-write. `fn` runs synchronously on the latest text; nothing can
   * change the file between that read and the write. If `fn` throws (or the write
   * fails) the file is left untouched and the promise rejects with that error.
   */
  async process(file: O.TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    if (this.tree.text(file.path) === null) throw enoent(file.path);
    await this.runHooks(this.processHooks, file.path);
    const current = this.tree.text(file.path);
    if (current === null) throw enoent(file.path);
    const next = fn(current);
    if (typeof next !== "string") throw new TypeError("Vault.process: callback must return a string");
    this.writeExisting(file.path, next, "api", options);
    return next;
  }

  async copy<T extends O.TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (this.getAbstractFileByPath(newPath)) throw new Error("File already exists.");
    if (file instanceof TFolder) {
      const folder = await this.createFolder(newPath);
      for (const child of file.children.slice()) await this.copy(child, joinPath(newPath, child.name));
      return folder as unknown as T;
    }
    const text = this.tree.text(file.path);
    if (text === null) throw enoent(file.path);
    return (await this.create(newPath, text)) as unknown as T;
  }

  async delete(file: O.TAbstractFile, _force?: boolean): Promise<void> {
    if (!this.getAbstractFileByPath(file.path)) throw enoent(file.path, "unlink");
    this.consumeFailure(file.path);
    this.removeTree(file.path, "api");
  }

  async trash(file: O.TAbstractFile, _system: boolean): Promise<void> {
    if (!this.getAbstractFileByPath(file.path)) throw enoent(file.path, "unlink");
    this.consumeFailure(file.path);
    this.trashed.push(file.path);
    this.removeTree(file.path, "api");
  }

  async rename(file: O.TAbstractFile, newPath: string): Promise<void> {
    this.consumeFailure(file.path);
    this.move(file.path, newPath, "api");
  }

  override on(name: "create", callback: (file: TAbstractFile) => any, ctx?: any): EventRef;
  override on(name: "modify", callback: (file: TAbstractFile) => any, ctx?: any): EventRef;
  override on(name: "delete", callback: (file: TAbstractFile) => any, ctx?: any): EventRef;
  override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => any, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
    return super.on(name, callback, ctx);
  }

  // ---- test helpers (not Obsidian API) -------------------------------------------

  /** Test helper: add a file (and its missing folders) silently: no events, no write log. */
  seed(path: string, content: SeedFile): TFile {
    const spec = typeof content === "string" ? { text: content } : content;
    this.tree.ensureFolders(parentPath(path));
    const file = this.tree.file(path) ? this.tree.setText(path, spec.text, spec) : this.tree.addFile(path, spec.text, spec.ctime, spec.mtime);
    this._onSeed?.(file);
    return file;
  }

  /** Test helper: add an (empty) folder and its parents silently. */
  seedFolder(path: string): TFolder {
    this.tree.ensureFolders(path);
    return this.tree.folder(path) as TFolder;
  }

  /** Test helper: current text of a file without going through the async API (null if missing). */
  peekText(path: string): string | null {
    return this.tree.text(path);
  }

  /**
   * Test helper: simulate an edit from outside Obsidian (sync client, other editor).
   * Writes the text and fires `modify` (or `create`, creating missing folders) like the
   * file watcher does; the metadata cache then updates asynchronously.
   */
  externalModify(path: string, text: string): TFile {
    return this.externalWrite(path, text, { createFolders: true });
  }

  /** Test helper: an outside program deletes a file or folder (fires `delete`). */
  externalDelete(path: string): void {
    if (!this.getAbstractFileByPath(path)) throw enoent(path, "unlink");
    this.removeTree(path, "external");
  }

  /** Test helper: an outside program renames/moves a file or folder (fires `rename`). */
  externalRename(oldPath: string, newPath: string): void {
    this.ensureFolders(parentPath(newPath));
    this.move(oldPath, newPath, "external");
  }

  /** Test helper: the next write/delete/rename of `path` rejects with `error`; the file stays as it was. */
  failNextWrite(path: string, error: unknown = new Error(`EIO: i/o error, write '${path}'`)): void {
    const list = this.failures.get(path) ?? [];
    list.push(error);
    this.failures.set(path, list);
  }

  /**
   * Test helper: run `hook` inside the next `process(path, fn)` call, before its atomic
   * read-modify-write. Use it to make an external edit "while" the plugin processes the
   * file: because `process` is atomic, `fn` sees the edited text and nothing is lost.
   */
  duringNextProcess(path: string, hook: Hook): void {
    this.processHooks.set(path, [...(this.processHooks.get(path) ?? []), hook]);
  }

  /**
   * Test helper: run `hook` after the next `read`/`cachedRead` of `path` has taken its
   * snapshot but before the promise resolves. Shows lost updates with read-then-modify.
   */
  afterNextRead(path: string, hook: Hook): void {
    this.readHooks.set(path, [...(this.readHooks.get(path) ?? []), hook]);
  }

  // ---- internals ----------------------------------------------------------------

  /** @internal throws the queued failure for `path`, if any */
  consumeFailure(path: string): void {
    const list = this.failures.get(path);
    if (!list?.length) return;
    const err = list.shift();
    if (!list.length) this.failures.delete(path);
    throw err;
  }

  /** @internal an outside write to an indexed path */
  externalWrite(path: string, text: string, opts: { createFolders: boolean; options?: O.DataWriteOptions }): TFile {
    if (this.tree.file(path)) {
      this.writeExisting(path, text, "external", opts.options);
      return this.tree.file(path) as TFile;
    }
    if (this.tree.folder(path)) throw new Error(`EISDIR: illegal operation on a directory, open '${path}'`);
    if (opts.createFolders) this.ensureFolders(parentPath(path));
    else if (!this.tree.folder(parentPath(path))) throw enoent(path);
    this.consumeFailure(path);
    const file = this.tree.addFile(path, text, opts.options?.ctime, opts.options?.mtime);
    this.record({ op: "create", path, source: "external" });
    this.trigger("create", file);
    return file;
  }

  /** @internal creates missing folders (outermost first), firing `create` for each */
  ensureFolders(path: string): TFolder {
    for (const folder of this.tree.ensureFolders(path)) this.trigger("create", folder);
    return this.tree.folder(path) as TFolder;
  }

  /** @internal used by the adapter's mkdir */
  async createFolderRecursive(path: string): Promise<TFolder> {
    return this.ensureFolders(path);
  }

  private writeExisting(path: string, data: string, source: "api" | "external", options?: O.DataWriteOptions): void {
    if (this.tree.text(path) === null) throw enoent(path);
    this.consumeFailure(path);
    const file = this.tree.setText(path, data, options);
    this.record({ op: "modify", path, source });
    this.trigger("modify", file);
  }

  private removeTree(path: string, source: "api" | "external"): void {
    for (const item of this.tree.remove(path)) {
      this.record({ op: "delete", path: item.path, source });
      this.trigger("delete", item);
    }
  }

  private move(oldPath: string, newPath: string, source: "api" | "external"): void {
    for (const m of this.tree.move(oldPath, newPath)) {
      this.record({ op: "rename", path: m.item.path, oldPath: m.oldPath, source });
      this.trigger("rename", m.item, m.oldPath);
    }
  }

  private async runHooks(map: Map<string, Hook[]>, path: string): Promise<void> {
    const hooks = map.get(path);
    map.delete(path);
    for (const hook of hooks ?? []) await hook(this);
  }

  private record(entry: VaultWrite): void {
    this.writeLog.push(entry);
  }
}
