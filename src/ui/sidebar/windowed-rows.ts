/** A list that can be read by position without being copied (a section, or several lists one after another). */
export interface RowSource<T> {
  readonly length: number;
  at(index: number): T;
}

export interface RowRenderer<T> {
  /** Identifies an item's row across redraws. */
  key(item: T): string;
  /** Whether the row drawn for `drawn` still shows `item` correctly. */
  same(drawn: T, item: T): boolean;
  /** A new, detached row for an item. */
  render(item: T): HTMLElement;
}

/** Rows created and rows removed: what tests and the benchmark count instead of timing. */
export interface RowWork {
  created: number;
  removed: number;
}

interface Drawn<T> {
  el: HTMLElement;
  item: T;
}

/**
 * The rows of one list, windowed: the container is as tall as every row together
 * (a CSS variable times the row height), and only the rows in `[first, last)` are
 * in the DOM, moved into place by another CSS variable. A redraw keeps every row
 * whose item is unchanged, creates rows only for items that are new to the window,
 * and moves as few nodes as it can; so the DOM grows with what is on screen, not
 * with the vault, and one change touches one or two rows.
 */
export class WindowedRows<T> {
  readonly el: HTMLElement;
  private readonly windowEl: HTMLElement;
  private drawn = new Map<string, Drawn<T>>();
  private source: RowSource<T> = { length: 0, at: () => undefined as unknown as T };
  private first = 0;
  private last = 0;
  private count = -1;
  private offset = -1;

  constructor(
    parent: HTMLElement,
    private readonly renderer: RowRenderer<T>,
    label: string,
    /** Where this list counts the rows it creates and removes (several lists may share one). */
    private readonly work: RowWork = { created: 0, removed: 0 },
  ) {
    this.el = parent.createDiv({ cls: "kit-rows" });
    this.windowEl = this.el.createEl("ul", { cls: "kit-rows-window", attr: { "aria-label": label } });
  }

  get length(): number {
    return this.source.length;
  }

  /** The first and one past the last position drawn. */
  get range(): [number, number] {
    return [this.first, this.last];
  }

  /** The drawn row for a position, if it is in the window. */
  rowAt(index: number): HTMLElement | null {
    if (index < this.first || index >= this.last) return null;
    return (this.windowEl.children[index - this.first] as HTMLElement | undefined) ?? null;
  }

  /** Makes the list as tall as `n` rows, before the window is drawn (so positions can be read first). */
  setLength(n: number): void {
    if (this.count === n) return;
    this.count = n;
    this.el.setCssProps({ "--kit-rows": String(n) });
  }

  /** Shows `source[first, last)`. */
  show(source: RowSource<T>, first: number, last: number): void {
    this.source = source;
    const n = source.length;
    first = Math.max(0, Math.min(first, n));
    last = Math.max(first, Math.min(last, n));
    this.setLength(n);
    if (this.offset !== first) {
      this.offset = first;
      this.windowEl.setCssProps({ "--kit-first": String(first) });
    }
    const wanted: HTMLElement[] = [];
    const keep = new Map<string, Drawn<T>>();
    for (let i = first; i < last; i++) {
      const item = source.at(i);
      const key = this.renderer.key(item);
      const old = this.drawn.get(key);
      let row: Drawn<T>;
      if (old && !keep.has(key) && this.renderer.same(old.item, item)) {
        row = { el: old.el, item };
      } else {
        row = { el: this.renderer.render(item), item };
        this.work.created++;
      }
      keep.set(key, row);
      if (row.el.getAttr("aria-posinset") !== String(i + 1)) row.el.setAttrs({ "aria-posinset": i + 1, "aria-setsize": n });
      else if (row.el.getAttr("aria-setsize") !== String(n)) row.el.setAttr("aria-setsize", n);
      wanted.push(row.el);
    }
    this.place(wanted);
    this.drawn = keep;
    this.first = first;
    this.last = last;
  }

  /** Makes the window's children exactly `wanted`, in order, with as few DOM moves as it takes. */
  private place(wanted: HTMLElement[]): void {
    const keep = new Set(wanted);
    for (const child of Array.from(this.windowEl.children)) {
      if (!keep.has(child as HTMLElement)) {
        child.remove();
        this.work.removed++;
      }
    }
    let current = this.windowEl.firstElementChild;
    for (const el of wanted) {
      if (current === el) {
        current = current.nextElementSibling;
      } else {
        this.windowEl.insertBefore(el, current);
      }
    }
  }
}
