import { Setting } from "obsidian";
import { buildAgenda, matchesFilter } from "../../core/planning/agenda";
import type { Contact } from "../../core/contacts/contact";
import { joinNames } from "../../core/daily/daily-lines";
import type { Host } from "../host";
import { messageOf } from "../../core/shared/errors";
import type { ChipGroup } from "../shared/chip-group";
import { kindChips, touchDateSetting } from "../settings/setting-fields";
import { KitModal } from "../shared/kit-modal";

/** How many matching people the picker lists at once; the search narrows the rest. */
const SHOWN = 100;

/** Picks several contacts and logs one touch (date, kind, note) for all of them. */
export class GroupTouchModal extends KitModal {
  private readonly selected = new Set<string>();
  private query = "";
  private date: string;
  private note = "";
  private kinds!: ChipGroup<string>;
  private listEl!: HTMLElement;
  private countEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private running = false;

  constructor(
    private readonly host: Host,
    preselected: readonly string[] = [],
  ) {
    super(host.app);
    this.date = host.today();
    for (const path of preselected) this.selected.add(path);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Log a group touch");
    contentEl.addClass("kit-group-touch");
    const search = contentEl.createEl("input", { type: "search", cls: "kit-group-search", attr: { placeholder: "Find people by name or topic", "aria-label": "Find people" } });
    search.addEventListener("input", () => {
      this.query = search.value;
      this.renderList();
    });
    this.countEl = contentEl.createDiv({ cls: "kit-muted kit-group-count" });
    this.listEl = contentEl.createDiv({ cls: "kit-group-list" });
    this.renderList();

    touchDateSetting(contentEl, this.host.today(), this.date, (value) => (this.date = value));
    this.kinds = kindChips(contentEl, this.host.settings.touchKinds, "meeting", false);
    new Setting(contentEl).setName("Note").addText((text) => text.setPlaceholder("The dinner, the roundtable…").onChange((value) => (this.note = value)));
    this.statusEl = contentEl.createDiv({ cls: "kit-group-status", attr: { "aria-live": "polite" } });
    new Setting(contentEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Log touch")
          .setCta()
          .onClick(() => void this.submit()),
      );
    window.setTimeout(() => search.focus(), 0);
  }

  private candidates(): Contact[] {
    const agenda = buildAgenda(this.host.index.all(), this.host.today(), this.host.resolved.tiers);
    return [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed, ...agenda.paused].map((e) => e.contact).filter((c) => matchesFilter(c, { text: this.query }));
  }

  private renderList(): void {
    this.listEl.empty();
    const matches = this.candidates();
    for (const contact of matches.slice(0, SHOWN)) {
      const label = this.listEl.createEl("label", { cls: "kit-group-item" });
      const box = label.createEl("input", { type: "checkbox", attr: { "data-path": contact.path } });
      box.checked = this.selected.has(contact.path);
      box.addEventListener("change", () => {
        if (box.checked) this.selected.add(contact.path);
        else this.selected.delete(contact.path);
        this.updateCount();
      });
      label.createSpan({ text: contact.name });
      label.createSpan({ cls: "kit-muted", text: contact.tier.label });
    }
    if (matches.length > SHOWN) this.listEl.createDiv({ cls: "kit-muted", text: `${matches.length - SHOWN} more match; narrow the search to see them.` });
    this.updateCount();
  }

  private updateCount(): void {
    this.countEl.setText(`${this.selected.size} selected`);
  }

  /** Select or clear people by path; for tests and for the view's "log with others" action. */
  select(path: string, on = true): void {
    if (on) this.selected.add(path);
    else this.selected.delete(path);
    this.renderList();
  }

  setNote(note: string): void {
    this.note = note;
  }

  async submit(): Promise<boolean> {
    if (this.running) return false;
    if (this.selected.size === 0) {
      this.statusEl.setText("Pick at least one person.");
      return false;
    }
    this.running = true;
    try {
      const paths = [...this.selected];
      // Every note the group touch wrote is one step to undo.
      const result = await this.host.actions.logGroupTouch(paths, { date: this.date, kind: this.kinds.value, note: this.note }, (done, total) => this.statusEl.setText(`Logging ${done} of ${total}…`));
      if (result.failed.length === 0) this.close();
      else this.statusEl.setText(`Not logged: ${joinNames(result.failed.map((f) => f.name))}. The others are logged.`);
      return result.failed.length === 0;
    } catch (error) {
      this.statusEl.setText(messageOf(error));
      return false;
    } finally {
      this.running = false;
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
