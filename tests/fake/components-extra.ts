// Fake of the less common setting controls: slider, color picker, progress bar, display value.
import type * as O from "obsidian";
import { ValueComponent } from "./components";
import { setTooltip } from "./utils";

export class SliderComponent extends ValueComponent<number> implements O.SliderComponent {
  sliderEl: HTMLInputElement;
  private instant = false;
  private format: ((value: number) => string) | null = null;
  private changeCallback: ((value: number) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
    // Obsidian reports on `change`; with setInstant(true) also while dragging (`input`).
    this.sliderEl.addEventListener("input", () => {
      if (this.instant) this.changeCallback?.(this.getValue());
    });
    this.sliderEl.addEventListener("change", () => {
      if (!this.instant) this.changeCallback?.(this.getValue());
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.sliderEl.disabled = disabled;
    return this;
  }

  setInstant(instant: boolean): this {
    this.instant = instant;
    return this;
  }

  setLimits(min: number | null, max: number | null, step: number | "any"): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }

  getValue(): number {
    return Number(this.sliderEl.value);
  }

  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }

  getValuePretty(): string {
    return this.format ? this.format(this.getValue()) : String(this.getValue());
  }

  setDisplayFormat(format: (value: number) => string): this {
    this.format = format;
    return this;
  }

  setDynamicTooltip(): this {
    this.sliderEl.addEventListener("input", () => setTooltip(this.sliderEl, this.getValuePretty()));
    return this;
  }

  onChange(callback: (value: number) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

function hexToRgb(hex: string): O.RGB {
  const h = hex.replace(/^#/, "");
  const n = parseInt(h.length === 3 ? h.replace(/(.)/g, "$1$1") : h, 16) || 0;
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

function rgbToHex({ r, g, b }: O.RGB): string {
  return `#${[r, g, b].map((x) => Math.round(x).toString(16).padStart(2, "0")).join("")}`;
}

function rgbToHsl({ r, g, b }: O.RGB): O.HSL {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l: l * 100 };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  h *= 60;
  return { h, s: s * 100, l: l * 100 };
}

function hslToRgb({ h, s, l }: O.HSL): O.RGB {
  const S = s / 100;
  const L = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = S * Math.min(L, 1 - L);
  const f = (n: number) => L - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: f(0) * 255, g: f(8) * 255, b: f(4) * 255 };
}

export class ColorComponent extends ValueComponent<string> implements O.ColorComponent {
  private readonly colorEl: HTMLInputElement;
  private changeCallback: ((value: string) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.colorEl = containerEl.createEl("input", { type: "color" });
    this.colorEl.addEventListener("change", () => {
      this.changeCallback?.(this.getValue());
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.colorEl.disabled = disabled;
    return this;
  }

  getValue(): O.HexString {
    return this.colorEl.value;
  }

  getValueRgb(): O.RGB {
    return hexToRgb(this.getValue());
  }

  getValueHsl(): O.HSL {
    return rgbToHsl(this.getValueRgb());
  }

  setValue(value: O.HexString): this {
    this.colorEl.value = value;
    return this;
  }

  setValueRgb(rgb: O.RGB): this {
    return this.setValue(rgbToHex(rgb));
  }

  setValueHsl(hsl: O.HSL): this {
    return this.setValue(rgbToHex(hslToRgb(hsl)));
  }

  onChange(callback: (value: string) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ProgressBarComponent extends ValueComponent<number> implements O.ProgressBarComponent {
  private readonly barEl: HTMLElement;
  private value = 0;

  constructor(containerEl: HTMLElement) {
    super();
    const el = containerEl.createDiv({ cls: "setting-progress-bar" });
    this.barEl = el.createDiv({ cls: "setting-progress-bar-inner" });
  }

  getValue(): number {
    return this.value;
  }

  setValue(value: number): this {
    this.value = Math.min(100, Math.max(0, value));
    this.barEl.style.width = `${this.value}%`;
    return this;
  }
}

export class DisplayValueComponent implements O.DisplayValueComponent {
  valueEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.valueEl = containerEl.createDiv({ cls: "setting-display-value" });
  }

  setValue(value: string | null): this {
    this.valueEl.setText(value ?? "");
    return this;
  }

  setStatus(status: "warning" | null): this {
    this.valueEl.toggleClass("mod-warning", status === "warning");
    return this;
  }
}
