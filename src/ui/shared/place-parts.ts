import { setIcon } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { describeLocalTime, localTimeOf, type QuietHours } from "../../core/contacts/local-time";
import { placeFilterText } from "../../core/contacts/places";

/** The minute a clock reading falls in: a row showing a local time is drawn again when it changes. */
export function minuteOf(now: Date): number {
  return Math.floor(now.getTime() / 60_000);
}

/** `@Lisbon`, a link that filters the view to that place (the view handles the click, by `data-place`). */
export function renderPlace(parent: HTMLElement, contact: Pick<Contact, "location">): void {
  if (contact.location === null) return;
  const text = placeFilterText(contact.location);
  parent.createEl("a", { cls: "kit-place", text, href: "#", attr: { "data-place": contact.location, title: `Show only the people in ${contact.location} (${text})` } });
}

/**
 * "14:05 there", with a moon and a muted look in their quiet hours. Shows nothing
 * without a valid zone (an invalid one is already a warning on the contact).
 */
export function renderLocalTime(parent: HTMLElement, contact: Pick<Contact, "timezone">, now: Date, quiet: QuietHours, tapToExplain = true): void {
  if (contact.timezone === null) return;
  const time = localTimeOf(contact.timezone, now, quiet);
  const explanation = describeLocalTime(time);
  // In the view a tap shows the same words as a hover: touch screens have no hover.
  const tap: Record<string, string> = tapToExplain ? { role: "button", tabindex: "0", "data-explain": explanation } : {};
  const el = parent.createSpan({ cls: time.quiet ? "kit-local-time kit-local-quiet" : "kit-local-time", attr: { ...tap, "aria-label": explanation, title: explanation } });
  if (time.quiet) setIcon(el.createSpan({ cls: "kit-local-icon" }), "moon");
  el.createSpan({ text: `${time.text} there` });
}
