// Fake of Obsidian's workspace tree: WorkspaceItem / splits / tabs / sidedocks and
// WorkspaceLeaf. A leaf creates its view from the factory given to Plugin.registerView,
// loads it, awaits onOpen(), then applies the view state.
import type * as O from "obsidian";
import { Events, type EventRef } from "./events";
import { TFile } from "./files";
import { closeView, EmptyView, FileView, openView, View } from "./views";

/** @internal what a leaf needs from the workspace */
export interface LeafHost {
  app: O.App;
  createView(type: string, leaf: WorkspaceLeaf): View | null;
  viewTypeForExtension(ext: string): string | null;
  onLeafViewChanged(leaf: WorkspaceLeaf): void;
  onLeafActivate(leaf: WorkspaceLeaf): void;
  onLeafDetached(leaf: WorkspaceLeaf): void;
}

export abstract class WorkspaceItem extends Events implements O.WorkspaceItem {
  abstract parent: WorkspaceParent;
  /** @internal */ containerEl: HTMLElement = document.createElement("div");
  /** @internal container of a top-level item that is not a container itself (sidedocks) */
  _container: WorkspaceContainer | null = null;

  /** The top-level split this item is in (rootSplit, leftSplit or rightSplit). */
  getRoot(): WorkspaceItem {
    return this.parent ? this.parent.getRoot() : this;
  }

  getContainer(): WorkspaceContainer {
    if (this instanceof WorkspaceContainer) return this;
    return this.parent ? this.parent.getContainer() : (this._container as WorkspaceContainer);
  }
}

export abstract class WorkspaceParent extends WorkspaceItem implements O.WorkspaceParent {
  /** @internal (Obsidian keeps children too, undocumented) */ children: WorkspaceItem[] = [];

  /** @internal */
  _insert(child: WorkspaceItem, index = this.children.length): void {
    this.children.splice(index, 0, child);
    child.parent = this;
    const before = this.containerEl.children[index] ?? null;
    this.containerEl.insertBefore(child.containerEl, before);
  }

  /** @internal */
  _remove(child: WorkspaceItem): void {
    this.children = this.children.filter((c) => c !== child);
    child.containerEl.detach();
  }
}

export class WorkspaceSplit extends WorkspaceParent implements O.WorkspaceSplit {
  parent!: WorkspaceParent;
}

export abstract class WorkspaceContainer extends WorkspaceSplit implements O.WorkspaceContainer {
  abstract win: Window;
  abstract doc: Document;
}

export class WorkspaceRoot extends WorkspaceContainer implements O.WorkspaceRoot {
  win: Window = window;
  doc: Document = document;
}

export class WorkspaceWindow extends WorkspaceContainer implements O.WorkspaceWindow {
  win: Window = window;
  doc: Document = document;
}

export class WorkspaceSidedock extends WorkspaceSplit implements O.WorkspaceSidedock {
  collapsed = false;

  toggle(): void {
    this.collapsed = !this.collapsed;
  }

  collapse(): void {
    this.collapsed = true;
  }

  expand(): void {
    this.collapsed = false;
  }
}

export class WorkspaceMobileDrawer extends WorkspaceParent implements O.WorkspaceMobileDrawer {
  parent!: WorkspaceParent;
  collapsed = false;

  expand(): void {
    this.collapsed = false;
  }

  collapse(): void {
    this.collapsed = true;
  }

  toggle(): void {
    this.collapsed = !this.collapsed;
  }
}

export class WorkspaceTabs extends WorkspaceParent implements O.WorkspaceTabs {
  parent!: WorkspaceSplit;
  /** @internal the selected tab */ currentTab = 0;
}

export class WorkspaceFloating extends WorkspaceParent implements O.WorkspaceFloating {
  parent!: WorkspaceParent;
}

export class WorkspaceRibbon implements O.WorkspaceRibbon {}

let leafCounter = 0;

