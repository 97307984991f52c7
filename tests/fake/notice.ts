// Fake of Obsidian's Notice. Every notice is recorded in `noticeLog` (cleared
// before each test by setup.ts) so tests can assert what the user was told.
import type * as O from "obsidian";

/** Test helper type: one shown notice. `message` follows later `setMessage` calls. */
export interface NoticeRecord {
  message: string;
  /** every message this notice showed, in order */
  history: string[];
  duration: number | undefined;
  hidden: boolean;
  notice: Notice;
}

/** Test helper: every Notice created since the test started, in order. */
export const noticeLog: NoticeRecord[] = [];

const textOf = (m: string | DocumentFragment) => (typeof m === "string" ? m : (m.textContent ?? ""));

function container(): HTMLElement {
  let el = document.body.querySelector<HTMLElement>(":scope > .notice-container");
  if (!el) {
    el = document.createElement("div");
    el.className = "notice-container";
    document.body.appendChild(el);
  }
  return el;
}

export class Notice implements O.Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  private readonly record: NoticeRecord;

  /** Test helper: the current message of every notice shown, in order. */
  static get messages(): string[] {
    return noticeLog.map((r) => r.message);
  }

  constructor(message: string | DocumentFragment, duration?: number) {
    this.containerEl = document.createElement("div");
    this.containerEl.className = "notice";
    this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
    this.noticeEl = this.messageEl;
    container().appendChild(this.containerEl);
    this.record = { message: "", history: [], duration, hidden: false, notice: this };
    noticeLog.push(this.record);
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    const text = textOf(message);
    // Obsidian moves a fragment's nodes into the notice, so links in it keep their listeners.
    if (typeof message === "string") this.messageEl.setText(message);
    else {
      this.messageEl.empty();
      this.messageEl.appendChild(message);
    }
    this.record.message = text;
    this.record.history.push(text);
    return this;
  }

  hide(): void {
    this.record.hidden = true;
    this.containerEl.remove();
  }
}

/** Test helper: forget all notices (setup.ts calls this before each test). */
export function clearNotices(): void {
  noticeLog.length = 0;
}
