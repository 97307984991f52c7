import { SuggestModal } from "obsidian";
import type { AgendaEntry } from "../../core/planning/agenda";
import { splitTopics, topicCounts, whoWouldFindThisUseful, type TopicCount } from "../../core/conversation/topics";
import type { Host } from "../host";
import { lastTouchText } from "../shared/contact-text";
import { LogTouchModal } from "./log-touch-modal";
import { openStarterPicker } from "./starter-picker";
import { KIT_MODAL, KitModal } from "../shared/kit-modal";

/**
 * "Helpful without asking" in one step: pick (or type, comma-separated) the topics a
 * resource is about, then see who cares about them, the most overdue first.
 */
export class TopicPickerModal extends SuggestModal<TopicCount> {
  constructor(private readonly host: Host) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    this.setPlaceholder("Topics of what you want to share, separated by commas");
  }

  getSuggestions(query: string): TopicCount[] {
    const all = topicCounts(this.host.index.all());
    const typed = splitTopics(query);
    if (typed.length > 1) {
      // Several topics typed: offer them together first.
      const count = whoWouldFindThisUseful(this.host.index.all(), typed, this.host.today(), this.host.resolved.tiers).length;
      return [{ topic: typed.join(", "), count }, ...all.filter((t) => typed.some((q) => t.topic.toLowerCase().includes(q.toLowerCase())))];
    }
    const q = query.trim().toLowerCase();
    return q ? all.filter((t) => t.topic.toLowerCase().includes(q)) : all;
  }

  renderSuggestion(value: TopicCount, el: HTMLElement): void {
    el.createDiv({ text: value.topic });
    el.createDiv({ cls: "kit-suggestion-meta", text: `${value.count} ${value.count === 1 ? "person" : "people"}` });
  }

  onChooseSuggestion(value: TopicCount): void {
    new TopicMatchesModal(this.host, splitTopics(value.topic)).open();
  }
}

/** The people a resource would help, each with a log-touch button preset to "resource". */
export class TopicMatchesModal extends KitModal {
  constructor(
    private readonly host: Host,
    private readonly topics: string[],
  ) {
    super(host.app);
  }

  matches(): AgendaEntry[] {
    return whoWouldFindThisUseful(this.host.index.all(), this.topics, this.host.today(), this.host.resolved.tiers);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`Who would find this useful: ${this.topics.join(", ")}`);
    const matches = this.matches();
    if (matches.length === 0) {
      contentEl.createEl("p", { cls: "kit-muted", text: "Nobody has these topics yet. Add topics to contact notes to find them here." });
      return;
    }
    contentEl.createEl("p", { cls: "kit-muted", text: "Send a two-sentence note: why you thought of them, and the resource. No ask." });
    const kind = this.host.settings.touchKinds.find((k) => k === "resource");
    const today = this.host.today();
    for (const { contact, due } of matches) {
      const row = contentEl.createDiv({ cls: `kit-part-row kit-state-${due.state}`, attr: { "data-path": contact.path } });
      const main = row.createDiv({ cls: "kit-row-main" });
      main.createDiv({ cls: "kit-name", text: contact.name });
      main.createDiv({ cls: "kit-meta", text: `${contact.tier.label} · ${lastTouchText(contact, today)} · ${contact.topics.join(", ")}` });
      const button = row.createEl("button", { text: "Log touch", attr: { "aria-label": `Log a touch with ${contact.name}` } });
      button.addEventListener("click", () => new LogTouchModal(this.host, contact, undefined, kind ? { kind, exchange: "gave", direction: "out" } : {}).open());
      const starter = row.createEl("button", { cls: "kit-starter-button", text: "Starter", attr: { "aria-label": `Copy a message starter for ${contact.name}` } });
      starter.addEventListener("click", () => openStarterPicker(this.host, contact, { topic: this.topics.join(", ") }));
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
