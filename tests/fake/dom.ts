// Obsidian's DOM helpers (createEl, addClass, setText, empty, ...), installed on
// happy-dom's prototypes and on globalThis the way Obsidian installs them in the app.
// The TypeScript declarations come from obsidian.d.ts's `declare global` block.

type AnyFn = (this: any, ...args: any[]) => any;
type Info = DomElementInfo | SvgElementInfo | string | undefined;

const SVG_NS = "http://www.w3.org/2000/svg";

function define(target: object, name: string, value: AnyFn): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function getter(target: object, name: string, get: (this: any) => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function attrValue(v: string | number | boolean): string {
  return String(v);
}

function applyInfo(el: Element, o: Info, callback?: (el: any) => void): void {
  const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
  if (info.cls) {
    const cls = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
    el.setAttribute("class", cls);
  }
  if (info.text !== undefined && info.text !== "") (el as HTMLElement).setText(info.text);
  if (info.attr) {
    for (const [k, v] of Object.entries(info.attr)) {
      if (v === null) el.removeAttribute(k);
      else el.setAttribute(k, attrValue(v));
    }
  }
  if (info.title !== undefined) (el as HTMLElement).title = info.title;
  if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
  if (info.type && (el instanceof HTMLInputElement || el instanceof HTMLButtonElement || el instanceof HTMLStyleElement)) el.setAttribute("type", info.type);
  if (info.placeholder && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) el.placeholder = info.placeholder;
  if (info.href && (el instanceof HTMLAnchorElement || el instanceof HTMLLinkElement || el instanceof HTMLBaseElement)) el.href = info.href;
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
  callback?.(el);
}

function createElImpl(tag: string, o?: DomElementInfo | string, callback?: (el: any) => void): HTMLElement {
  const el = document.createElement(tag);
  applyInfo(el, o, callback);
  return el;
}

function createSvgImpl(tag: string, o?: SvgElementInfo | string, callback?: (el: any) => void): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  applyInfo(el, o, callback);
  return el;
}

function withParent(node: Node, o: DomElementInfo | SvgElementInfo | string | undefined): DomElementInfo {
  const info: DomElementInfo = typeof o === "string" ? { cls: o } : { ...((o ?? {}) as DomElementInfo) };
  info.parent = node;
  return info;
}

function installNode(): void {
  const P = Node.prototype;
  define(P, "createEl", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: any) => void) {
    return createElImpl(tag, withParent(this, o), cb);
  });
  define(P, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: any) => void) {
    return createElImpl("div", withParent(this, o), cb);
  });
  define(P, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: any) => void) {
    return createElImpl("span", withParent(this, o), cb);
  });
  define(P, "createSvg", function (this: Node, tag: string, o?: SvgElementInfo | string, cb?: (el: any) => void) {
    return createSvgImpl(tag, withParent(this, o), cb);
  });
  define(P, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(P, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(P, "insertAfter", function (this: Node, node: Node, child: Node | null) {
    this.insertBefore(node, child ? child.nextSibling : this.firstChild);
    return node;
  });
  define(P, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(P, "setChildrenInPlace", function (this: Node, children: Node[]) {
    const keep = new Set(children);
    for (const c of Array.from(this.childNodes)) if (!keep.has(c)) this.removeChild(c);
    for (const c of children) this.appendChild(c);
  });
  define(P, "appendText", function (this: Node, val: string) {
    this.appendChild(document.createTextNode(val));
  });
  define(P, "instanceOf", function (this: Node, type: new () => unknown) {
    return this instanceof type;
  });
  const docOf = (node: Node): Document => node.ownerDocument ?? (node instanceof Document ? node : document);
  getter(P, "doc", function (this: Node) {
    return docOf(this);
  });
  getter(P, "win", function (this: Node) {
    return docOf(this).defaultView ?? window;
  });
  getter(P, "constructorWin", function (this: Node) {
    return docOf(this).defaultView ?? window;
  });
}

function installElement(): void {
  const P = Element.prototype;
  define(P, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(P, "setText", function (this: Element, val: string | DocumentFragment) {
    if (typeof val === "string") this.textContent = val;
    else {
      while (this.firstChild) this.removeChild(this.firstChild);
      this.appendChild(val);
    }
  });
  define(P, "addClass", function (this: Element, ...classes: string[]) {
    this.classList.add(...classes.filter(Boolean));
  });
  define(P, "addClasses", function (this: Element, classes: string[]) {
    this.classList.add(...classes.filter(Boolean));
  });
  define(P, "removeClass", function (this: Element, ...classes: string[]) {
    this.classList.remove(...classes.filter(Boolean));
  });
  define(P, "removeClasses", function (this: Element, classes: string[]) {
    this.classList.remove(...classes.filter(Boolean));
  });
  define(P, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
  });
  define(P, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(P, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, attrValue(value));
  });
  define(P, "setAttrs", function (this: Element, obj: Record<string, string | number | boolean | null>) {
    for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
  });
  define(P, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  const matchParent = (el: Element | null, selector: string, lastParent?: Element): Element | null => {
    if (!el) return null;
    if (el.matches(selector)) return el;
    if (el === lastParent) return null;
    return matchParent(el.parentElement, selector, lastParent);
  };
  define(P, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    return matchParent(this, selector, lastParent);
  });
  define(P, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
    return window.getComputedStyle(this, pseudo).getPropertyValue(property);
  });
  define(P, "isActiveElement", function (this: Element) {
    return this.ownerDocument?.activeElement === this;
  });
  define(P, "find", function (this: Element, selector: string): Element | null {
    return this.querySelector(selector);
  });
  define(P, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(P, "findAllSelf", function (this: Element, selector: string) {
    const all = Array.from(this.querySelectorAll(selector));
    return this.matches(selector) ? [this, ...all] : all;
  });
  define(P, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  });
  define(P, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  });
  const F = DocumentFragment.prototype;
  define(F, "find", function (this: DocumentFragment, selector: string): Element | null {
    return this.querySelector(selector);
  });
  define(F, "findAll", function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
}

