// Fake of Obsidian's Workspace: a root split with one tab group, left and right
// sidedocks, active leaf / active file tracking and the workspace events.
import type * as O from "obsidian";
import type { ViewRegistry } from "./app";
import { type EventRef, Events } from "./events";
import type { TFile } from "./files";
import { getLinkpath } from "./frontmatter";
import { type LeafHost, WorkspaceLeaf, WorkspaceParent, WorkspaceRibbon, WorkspaceRoot, WorkspaceSidedock, WorkspaceSplit, WorkspaceTabs, WorkspaceWindow } from "./leaf";
import { Menu } from "./menu";
import { debounce } from "./utils";
import { MarkdownView, type View } from "./views";

type Side = "left" | "right";

export class Workspace extends Events implements O.Workspace {
  leftSplit: WorkspaceSidedock;
  rightSplit: WorkspaceSidedock;
  leftRibbon = new WorkspaceRibbon();
  rightRibbon = new WorkspaceRibbon();
  rootSplit: WorkspaceRoot;
  /** @deprecated in Obsidian (see obsidian.d.ts); kept because plugins still read it. */
  get activeLeaf(): WorkspaceLeaf | null {
    return this._activeLeaf;
  }

  set activeLeaf(leaf: WorkspaceLeaf | null) {
    this._activeLeaf = leaf;
  }

  private _activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement;
  layoutReady = false;
  requestSaveLayout = debounce(async (): Promise<void> => {}, 2000, true);

  private readonly layoutReadyQueue: Array<() => any> = [];
  private readonly lastOpenFiles: string[] = [];
  private lastActiveFile: TFile | null = null;
  private clock = 0;
  private readonly host: LeafHost;

  constructor(
    private readonly app: O.App,
    readonly viewRegistry: ViewRegistry,
  ) {
    super();
    this.containerEl = document.createElement("div");
    this.containerEl.className = "workspace";
    this.host = {
      app,
      createView: (type, leaf) => {
        if (type === "markdown") return new MarkdownView(leaf);
        const creator = this.viewRegistry.viewByType[type];
        return creator ? (creator(leaf) as unknown as View) : null;
      },
      viewTypeForExtension: (ext) => this.viewRegistry.typeByExtension[ext] ?? null,
      onLeafViewChanged: (leaf) => this.onLeafViewChanged(leaf),
      onLeafActivate: (leaf) => this.setActiveLeaf(leaf, { focus: true }),
      onLeafDetached: (leaf) => this.onLeafDetached(leaf),
    };
    this.leftSplit = this.makeSplit(new WorkspaceSidedock(), "mod-left-split");
    this.rootSplit = this.makeSplit(new WorkspaceRoot(), "mod-root");
    this.rightSplit = this.makeSplit(new WorkspaceSidedock(), "mod-right-split");
    this.leftSplit._container = this.rightSplit._container = this.rootSplit;
    // Obsidian starts with one empty tab in the main area.
    this.newLeafIn(this.rootSplit);
  }

  get activeEditor(): O.MarkdownFileInfo | null {
    const view = this._activeLeaf?.view as unknown;
    return view instanceof MarkdownView ? view : null;
  }

  onLayoutReady(callback: () => any): void {
    if (this.layoutReady) callback();
    else this.layoutReadyQueue.push(callback);
  }

  async changeLayout(_workspace: any): Promise<void> {}

  getLayout(): Record<string, unknown> {
    const leaves = (p: WorkspaceParent) => this.leavesIn(p).map((l) => l.getViewState());
    return { main: leaves(this.rootSplit), left: leaves(this.leftSplit), right: leaves(this.rightSplit), active: this._activeLeaf?.id };
  }

  createLeafInParent(parent: O.WorkspaceSplit, index: number): WorkspaceLeaf {
    return this.newLeafIn(parent as unknown as WorkspaceSplit, index);
  }

  createLeafBySplit(leaf: O.WorkspaceLeaf, _direction?: O.SplitDirection, _before?: boolean): WorkspaceLeaf {
    const tabs = (leaf as WorkspaceLeaf).parent;
    return this.newLeafIn(tabs?.parent instanceof WorkspaceSplit ? tabs.parent : this.rootSplit);
  }

  splitActiveLeaf(direction?: O.SplitDirection): WorkspaceLeaf {
    return this.createLeafBySplit(this._activeLeaf ?? this.getLeaf(), direction);
  }

