import type { Contact } from "../../core/contacts/contact";
import { balanceOf, describeBalance, explainBalance, giveFirstStarter } from "../../core/insight/give-first";
import { startersOnOffer } from "../../core/conversation/starters";
import type { StarterTemplate } from "../../core/settings";
import { messageOf } from "../../core/shared/errors";
import type { Host } from "../host";

/**
 * Give before you ask: where the user is about to ask, one line with the balance of
 * what was given and asked lately and the last gift, and when asking outweighs
 * giving, a giving starter to send first. Nothing is blocked. The touch log is read
 * once, when the line is first shown; `show(false)` hides it again.
 */
export class GiveFirstLine {
  private readonly el: HTMLElement;
  private loaded = false;

  constructor(
    parent: HTMLElement,
    private readonly host: Host,
    private readonly contact: Pick<Contact, "path" | "name">,
    /** Opens the suggested giving starter; none offered when left out. */
    private readonly onGiveFirst?: (starter: StarterTemplate) => void,
  ) {
    this.el = parent.createDiv({ cls: "kit-give-first" });
    this.el.hide();
  }

  show(on: boolean): void {
    if (!on) {
      this.el.hide();
      return;
    }
    this.el.show();
    if (this.loaded) return;
    this.loaded = true;
    void this.load();
  }

  /** Resolves once the line is drawn (for whoever waits on it, such as a test). */
  ready: Promise<void> = Promise.resolve();

  private load(): Promise<void> {
    this.ready = this.host.api.getTouches(this.contact.path).then(
      (touches) => this.draw(touches),
      (error: unknown) => void this.el.createDiv({ cls: "kit-muted", text: `Couldn't read the touch log: ${messageOf(error)}` }),
    );
    return this.ready;
  }

  private draw(touches: Parameters<typeof balanceOf>[0]): void {
    const today = this.host.today();
    const balance = balanceOf(touches, today);
    const why = explainBalance(balance);
    this.el.createDiv({ cls: "kit-give-first-balance", text: describeBalance(balance, today), attr: { title: why, "aria-description": why } });
    if (!balance.leansToAsking) return;
    const starter = giveFirstStarter(startersOnOffer(this.host.settings.starters, []));
    const hint = this.el.createDiv({ cls: "kit-give-first-hint", text: "Asking outweighs giving lately: something small to give first keeps it from turning transactional." });
    if (starter && this.onGiveFirst) {
      const open = this.onGiveFirst;
      hint.createEl("button", { cls: "kit-give-first-starter", text: `Give first: ${starter.label}`, attr: { type: "button" } }).addEventListener("click", () => open(starter));
    }
  }
}
