// Fake of Obsidian's Modal, SuggestModal and FuzzySuggestModal.
// `open()` attaches the modal to document.body; `openModals` lists the open ones.
import type * as O from "obsidian";
import { prepareFuzzySearch, renderResults, Scope } from "./utils";

/** Test helper: modals currently open, oldest first. */
export const openModals: Modal[] = [];

export class Modal implements O.Modal {
  app: O.App;
  scope: O.Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  /** @internal */ _isOpen = false;
  /** @internal resolves when the last onOpen() settled */ _opened: Promise<void> = Promise.resolve();
  /** @internal */ _closeCallback: (() => any) | null = null;

  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope(app.scope);
    this.containerEl = document.createElement("div");
    this.containerEl.className = "modal-container mod-dim";
    this.containerEl.createDiv({ cls: "modal-bg" });
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    const closeEl = this.modalEl.createDiv({ cls: "modal-close-button" });
    closeEl.addEventListener("click", () => this.close());
    const headerEl = this.modalEl.createDiv({ cls: "modal-header" });
    this.titleEl = headerEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
    this.scope.register([], "Escape", () => {
      this.close();
      return false;
    });
  }

  open(): void {
    if (this._isOpen) return;
    this._isOpen = true;
    document.body.appendChild(this.containerEl);
    this.app.keymap.pushScope(this.scope);
    openModals.push(this);
    this._opened = Promise.resolve(this.onOpen()).then(() => undefined);
  }

  close(): void {
    if (!this._isOpen) return;
    this._isOpen = false;
    this.containerEl.detach();
    this.app.keymap.popScope(this.scope);
    const i = openModals.indexOf(this);
    if (i >= 0) openModals.splice(i, 1);
    this.onClose();
    this._closeCallback?.();
  }

  onOpen(): Promise<void> | void {}

  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => any): this {
    this._closeCallback = callback;
    return this;
  }
}

export abstract class SuggestModal<T> extends Modal implements O.SuggestModal<T> {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** @internal the suggestions currently rendered */ _values: T[] = [];
  /** @internal */ _selected = 0;
  /** @internal settles when the latest query's suggestions are rendered */ _updating: Promise<void> = Promise.resolve();
  private _updateToken = 0;
  private readonly _instructionsEl: HTMLElement;

  constructor(app: O.App) {
    super(app);
    this.modalEl.addClass("prompt");
    const inputContainer = this.modalEl.createDiv({ cls: "prompt-input-container" });
    this.inputEl = inputContainer.createEl("input", { cls: "prompt-input", type: "text" });
    this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
    this._instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
    this.inputEl.addEventListener("input", () => void this._update());
    this.inputEl.addEventListener("keydown", (evt) => {
      if (evt.key === "Enter") this.selectActiveSuggestion(evt);
      else if (evt.key === "ArrowDown") this._select(this._selected + 1);
      else if (evt.key === "ArrowUp") this._select(this._selected - 1);
    });
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    void this._update();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: O.Instruction[]): void {
    this._instructionsEl.empty();
    for (const ins of instructions) {
      const el = this._instructionsEl.createDiv({ cls: "prompt-instruction" });
      el.createSpan({ cls: "prompt-instruction-command", text: ins.command });
      el.createSpan({ text: ins.purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    if (!this._values.length) return;
    this.selectSuggestion(this._values[this._selected] as T, evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** @internal re-run getSuggestions for the current input and render them */
  _update(): Promise<void> {
    const token = ++this._updateToken;
    this._updating = Promise.resolve(this.getSuggestions(this.inputEl.value)).then((values) => {
      if (token !== this._updateToken) return;
      this._values = values.slice(0, this.limit);
      this._selected = 0;
      if (!this._values.length) return this.onNoSuggestion();
      this.resultContainerEl.empty();
      this._values.forEach((value, i) => {
        const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
        if (i === 0) el.addClass("is-selected");
        this.renderSuggestion(value, el);
        el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
        el.addEventListener("mousemove", () => this._select(i));
      });
    });
    return this._updating;
  }

  /** @internal */
  _select(i: number): void {
    if (!this._values.length) return;
    this._selected = (i + this._values.length) % this._values.length;
    Array.from(this.resultContainerEl.children).forEach((el, idx) => el.toggleClass("is-selected", idx === this._selected));
  }
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> implements O.FuzzySuggestModal<T> {
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const items = this.getItems();
    if (!query.trim()) return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of items) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return out.sort((a, b) => b.match.score - a.match.score);
  }

  renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(item.item), item.match);
  }

  onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
