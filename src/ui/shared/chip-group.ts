export interface ChipOption<T extends string> {
  value: T;
  text: string;
  /** The key that picks it, shown on the chip. */
  key?: string;
  /** Longer words for screen readers and hover. */
  title?: string;
}

/** A row of toggle buttons where at most one is on; tapping the one that's on turns it off. */
export class ChipGroup<T extends string> {
  private selected: T | undefined;
  private readonly buttons = new Map<T, HTMLButtonElement>();
  private readonly listeners: ((value: T | undefined) => void)[] = [];

  constructor(parent: HTMLElement, label: string, options: ChipOption<T>[], initial?: T) {
    const group = parent.createDiv({ cls: "kit-chips", attr: { role: "group", "aria-label": label } });
    for (const option of options) {
      const button = group.createEl("button", { cls: "kit-chip", attr: { type: "button", "aria-pressed": "false", "data-value": option.value } });
      button.createSpan({ text: option.text });
      if (option.key) button.createSpan({ cls: "kit-chip-key", text: option.key });
      if (option.title) button.setAttr("title", option.title);
      button.addEventListener("click", () => this.toggle(option.value));
      this.buttons.set(option.value, button);
    }
    this.set(initial);
  }

  get value(): T | undefined {
    return this.selected;
  }

  /** Calls `listener` after each change of the choice, by tap, key or code. */
  onChange(listener: (value: T | undefined) => void): this {
    this.listeners.push(listener);
    return this;
  }

  set(value: T | undefined): void {
    const changed = value !== this.selected;
    this.selected = value;
    for (const [v, button] of this.buttons) {
      const on = v === value;
      button.toggleClass("is-active", on);
      button.setAttr("aria-pressed", on ? "true" : "false");
    }
    if (changed) for (const listener of this.listeners) listener(value);
  }

  toggle(value: T): void {
    this.set(this.selected === value ? undefined : value);
  }
}
