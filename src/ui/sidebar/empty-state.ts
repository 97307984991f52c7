import type { Host } from "../host";
import { ImportFormatPicker } from "../import/start-import";
import { NewContactModal } from "../modals/new-contact-modal";
import { MapWizardModal } from "../wizard/map-wizard-modal";

/**
 * The view before there is anyone to show: which notes count, and the ways in, the
 * relationship map first (it finds people in what the daily notes already link to),
 * then an import and a single new contact. Nothing else is drawn until someone is there.
 */
export function renderEmptyState(parent: HTMLElement, host: Host): void {
  const empty = parent.createDiv({ cls: "kit-empty" });
  const folder = host.settings.contactsFolder || "the contacts folder";
  empty.createEl("p", { text: `No contacts yet. Notes in ${folder}/, notes with a ${host.settings.properties.tier} property and notes with the contact tag show up here.` });
  const buttons = empty.createDiv({ cls: "kit-empty-actions" });
  buttons.createEl("button", { cls: "mod-cta kit-empty-map", text: "Build your relationship map" }).addEventListener("click", () => new MapWizardModal(host).open());
  buttons.createEl("button", { cls: "kit-empty-import", text: "Import contacts…" }).addEventListener("click", () => new ImportFormatPicker(host).open());
  buttons.createEl("button", { cls: "kit-empty-new", text: "New contact" }).addEventListener("click", () => new NewContactModal(host).open());
}
