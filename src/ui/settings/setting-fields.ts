import { Setting } from "obsidian";
import { checkedFolder, checkedPath } from "../../obsidian/vault-paths";
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

export interface PathField {
  name: string;
  desc?: string;
  placeholder: string;
  value: string;
  /** A folder may be the vault's top folder (an empty field); a file needs a name. */
  kind: "file" | "folder";
  /** What an empty field saves: "" (none, or the top folder) unless a default is given. */
  empty?: string;
  /** A further problem that refuses the path (a calendar file that isn't .ics), or null. */
  refuse?: (path: string) => string | null;
  /** Something to say about a path that is still saved (a template that doesn't exist yet), or "". */
  remark?: (path: string) => string;
  /** Saves the checked, normalised path. */
  save: (path: string) => void;
}

/**
 * A text field for a path inside the vault. As the user types, a path that would
 * leave the vault, or that the vault can't hold, is refused beside the field with
 * the reason, and the last good one stays saved; the stored value is checked the
 * same way when the tab opens, so a path from a hand-edited settings file shows
 * its problem too.
 */
export function pathSetting(sink: SettingsSink, field: PathField): void {
  let messageEl: HTMLElement | null = null;
  /** The path to save, or null; says why beside the field either way. */
  const check = (value: string): string | null => {
    const typed = value.trim();
    const checked = typed === "" ? { ok: true as const, path: field.empty ?? "" } : field.kind === "folder" ? checkedFolder(typed) : checkedPath(typed);
    const problem = checked.ok ? (field.refuse?.(checked.path) ?? null) : checked.error;
    messageEl?.setText(problem ?? (checked.ok ? (field.remark?.(checked.path) ?? "") : ""));
    return problem === null && checked.ok ? checked.path : null;
  };
  textSetting(sink, {
    name: field.name,
    desc: field.desc,
    placeholder: field.placeholder,
    value: field.value,
    onChange: (value) => {
      const path = check(value);
      if (path !== null) field.save(path);
    },
    then: (setting) => {
      messageEl = setting.descEl.createDiv({ cls: "kit-error" });
      check(field.value);
    },
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
