import { tierForKey } from "../../core/contacts/relationship-map";
import { emptyMapWizard, MAP_STEPS, normalizeMapWizard, type MapStep, type MapWizardState } from "../../core/contacts/map-wizard-state";
import { describeMapWrite } from "../../obsidian/actions/map-write";
import type { Host } from "../host";
import { registerModalKeys, tierKeys } from "./modal-keys";
import { renderConfirmStep, renderPickStep, renderTopicsStep, type WizardContext } from "./map-wizard-steps";
import { renderTierStep } from "./map-wizard-tiers";
import { KitModal } from "../shared/kit-modal";

const STEP_TITLES: Record<MapStep, string> = {
  pick: "Pick people",
  tiers: "Give each a tier",
  topics: "One topic each",
  confirm: "Check the cadences",
};

/**
 * "Build your relationship map in 20 minutes", step by step: pick people (from the
 * notes that dated notes link to, contacts without a tier, or typed names), give each
 * a tier with one key, add one relevance topic each, see what the cadences ask of a
 * week against the weekly capacity, then write it all as one step to undo. Progress
 * is saved as it goes: closing the wizard and opening it again continues where it was.
 */
export class MapWizardModal extends KitModal {
  private state: MapWizardState;
  private bodyEl: HTMLElement | null = null;
  private saving: Promise<void> = Promise.resolve();
  private writing = false;
  /** Set once the map is written: nothing is left to resume. */
  private finished = false;

  constructor(private readonly host: Host) {
    super(host.app);
    this.state = normalizeMapWizard(host.settings.mapWizard) ?? emptyMapWizard();
  }

  override async onOpen(): Promise<void> {
    this.modalEl.addClass("kit-map-wizard");
    this.setTitle("Build your relationship map");
    this.bodyEl = this.contentEl.createDiv({ cls: "kit-muted", text: "Reading your notes…" });
    registerModalKeys(this.scope, [...tierKeys(9), " ", "Backspace", "ArrowLeft", "ArrowRight", "Enter"], (key) => this.onKey(key));
    await this.host.index.ready;
    this.render();
  }

  override onClose(): void {
    this.contentEl.empty();
    this.bodyEl = null;
    if (!this.finished) this.save();
  }

  /** The progress so far (tests read it). */
  get progress(): MapWizardState {
    return this.state;
  }

  /** Saves the progress; saves run one after another so the last one wins. */
  private save(): void {
    const state = this.state;
    this.saving = this.saving.then(() => this.host.actions.saveMapProgress(this.finished ? null : state)).catch(() => undefined);
  }

  /** Resolves when every save so far has landed. */
  saved(): Promise<void> {
    return this.saving;
  }

  private context(): WizardContext {
    return {
      host: this.host,
      state: this.state,
      changed: () => this.save(),
      go: (step) => this.go(step),
      startOver: () => {
        this.state = emptyMapWizard();
        this.save();
        this.render();
      },
      write: () => this.write(),
    };
  }

  /** Moves to a step (saving where the wizard is) and draws it. */
  go(step: MapStep): void {
    this.state.step = step;
    if (step === "tiers" && this.state.cursor > this.state.people.length) this.state.cursor = 0;
    this.save();
    this.render();
  }

  render(): void {
    const { contentEl } = this;
    contentEl.empty();
    const { step } = this.state;
    const progress = contentEl.createDiv({ cls: "kit-map-steps", attr: { "aria-label": "Steps" } });
    MAP_STEPS.forEach((s, i) => {
      progress.createSpan({ cls: s === step ? "kit-map-step is-current" : "kit-map-step", text: `${i + 1}. ${STEP_TITLES[s]}`, attr: s === step ? { "aria-current": "step" } : {} });
    });
    this.bodyEl = contentEl.createDiv({ cls: "kit-map-body" });
    const context = this.context();
    if (step === "pick") renderPickStep(this.bodyEl, context);
    else if (step === "tiers") renderTierStep(this.bodyEl, context, { choose: (tierId) => this.choose(tierId), move: (by) => this.move(by), jump: (i) => this.jump(i) });
    else if (step === "topics") renderTopicsStep(this.bodyEl, context);
    else renderConfirmStep(this.bodyEl, context);
  }

  /** The tier step's keys: 1–9 choose, Space skips, ← and Backspace go back, → goes on, Enter moves to the next step once all are seen. */
  private onKey(key: string): boolean {
    if (this.state.step !== "tiers" || this.writing) return false;
    const tier = tierForKey(key, this.host.resolved.tiers);
    if (tier) this.choose(tier.id);
    else if (key === " ") this.choose(null);
    else if (key === "Backspace" || key === "ArrowLeft") this.move(-1);
    else if (key === "ArrowRight") this.move(1);
    else if (key === "Enter" && this.state.cursor >= this.state.people.length) this.go("topics");
    else return false;
    return true;
  }

  /** Gives the person on show a tier (or skips them with null) and shows the next one. */
  choose(tierId: string | null): void {
    const person = this.state.people[this.state.cursor];
    if (!person) return;
    person.tierId = tierId;
    person.skipped = tierId === null;
    this.state.cursor++;
    this.save();
    this.render();
  }

  private move(by: number): void {
    this.jump(this.state.cursor + by);
  }

  private jump(index: number): void {
    const cursor = Math.min(Math.max(0, index), this.state.people.length);
    if (cursor === this.state.cursor) return;
    this.state.cursor = cursor;
    this.save();
    this.render();
  }

  /**
   * Writes the map as one step to undo. When every note was written the wizard is
   * done; otherwise it stays at this step with only the people whose notes failed.
   */
  async write(): Promise<boolean> {
    if (this.writing) return false;
    this.writing = true;
    try {
      const result = await this.host.actions.writeMap(this.state);
      const message = describeMapWrite(result);
      if (result.failed.length === 0) {
        this.finished = true;
        this.save();
        await this.saving;
        this.close();
        return true;
      }
      this.state = { step: "confirm", cursor: 0, people: result.failed.map((f) => f.person) };
      this.save();
      this.render();
      this.bodyEl?.createDiv({ cls: "kit-error", text: message });
      return false;
    } finally {
      this.writing = false;
    }
  }
}
