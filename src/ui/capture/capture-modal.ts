import { Modal, Setting } from "obsidian";
import { CAPTURE_FORMAT_LABELS, type CaptureExtract, type CaptureFormatId, type CapturePlan, type DateOrder, type FoundPerson, type ProposedContact, type CaptureContact } from "../../core/capture";
import { captureSettingsFor, localeDateOrder } from "../../core/capture/capture-settings";
import { plural } from "../../core/shared/dates";
import { messageOf } from "../../core/shared/errors";
import type { Touch } from "../../core/touches/touch-line";
import { captureContacts, foundPersonKey, newCapturedContact, planWithNewContacts, type NewCaptureContact } from "../../obsidian/actions/capture-touches";
import { detectSource, readCapture, type CaptureReading, type CaptureSource } from "../../obsidian/capture-reader";
import type { Host } from "../host";
import { writeFromReview } from "../shared/review-write";
import { drawAmbiguous, drawProposals, drawReport, drawUnmatched, touchId, type ReviewState } from "./capture-review";

const CHATS: readonly CaptureFormatId[] = ["whatsapp", "telegram"];
/** Mail and calendars tell the user by address. */
const BY_ADDRESS: readonly CaptureFormatId[] = ["mbox", "ics"];

/**
 * Capture touches from one export: says what the file is (or what it looks like when
 * it is something else), asks once for the user's addresses or which chat sender they
 * are, reads the file with its progress, then shows everything it found for review.
 * Nothing is written before the user chooses Capture; then it is one step to undo.
 */
export class CaptureModal extends Modal {
  format: CaptureFormatId | null = null;
  reading: CaptureReading | null = null;
  plan: CapturePlan | null = null;
  /** Settles when the review is drawn, or the reason it can't be. */
  ready: Promise<void> = Promise.resolve();
  /** Settled while the modal waits for the user (a question, the review, or why it can't go on); pending while it works. */
  waiting: Promise<void> = Promise.resolve();
  private nowWaiting: (() => void) | null = null;
  private extract: CaptureExtract | null = null;
  private contacts: CaptureContact[] = [];
  private me: string | null = null;
  private dateOrder: DateOrder = localeDateOrder();
  /** Ticks the user changed, by touch; the rest follow the plan (unticked for capture: never). */
  private readonly ticks = new Map<string, boolean>();
  private readonly adding = new Map<string, NewCaptureContact>();
  private bodyEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private captureButton: HTMLButtonElement | null = null;
  private running = false;