  duplicateLeaf(leaf: O.WorkspaceLeaf, direction?: O.SplitDirection): Promise<WorkspaceLeaf>;
  duplicateLeaf(leaf: O.WorkspaceLeaf, leafType: O.PaneType | boolean, direction?: O.SplitDirection): Promise<WorkspaceLeaf>;
  async duplicateLeaf(leaf: O.WorkspaceLeaf): Promise<WorkspaceLeaf> {
    const copy = this.createLeafBySplit(leaf);
    await copy.setViewState(leaf.getViewState());
    return copy;
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  getLeaf(newLeaf?: "split", direction?: O.SplitDirection): WorkspaceLeaf;
  getLeaf(newLeaf?: O.PaneType | boolean): WorkspaceLeaf;
  getLeaf(newLeaf?: O.PaneType | boolean): WorkspaceLeaf {
    if (newLeaf === "split") return this.splitActiveLeaf();
    if (newLeaf === true || newLeaf === "tab" || newLeaf === "window") return this.newLeafIn(this.rootSplit);
    // Like Obsidian: reuse an unpinned main-area leaf that shows a navigable view (or nothing).
    const reusable = (l: WorkspaceLeaf) => !l.pinned && this.isIn(l, this.rootSplit) && (l.view.navigation || l.view.getViewType() === "empty");
    if (this._activeLeaf && reusable(this._activeLeaf)) return this._activeLeaf;
    const recent = this.leavesIn(this.rootSplit).filter(reusable).sort((a, b) => b.activeTime - a.activeTime)[0];
    return recent ?? this.newLeafIn(this.rootSplit);
  }

  moveLeafToPopout(leaf: O.WorkspaceLeaf, _data?: O.WorkspaceWindowInitData): WorkspaceWindow {
    const win = new WorkspaceWindow();
    this.rootSplit._insert(win);
    const tabs = new WorkspaceTabs();
    win._insert(tabs);
    (leaf as WorkspaceLeaf).parent?._remove(leaf as WorkspaceLeaf);
    tabs._insert(leaf as WorkspaceLeaf);
    return win;
  }

  openPopoutLeaf(_data?: O.WorkspaceWindowInitData): WorkspaceLeaf {
    return this.newLeafIn(this.rootSplit);
  }

  /** Resolves the link (creating the note if it does not exist, like a click on an unresolved link) and opens it. */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
    const linkpath = getLinkpath(linktext);
    let file = this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
    if (!file) {
      const path = /\.[^/]+$/.test(linkpath) ? linkpath : `${linkpath}.md`;
      const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
      if (folder && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
      file = await this.app.vault.create(path, "");
    }
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  setActiveLeaf(leaf: O.WorkspaceLeaf, params?: { focus?: boolean }): void;
  setActiveLeaf(leaf: O.WorkspaceLeaf, pushHistory: boolean, focus: boolean): void;
  setActiveLeaf(leaf: O.WorkspaceLeaf): void {
    const l = leaf as WorkspaceLeaf;
    l.activeTime = ++this.clock;
    if (l.parent instanceof WorkspaceTabs) l.parent.currentTab = l.parent.children.indexOf(l);
    if (this._activeLeaf !== l) {
      this._activeLeaf = l;
      this.trigger("active-leaf-change", l);
    }
    this.updateActiveFile();
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.allLeaves().find((l) => l.id === id) ?? null;
  }

  getGroupLeaves(group: string): WorkspaceLeaf[] {
    return this.allLeaves().filter((l) => l.group === group);
  }

  getMostRecentLeaf(root: O.WorkspaceParent = this.rootSplit): WorkspaceLeaf | null {
    return this.leavesIn(root as unknown as WorkspaceParent).sort((a, b) => b.activeTime - a.activeTime)[0] ?? null;
  }

  getLeftLeaf(split: boolean): WorkspaceLeaf | null {
    return this.newSideLeaf("left", split);
  }

  getRightLeaf(split: boolean): WorkspaceLeaf | null {
    return this.newSideLeaf("right", split);
  }

  async ensureSideLeaf(type: string, side: O.Side, options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: any }): Promise<WorkspaceLeaf> {
    const state = options?.state as Record<string, unknown> | undefined;
    let leaf = this.getLeavesOfType(type)[0];
    if (!leaf) {
      leaf = this.newSideLeaf(side, options?.split ?? false);
      await leaf.setViewState({ type, state, active: options?.active });
    } else if (state) {
      await leaf.setViewState({ type, state, active: options?.active });
    }
    if (options?.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
    const view = this._activeLeaf?.view as unknown;
    return view instanceof type ? view : null;
  }

  /** The file of the active file view, else of the most recent one in the main area. */
  getActiveFile(): TFile | null {
    return this.lastActiveFile;
  }

  iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => any): void {
    for (const leaf of this.leavesIn(this.rootSplit)) if (callback(leaf) === true) return;
  }

  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => any): void {
    for (const leaf of this.allLeaves()) callback(leaf);
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.allLeaves().filter((l) => l.getViewState().type === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  /** Uncollapses the leaf's sidedock, selects its tab and loads it if deferred. */
  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    const l = leaf as WorkspaceLeaf;
    for (let p: WorkspaceParent | undefined = l.parent; p; p = p.parent) {
      if (p instanceof WorkspaceSidedock) p.expand();
    }
    if (l.parent instanceof WorkspaceTabs) l.parent.currentTab = l.parent.children.indexOf(l);
    await l.loadIfDeferred();
  }

  getLastOpenFiles(): string[] {
    return this.lastOpenFiles.slice(0, 10);
  }

  updateOptions(): void {}

  handleLinkContextMenu(menu: O.Menu, linktext: string, sourcePath: string, _leaf?: O.WorkspaceLeaf): boolean {
    const file = this.app.metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath);
    if (file) this.trigger("file-menu", menu, file, "link-context-menu");
    return file !== null;
  }

