import type { StarterTemplate } from "../../core/settings";
import { DEFAULT_STARTERS } from "../../core/conversation/starters";
import type { SettingsHost } from "../host";
import { readStartersNote } from "../../obsidian/starters-source";
import { checkedPath } from "../../obsidian/vault-paths";
import { textSetting } from "./setting-fields";
import type { SettingsSink } from "./settings-sink";

const NEW_STARTER: StarterTemplate = { kind: "check-in", label: "New starter", text: "Hi {{first_name|there}}, [a line of warmth].\n[A line of value: a link, an idea, an offer.]" };

/**
 * The message starters: a note of one's own, and the list kept in settings. The list
 * shows the built-in starters until one is edited; from then on the list is the user's.
 */
export function displayStarterSettings(sink: SettingsSink, host: SettingsHost, redraw: () => void): void {
  const settings = host.settings;
  const save = () => void host.saveSettings();
  const saveAndRedraw = async () => {
    await host.saveSettings();
    redraw();
  };
  /** The first edit makes the built-in starters the user's own, so the one being edited is kept. */
  const own = (): StarterTemplate[] => {
    if (settings.starters.length === 0) settings.starters = DEFAULT_STARTERS.map((s) => ({ ...s }));
    return settings.starters;
  };

  sink.heading(
    "Message starters",
    "Short messages to edit and copy when reaching out: a line of warmth and a line of value. Placeholders: {{name}}, {{first_name}}, {{topic}}, {{last_touch_note}}; {{topic|your work}} gives words for when the note has none, and without them a line that needs a missing value is left out.",
  );

  let statusEl: HTMLElement | null = null;
  let checks = 0;
  const checkNote = async () => {
    const check = ++checks;
    const path = settings.startersNote;
    const { starters, problems } = await readStartersNote(host.app.vault, path);
    if (check !== checks || !statusEl) return;
    statusEl.toggleClass("kit-error", problems.length > 0);
    if (path === "") statusEl.setText("");
    else if (problems.length > 0) statusEl.setText(problems.join(" "));
    else statusEl.setText(`${starters.length} ${starters.length === 1 ? "starter" : "starters"} in this note.`);
  };
  textSetting(sink, {
    name: "Starters note",
    desc: "A note whose “## ” sections are starters too: the heading is the label, an optional first line “kind: congrats” sets the kind, the rest is the text. Leave empty to turn this off.",
    placeholder: "Templates/Message starters.md",
    value: settings.startersNote,
    onChange: (value) => {
      const checked = value.trim() === "" ? { ok: true as const, path: "" } : checkedPath(value);
      if (!checked.ok) {
        // Refused as typed: the reason shows where the note's status does, and the last good path stays.
        checks++;
        statusEl?.addClass("kit-error");
        statusEl?.setText(checked.error);
        return;
      }
      settings.startersNote = checked.path;
      save();
      void checkNote();
    },
    then: (setting) => {
      statusEl = setting.descEl.createDiv({ cls: "kit-starters-note-status" });
      void checkNote();
    },
  });

  const shown = settings.starters.length > 0 ? settings.starters : DEFAULT_STARTERS;
  shown.forEach((starter, i) => {
    const edit = (key: keyof StarterTemplate, clean: (value: string) => string) => (value: string) => {
      const target = own()[i];
      if (!target) return;
      target[key] = clean(value);
      save();
    };
    sink.row(
      `Starter: ${starter.label}`,
      undefined,
      (setting) =>
        void setting
          .setClass("kit-starter-setting")
          .addText((text) =>
            text
              .setPlaceholder("Label")
              .setValue(starter.label)
              .onChange(edit("label", (v) => v.trim())),
          )
          .addText((text) =>
            text
              .setPlaceholder("Kind")
              .setValue(starter.kind)
              .onChange(edit("kind", (v) => v.trim().replace(/\s+/g, "-"))),
          )
          .addTextArea((text) => {
            text
              .setPlaceholder("Text")
              .setValue(starter.text)
              .onChange(edit("text", (v) => v));
            text.inputEl.rows = 3;
          })
          .addExtraButton((button) =>
            button
              .setIcon("trash")
              .setTooltip("Remove starter")
              .onClick(() => {
                own().splice(i, 1);
                void saveAndRedraw();
              }),
          ),
    );
  });

  sink.row(
    "Add or restore starters",
    settings.starters.length > 0 ? "Your own starters replace the built-in ones; with none left, the built-in ones come back." : "These are the built-in starters; an edit makes them your own.",
    (setting) =>
      void setting
        .addButton((button) =>
          button.setButtonText("Add starter").onClick(() => {
            own().push({ ...NEW_STARTER });
            void saveAndRedraw();
          }),
        )
        .addButton((button) =>
          button
            .setButtonText("Restore defaults")
            .setDisabled(settings.starters.length === 0)
            .onClick(() => {
              settings.starters = [];
              void saveAndRedraw();
            }),
        ),
  );
}
