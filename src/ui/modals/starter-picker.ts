import { FuzzySuggestModal, type FuzzyMatch } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import type { StarterTemplate } from "../../core/settings";
import { startersOnOffer, type StarterValues } from "../../core/conversation/starters";
import type { Host } from "../host";
import { loadStarters, starterValues } from "../../obsidian/starters-source";
import { StarterModal } from "./starter-modal";
import { KIT_MODAL } from "../shared/kit-modal";
import { describeLastTime, describeLongSilence, lastTimeOf, longSilenceDays, wayBackLine } from "../../core/insight/way-back";

/** Lists the starters by label and kind; the chosen one opens filled in, ready to edit and copy. */
class StarterPickerModal extends FuzzySuggestModal<StarterTemplate> {
  /** The settings' starters at once; the note's join when it has been read. */
  private starters: StarterTemplate[];
  private readonly values: Promise<StarterValues>;

  constructor(
    private readonly host: Host,
    private readonly contact: Contact,
    topic: string | undefined,
  ) {
    super(host.app);
    this.modalEl.addClass(KIT_MODAL);
    this.starters = startersOnOffer(host.settings.starters, []);
    this.values = starterValues(host, contact, topic);
    this.setPlaceholder(`A message starter for ${contact.name}`);
    this.setInstructions([
      { command: "↵", purpose: "to edit and copy" },
      { command: "esc", purpose: "to dismiss" },
    ]);
  }

  override onOpen(): void {
    void super.onOpen();
    void loadStarters(this.host).then(({ starters, problems }) => {
      this.starters = starters;
      for (const problem of problems) this.resultContainerEl.before(createDiv({ cls: "kit-error kit-starter-problem", text: problem }));
      // Shows the note's starters too, keeping what the user has typed.
      this.inputEl.dispatchEvent(new Event("input"));
    });
  }

  getItems(): StarterTemplate[] {
    return this.starters;
  }

  getItemText(starter: StarterTemplate): string {
    return `${starter.label} ${starter.kind}`;
  }

  override renderSuggestion(match: FuzzyMatch<StarterTemplate>, el: HTMLElement): void {
    const starter = match.item;
    el.addClass("kit-suggestion");
    el.createDiv({ cls: "kit-suggestion-name", text: starter.label });
    el.createDiv({ cls: "kit-suggestion-meta", text: starter.kind || "no kind" });
  }

  onChooseItem(starter: StarterTemplate): void {
    void Promise.all([this.values, wayBackOf(this.host, this.contact)]).then(([values, wayBack]) => new StarterModal(this.host, this.contact, starter, values, wayBack).open());
  }
}

/**
 * After a long silence, a starter opens by picking up from last time: the newest
 * touch's note, else a topic. Null when the silence isn't long.
 */
export async function wayBackOf(host: Host, contact: Contact): Promise<{ line: string; why: string } | null> {
  const days = longSilenceDays(contact, host.today());
  if (days === null) return null;
  const touches = await host.api.getTouches(contact.path).catch(() => []);
  const last = lastTimeOf(touches, contact.topics);
  const cited = last === null ? "nothing logged to pick up from" : describeLastTime(last);
  const said = describeLongSilence(days);
  return { line: wayBackLine(last), why: `${said.charAt(0).toUpperCase()}${said.slice(1)} (${cited}): the first line picks up from there.` };
}

/**
 * Offers a message starter for a contact: pick one, edit it, copy it. `context.topic`
 * (from the topic finder) fills `{{topic}}` instead of the contact's first topic.
 */
export function openStarterPicker(host: Host, contact: Contact, context?: { topic?: string }): void {
  new StarterPickerModal(host, contact, context?.topic).open();
}
