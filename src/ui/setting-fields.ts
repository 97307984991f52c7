import { Setting } from "obsidian";
import { ChipGroup } from "./chip-group";

export interface TextField {
  name: string;
  desc?: string;
  placeholder: string;
  value: string;
  /** Gets the raw text; the caller cleans it (trim, normalizePath, default). */
  onChange: (value: string) => void;
}

/** A named setting with one text field that saves as the user types. */
export function textSetting(containerEl: HTMLElement, field: TextField): Setting {
  const setting = new Setting(containerEl).setName(field.name);
  if (field.desc) setting.setDesc(field.desc);
  return setting.addText((text) => text.setPlaceholder(field.placeholder).setValue(field.value).onChange(field.onChange));
}

export interface WholeNumberField {
  name: string;
  desc: string;
  min: number;
  value: number;
  onChange: (value: number) => void;
}

/** A number field that only saves whole numbers at or above `min`. */
export function wholeNumberSetting(containerEl: HTMLElement, field: WholeNumberField): Setting {
  return new Setting(containerEl)
    .setName(field.name)
    .setDesc(field.desc)
    .addText((text) => {
      text.inputEl.type = "number";
      text.inputEl.min = String(field.min);
      text.setValue(String(field.value)).onChange((value) => {
        const n = Number(value);
        if (Number.isInteger(n) && n >= field.min) field.onChange(n);
      });
    });
}

/** A touch's date: a date picker that stops at today, since a touch can't be in the future. */
export function touchDateSetting(containerEl: HTMLElement, today: string, value: string, onChange: (value: string) => void): Setting {
  return new Setting(containerEl).setName("Date").addText((text) => {
    text.inputEl.type = "date";
    // The setting's name sits beside the field, not in a <label>: screen readers need it on the field.
    text.inputEl.setAttr("aria-label", "Date of the touch");
    text.inputEl.max = today;
    text.setValue(value).onChange(onChange);
  });
}

/** The kind chips, with their Alt+digit keys shown when asked for. */
export function kindChips(containerEl: HTMLElement, kinds: readonly string[], initial: string | undefined, withKeys: boolean): ChipGroup<string> {
  return new ChipGroup(
    new Setting(containerEl).setName("Kind").controlEl,
    "Kind",
    kinds.map((kind, i) => ({ value: kind, text: kind, key: withKeys && i < 9 ? String(i + 1) : undefined })),
    kinds.find((k) => k === initial),
  );
}
