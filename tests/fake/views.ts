// Fake of Obsidian's View hierarchy: View, ItemView, FileView, EditableFileView,
// TextFileView and a minimal MarkdownView (string editor, no preview).
// ItemView's containerEl is laid out like Obsidian: children[0] = .view-header,
// children[1] = .view-content (= contentEl).
import type * as O from "obsidian";
import { StringEditor } from "./editor";
import { Component } from "./events";
import { TFile } from "./files";
import { debounce, setIcon } from "./utils";

export abstract class View extends Component {
  app: O.App;
  icon: O.IconName = "";
  navigation = false;
  leaf: O.WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: O.Scope | null = null;

  constructor(leaf: O.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as { app: O.App }).app;
    this.containerEl = document.createElement("div");
    this.containerEl.className = "workspace-leaf-content";
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {}

  abstract getViewType(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  getIcon(): O.IconName {
    return this.icon;
  }

  onResize(): void {}

  abstract getDisplayText(): string;

  /** `source` is "more-options", "tab-header" or another string. */
  onPaneMenu(_menu: O.Menu, _source: string): void {}
}

/** @internal lets the leaf call the protected lifecycle hooks */
export function openView(view: View): Promise<void> {
  return (view as unknown as { onOpen(): Promise<void> }).onOpen();
}

/** @internal */
export function closeView(view: View): Promise<void> {
  return (view as unknown as { onClose(): Promise<void> }).onClose();
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  /** @internal */ readonly _actionsEl: HTMLElement;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: "view-header" });
    header.createDiv({ cls: "view-header-title-container" }).createDiv({ cls: "view-header-title" });
    this._actionsEl = header.createDiv({ cls: "view-actions" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }

  addAction(icon: O.IconName, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title } });
    setIcon(el, icon);
    el.addEventListener("click", callback);
    this._actionsEl.prepend(el);
    return el;
  }
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : "No file";
  }

  override onload(): void {
    this.registerEvent(
      this.app.vault.on("rename", (file) => {
        if (file === this.file) void this.onRename(file as TFile);
      }),
    );
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, _result: O.ViewStateResult): Promise<void> {
    const path = (state as { file?: unknown } | null)?.file;
    if (typeof path !== "string") return;
    const file = this.app.vault.getFileByPath(path);
    if (!(file instanceof TFile) || file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
  }

  async onLoadFile(_file: TFile): Promise<void> {}

  async onUnloadFile(_file: TFile): Promise<void> {}

  async onRename(_file: TFile): Promise<void> {}

  canAcceptExtension(_extension: string): boolean {
    return false;
  }
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
  data = "";
  requestSave: () => void = debounce(() => void this.save(), 2000, true);

  override async onUnloadFile(file: TFile): Promise<void> {
    if (this.file === file) await this.save();
    this.clear();
  }

  override async onLoadFile(file: TFile): Promise<void> {
    this.data = await this.app.vault.read(file);
    this.setViewData(this.data, true);
  }

  async save(_clear?: boolean): Promise<void> {
    if (!this.file) return;
    const next = this.getViewData();
    if (next === this.data) return;
    this.data = next;
    await this.app.vault.modify(this.file, next);
  }

  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;
}

export class MarkdownView extends TextFileView {
  editor: StringEditor;
  /** Not faked: reading view. */
  previewMode = null as unknown as O.MarkdownPreviewView;
  currentMode = null as unknown as O.MarkdownSubView;
  hoverPopover: O.HoverPopover | null = null;

  private _loading = false;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.editor = new StringEditor("", () => {
      if (!this._loading) this.requestSave();
    });
    this.contentEl.addClass("markdown-source-view");
  }

  override onload(): void {
    super.onload();
    // Like Obsidian, reload the editor when the file changes on disk.
    this.registerEvent(
      this.app.vault.on("modify", (file) => {
        if (file !== this.file || !(file instanceof TFile)) return;
        const text = (this.app.vault as unknown as { peekText(p: string): string | null }).peekText(file.path);
        if (text !== null && text !== this.editor.getValue()) {
          this.data = text;
          this.setViewData(text, false);
        }
      }),
    );
  }

  getViewType(): string {
    return "markdown";
  }

  getMode(): O.MarkdownViewModeType {
    return "source";
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  clear(): void {
    this.setViewData("", true);
  }

  setViewData(data: string, _clear: boolean): void {
    this._loading = true;
    try {
      this.editor.setValue(data);
    } finally {
      this._loading = false;
    }
  }

  showSearch(_replace?: boolean): void {}

  override getIcon(): O.IconName {
    return "document";
  }
}

/** Placeholder in an empty leaf (view type "empty"). */
export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }

  getDisplayText(): string {
    return "New tab";
  }
}
