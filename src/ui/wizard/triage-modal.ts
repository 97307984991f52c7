import type { Contact } from "../../core/contacts/contact";
import { daysBetween, formatAgo } from "../../core/shared/dates";
import { notePreview } from "../../core/notes/note-preview";
import { countPeople, tierForKey } from "../../core/contacts/relationship-map";
import { triageOrder, TriageSession, type MentionCount } from "../../core/contacts/triage";
import { readDatedLinks } from "../../obsidian/map-candidates";
import type { Host } from "../host";
import { messageOf } from "../../core/shared/errors";
import { type UndoStep } from "../../obsidian/undo-history";
import { registerModalKeys, tierKeys } from "./modal-keys";
import { KitModal } from "../shared/kit-modal";

/** Lines of the note shown under the name. */
const PREVIEW_LINES = 5;

/**
 * Triage: the contacts whose note names no tier, one at a time, most mentioned in
 * dated notes first, with the start of their note. 1–9 puts them in a tier, p pauses
 * them (never tracked: `status: paused`), Space skips, u takes back the last decision.
 * Each decision is written at once and is its own step to undo, so "Undo last change"
 * also works after the triage is closed; u uses the same step.
 */
export class TriageModal extends KitModal {
  private session: TriageSession<Contact, UndoStep> | null = null;
  private mentions: ReadonlyMap<string, MentionCount> = new Map();
  private busy: Promise<void> | null = null;
  /** What the last key did, in words, shown above the next person. */
  private status = "";
  /** Each draw's number; a preview read for an older draw is dropped. */
  private draw = 0;

  constructor(private readonly host: Host) {
    super(host.app);
  }

  override async onOpen(): Promise<void> {
    this.modalEl.addClass("kit-triage");
    this.setTitle("Sort people without a tier");
    this.contentEl.createDiv({ cls: "kit-muted", text: "Reading your contacts…" });
    registerModalKeys(this.scope, [...tierKeys(9), "p", " ", "u"], (key) => this.onKey(key));
    await this.host.index.ready;
    this.mentions = readDatedLinks(this.host).notes;
    this.session = new TriageSession(triageOrder(this.host.index.all(), this.mentions));
    await this.render();
  }

  override onClose(): void {
    this.draw++;
    this.contentEl.empty();
  }

  /** Resolves when the decision under way (if any) is written and the next person drawn. */
  settled(): Promise<void> {
    return this.busy ?? Promise.resolve();
  }

  private onKey(key: string): boolean {
    if (key === "u") this.run(() => this.undoLast());
    else if (key === "p") this.run(() => this.pause());
    else if (key === " ") this.run(() => this.skip());
    else {
      const tier = tierForKey(key, this.host.resolved.tiers);
      if (!tier) return false;
      this.run(() => this.assign(tier.id));
    }
    return true;
  }

  /** One decision at a time: a key pressed while a write is under way waits for nothing and does nothing. */
  private run(action: () => Promise<void>): void {
    if (this.busy || !this.session) return;
    this.busy = action()
      .then(() => this.render())
      .finally(() => {
        this.busy = null;
      });
  }

  /** Writes one change to the person on show as its own undo step; the decision stands only if the write did. */
  private async decide(kind: "tier" | "pause", write: (contact: Contact) => Promise<UndoStep | null>, done: string): Promise<void> {
    const session = this.session;
    const contact = session?.current;
    if (!session || !contact) return;
    let step: UndoStep | null;
    try {
      step = await write(contact);
    } catch (error) {
      this.status = `Couldn't change ${contact.name}: ${messageOf(error)}`;
      return;
    }
    session.decide(kind, step);
    this.status = done;
  }

  assign(tierId: string): Promise<void> {
    const contact = this.session?.current;
    const tier = this.host.resolved.tiers.find((t) => t.id === tierId);
    if (!contact || !tier) return Promise.resolve();
    return this.decide("tier", (c) => this.host.actions.triageTier(c, tier), `${contact.name}: ${tier.label}.`);
  }

  pause(): Promise<void> {
    const contact = this.session?.current;
    if (!contact) return Promise.resolve();
    return this.decide("pause", (c) => this.host.actions.triagePause(c), `${contact.name}: paused, not tracked.`);
  }

  skip(): Promise<void> {
    const contact = this.session?.current;
    if (!contact) return Promise.resolve();
    this.session?.decide("skip");
    this.status = `${contact.name}: skipped.`;
    return Promise.resolve();
  }

