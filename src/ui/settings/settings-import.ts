import type { SettingsHost } from "../host";
import { pathSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

/** Where imported people's new notes start from. */
export function displayImportSettings(sink: SettingsSink, host: SettingsHost): void {
  const settings = host.settings;
  sink.heading("Import");
  pathSetting(sink, {
    name: "Template for new contacts",
    desc: "A note whose text each new note from an import starts with; its properties are kept as they are, and the imported ones added. Leave empty for plain notes.",
    placeholder: "Templates/Person.md",
    value: settings.importTemplate,
    kind: "file",
    remark: (path) => (path === "" || templateExists(host, path) ? "" : `No note at "${path}" yet: imports will stop until it exists.`),
    save: (path) => {
      settings.importTemplate = path;
      void host.saveSettings();
    },
  });
}

function templateExists(host: SettingsHost, path: string): boolean {
  return host.app.vault.getFileByPath(path) !== null || host.app.vault.getFileByPath(`${path}.md`) !== null;
}
