// Fake of Obsidian's standalone helpers: normalizePath, debounce, Platform, moment,
// search, icons, tooltips, Keymap and Scope, plus a few conversions.
import type * as O from "obsidian";
import momentLib from "moment";

/**
 * The real moment package (Obsidian bundles moment and exposes the same function).
 * Note: under this repo's tsconfig (esModuleInterop) obsidian.d.ts types `moment` as a
 * namespace without call signatures, so plugin code cannot call it type-safely anyway.
 */
export const moment = momentLib;

export let apiVersion = "1.13.1";

/** Obsidian's normalizePath: "/" and "\" runs become "/", no leading/trailing "/", NBSP → space, NFC. */
export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
  if (p === "") p = "/";
  p = p.replace(/\u00A0|\u202F/g, " ");
  return p.normalize("NFC");
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): O.Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: T | null = null;
  const fire = (): V | void => {
    timer = null;
    const args = pending;
    pending = null;
    if (args) return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    pending = args;
    if (timer === null || resetTimer) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(fire, timeout);
    }
    return debounced;
  }) as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer === null) return;
    clearTimeout(timer);
    return fire();
  };
  return debounced;
}

/** Desktop app on Linux. Mutable so a test can pretend to be on mobile. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

function ranges(indices: number[]): O.SearchMatches {
  const out: O.SearchMatches = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else out.push([i, i + 1]);
  }
  return out;
}

/** Every query character in order, case-insensitive. Higher score = better (always ≤ 0). */
export function prepareFuzzySearch(query: string): (text: string) => O.SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    if (!q) return { score: 0, matches: [] };
    const t = text.toLowerCase();
    const idx: number[] = [];
    let from = 0;
    for (const ch of q) {
      const at = t.indexOf(ch, from);
      if (at === -1) return null;
      idx.push(at);
      from = at + 1;
    }
    const matches = ranges(idx);
    return { score: -(matches.length - 1) - (idx[0] ?? 0) / 100 - text.length / 10000, matches };
  };
}

/** Every space-separated word of the query must occur (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => O.SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: O.SearchMatches = [];
    for (const w of words) {
      const at = t.indexOf(w);
      if (at === -1) return null;
      matches.push([at, at + w.length]);
    }
    matches.sort((a, b) => a[0] - b[0]);
    return { score: -(matches[0]?.[0] ?? 0) / 100, matches };
  };
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: O.SearchMatches | null, offset = 0): void {
  let pos = 0;
  for (const [a, b] of matches ?? []) {
    const s = a + offset;
    const e = b + offset;
    if (s > pos) el.appendChild(document.createTextNode(text.slice(pos, s)));
    const mark = document.createElement("span");
    mark.className = "suggestion-highlight";
    mark.textContent = text.slice(s, e);
    el.appendChild(mark);
    pos = e;
  }
  if (pos < text.length) el.appendChild(document.createTextNode(text.slice(pos)));
}

export function renderResults(el: HTMLElement, text: string, result: O.SearchResult, offset?: number): void {
  renderMatches(el, text, result.matches, offset);
}

export function sortSearchResults(results: O.SearchResultContainer[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

const customIcons = new Map<string, string>();

/** Icons: every id is treated as known (we do not ship Lucide); `addIcon` ids are listed too. */
export function getIcon(iconId: string): SVGSVGElement | null {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", `svg-icon lucide-${iconId}`);
  svg.setAttribute("data-icon", iconId);
  const custom = customIcons.get(iconId);
  if (custom) {
    const parsed = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${custom}</svg>`, "image/svg+xml");
    for (const node of Array.from(parsed.documentElement.childNodes)) svg.appendChild(document.importNode(node, true));
  }
  return svg;
}

/** Appends an `<svg class="svg-icon lucide-ID" data-icon="ID">`, replacing a previous icon. */
export function setIcon(parent: HTMLElement, iconId: O.IconName): void {
  for (const old of Array.from(parent.children)) if (old.tagName.toLowerCase() === "svg") old.remove();
  const svg = getIcon(iconId);
  if (svg) parent.appendChild(svg);
}

export function addIcon(iconId: string, svgContent: string): void {
  customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
  customIcons.delete(iconId);
}

export function getIconIds(): O.IconName[] {
  return [...customIcons.keys()];
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: O.TooltipOptions): void {
  el.setAttribute("aria-label", tooltip);
  if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: O.TooltipOptions): void {
  setTooltip(newTargetEl, typeof content === "string" ? content : (content.textContent ?? ""), options);
}

export function getLanguage(): string {
  return "en";
}

export function requireApiVersion(version: string): boolean {
  const a = apiVersion.split(".").map(Number);
  const b = version.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Test helper: pretend to run on another Obsidian version (for requireApiVersion). */
export function setApiVersion(version: string): void {
  apiVersion = version;
}

/** Parses HTML into a fragment without scripts or inline event handlers. */
export function sanitizeHTMLToDom(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  for (const el of Array.from(parsed.body.querySelectorAll("script, iframe, object, embed"))) el.remove();
  for (const el of Array.from(parsed.body.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
  }
  const frag = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) frag.appendChild(document.importNode(node, true));
  return frag;
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
  return Buffer.from(buffer).toString("base64");
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
  const b = Buffer.from(base64, "base64");
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

export function arrayBufferToHex(data: ArrayBuffer): string {
  return Buffer.from(data).toString("hex");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
  const b = Buffer.from(hex, "hex");
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

export async function getBlobArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

/** Not faked: the plugin must not reach the network in tests. */
export function requestUrl(request: O.RequestUrlParam | string): O.RequestUrlResponsePromise {
  const url = typeof request === "string" ? request : request.url;
  throw new Error(`requestUrl is not available in the fake Obsidian API (${url})`);
}

export async function request(request: O.RequestUrlParam | string): Promise<string> {
  return requestUrl(request) as unknown as Promise<string>;
}

export class Scope implements O.Scope {
  /** Test helper view of the registered key handlers. */
  readonly handlers: O.KeymapEventHandler[] = [];

  constructor(readonly parent?: O.Scope) {}

  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
    const handler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func } as O.KeymapEventHandler;
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
  }
}

export class Keymap implements O.Keymap {
  /** Test helper: the scope stack (last = active). */
  readonly scopes: O.Scope[] = [];

  pushScope(scope: O.Scope): void {
    this.scopes.push(scope);
  }

  popScope(scope: O.Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i >= 0) this.scopes.splice(i, 1);
  }

  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
    switch (modifier) {
      case "Mod":
        return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
      case "Ctrl":
        return evt.ctrlKey;
      case "Meta":
        return evt.metaKey;
      case "Shift":
        return evt.shiftKey;
      case "Alt":
        return evt.altKey;
    }
    return false;
  }

  static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
    if (!evt) return false;
    const mod = Keymap.isModifier(evt, "Mod");
    if (mod && evt.altKey && evt.shiftKey) return "window";
    if (mod && evt.altKey) return "split";
    if (mod || (evt instanceof MouseEvent && evt.button === 1)) return "tab";
    return false;
  }
}