  /** Takes back the last decision: its note's bytes as they were, and that person on show again. */
  async undoLast(): Promise<void> {
    const session = this.session;
    const decision = session?.undoLast();
    const contact = decision ? session?.items[decision.index] : undefined;
    if (!decision || !contact) {
      this.status = "Nothing to undo in this triage.";
      return;
    }
    if (!decision.undo) {
      this.status = `Back to ${contact.name}.`;
      return;
    }
    try {
      await this.host.actions.undoDecision(decision.undo);
      this.status = `Undone: ${decision.undo.label}.`;
    } catch (error) {
      this.status = `Couldn't undo "${decision.undo.label}": ${messageOf(error)}`;
    }
  }

  private async render(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const draw = ++this.draw;
    const contact = session.current;
    const preview = contact ? await this.previewOf(contact) : [];
    if (draw !== this.draw) return;
    const { contentEl } = this;
    contentEl.empty();
    if (this.status) contentEl.createDiv({ cls: "kit-triage-status", text: this.status, attr: { role: "status" } });
    if (!contact) this.renderEnd(session);
    else this.renderPerson(session, contact, preview);
  }

  private async previewOf(contact: Contact): Promise<string[]> {
    const file = this.app.vault.getFileByPath(contact.path);
    if (!file) return [];
    const text = await this.app.vault.cachedRead(file);
    return notePreview(text, [this.host.settings.touchHeading], PREVIEW_LINES);
  }

  private renderPerson(session: TriageSession<Contact, UndoStep>, contact: Contact, preview: string[]): void {
    const card = this.contentEl.createDiv({ cls: "kit-triage-card" });
    card.createDiv({ cls: "kit-muted", text: `${session.cursor + 1} of ${session.items.length}` });
    card.createEl("h3", { cls: "kit-triage-name", text: contact.name });
    const facts: string[] = [];
    const mentioned = this.mentions.get(contact.path);
    if (mentioned) facts.push(`In ${mentioned.count} dated ${mentioned.count === 1 ? "note" : "notes"}, last ${mentioned.last ?? ""}`);
    facts.push(contact.lastTouch ? `last touch ${formatAgo(daysBetween(contact.lastTouch, this.host.today()))}` : "no touch yet");
    const work = [contact.role, contact.company].filter((v): v is string => !!v).join(" at ");
    if (work) facts.push(work);
    if (contact.topics.length > 0) facts.push(contact.topics.join(", "));
    card.createDiv({ cls: "kit-muted kit-triage-facts", text: facts.join(" · ") });
    const previewEl = card.createDiv({ cls: "kit-triage-preview", attr: { "aria-label": "From the note" } });
    if (preview.length === 0) previewEl.createDiv({ cls: "kit-muted", text: "The note says nothing else yet." });
    for (const line of preview) previewEl.createDiv({ text: line });
    this.renderKeys(session);
  }

  /** The keys, each also a button for a pointer or a touch screen. */
  private renderKeys(session: TriageSession<Contact, UndoStep>): void {
    const keys = this.contentEl.createDiv({ cls: "kit-triage-keys", attr: { role: "group", "aria-label": "Keys" } });
    const key = (kbd: string, label: string, action: () => Promise<void>, disabled = false) => {
      const button = keys.createEl("button", { cls: "kit-map-key" });
      button.createEl("kbd", { text: kbd });
      button.createSpan({ text: label });
      button.disabled = disabled;
      button.addEventListener("click", () => this.run(action));
    };
    this.host.resolved.tiers.slice(0, 9).forEach((tier, i) => key(String(i + 1), tier.label, () => this.assign(tier.id)));
    key("p", "Pause: never track", () => this.pause());
    key("Space", "Skip", () => this.skip());
    key("u", "Undo last", () => this.undoLast(), !session.canUndo);
  }

  private renderEnd(session: TriageSession<Contact, UndoStep>): void {
    const el = this.contentEl.createDiv({ cls: "kit-triage-end" });
    const { tier, pause, skip } = session.counts();
    if (session.items.length === 0) el.createEl("p", { text: "Everyone has a tier: nobody is left to sort." });
    else el.createEl("p", { text: `That's everyone: ${countPeople(tier)} given a tier, ${pause} paused, ${skip} skipped.` });
    if (session.canUndo) el.createDiv({ cls: "kit-muted kit-keys-hint", text: "Press u to take back the last decision." });
    const row = el.createDiv({ cls: "modal-button-container" });
    if (session.canUndo) row.createEl("button", { cls: "kit-triage-undo", text: "Undo last" }).addEventListener("click", () => this.run(() => this.undoLast()));
    const close = row.createEl("button", { cls: "mod-cta", text: "Close" });
    close.addEventListener("click", () => this.close());
  }
}
