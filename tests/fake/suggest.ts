// Fake of Obsidian's PopoverSuggest and AbstractInputSuggest (suggestions under a text input).
import type * as O from "obsidian";
import { Scope } from "./utils";

export abstract class PopoverSuggest<T> implements O.PopoverSuggest<T> {
  app: O.App;
  scope: O.Scope;
  /** @internal */ suggestEl: HTMLElement;
  /** @internal */ _isOpen = false;

  constructor(app: O.App, scope?: O.Scope) {
    this.app = app;
    this.scope = scope ?? new Scope();
    this.suggestEl = document.createElement("div");
    this.suggestEl.className = "suggestion-container";
    this.suggestEl.createDiv({ cls: "suggestion" });
  }

  open(): void {
    if (this._isOpen) return;
    this._isOpen = true;
    document.body.appendChild(this.suggestEl);
    this.app.keymap.pushScope(this.scope);
  }

  close(): void {
    if (!this._isOpen) return;
    this._isOpen = false;
    this.suggestEl.detach();
    this.app.keymap.popScope(this.scope);
  }

  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

// Not `implements O.AbstractInputSuggest`: its protected getSuggestions makes the class nominal.
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  /** @internal */ readonly _inputEl: HTMLInputElement | HTMLDivElement;
  /** @internal the suggestions currently rendered */ _values: T[] = [];
  /** @internal settles when the latest suggestions are rendered */ _updating: Promise<void> = Promise.resolve();
  private _selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => any) | null = null;
  private _token = 0;

  constructor(app: O.App, textInputEl: HTMLInputElement | HTMLDivElement) {
    super(app);
    this._inputEl = textInputEl;
    textInputEl.addEventListener("input", () => void this._update());
    textInputEl.addEventListener("focus", () => void this._update());
  }

  setValue(value: string): void {
    if (this._inputEl instanceof HTMLInputElement) this._inputEl.value = value;
    else this._inputEl.textContent = value;
  }

  getValue(): string {
    return this._inputEl instanceof HTMLInputElement ? this._inputEl.value : (this._inputEl.textContent ?? "");
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this._selectCallback?.(value, evt);
  }

  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
    this._selectCallback = callback;
    return this;
  }

  /** @internal */
  _update(): Promise<void> {
    const token = ++this._token;
    this._updating = Promise.resolve(this.getSuggestions(this.getValue())).then((values) => {
      if (token !== this._token) return;
      this._values = values.slice(0, this.limit);
      const list = this.suggestEl.querySelector<HTMLElement>(".suggestion") ?? this.suggestEl;
      list.empty();
      if (!this._values.length) {
        this.close();
        return;
      }
      for (const value of this._values) {
        const el = list.createDiv({ cls: "suggestion-item" });
        this.renderSuggestion(value, el);
        el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
      }
      this.open();
    });
    return this._updating;
  }
}