  constructor(
    private readonly host: Host,
    private readonly source: CaptureSource,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    this.setTitle(`Capture touches from ${this.source.name}`);
    this.modalEl.addClass("kit-capture");
    this.bodyEl = this.contentEl.createDiv({ cls: "kit-capture-body" });
    this.statusEl = this.contentEl.createDiv({ cls: "kit-capture-status", attr: { role: "status", "aria-live": "polite" } });
    this.working();
    this.ready = this.start().catch((error: unknown) => this.fail(`Couldn't read ${this.source.name}: ${messageOf(error)}`));
    void this.ready.then(() => this.asking());
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** The modal is at work: `waiting` settles when it next asks something of the user. */
  private working(): void {
    if (this.nowWaiting) return;
    this.waiting = new Promise((resolve) => (this.nowWaiting = resolve));
  }

  /** The user is asked something now. */
  private asking(): void {
    this.nowWaiting?.();
    this.nowWaiting = null;
  }

  private async start(): Promise<void> {
    this.statusEl.setText(`Looking at ${this.source.name}…`);
    const detection = await detectSource(this.source);
    if (detection.kind === "other") return this.fail(`${this.source.name} looks like ${detection.looksLike}, not an export a capture reads. ${detection.advice}`);
    const format = detection.format;
    this.format = format;
    if (BY_ADDRESS.includes(format) && this.host.settings.captureEmails.length === 0) await this.askAddresses(format);
    const label = CAPTURE_FORMAT_LABELS[format];
    const run = { now: this.host.now().getTime(), zone: this.host.timeZone(), fileName: this.source.name, dateOrder: this.dateOrder };
    this.reading = await readCapture(this.source, format, captureSettingsFor(this.host.settings, run), (share) => this.statusEl.setText(`Reading ${label}… ${Math.floor(share * 100)}%`));
    this.extract = this.reading.extract;
    this.me = this.extract.chat?.me ?? null;
    const senders = this.extract.chat?.senders ?? [];
    if (CHATS.includes(format) && this.me === null && senders.length > 0) {
      this.chooseMe(await this.askWhoIsMe(senders));
    }
    this.contacts = captureContacts(this.host);
    this.replan();
  }

  private fail(message: string): void {
    this.statusEl.setText("");
    this.bodyEl.empty();
    this.bodyEl.createEl("p", { cls: "kit-error", text: message });
    new Setting(this.bodyEl).addButton((b) => b.setButtonText("Close").onClick(() => this.close()));
  }

  /** Mail and calendars: the user's own addresses, asked once and kept in the settings. */
  private askAddresses(format: CaptureFormatId): Promise<void> {
    this.statusEl.setText("");
    return new Promise<void>((resolve) => {
      this.bodyEl.empty();
      const why = format === "mbox" ? "mail you sent is told from mail you received" : "you are told from the people you met, and events you declined are left out";
      this.bodyEl.createEl("p", { text: `Your own email addresses, separated by commas: with them, ${why}. They are kept with the capture settings, so this is asked once.` });
      let value = "";
      new Setting(this.bodyEl).setName("Your email addresses").addText((text) => {
        text.inputEl.setAttr("aria-label", "Your email addresses");
        text.setPlaceholder("you@example.com").onChange((v) => (value = v));
      });
      new Setting(this.bodyEl)
        .addButton((b) => b.setButtonText("Continue without").onClick(() => resolve()))
        .addButton((b) =>
          b
            .setButtonText("Continue")
            .setCta()
            .onClick(() => {
              const emails = value.split(",").map((e) => e.trim()).filter((e) => e.includes("@"));
              void this.host.actions.rememberEmails(emails).then(resolve, resolve);
            }),
        );
      this.asking();
    }).then(() => this.working());
  }

  /** Chats: which sender is the user, when the export doesn't tell. */
  private askWhoIsMe(senders: readonly string[]): Promise<string> {
    this.statusEl.setText("");
    return new Promise<string>((resolve) => {
      this.bodyEl.empty();
      this.bodyEl.createEl("p", { text: "Which of these senders is you? Your messages are told from theirs by it, and it is kept with the capture settings, so this is asked once." });
      const buttons = this.bodyEl.createDiv({ cls: "kit-capture-senders" });
      for (const sender of senders.slice(0, 30)) {
        const button = buttons.createEl("button", { cls: "kit-capture-sender", text: sender });
        button.addEventListener("click", () => resolve(sender));
      }
      this.asking();
    }).then((sender) => {
      this.working();
      return sender;
    });
  }

  /** The user is this sender: remembered in place of the one chosen before, and the chat read again with it (the file isn't). */
  chooseMe(name: string): void {
    const before = this.me;
    this.me = name;
    void this.host.actions.rememberChatName(name, before);
    this.reextract();
  }

  chooseDateOrder(order: DateOrder): void {
    this.dateOrder = order;
    this.reextract();
  }

  private reextract(): void {
    const parser = this.reading?.parser;
    if (!parser || !("extractFor" in parser)) return;
    const me = this.me === null ? [] : [this.me];
    this.extract = parser.format === "whatsapp" ? parser.extractFor({ me, dateOrder: this.dateOrder }) : parser.extractFor({ me });
    if (this.plan) this.replan();
  }

  private replan(): void {
    if (!this.extract) return;
    this.plan = planWithNewContacts(this.host, this.extract, this.contacts, [...this.adding.values()]);
    this.render();
  }

  private render(): void {
    const plan = this.plan;
    if (!plan || !this.format) return;
    this.statusEl.setText("");
    this.bodyEl.empty();
    const touches = plan.proposals.reduce((n, p) => n + p.touches.length, 0);
    const label = CAPTURE_FORMAT_LABELS[this.format];
    this.bodyEl.createEl("p", {
      cls: "kit-capture-summary",
      text:
        touches === 0
          ? `${label}: nothing new to capture. What was found and left out is below.`
          : `${label}: ${touches.toLocaleString("en-US")} new ${touches === 1 ? "touch" : "touches"} with ${plan.proposals.length === 1 ? "1 person" : `${plan.proposals.length} people`}. Nothing is written until you choose Capture.`,
    });
    this.drawChoices();
    const state = this.reviewState(plan);
    drawProposals(this.bodyEl, state);
    drawUnmatched(this.bodyEl, state);
    drawAmbiguous(this.bodyEl, plan);
    drawReport(this.bodyEl, plan);
    const buttons = new Setting(this.bodyEl).setClass("kit-capture-buttons").addButton((b) => b.setButtonText(touches === 0 ? "Close" : "Cancel").onClick(() => this.close()));
    this.captureButton = null;
    if (touches > 0) {
      buttons.addButton((b) => {
        b.setCta().onClick(() => void this.submit());
        this.captureButton = b.buttonEl;
      });
    }
    this.updateCount();
  }

  /** Which sender is the user, and for a WhatsApp chat whose dates read both ways, their order. */
  private drawChoices(): void {
    const senders = this.extract?.chat?.senders ?? [];
    if (senders.length > 1) {
      new Setting(this.bodyEl).setName("You are").setDesc("The sender whose messages are yours.").addDropdown((dropdown) => {
        if (this.me === null) dropdown.addOption("", "Choose…");
        for (const sender of senders) dropdown.addOption(sender, sender);
        dropdown.selectEl.setAttr("aria-label", "You are");
        dropdown.setValue(this.me ?? "").onChange((value) => value !== "" && this.chooseMe(value));
      });
    }
    const parser = this.reading?.parser;
    if (parser?.format === "whatsapp" && parser.dateOrderOpen) {
      new Setting(this.bodyEl)
        .setName("Dates")
        .setDesc("Nothing in this chat tells the day from the month: as your phone writes them.")
        .addDropdown((dropdown) => {
          dropdown.selectEl.setAttr("aria-label", "Dates");
          dropdown
            .addOption("dmy", "Day first (31/12)")
            .addOption("mdy", "Month first (12/31)")
            .setValue(this.dateOrder)
            .onChange((value) => this.chooseDateOrder(value === "mdy" ? "mdy" : "dmy"));
        });
    }
  }

  private reviewState(plan: CapturePlan): ReviewState {
    const newPaths = new Set([...this.adding.values()].map((c) => c.path));
    return {
      plan,
      newPaths,
      isTicked: (proposal, touch) => this.isTicked(proposal, touch),
      setTicked: (proposal, touch, on) => this.ticks.set(touchId(proposal.path, touch), on),
      isAdding: (person) => this.adding.has(foundPersonKey(person)),
      toggleAdding: (person) => this.toggleAdding(person),
      problemOf: (path) => {
        const contact = this.host.index.get(path);
        return contact && !contact.writable ? (contact.warnings[0] ?? "its properties can't be edited safely.") : null;
      },
      changed: () => this.updateCount(),
    };
  }

  private isTicked(proposal: ProposedContact, touch: Touch): boolean {
    return this.ticks.get(touchId(proposal.path, touch)) ?? proposal.checked;
  }

  /** Adds a person found in the file as a new contact, or takes that back; their days join the review or leave it. */
  toggleAdding(person: FoundPerson): void {
    const key = foundPersonKey(person);
    if (this.adding.has(key)) this.adding.delete(key);
    else {
      try {
        this.adding.set(key, newCapturedContact(this.host, person));
      } catch (error) {
        this.statusEl.setText(`Couldn't add ${person.name ?? person.emails[0] ?? person.phones[0] ?? "them"}: ${messageOf(error)}`);
        this.statusEl.addClass("kit-error");
        return;
      }
    }
    this.replan();
  }

  /** The ticked touches, by note. */
  chosen(): Map<string, Touch[]> {
    const chosen = new Map<string, Touch[]>();
    for (const proposal of this.plan?.proposals ?? []) {
      const touches = proposal.touches.filter((t) => this.isTicked(proposal, t));
      if (touches.length > 0) chosen.set(proposal.path, touches);
    }
    return chosen;
  }

  private updateCount(): void {
    if (!this.captureButton) return;
    const count = [...this.chosen().values()].reduce((n, t) => n + t.length, 0);
    this.captureButton.setText(count === 0 ? "Nothing ticked" : `Capture ${count.toLocaleString("en-US")} ${count === 1 ? "touch" : "touches"}`);
    this.captureButton.disabled = count === 0 || this.running;
  }

  /** Ticks or clears one day as a click on its checkbox would (a day not drawn yet included). */
  select(path: string, date: string, on: boolean): void {
    const proposal = this.plan?.proposals.find((p) => p.path === path);
    const touch = proposal?.touches.find((t) => t.date === date);
    if (!proposal || !touch) throw new Error(`No proposed touch on ${date} for ${path}`);
    const id = touchId(path, touch);
    const box = Array.from(this.bodyEl.querySelectorAll<HTMLInputElement>("input[data-id]")).find((b) => b.dataset.id === id);
    if (box) {
      box.checked = on;
      box.dispatchEvent(new Event("change"));
    } else {
      this.ticks.set(id, on);
      this.updateCount();
    }
  }

  /** Writes what is ticked; returns whether the capture ran to its end. */
  async submit(): Promise<boolean> {
    const chosen = this.chosen();
    if (!this.plan || this.running || chosen.size === 0) return false;
    this.running = true;
    const creates = [...this.adding.values()].filter((c) => chosen.has(c.path));
    const done = await writeFromReview(this.bodyEl, this.statusEl, async () => {
      await this.host.actions.captureTouches({ touches: chosen, creates }, this.source.name, (n, total) => this.statusEl.setText(`Writing ${n.toLocaleString("en-US")} of ${plural(total, "note")}…`));
    });
    this.running = false;
    if (done) this.close();
    return done;
  }
}