  override on(name: "quick-preview", callback: (file: TFile, data: string) => any, ctx?: any): EventRef;
  override on(name: "resize", callback: () => any, ctx?: any): EventRef;
  override on(name: "active-leaf-change", callback: (leaf: O.WorkspaceLeaf | null) => any, ctx?: any): EventRef;
  override on(name: "file-open", callback: (file: TFile | null) => any, ctx?: any): EventRef;
  override on(name: "layout-change", callback: () => any, ctx?: any): EventRef;
  override on(name: "window-open", callback: (win: O.WorkspaceWindow, window: Window) => any, ctx?: any): EventRef;
  override on(name: "window-close", callback: (win: O.WorkspaceWindow, window: Window) => any, ctx?: any): EventRef;
  override on(name: "css-change", callback: () => any, ctx?: any): EventRef;
  override on(name: "file-menu", callback: (menu: Menu, file: O.TAbstractFile, source: string, leaf?: O.WorkspaceLeaf) => any, ctx?: any): EventRef;
  override on(name: "files-menu", callback: (menu: Menu, files: O.TAbstractFile[], source: string, leaf?: O.WorkspaceLeaf) => any, ctx?: any): EventRef;
  override on(name: "url-menu", callback: (menu: Menu, url: string) => any, ctx?: any): EventRef;
  override on(name: "editor-menu", callback: (menu: Menu, editor: O.Editor, info: O.MarkdownView | O.MarkdownFileInfo) => any, ctx?: any): EventRef;
  override on(name: "editor-change", callback: (editor: O.Editor, info: O.MarkdownView | O.MarkdownFileInfo) => any, ctx?: any): EventRef;
  override on(name: "editor-paste", callback: (evt: ClipboardEvent, editor: O.Editor, info: O.MarkdownView | O.MarkdownFileInfo) => any, ctx?: any): EventRef;
  override on(name: "editor-drop", callback: (evt: DragEvent, editor: O.Editor, info: O.MarkdownView | O.MarkdownFileInfo) => any, ctx?: any): EventRef;
  override on(name: "quit", callback: (tasks: O.Tasks) => any, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
    return super.on(name, callback, ctx);
  }

  // ---- test helpers (not Obsidian API) -------------------------------------------

