import { Setting } from "obsidian";
import { ChipGroup } from "../shared/chip-group";
import type { SettingsSink } from "./settings-sink";

export interface TextField {
  name: string;
  desc?: string;
  placeholder: string;
  value: string;
  /** Gets the raw text; the caller cleans it (trim, normalizePath, default). */
  onChange: (value: string) => void;
  /** Anything more for the row once it is drawn (a line for problems, say). */
  then?: (setting: Setting) => void;
}

/** A named setting with one text field that saves as the user types. */
export function textSetting(sink: SettingsSink, field: TextField): void {
  sink.row(field.name, field.desc, (setting) => {
    setting.addText((text) => text.setPlaceholder(field.placeholder).setValue(field.value).onChange(field.onChange));
    field.then?.(setting);
  });
}

export interface WholeNumberField {
  name: string;
  desc: string;
  min: number;
  value: number;
  onChange: (value: number) => void;
}

/** A number field that only saves whole numbers at or above `min`. */
export function wholeNumberSetting(sink: SettingsSink, field: WholeNumberField): void {
  sink.row(
    field.name,
    field.desc,
    (setting) =>
      void setting.addText((text) => {
        text.inputEl.type = "number";
        text.inputEl.min = String(field.min);
        text.setValue(String(field.value)).onChange((value) => {
          const n = Number(value);
          if (Number.isInteger(n) && n >= field.min) field.onChange(n);
        });
      }),
  );
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