export class WorkspaceLeaf extends WorkspaceItem implements O.WorkspaceLeaf {
  parent!: WorkspaceTabs | WorkspaceMobileDrawer;
  view: O.View;
  hoverPopover: O.HoverPopover | null = null;
  /** @internal (Obsidian has it too) */ readonly id = `leaf-${++leafCounter}`;
  /** @internal */ readonly app: O.App;
  /** @internal */ pinned = false;
  /** @internal */ group: string | null = null;
  /** @internal saved state of a deferred leaf */ _deferred: O.ViewState | null = null;
  /** @internal last time this leaf was made active */ activeTime = 0;
  private readonly host: LeafHost;

  /** @internal leaves are made by the Workspace */
  constructor(host: LeafHost) {
    super();
    this.host = host;
    this.app = host.app;
    this.containerEl.className = "workspace-leaf";
    const empty = new EmptyView(this);
    this.view = empty as unknown as O.View;
    this.containerEl.appendChild(empty.containerEl);
    empty.load();
  }

  get isDeferred(): boolean {
    return this._deferred !== null;
  }

  async loadIfDeferred(): Promise<void> {
    const state = this._deferred;
    if (!state) return;
    this._deferred = null;
    await this.setViewState(state);
  }

  async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
    const type = this.host.viewTypeForExtension(file.extension) ?? "markdown";
    await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true }, openState?.eState);
  }

  async open(view: O.View): Promise<O.View> {
    await this.swapView(view as unknown as View);
    return view;
  }

  getViewState(): O.ViewState {
    if (this._deferred) return { ...this._deferred };
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  async setViewState(viewState: O.ViewState, eState?: any): Promise<void> {
    this._deferred = null;
    const current = this.view as unknown as View;
    const sameFileView = current instanceof FileView && current.getViewType() === viewState.type;
    if (!sameFileView) {
      const view = this.host.createView(viewState.type, this) ?? new EmptyView(this);
      await this.swapView(view);
    }
    if (viewState.state) await this.view.setState(viewState.state, { history: false });
    if (eState !== undefined) this.view.setEphemeralState(eState);
    if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
    this.host.onLeafViewChanged(this);
    if (viewState.active) this.host.onLeafActivate(this);
  }

  getEphemeralState(): any {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: any): void {
    this.view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.setPinned(!this.pinned);
  }

  setPinned(pinned: boolean): void {
    if (this.pinned === pinned) return;
    this.pinned = pinned;
    this.trigger("pinned-change", pinned);
  }

  setGroupMember(other: O.WorkspaceLeaf): void {
    const group = (other as WorkspaceLeaf).group ?? `group-${(other as WorkspaceLeaf).id}`;
    (other as WorkspaceLeaf).setGroup(group);
    this.setGroup(group);
  }

  setGroup(group: string): void {
    this.group = group;
    this.trigger("group-change", group);
  }

  /** Closes the view (onClose, then unload) and removes the leaf. */
  detach(): void {
    const view = this.view as unknown as View;
    void closeView(view).finally(() => view.unload());
    this.parent?._remove(this);
    this.host.onLeafDetached(this);
  }

  getIcon(): O.IconName {
    return this.view.getIcon();
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  onResize(): void {
    this.view.onResize();
  }

  override on(name: "pinned-change", callback: (pinned: boolean) => any, ctx?: any): EventRef;
  override on(name: "group-change", callback: (group: string) => any, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef;
  override on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
    return super.on(name, callback, ctx);
  }

  /** @internal the file shown by this leaf, if it is a file view */
  get _file(): TFile | null {
    const v = this.view as unknown;
    return v instanceof FileView ? v.file : null;
  }

  /** @internal unload the current view, load `view`, await its onOpen() */
  async swapView(view: View): Promise<void> {
    const old = this.view as unknown as View;
    if (old === view) return;
    if (old instanceof FileView && old.file) await old.onUnloadFile(old.file);
    await closeView(old);
    old.unload();
    old.containerEl.detach();
    this.view = view as unknown as O.View;
    view.containerEl.setAttribute("data-type", view.getViewType());
    this.containerEl.appendChild(view.containerEl);
    view.load();
    await openView(view);
  }
}
