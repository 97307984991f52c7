import { Modal, type App } from "obsidian";

/** The class that marks this plugin's windows: their phone layout applies to them and to no other plugin's. */
export const KIT_MODAL = "kit-modal";

/**
 * A window of this plugin. On a phone (styles.css, under `.is-phone`) it fills the screen
 * as Obsidian's own do, keeps its buttons at the bottom within reach of a thumb, and gives
 * every tap target 44 × 44 px.
 */
export class KitModal extends Modal {
  constructor(app: App) {
    super(app);
    this.modalEl.addClass(KIT_MODAL);
  }
}
