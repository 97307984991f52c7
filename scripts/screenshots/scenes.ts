// The surfaces `npm run screenshots` draws, each opened the way a user opens it.
import type * as O from "obsidian";
import type { App } from "../../tests/fake/app";
import { chooseSuggestion, lastModal, modalReady, openSettingTab, runCommand, setSuggestQuery, settle, tick, typeText } from "../../tests/fake/harness";
import { openModals } from "../../tests/fake/modal";

export const SCENES = ["sidebar", "block", "log-touch", "group-touch", "reach-out", "wizard", "triage", "import-review", "review", "detail", "settings"] as const;
export type Scene = (typeof SCENES)[number];

const RELATIONSHIPS = "keep-in-touch-relationships";
const REVIEW = "keep-in-touch-review";

/** Where each scene is drawn: the part of the page a screenshot or a check looks at. */
export function sceneRoot(scene: Scene): string {
  if (scene === "sidebar") return `.workspace-leaf-content[data-type="${RELATIONSHIPS}"]`;
  if (scene === "review") return `.workspace-leaf-content[data-type="${REVIEW}"]`;
  if (scene === "block") return ".kit-shot-note";
  if (scene === "settings") return ".kit-shot-settings .modal";
  return ".modal-container:last-of-type .modal";
}

/** People without a tier, as an import leaves them, so triage has someone to sort (the demo vault sorts everyone). */
const UNSORTED: Record<string, string> = {
  "People/Ravi Menon.md": "---\ncompany: Northwind Robotics\nrole: Head of platform\n---\nMet at the robotics meetup in Lisbon. Building a fleet scheduler; asked about our routing work.\n",
  "People/Sofia Lind.md": "---\ncompany: Fjord Health\n---\nIntroduced by [[Grace Mwangi]]. Runs the clinical data team.\n",
};

/** Chooses the first match for `query` in the picker a command opened (a command that needed none skips this). */
async function pick(suggest: O.SuggestModal<unknown> | null, query: string, what: string): Promise<void> {
  if (!suggest) throw new Error(`${what} opened no picker`);
  if (!("inputEl" in suggest)) return;
  await modalReady(suggest);
  await setSuggestQuery(suggest, query);
  await chooseSuggestion(suggest, 0);
}

async function opened(what: string): Promise<O.Modal> {
  const modal = lastModal<O.Modal>();
  if (!modal) throw new Error(`${what} opened no window`);
  await modalReady(modal);
  return modal;
}

/** The settings tab in a frame like Obsidian's settings window. */
function frameSettings(app: App): void {
  document.querySelector(".kit-shot-settings")?.remove();
  const tab = openSettingTab(app);
  const container = document.body.createDiv({ cls: "modal-container kit-shot-settings" });
  container.createDiv({ cls: "modal-bg" });
  const modal = container.createDiv({ cls: "modal mod-settings" });
  const content = modal.createDiv({ cls: "vertical-tab-content-container" });
  tab.containerEl.addClass("vertical-tab-content");
  content.appendChild(tab.containerEl);
}

/** Opens one surface; any window of another is closed first. */
export async function openScene(app: App, scene: Scene): Promise<void> {
  for (const modal of openModals.slice()) modal.close();
  document.querySelector(".kit-shot-settings")?.remove();
  switch (scene) {
    case "sidebar":
    case "block":
    case "review":
      return;
    case "log-touch": {
      await runCommand(app, "log-touch");
      await pick(lastModal(), "Amara", "Log touch…");
      const modal = await opened("Choosing Amara");
      const noteField = modal.contentEl.querySelector<HTMLInputElement>(".kit-note-input");
      if (noteField) typeText(noteField, "congratulated her on the routing engine");
      return;
    }
    case "group-touch": {
      await runCommand(app, "log-group-touch");
      const modal = await opened("Log a group touch…");
      // Two people ticked, as after a dinner.
      for (const box of Array.from(modal.contentEl.querySelectorAll<HTMLInputElement>(".kit-group-list input[type=checkbox]")).slice(0, 2)) box.click();
      return;
    }
    case "reach-out":
      await runCommand(app, "reach-out");
      await opened("Reach out…");
      return;
    case "wizard":
      await runCommand(app, "build-relationship-map");
      await opened("Build your relationship map");
      return;
    case "triage":
      for (const [path, text] of Object.entries(UNSORTED)) if (!app.vault.getFileByPath(path)) await app.vault.create(path, text);
      // The index takes them in as Obsidian's cache reads them.
      for (let i = 0; i < 5; i++) {
        await settle(app);
        await tick();
      }
      await runCommand(app, "sort-people-without-tier");
      await opened("Sort people without a tier");
      return;
    case "import-review": {
      await runCommand(app, "import-vcard");
      await pick(lastModal(), "contacts", "Import contacts from vCard");
      const modal = await opened("Choosing contacts.vcf");
      // The review reads the file a slice at a time; it is ready when its button is.
      for (let i = 0; i < 50 && !modal.contentEl.querySelector(".kit-import-summary"); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      return;
    }
    case "detail":
      await runCommand(app, "show-contact-details");
      await pick(lastModal(), "Amara", "Show contact details…");
      await opened("Choosing Amara");
      return;
    case "settings":
      frameSettings(app);
      return;
  }
}
