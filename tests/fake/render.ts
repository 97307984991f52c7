// Minimal fakes of Obsidian's Markdown rendering classes and small leftovers
// (MarkdownRenderChild, MarkdownRenderer, HoverPopover, Tasks, PopoverState).
// The renderer is a plain-text approximation: headings, paragraphs, list items,
// and internal links as `a.internal-link[data-href]`. It is not Obsidian's renderer.
import type * as O from "obsidian";
import { Component } from "./events";
import { parseWikiInner } from "./inline";

export class MarkdownRenderChild extends Component implements O.MarkdownRenderChild {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

function renderInline(el: HTMLElement, text: string): void {
  const re = /!?\[\[([^[\]\n]+?)\]\]/g;
  let pos = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > pos) el.appendText(text.slice(pos, at));
    const { link, displayText } = parseWikiInner(m[1] ?? "");
    el.createEl("a", { cls: "internal-link", text: displayText, href: link, attr: { "data-href": link } });
    pos = at + m[0].length;
  }
  if (pos < text.length) el.appendText(text.slice(pos));
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
  hoverPopover: O.HoverPopover | null = null;
  app!: O.App;

  abstract get file(): O.TFile;

  /** Renders `markdown` into `el` (approximation; see the file header). */
  static async render(_app: O.App, markdown: string, el: HTMLElement, _sourcePath: string, _component: O.Component): Promise<void> {
    const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, "");
    let list: HTMLElement | null = null;
    for (const block of body.split(/\r?\n/)) {
      const line = block.trimEnd();
      const h = /^(#{1,6})\s+(.*)$/.exec(line);
      const li = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
      if (!li) list = null;
      if (h) renderInline(el.createEl(`h${(h[1] ?? "#").length}` as "h1"), h[2] ?? "");
      else if (li) {
        list ??= el.createEl("ul");
        renderInline(list.createEl("li"), li[1] ?? "");
      } else if (line.trim()) renderInline(el.createEl("p"), line);
    }
  }

  /** @deprecated in Obsidian; same as render(). */
  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
    await MarkdownRenderer.render(null as unknown as O.App, markdown, el, sourcePath, component);
  }
}

export enum PopoverState {
  Showing = 0,
  Shown = 1,
  Hiding = 2,
  Hidden = 3,
}

export class HoverPopover extends Component implements O.HoverPopover {
  hoverEl: HTMLElement;
  state: O.PopoverState = PopoverState.Shown as unknown as O.PopoverState;

  constructor(parent: O.HoverParent, _targetEl: HTMLElement | null, _waitTime?: number, _staticPos?: O.Point | null) {
    super();
    this.hoverEl = document.createElement("div");
    this.hoverEl.className = "popover hover-popover";
    parent.hoverPopover = this;
  }
}

export class Tasks implements O.Tasks {
  private readonly promises: Promise<any>[] = [];

  add(callback: () => Promise<any>): void {
    this.promises.push(callback());
  }

  addPromise(promise: Promise<any>): void {
    this.promises.push(promise);
  }

  isEmpty(): boolean {
    return this.promises.length === 0;
  }

  promise(): Promise<any> {
    return Promise.all(this.promises);
  }
}
