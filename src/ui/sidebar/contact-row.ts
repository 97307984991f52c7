import { Platform, setIcon } from "obsidian";
import { describeRhythm } from "../../core/contacts/contact";
import { driftFiguresOf, driftOf } from "../../core/insight/drift";
import { describeWarmth, warmthOf } from "../../core/insight/warmth";
import type { LocalDate } from "../../core/shared/dates";
import type { QuietHours } from "../../core/contacts/local-time";
import type { ModelEntry } from "../../core/planning/agenda-model";
import { ROW_LINE_RULES, rowLineOf, type RowLineRule } from "../../core/planning/row-line";
import { lastTouchText } from "../shared/contact-text";
import { minuteOf, renderLocalTime, renderPlace } from "../shared/place-parts";
import { factsText, rowFacts } from "./row-facts";
import type { RowRenderer } from "./windowed-rows";

/** What a row needs besides its contact: the day, the clock, the quiet hours, and how far ahead dates count. */
export interface RowContext {
  today(): LocalDate;
  now(): Date;
  quietHours(): QuietHours;
  upcomingDays(): number;
  /** Whether the view is wide enough for a third line of facts (a narrow view's rows don't draw it at all). */
  wide(): boolean;
  /** The order in which a row's line is chosen (the core's, unless a test gives its own). */
  rules?: readonly RowLineRule[];
}

/**
 * One contact's row in the relationships view: the name on a line of its own, one line
 * under it chosen by the core's priority (overdue by how much, due, a promise, a date…),
 * and the ✓ and ⋮ buttons. The rest (tier, last touch, place and local time, warmth,
 * drift, open promises) is the name's tooltip and description, the long-press menu, and
 * a third line, drawn only where the view is wide enough to show it. Rows carry no
 * listeners of their own: the view handles clicks and keys for all of them at once, by
 * the row's `data-path`.
 */
export class ContactRows implements RowRenderer<ModelEntry> {
  /** The minute each row with a local time was drawn in, by path. */
  private readonly drawnMinute = new Map<string, number>();

  constructor(private readonly context: RowContext) {}

  key(entry: ModelEntry): string {
    return entry.contact.path;
  }

  /** A row shows its contact as resolved on one day: a new contact object or a new day draws it again, and a new minute a row with a local time. */
  same(drawn: ModelEntry, entry: ModelEntry): boolean {
    if (entry.contact.timezone !== null && this.drawnMinute.get(entry.contact.path) !== minuteOf(this.context.now())) return false;
    return drawn.contact === entry.contact && drawn.due.state === entry.due.state && drawn.due.daysSince === entry.due.daysSince;
  }

  render(entry: ModelEntry): HTMLElement {
    const { contact, due } = entry;
    const today = this.context.today();
    const now = this.context.now();
    const quiet = this.context.quietHours();
    if (contact.timezone !== null) this.drawnMinute.set(contact.path, minuteOf(now));
    const row = createEl("li", { cls: `kit-row kit-state-${due.state}`, attr: { "data-path": contact.path } });
    const facts = factsText(rowFacts(contact, today, now, quiet));
    // The name has its line to itself, so nothing else can make it shorter.
    row.createEl("a", { cls: "kit-name", text: contact.name, href: "#", attr: { title: facts, "aria-description": facts } });

    const line = rowLineOf({ contact, due, today, upcomingDays: this.context.upcomingDays() }, this.context.rules ?? ROW_LINE_RULES);
    const lineEl = row.createDiv({ cls: `kit-row-line kit-tone-${line.tone}`, attr: { "data-rule": line.rule, title: facts } });
    if (contact.warnings.length > 0) {
      const warnings = contact.warnings.join("\n");
      setIcon(lineEl.createSpan({ cls: "kit-warning", attr: { "aria-label": warnings, title: warnings } }), "alert-triangle");
    }
    const source = contact.lastTouchSource;
    if (line.rule === "last-touch" && source && source !== contact.path && !Platform.isPhone) {
      // The last touch was a mention: a click opens that note. On a phone the long-press menu offers it, with room for a finger.
      lineEl.createEl("a", { cls: "kit-line-text kit-last-touch kit-source", text: line.text, href: "#", attr: { title: `Mentioned in ${source}`, "data-source": source } });
    } else if (line.why !== undefined && !Platform.isPhone) {
      // A flag says why on hover, and on a click or Enter, as the warmth and drift marks do.
      lineEl.createSpan({ cls: `kit-line-text kit-flag kit-flag-${line.rule}`, text: line.text, attr: { role: "button", tabindex: "0", title: line.why, "aria-description": line.why, "data-explain": line.why } });
    } else if (line.why !== undefined) {
      // On a phone the line is too short to be a finger's target of its own: a tap opens the note as anywhere on the row, and the row's menu says why, each flag a line.
      lineEl.createSpan({ cls: `kit-line-text kit-flag kit-flag-${line.rule}`, text: line.text, attr: { "aria-description": line.why } });
    } else {
      lineEl.createSpan({ cls: "kit-line-text", text: line.text });
    }

    if (this.context.wide()) this.renderWideFacts(row.createDiv({ cls: "kit-row-facts kit-meta" }), entry, line.rule, now, quiet);
    setIcon(row.createEl("button", { cls: "kit-log clickable-icon", attr: { "aria-label": `Log a touch with ${contact.name} today` } }), "check");
    setIcon(row.createEl("button", { cls: "kit-more clickable-icon", attr: { "aria-label": `More actions for ${contact.name}` } }), "more-vertical");
    return row;
  }

  /**
   * The third line, for a view wide enough to show it: tier,
   * last touch (unless the line above already says it), place and local time, the warmth
   * bar, a drift mark and the count of open promises. Each explains itself on hover and
   * on tap; the place filters the view to it.
   */
  private renderWideFacts(meta: HTMLElement, entry: ModelEntry, rule: string, now: Date, quiet: QuietHours): void {
    const { contact, due } = entry;
    const today = this.context.today();
    meta.createSpan({ cls: "kit-tier", text: contact.tier.label, attr: { title: describeRhythm(contact) } });
    if (rule !== "last-touch" && rule !== "due") meta.createSpan({ cls: "kit-last-touch", text: lastTouchText(contact, today) });
    renderPlace(meta, contact);
    if (contact.timezone !== null) renderLocalTime(meta, contact, now, quiet);
    const warmth = warmthOf(contact, today);
    const explanation = `Warmth: ${describeWarmth(warmth)}`;
    const bar = meta.createSpan({
      cls: "kit-warmth",
      attr: { role: "img", tabindex: "0", "aria-label": explanation, title: explanation, "data-explain": explanation, "data-warmth": String(Math.round(warmth.value * 10)) },
    });
    bar.createSpan({ cls: "kit-warmth-fill" });
    if (due.state !== "paused" && due.state !== "snoozed" && driftFiguresOf(contact, today).drifting) {
      const drift = driftOf(contact, today);
      const mark = meta.createSpan({ cls: "kit-drift", attr: { role: "button", tabindex: "0", "aria-label": drift.explanation, title: drift.explanation, "data-explain": drift.explanation } });
      setIcon(mark, "trending-down");
    }
    if (contact.promises.length > 0) {
      const n = contact.promises.length;
      const label = `${n} open ${n === 1 ? "promise" : "promises"}`;
      const count = meta.createSpan({ cls: "kit-promise-count", attr: { "aria-label": label, title: label } });
      setIcon(count.createSpan({ cls: "kit-promise-icon" }), "list-todo");
      count.createSpan({ text: String(n) });
    }
  }
}
