// In-memory stand-in for the "obsidian" module (vitest aliases "obsidian" here).
// Exports the runtime surface of obsidian.d.ts that the fake implements. Types and
// interfaces come from the real obsidian.d.ts at type-check time, so nothing here
// re-exports types. Test helpers live in ./harness (not part of Obsidian's API).
export { App, RenderContext, SecretStorage } from "./app";
export { Component, Events } from "./events";
export { Editor } from "./editor";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export {
  getAllTags,
  getFrontMatterInfo,
  getLinkpath,
  iterateCacheRefs,
  iterateRefs,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
  parseLinktext,
  parseYaml,
  stringifyYaml,
  stripHeading,
  stripHeadingForLink,
} from "./frontmatter";
export { MetadataCache } from "./metadata-cache";
export { Menu, MenuItem, MenuSeparator } from "./menu";
export { FuzzySuggestModal, Modal, SuggestModal } from "./modal";
export { Notice } from "./notice";
export { Plugin } from "./plugin";
export { HoverPopover, MarkdownRenderChild, MarkdownRenderer, PopoverState, Tasks } from "./render";
export { PluginSettingTab, Setting, SettingTab } from "./setting";
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  MomentFormatComponent,
  SearchComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from "./components";
export { ColorComponent, DisplayValueComponent, ProgressBarComponent, SliderComponent } from "./components-extra";
export { AbstractInputSuggest, PopoverSuggest } from "./suggest";
export {
  addIcon,
  apiVersion,
  arrayBufferToBase64,
  arrayBufferToHex,
  base64ToArrayBuffer,
  debounce,
  displayTooltip,
  getBlobArrayBuffer,
  getIcon,
  getIconIds,
  getLanguage,
  hexToArrayBuffer,
  Keymap,
  moment,
  normalizePath,
  Platform,
  prepareFuzzySearch,
  prepareSimpleSearch,
  removeIcon,
  renderMatches,
  renderResults,
  request,
  requestUrl,
  requireApiVersion,
  sanitizeHTMLToDom,
  Scope,
  setIcon,
  setTooltip,
  sortSearchResults,
} from "./utils";
export { Vault } from "./vault";
export { EditableFileView, FileView, ItemView, MarkdownView, TextFileView, View } from "./views";
export { Workspace } from "./workspace";
export {
  WorkspaceContainer,
  WorkspaceFloating,
  WorkspaceItem,
  WorkspaceLeaf,
  WorkspaceMobileDrawer,
  WorkspaceParent,
  WorkspaceRibbon,
  WorkspaceRoot,
  WorkspaceSidedock,
  WorkspaceSplit,
  WorkspaceTabs,
  WorkspaceWindow,
} from "./leaf";
