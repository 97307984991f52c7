// Fake of Obsidian's Menu / MenuItem / MenuSeparator. The last menu shown is kept
// in `Menu.lastShown` so tests can read its items and click one.
import type * as O from "obsidian";
import { Component } from "./events";
import { setIcon } from "./utils";

export class MenuItem implements O.MenuItem {
  /** Test helper fields: what the plugin set. */
  title = "";
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  isLabel = false;
  section = "";
  callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;
  readonly dom: HTMLElement;

  /** @internal Obsidian's constructor is private; menus create items. */
  constructor(readonly menu: Menu) {
    this.dom = document.createElement("div");
    this.dom.className = "menu-item";
    this.dom.createDiv({ cls: "menu-item-icon" });
    this.dom.createDiv({ cls: "menu-item-title" });
    this.dom.addEventListener("click", (evt) => this.handleEvent(evt));
  }

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    this.dom.querySelector(".menu-item-title")?.setText(this.title);
    return this;
  }

  setIcon(icon: O.IconName | null): this {
    this.icon = icon;
    const iconEl = this.dom.querySelector<HTMLElement>(".menu-item-icon");
    if (iconEl) {
      iconEl.empty();
      if (icon) setIcon(iconEl, icon);
    }
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked = checked;
    this.dom.toggleClass("mod-checked", checked === true);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    this.dom.toggleClass("is-disabled", disabled);
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    this.dom.toggleClass("is-warning", isWarning);
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    this.dom.toggleClass("is-label", isLabel);
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
    this.callback = callback;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  /** @internal a click: hides the menu, then runs the callback (unless disabled/label) */
  handleEvent(evt: MouseEvent | KeyboardEvent): void {
    if (this.disabled || this.isLabel) return;
    this.menu.hide();
    this.callback?.(evt);
  }
}

export class MenuSeparator implements O.MenuSeparator {}

export class Menu extends Component implements O.Menu {
  /** Test helper: the most recently shown menu (reset before each test). */
  static lastShown: Menu | null = null;

  /** Test helper: the items added, in order (separators excluded). */
  readonly items: MenuItem[] = [];
  /** Test helper: items and separators, in order. */
  readonly entries: Array<MenuItem | MenuSeparator> = [];
  readonly dom: HTMLElement;
  shown = false;
  position: O.MenuPositionDef | null = null;
  private hideCallbacks: Array<() => any> = [];

  constructor() {
    super();
    this.dom = document.createElement("div");
    this.dom.className = "menu";
  }

  setNoIcon(): this {
    this.dom.addClass("mod-no-icon");
    return this;
  }

  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }

  addItem(cb: (item: O.MenuItem) => any): this {
    const item = new MenuItem(this);
    this.items.push(item);
    this.entries.push(item);
    cb(item);
    this.dom.appendChild(item.dom);
    return this;
  }

  addSeparator(): this {
    this.entries.push(new MenuSeparator());
    this.dom.createDiv({ cls: "menu-separator" });
    return this;
  }

  setParentElement(_el: HTMLElement): this {
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  showAtPosition(position: O.MenuPositionDef, _doc?: Document): this {
    this.position = position;
    this.shown = true;
    Menu.lastShown = this;
    document.body.appendChild(this.dom);
    this.load();
    return this;
  }

  hide(): this {
    if (!this.shown) return this;
    this.shown = false;
    this.dom.remove();
    this.unload();
    for (const cb of this.hideCallbacks) cb();
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => any): void {
    this.hideCallbacks.push(callback);
  }

  static forEvent(_evt: PointerEvent | MouseEvent): Menu {
    return new Menu();
  }

  // ---- test helpers (not Obsidian API) -------------------------------------------

  /** Test helper: the titles of the items, in order. */
  get titles(): string[] {
    return this.items.map((i) => i.title);
  }

  /** Test helper: click the item with this title (or at this index among items). */
  click(which: string | number): void {
    const item = typeof which === "number" ? this.items[which] : this.items.find((i) => i.title === which);
    if (!item) throw new Error(`Menu has no item ${JSON.stringify(which)}; items: ${JSON.stringify(this.titles)}`);
    item.handleEvent(new MouseEvent("click"));
  }
}
