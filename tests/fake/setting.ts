// Fake of Obsidian's Setting row and the SettingTab / PluginSettingTab base classes.
// DOM mirrors Obsidian: .setting-item > (.setting-item-info > .setting-item-name,
// .setting-item-description), .setting-item-control.
import type * as O from "obsidian";
import { BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, MomentFormatComponent, SearchComponent, TextAreaComponent, TextComponent, ToggleComponent } from "./components";
import { ColorComponent, DisplayValueComponent, ProgressBarComponent, SliderComponent } from "./components-extra";
import { requireApiVersion, setTooltip } from "./utils";
import { renderSettingDefinitions } from "./setting-definitions";

export class Setting implements O.Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }

  setErrorMessage(message: string | null): this {
    if (message === null) {
      this.errorEl?.remove();
      this.errorEl = null;
    } else {
      this.errorEl ??= this.infoEl.createDiv({ cls: "setting-item-error" });
      this.errorEl.setText(message);
    }
    this.settingEl.toggleClass("mod-error", message !== null);
    return this;
  }

  addDisplayValue(cb: (component: O.DisplayValueComponent) => any): this {
    cb(new DisplayValueComponent(this.controlEl));
    return this;
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  setTooltip(tooltip: string, options?: O.TooltipOptions): this {
    setTooltip(this.nameEl, tooltip, options);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (c: C) => any): this {
    this.components.push(component);
    cb(component);
    return this;
  }

  addButton(cb: (component: O.ButtonComponent) => any): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: O.ExtraButtonComponent) => any): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: O.ToggleComponent) => any): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addText(cb: (component: O.TextComponent) => any): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addComponent<T extends O.BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }

  addSearch(cb: (component: O.SearchComponent) => any): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: O.TextAreaComponent) => any): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addMomentFormat(cb: (component: O.MomentFormatComponent) => any): this {
    return this.add(new MomentFormatComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: O.DropdownComponent) => any): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addColorPicker(cb: (component: O.ColorComponent) => any): this {
    return this.add(new ColorComponent(this.controlEl), cb);
  }

  addProgressBar(cb: (component: O.ProgressBarComponent) => any): this {
    return this.add(new ProgressBarComponent(this.controlEl), cb);
  }

  addSlider(cb: (component: O.SliderComponent) => any): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => any): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }
}

export abstract class SettingTab implements O.SettingTab {
  icon: O.IconName = "";
  app: O.App;
  containerEl: HTMLElement;
  settingItems: O.SettingDefinitionItem[] = [];

  constructor(app: O.App) {
    this.app = app;
    this.containerEl = document.createElement("div");
    this.containerEl.className = "vertical-tab-content";
  }

  getSettingDefinitions(): O.SettingDefinitionItem[] {
    return [];
  }

  /** Whether the tab is drawn from its definitions (Obsidian 1.13+, definitions not empty) rather than by display(). */
  declarative = false;

  update(): void {
    this.settingItems = this.getSettingDefinitions();
    // On screen, 1.13 draws the new definitions at once.
    if (this.declarative && this.containerEl.isConnected) renderSettingDefinitions(this);
  }

  getControlValue(key: string): unknown {
    return (this.app.vault as unknown as { getConfig(k: string): unknown }).getConfig(key);
  }

  setControlValue(key: string, value: unknown): void | Promise<void> {
    (this.app.vault as unknown as { setConfig(k: string, v: unknown): void }).setConfig(key, value);
  }

  refreshDomState(): void {}

  display(): void {}

  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab implements O.PluginSettingTab {
  /** Set by the constructor, as in Obsidian (subclasses usually redeclare it with their own type). */
  plugin: O.Plugin;

  constructor(app: O.App, plugin: O.Plugin) {
    super(app);
    this.plugin = plugin;
  }

  override getControlValue(key: string): unknown {
    return this.pluginSettings()?.[key];
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const settings = this.pluginSettings() ?? {};
    settings[key] = value;
    await this.plugin.saveData(settings);
  }

  private pluginSettings(): Record<string, unknown> | undefined {
    return (this.plugin as { settings?: Record<string, unknown> }).settings;
  }
}

/** Shows a tab as Obsidian does: 1.13+ draws its definitions when it has any; older versions, or none, call display(). */
export function showSettingTab(tab: O.SettingTab): void {
  const fake = tab as unknown as SettingTab;
  fake.declarative = false;
  if (requireApiVersion("1.13.0")) {
    fake.update();
    if (fake.settingItems.length > 0) {
      fake.declarative = true;
      renderSettingDefinitions(fake);
      return;
    }
  }
  fake.display();
}