  /** Test helper: mark the layout ready and run the queued onLayoutReady callbacks, in order. */
  triggerLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    while (this.layoutReadyQueue.length) this.layoutReadyQueue.shift()?.();
    this.trigger("layout-change");
  }

  /** Test helper: open `file` in the main area and make it active (null: close the active file view). */
  async setActiveFile(file: O.TFile | null): Promise<void> {
    if (file) {
      await this.getLeaf(false).openFile(file, { active: true });
      return;
    }
    const leaf = this._activeLeaf && this.isIn(this._activeLeaf, this.rootSplit) ? this._activeLeaf : this.getMostRecentLeaf();
    if (leaf) await leaf.setViewState({ type: "empty", active: true });
  }

  /** Test helper: show the file context menu like a right-click in the file explorer; returns the menu. */
  openFileMenu(file: O.TAbstractFile, source = "file-explorer"): Menu {
    const menu = new Menu();
    this.trigger("file-menu", menu, file, source);
    menu.showAtPosition({ x: 0, y: 0 });
    return menu;
  }

  /**
   * Test helper: add a leaf restored from a saved layout but not loaded yet (Obsidian ≥ 1.7.2
   * defers such leaves: `isDeferred` is true and `view` is a placeholder until revealed).
   */
  addDeferredLeaf(type: string, side: Side | "main" = "right", state?: Record<string, unknown>): WorkspaceLeaf {
    const leaf = side === "main" ? this.newLeafIn(this.rootSplit) : this.newSideLeaf(side, false);
    leaf._deferred = { type, state };
    return leaf;
  }

  // ---- internals ----------------------------------------------------------------

  /** @internal a plugin unloaded: its leaves keep their state (deferred) and lose the view, as in Obsidian */
  _onViewUnregistered(type: string): void {
    for (const leaf of this.allLeaves()) {
      if (leaf.isDeferred || leaf.view.getViewType() !== type) continue;
      const state = leaf.getViewState();
      void leaf.setViewState({ type: "empty" }).then(() => {
        leaf._deferred = state;
      });
    }
  }

  private makeSplit<T extends WorkspaceSplit>(split: T, cls: string): T {
    // Top-level splits have no parent at runtime (the .d.ts types it as non-null).
    split.parent = null as unknown as WorkspaceParent;
    split.containerEl.className = `workspace-split ${cls}`;
    this.containerEl.appendChild(split.containerEl);
    return split;
  }

  private newLeafIn(parent: WorkspaceParent, index?: number): WorkspaceLeaf {
    let tabs = parent instanceof WorkspaceTabs ? parent : parent.children.find((c): c is WorkspaceTabs => c instanceof WorkspaceTabs);
    if (!tabs) {
      tabs = new WorkspaceTabs();
      tabs.containerEl.className = "workspace-tabs";
      parent._insert(tabs);
    }
    const leaf = new WorkspaceLeaf(this.host);
    tabs._insert(leaf, index);
    return leaf;
  }

  private newSideLeaf(side: Side, split: boolean): WorkspaceLeaf {
    const dock = side === "left" ? this.leftSplit : this.rightSplit;
    if (split) {
      const tabs = new WorkspaceTabs();
      tabs.containerEl.className = "workspace-tabs";
      dock._insert(tabs);
      return this.newLeafIn(tabs);
    }
    return this.newLeafIn(dock);
  }

  private leavesIn(parent: WorkspaceParent): WorkspaceLeaf[] {
    const out: WorkspaceLeaf[] = [];
    const walk = (p: WorkspaceParent) => {
      for (const c of p.children) {
        if (c instanceof WorkspaceLeaf) out.push(c);
        else if (c instanceof WorkspaceParent) walk(c);
      }
    };
    walk(parent);
    return out;
  }

  private allLeaves(): WorkspaceLeaf[] {
    return [...this.leavesIn(this.rootSplit), ...this.leavesIn(this.leftSplit), ...this.leavesIn(this.rightSplit)];
  }

  private isIn(leaf: WorkspaceLeaf, parent: WorkspaceParent): boolean {
    return this.leavesIn(parent).includes(leaf);
  }

  private onLeafViewChanged(leaf: WorkspaceLeaf): void {
    const file = leaf._file;
    if (file) this.lastOpenFiles.splice(0, this.lastOpenFiles.length, file.path, ...this.lastOpenFiles.filter((p) => p !== file.path));
    if (leaf === this._activeLeaf || leaf === this.getMostRecentLeaf()) this.updateActiveFile();
    this.trigger("layout-change");
  }

  private onLeafDetached(leaf: WorkspaceLeaf): void {
    if (this._activeLeaf === leaf) {
      this._activeLeaf = null;
      this.trigger("active-leaf-change", null);
    }
    if (!this.leavesIn(this.rootSplit).length) this.newLeafIn(this.rootSplit);
    this.updateActiveFile();
    this.trigger("layout-change");
  }

  /** Fires `file-open` when the active file changes. */
  private updateActiveFile(): void {
    const active = this._activeLeaf?._file;
    const next = active ?? (this._activeLeaf && this.isIn(this._activeLeaf, this.rootSplit) ? null : (this.getMostRecentLeaf()?._file ?? null));
    if (next === this.lastActiveFile) return;
    this.lastActiveFile = next;
    this.trigger("file-open", next);
  }
}