type Delegated = { selector: string; listener: AnyFn; options?: boolean | AddEventListenerOptions; callback: (ev: Event) => void };

function installHTMLElement(): void {
  const P = HTMLElement.prototype;
  // Obsidian's show()/hide() toggle the inline `display` style.
  define(P, "show", function (this: HTMLElement) {
    this.style.removeProperty("display");
  });
  define(P, "hide", function (this: HTMLElement) {
    this.setCssProps({ display: "none" });
  });
  define(P, "toggle", function (this: HTMLElement, show: boolean) {
    if (show) this.style.removeProperty("display");
    else this.setCssProps({ display: "none" });
  });
  define(P, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
    if (visible) this.style.removeProperty("visibility");
    else this.setCssProps({ visibility: "hidden" });
  });
  const hiddenUpwards = (el: HTMLElement | null): boolean => !!el && (el.style.getPropertyValue("display") === "none" || hiddenUpwards(el.parentElement));
  define(P, "isShown", function (this: HTMLElement) {
    return this.isConnected && !hiddenUpwards(this);
  });
  getter(P, "innerWidth", function (this: HTMLElement) {
    return this.clientWidth;
  });
  getter(P, "innerHeight", function (this: HTMLElement) {
    return this.clientHeight;
  });
  define(P, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => any, options?: boolean | AddEventListenerOptions) {
    this.addEventListener("click", listener, options);
    this.addEventListener("auxclick", listener, options);
  });
  define(P, "on", function (this: HTMLElement & { _EVENTS?: Record<string, Delegated[]> }, type: string, selector: string, listener: AnyFn, options?: boolean | AddEventListenerOptions) {
    const callback = (ev: Event) => {
      const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
      if (target && this.contains(target)) listener.call(this, ev, target);
    };
    const events = (this._EVENTS ??= {});
    (events[type] ??= []).push({ selector, listener, options, callback });
    this.addEventListener(type, callback, options);
  });
  define(P, "off", function (this: HTMLElement & { _EVENTS?: Record<string, Delegated[]> }, type: string, selector: string, listener: AnyFn, options?: boolean | AddEventListenerOptions) {
    const list = this._EVENTS?.[type] ?? [];
    for (const d of list.filter((d) => d.selector === selector && d.listener === listener)) {
      this.removeEventListener(type, d.callback, options);
      list.splice(list.indexOf(d), 1);
    }
  });
  define(P, "onNodeInserted", function (this: HTMLElement, listener: () => any) {
    queueMicrotask(() => {
      if (this.isConnected) listener();
    });
    return () => {};
  });
  define(P, "onWindowMigrated", function () {
    return () => {};
  });
  define(P, "trigger", function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
  });
}

function installEvent(): void {
  const P = Event.prototype;
  getter(P, "targetNode", function (this: Event) {
    return this.target instanceof Node ? this.target : null;
  });
  getter(P, "win", () => window);
  getter(P, "doc", () => document);
  define(P, "instanceOf", function (this: Event, type: new (...a: any[]) => unknown) {
    return this instanceof type;
  });
}

function installGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  g.createEl = (tag: string, o?: DomElementInfo | string, cb?: (el: any) => void) => createElImpl(tag, o, cb);
  g.createDiv = (o?: DomElementInfo | string, cb?: (el: any) => void) => createElImpl("div", o, cb);
  g.createSpan = (o?: DomElementInfo | string, cb?: (el: any) => void) => createElImpl("span", o, cb);
  g.createSvg = (tag: string, o?: SvgElementInfo | string, cb?: (el: any) => void) => createSvgImpl(tag, o, cb);
  g.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const frag = document.createDocumentFragment();
    cb?.(frag);
    return frag;
  };
  g.fish = (selector: string) => document.querySelector(selector);
  g.fishAll = (selector: string) => Array.from(document.querySelectorAll(selector));
  g.activeWindow = window;
  g.activeDocument = document;
  (window as unknown as Record<string, unknown>).activeWindow = window;
  (window as unknown as Record<string, unknown>).activeDocument = document;
}

/** Install Obsidian's DOM helpers on the current (happy-dom) window. Idempotent. */
export function installDomHelpers(): void {
  installNode();
  installElement();
  installHTMLElement();
  installEvent();
  installGlobals();
}
