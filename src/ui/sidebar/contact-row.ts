import { setIcon } from "obsidian";
import { describeRhythm } from "../../core/contacts/contact";
import { driftFiguresOf, driftOf } from "../../core/insight/drift";
import { describeWarmth, warmthOf } from "../../core/insight/warmth";
import type { LocalDate } from "../../core/shared/dates";
import { DEFAULT_QUIET_HOURS, type QuietHours } from "../../core/contacts/local-time";
import type { ModelEntry } from "../../core/planning/agenda-model";
import { lastTouchText } from "../shared/contact-text";
import { minuteOf, renderLocalTime, renderPlace } from "../shared/place-parts";
import type { RowRenderer } from "./windowed-rows";

/**
 * One contact's row in the relationships view: name, tier, last touch, a warning if
 * any, and the ✓ and ⋮ buttons. Rows carry no listeners of their own: the view
 * handles clicks and keys for all of them at once, by the row's `data-path`.
 */
export class ContactRows implements RowRenderer<ModelEntry> {
  /** The minute each row with a local time was drawn in, by path. */
  private readonly drawnMinute = new Map<string, number>();

  constructor(
    private readonly today: () => LocalDate,
    private readonly now: () => Date = () => new Date(),
    private readonly quietHours: () => QuietHours = () => DEFAULT_QUIET_HOURS,
  ) {}

  key(entry: ModelEntry): string {
    return entry.contact.path;
  }

  /** A row shows its contact as resolved on one day: a new contact object or a new day draws it again, and a new minute a row with a local time. */
  same(drawn: ModelEntry, entry: ModelEntry): boolean {
    if (entry.contact.timezone !== null && this.drawnMinute.get(entry.contact.path) !== minuteOf(this.now())) return false;
    return drawn.contact === entry.contact && drawn.due.state === entry.due.state && drawn.due.daysSince === entry.due.daysSince;
  }

  render(entry: ModelEntry): HTMLElement {
    const { contact, due } = entry;
    const row = createEl("li", { cls: `kit-row kit-state-${due.state}`, attr: { "data-path": contact.path } });
    // Where they are sits beside the name: the second line is full with tier, warmth and last touch.
    const nameLine = contact.location !== null || contact.timezone !== null ? row.createDiv({ cls: "kit-name-line" }) : row;
    nameLine.createEl("a", { cls: "kit-name", text: contact.name, href: "#" });
    renderPlace(nameLine, contact);
    if (contact.timezone !== null) {
      const now = this.now();
      this.drawnMinute.set(contact.path, minuteOf(now));
      renderLocalTime(nameLine, contact, now, this.quietHours());
    }
    const meta = row.createDiv({ cls: "kit-meta" });
    meta.createSpan({ cls: "kit-tier", text: contact.tier.label, attr: { title: describeRhythm(contact) } });
    this.renderWarmth(meta, entry);
    const when = due.state === "snoozed" && contact.snoozeUntil ? `snoozed until ${contact.snoozeUntil}` : lastTouchText(contact, this.today());
    const source = contact.lastTouchSource;
    if (source && source !== contact.path && due.state !== "snoozed") {
      // The last touch was a mention: show where; a click opens that note.
      meta.createEl("a", { cls: "kit-last-touch kit-source", text: when, href: "#", attr: { title: `Mentioned in ${source}`, "data-source": source } });
    } else {
      meta.createSpan({ cls: "kit-last-touch", text: when });
    }
    if (due.state !== "paused" && due.state !== "snoozed") {
      if (driftFiguresOf(contact, this.today()).drifting) {
        const drift = driftOf(contact, this.today());
        // A tap shows the same words as a hover: touch screens have no hover.
        const mark = meta.createSpan({ cls: "kit-drift", attr: { role: "button", tabindex: "0", "aria-label": drift.explanation, title: drift.explanation, "data-explain": drift.explanation } });
        setIcon(mark, "trending-down");
      }
    }
    if (contact.promises.length > 0) {
      const n = contact.promises.length;
      // Short, so the last touch keeps its room on a narrow sidebar; the words are in the label.
      const label = `${n} open ${n === 1 ? "promise" : "promises"}`;
      const count = meta.createSpan({ cls: "kit-promise-count", attr: { "aria-label": label, title: label } });
      setIcon(count.createSpan({ cls: "kit-promise-icon" }), "list-todo");
      count.createSpan({ text: String(n) });
    }
    if (contact.warnings.length > 0) {
      const warnings = contact.warnings.join("\n");
      setIcon(meta.createSpan({ cls: "kit-warning", attr: { "aria-label": warnings, title: warnings } }), "alert-triangle");
    }
    setIcon(row.createEl("button", { cls: "kit-log clickable-icon", attr: { "aria-label": `Log a touch with ${contact.name} today` } }), "check");
    setIcon(row.createEl("button", { cls: "kit-more clickable-icon", attr: { "aria-label": `More actions for ${contact.name}` } }), "more-vertical");
    return row;
  }

  /** A ten-step bar: the class carries the width, so no inline style is needed. */
  private renderWarmth(meta: HTMLElement, entry: ModelEntry): void {
    const warmth = warmthOf(entry.contact, this.today());
    const explanation = `Warmth: ${describeWarmth(warmth)}`;
    const bar = meta.createSpan({
      cls: "kit-warmth",
      attr: { role: "img", tabindex: "0", "aria-label": explanation, title: explanation, "data-explain": explanation, "data-warmth": String(Math.round(warmth.value * 10)) },
    });
    bar.createSpan({ cls: "kit-warmth-fill" });
  }
}
