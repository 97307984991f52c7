import type { Contact } from "../../core/contacts/contact";
import { addDaysTo, daysBetween, formatAgo } from "../../core/shared/dates";
import type { FuelItem } from "../../core/conversation/fuel";
import { formatTouchFields } from "../../core/touches/touch-line";
import type { Host } from "../host";
import { dueQueue, readReachOutCard, ReachOutQueue, type ReachOutCard } from "../../obsidian/reach-out";
import { FuelClearModal, renderFuelItem } from "./fuel-clear-modal";
import { LogTouchModal } from "./log-touch-modal";
import { describeLocalTime, localTimeOf, quietHoursOf } from "../../core/contacts/local-time";
import { SNOOZE_WEEK_DAYS } from "./snooze-modal";
import { KitModal } from "../shared/kit-modal";

type Action = "log" | "snooze" | "open" | "note" | "skip";

/** The keys, in the order the legend shows them. Space skips too. */
const KEYS: { action: Action; key: string; label: string }[] = [
  { action: "log", key: "l", label: "Log a touch" },
  { action: "snooze", key: "s", label: "Snooze a week" },
  { action: "open", key: "o", label: "Open note" },
  { action: "note", key: "n", label: "Add for next time" },
  { action: "skip", key: "→", label: "Skip" },
];

/** Typing in a field is typing, not a command. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.targetNode;
  return !!target && (target.instanceOf(HTMLInputElement) || target.instanceOf(HTMLTextAreaElement) || (target.instanceOf(HTMLElement) && target.isContentEditable));
}

/**
 * Walks through who is due, one person at a time, with what to say: the last touch
 * and its note, open promises, what the user jotted for next time, and the start of
 * the note. One key per action; a batch holds the weekly capacity, and the next
 * batch comes only when asked for.
 */
export class ReachOutModal extends KitModal {
  private queue: ReachOutQueue | null = null;
  private card: ReachOutCard | null = null;
  /** Each draw's number; a card read for an older draw is dropped. */
  private draw = 0;
  private addEl: HTMLInputElement | null = null;
  private busy = false;

  constructor(private readonly host: Host) {
    super(host.app);
  }

  override async onOpen(): Promise<void> {
    this.modalEl.addClass("kit-reach-modal");
    this.setTitle("Reach out");
    this.contentEl.createDiv({ cls: "kit-muted", text: "Reading your contacts…" });
    await this.host.index.ready;
    this.queue = new ReachOutQueue(dueQueue(this.host), this.host.settings.weeklyCapacity);
    const bind = (key: string, action: Action) =>
      this.scope.register([], key, (event: KeyboardEvent) => {
        if (isTyping(event)) return true;
        // Space on a focused button presses that button, as everywhere else.
        if (key === " " && event.targetNode?.instanceOf(HTMLButtonElement)) return true;
        void this.run(action);
        return false;
      });
    for (const { key, action } of KEYS) bind(key === "→" ? "ArrowRight" : key, action);
    bind(" ", "skip");
    await this.render();
  }

  override onClose(): void {
    this.draw++;
    this.contentEl.empty();
  }

  /** The contact on show, as the index knows it now. */
  private contact(): Contact | undefined {
    const path = this.queue?.current;
    return path === undefined ? undefined : this.host.index.get(path);
  }

  /** Draws the person on show, or the end of the batch; people no longer known to the index are passed over. */
  async render(): Promise<void> {
    const queue = this.queue;
    if (!queue) return;
    while (queue.current !== undefined && !this.contact()) queue.next();
    const draw = ++this.draw;
    const contact = this.contact();
    const card = contact ? await readReachOutCard(this.host, contact) : null;
    if (draw !== this.draw) return;
    this.card = card;
    this.contentEl.empty();
    this.addEl = null;
    if (!contact || !card) this.renderEnd(queue);
    else this.renderCard(queue, contact, card);
  }

  private renderCard(queue: ReachOutQueue, contact: Contact, card: ReachOutCard): void {
    const el = this.contentEl.createDiv({ cls: "kit-reach-card" });
    const { at, of } = queue.place;
    const due = queue.paths.length;
    el.createDiv({ cls: "kit-reach-place", text: `${at} of ${of}${due > of ? ` · ${due} due in all` : ""}` });
    const head = el.createDiv({ cls: "kit-reach-head" });
    head.createEl("h3", { cls: "kit-reach-name", text: contact.name });
    head.createSpan({ cls: "kit-reach-tier", text: contact.tier.label });
    this.renderLocalTime(head, contact);
    this.renderLastTouch(el, contact, card);
    if (card.problem) el.createDiv({ cls: "kit-error", text: card.problem });

    const promises = contact.promises.filter((p) => !card.fuel.some((f) => p.path === contact.path && f.raw.split("\n").includes(p.raw)));
    if (promises.length > 0) {
      const list = this.section(el, "Open promises", "kit-reach-promises");
      for (const promise of promises) list.createEl("li", { text: promise.due ? `${promise.text} (due ${promise.due})` : promise.text });
    }

    const fuel = this.section(el, "Next time", "kit-reach-fuel");
    if (card.fuel.length === 0) fuel.createEl("li", { cls: "kit-reach-nothing", text: "Nothing noted yet — add something with n" });
    for (const item of card.fuel) renderFuelItem(fuel.createEl("li", { cls: "kit-fuel-item" }), item);
    this.addEl = el.createEl("input", { cls: "kit-reach-add", type: "text", attr: { placeholder: "Something to ask or share next time", "aria-label": "Add for next time" } });
    this.addEl.hide();
    this.addEl.addEventListener("keydown", (event) => this.onAddKey(event, contact));

    if (card.preview.length > 0) {
      const preview = el.createDiv({ cls: "kit-reach-preview", attr: { "aria-label": "From the note" } });
      for (const line of card.preview) preview.createDiv({ text: line });
    }
    this.renderLegend();
  }

