import { normalizePath } from "obsidian";
import type { SettingsHost } from "../host";
import { textSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Where imported people's new notes start from. */
export function displayImportSettings(sink: SettingsSink, host: SettingsHost): void {
  const settings = host.settings;
  sink.heading("Import");
  let problemEl: HTMLElement | null = null;
  textSetting(sink, {
    name: "Template for new contacts",
    desc: "A note whose text each new note from an import starts with; its properties are kept as they are, and the imported ones added. Leave empty for plain notes.",
    placeholder: "Templates/Person.md",
    value: settings.importTemplate,
    onChange: (value) => {
      const path = value.trim() === "" ? "" : normalizePath(value.trim());
      settings.importTemplate = path;
      problemEl?.setText(path === "" || templateExists(host, path) ? "" : `No note at "${path}" yet: imports will stop until it exists.`);
      void host.saveSettings();
    },
    then: (setting) => (problemEl = setting.descEl.createDiv({ cls: "kit-error" })),
  });
}

function templateExists(host: SettingsHost, path: string): boolean {
  return host.app.vault.getFileByPath(path) !== null || host.app.vault.getFileByPath(`${path}.md`) !== null;
}
