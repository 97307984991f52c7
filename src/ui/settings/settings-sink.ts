import { Setting, type SettingDefinition, type SettingDefinitionGroup, type SettingDefinitionItem } from "obsidian";

/**
 * Where the settings tab describes its settings. The same description is drawn
 * straight into the tab by `display()` (Obsidian before 1.13), or becomes the
 * definitions Obsidian 1.13+ draws and indexes for its settings search. One
 * description, so the two can never disagree.
 */
export interface SettingsSink {
  /** Starts a group of settings under a heading; an explanation, if given, comes first. */
  heading(name: string, desc?: string): void;
  /** One row. Its name and description are what the settings search finds; `build` adds its controls. */
  row(name: string, desc: string | DocumentFragment | undefined, build?: (setting: Setting) => void, cls?: string): void;
}

/**
 * A row's name sits beside its controls, not in a <label>: a screen reader reaching a
 * field, a number or a list would hear nothing. Each control without a name of its own
 * gets the row's.
 */
export function nameControls(setting: Setting, name: string): void {
  if (!name) return;
  const controls = Array.from(setting.controlEl.querySelectorAll("input, select, textarea"));
  for (const control of controls) {
    if (control.hasAttribute("aria-label") || control.hasAttribute("aria-labelledby")) continue;
    // Several fields in one row (a tier's label, due from, overdue after…) are told apart by their placeholders.
    const placeholder = control.getAttribute("placeholder");
    control.setAttribute("aria-label", controls.length > 1 && placeholder ? `${name}: ${placeholder}` : name);
  }
}

/** Draws each setting into an element at once: the `display()` path. */
export class ContainerSink implements SettingsSink {
  constructor(private readonly containerEl: HTMLElement) {}

  heading(name: string, desc?: string): void {
    new Setting(this.containerEl).setName(name).setHeading();
    // A row of its own, as Obsidian 1.13 draws a group's explanation.
    if (desc) new Setting(this.containerEl).setDesc(desc).setClass("kit-settings-explanation");
  }

  row(name: string, desc: string | DocumentFragment | undefined, build?: (setting: Setting) => void, cls?: string): void {
    const setting = new Setting(this.containerEl).setName(name);
    if (desc !== undefined && desc !== "") setting.setDesc(desc);
    if (cls) setting.setClass(cls);
    build?.(setting);
    nameControls(setting, name);
  }
}

/** Collects the settings as Obsidian 1.13 definitions, each row drawn by the same code as `display()` draws it. */
export class DefinitionSink implements SettingsSink {
  readonly items: SettingDefinitionItem[] = [];
  private group: SettingDefinitionGroup | null = null;

  heading(name: string, desc?: string): void {
    this.group = { type: "group", heading: name, items: [] };
    this.items.push(this.group);
    if (desc) this.add({ name: "", desc, searchable: false, render: (setting) => void setting.setClass("kit-settings-explanation") });
  }

  row(name: string, desc: string | DocumentFragment | undefined, build?: (setting: Setting) => void, cls?: string): void {
    this.add({
      name,
      ...(desc !== undefined && desc !== "" ? { desc } : {}),
      render: (setting) => {
        // Obsidian names the row from the definition; setting it again keeps both paths the same.
        setting.setName(name);
        if (desc !== undefined && desc !== "") setting.setDesc(desc);
        if (cls) setting.setClass(cls);
        build?.(setting);
        nameControls(setting, name);
      },
    });
  }

  private add(definition: SettingDefinition): void {
    if (this.group) (this.group.items ??= []).push(definition);
    else this.items.push(definition);
  }
}