  private renderLastTouch(el: HTMLElement, contact: Contact, card: ReachOutCard): void {
    const today = this.host.today();
    const last = el.createDiv({ cls: "kit-reach-last" });
    last.createSpan({ text: contact.lastTouch ? `Last touch ${formatAgo(daysBetween(contact.lastTouch, today))} (${contact.lastTouch})` : "No touch yet: this is the first." });
    const logged = card.lastLogged;
    if (logged?.note) {
      const fields = formatTouchFields(logged);
      last.createDiv({ cls: "kit-reach-last-note", text: `“${logged.note}” — ${fields ? `${fields}, ` : ""}${logged.date}` });
    }
  }

  private section(el: HTMLElement, title: string, cls: string): HTMLElement {
    const section = el.createDiv({ cls: `kit-reach-section ${cls}` });
    section.createDiv({ cls: "kit-reach-section-title", text: title });
    return section.createEl("ul");
  }

  /** The keys, each also a button for a pointer or a touch screen. */
  private renderLegend(): void {
    const legend = this.contentEl.createDiv({ cls: "kit-reach-legend", attr: { role: "group", "aria-label": "Keys" } });
    for (const { action, key, label } of KEYS) {
      const button = legend.createEl("button", { cls: `kit-reach-key kit-reach-${action}` });
      button.createEl("kbd", { text: key === "→" ? "→ / Space" : key });
      button.createSpan({ text: label });
      button.addEventListener("click", () => void this.run(action));
    }
    const close = legend.createEl("button", { cls: "kit-reach-key kit-reach-close" });
    close.createEl("kbd", { text: "Esc" });
    close.createSpan({ text: "Close" });
    close.addEventListener("click", () => this.close());
  }

  /** The end of a batch: how many more are due, and the next batch on request; or nobody due at all. */
  private renderEnd(queue: ReachOutQueue): void {
    const el = this.contentEl.createDiv({ cls: "kit-reach-end" });
    const more = queue.remaining;
    if (queue.paths.length === 0) el.createEl("p", { text: "Nobody is due right now: everyone has heard from you recently enough. Enjoy the quiet." });
    else if (more === 0) el.createEl("p", { text: "That's everyone who is due. Well done." });
    else el.createEl("p", { text: `That's this batch done. ${more} more ${more === 1 ? "is" : "are"} due.` });
    const row = el.createDiv({ cls: "modal-button-container" });
    const close = row.createEl("button", { cls: more === 0 ? "mod-cta" : "", text: more === 0 ? "Close" : "Stop here" });
    close.addEventListener("click", () => this.close());
    let focus = close;
    if (more > 0) {
      focus = row.createEl("button", { cls: "mod-cta", text: `Continue with the next ${queue.nextBatchSize}` });
      focus.addEventListener("click", () => void this.continueWithNext());
    }
    window.setTimeout(() => focus.focus(), 0);
  }

  /** Their time of day, when the note gives a time zone: marked inside the quiet hours set in settings. */
  private renderLocalTime(parent: HTMLElement, contact: Contact): void {
    if (!contact.timezone) return;
    try {
      const time = localTimeOf(contact.timezone, this.host.now(), quietHoursOf(this.host.settings));
      parent.createSpan({ cls: time.quiet ? "kit-reach-time kit-reach-quiet" : "kit-reach-time", text: describeLocalTime(time) });
    } catch {
      // A zone this platform doesn't know: the contact's warnings already say so.
    }
  }

  /** Starts the next batch. */
  continueWithNext(): Promise<void> {
    this.queue?.continueWithNext();
    return this.render();
  }

  /** One action on the person on show; the key handlers and the legend's buttons both come here. */
  async run(action: Action): Promise<void> {
    const contact = this.contact();
    const card = this.card;
    if (!contact || !card || this.busy) return;
    if (action === "skip") return this.advance();
    if (action === "open") {
      this.close();
      await this.app.workspace.openLinkText(contact.path, "", false);
      return;
    }
    if (action === "note") {
      this.addEl?.show();
      this.addEl?.focus();
      return;
    }
    if (action === "log") {
      new LogTouchModal(this.host, contact, () => this.afterLogging(contact, card.fuel), { direction: "out" }).open();
      return;
    }
    this.busy = true;
    try {
      if (await this.host.actions.snooze(contact, addDaysTo(this.host.today(), SNOOZE_WEEK_DAYS))) await this.advance();
    } finally {
      this.busy = false;
    }
  }

  /** After a touch: the next person, and an offer to clear the fuel that was used. */
  private afterLogging(contact: Contact, fuel: readonly FuelItem[]): void {
    void this.advance();
    if (fuel.length > 0) new FuelClearModal(this.host, contact, fuel).open();
  }

  private advance(): Promise<void> {
    this.queue?.next();
    return this.render();
  }

  /** Enter adds the item; Escape puts the field away without closing the queue. */
  private onAddKey(event: KeyboardEvent, contact: Contact): void {
    const input = this.addEl;
    if (!input || event.isComposing) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      input.value = "";
      input.hide();
      return;
    }
    if (event.key !== "Enter") return;
    event.preventDefault();
    const item = input.value;
    if (!item.trim()) {
      this.host.notices.show("Write something to ask or share next time first.");
      return;
    }
    void this.addFuel(contact, item);
  }

  /** Adds an item for next time (one step to undo) and shows the card again with it. */
  async addFuel(contact: Contact, item: string): Promise<boolean> {
    const added = await this.host.actions.addFuel(contact, item);
    if (added) await this.render();
    return added;
  }
}
