import { AbstractInputSuggest, type App } from "obsidian";
import { describeLocalTime, localTimeOf, resolveTimeZoneName, timeZoneNames, type QuietHours } from "../../core/contacts/local-time";

/** How many zones the list offers at once; typing narrows the rest. */
const SHOWN = 30;

/**
 * Suggests IANA zone names as the user types ("kolk", "new york", "lisbon"), each
 * with the time there now, so a wrong pick shows at a glance.
 */
export class TimeZoneSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly now: () => Date,
    private readonly quiet: () => QuietHours,
    private readonly onPick: (zone: string) => void,
  ) {
    super(app, input);
    this.limit = SHOWN;
  }

  protected getSuggestions(query: string): string[] {
    const q = query.trim().toLowerCase().replace(/\s+/g, "_");
    const listed = timeZoneNames().filter((name) => name.toLowerCase().includes(q));
    // A valid name the platform doesn't list (Asia/Kolkata on some systems) is offered as typed.
    const typed = resolveTimeZoneName(query);
    return typed !== null && !listed.includes(typed) ? [typed, ...listed] : listed;
  }

  renderSuggestion(zone: string, el: HTMLElement): void {
    el.createDiv({ text: zone });
    el.createDiv({ cls: "kit-suggestion-meta", text: describeLocalTime(localTimeOf(zone, this.now(), this.quiet())) });
  }

  override selectSuggestion(zone: string): void {
    this.input.value = zone;
    this.onPick(zone);
    this.close();
  }
}
