import { countPeople } from "../../core/contacts/relationship-map";
import { type MapPerson } from "../../core/contacts/map-wizard-state";
import { buttonRow, renderStarterHint, type WizardContext } from "./map-wizard-steps";

export interface TierStepActions {
  /** Gives the person on show this tier, or skips them with null. */
  choose: (tierId: string | null) => void;
  move: (by: number) => void;
  jump: (index: number) => void;
}

/** A key and what it does, as a button too (for a pointer or a touch screen). */
function keyButton(parent: HTMLElement, key: string, label: string, cls: string, onClick: () => void): HTMLButtonElement {
  const button = parent.createEl("button", { cls: `kit-map-key ${cls}` });
  button.createEl("kbd", { text: key });
  button.createSpan({ text: label });
  button.addEventListener("click", onClick);
  return button;
}

function choiceOf(context: WizardContext, person: MapPerson): string {
  if (person.skipped) return "skipped";
  return context.host.resolved.tiers.find((t) => t.id === person.tierId)?.label ?? "not yet";
}

/**
 * The tier step: one person at a time, a tier with one key (1 is the first tier in
 * settings), Space to skip, ← to go back. Below, how many each tier holds against
 * the method's starting sizes, and everyone picked, to jump back to anyone.
 */
export function renderTierStep(el: HTMLElement, context: WizardContext, actions: TierStepActions): void {
  const { state, host } = context;
  const tiers = host.resolved.tiers.slice(0, 9);
  const person = state.people[state.cursor];
  const card = el.createDiv({ cls: "kit-map-card" });
  if (person) {
    card.createDiv({ cls: "kit-muted", text: `Person ${state.cursor + 1} of ${state.people.length}` });
    card.createEl("h3", { cls: "kit-map-name", text: person.name });
    const contact = person.path === null ? undefined : host.index.get(person.path);
    const about = person.path === null ? `A new note in ${host.settings.contactsFolder || "the vault"}` : contact?.tierSet ? `In ${contact.tier.label} now` : person.path;
    card.createDiv({ cls: "kit-muted kit-map-about", text: person.tierId !== null || person.skipped ? `${about} · chosen: ${choiceOf(context, person)}` : about });
    const choices = card.createDiv({ cls: "kit-map-tiers", attr: { role: "group", "aria-label": "Tier" } });
    tiers.forEach((tier, i) => {
      const button = keyButton(choices, String(i + 1), tier.label, "kit-map-tier", () => actions.choose(tier.id));
      button.setAttr("aria-pressed", String(person.tierId === tier.id && !person.skipped));
    });
    const moves = card.createDiv({ cls: "kit-map-moves" });
    keyButton(moves, "Space", "Skip", "kit-map-skip", () => actions.choose(null));
    keyButton(moves, "←", "Back", "kit-map-back", () => actions.move(-1));
    // Keys are for a keyboard: a phone shows the buttons alone (styles.css hides .kit-keys-hint there).
    card.createDiv({ cls: "kit-muted kit-map-legend kit-keys-hint", text: `Keys: 1–${tiers.length} choose a tier, Space skips (not written), ← goes back, → goes on without choosing.` });
  } else {
    const chosen = state.people.filter((p) => p.tierId !== null && !p.skipped).length;
    card.createEl("p", { text: `Everyone has been seen: ${countPeople(chosen)} with a tier, ${state.people.length - chosen} skipped or not chosen.` });
    const next = card.createDiv({ cls: "kit-muted", text: "Go on to the next step, or go back to anyone below." });
    next.createSpan({ cls: "kit-keys-hint", text: " Enter goes on." });
  }
  renderStarterHint(el, context);
  const list = el.createEl("ol", { cls: "kit-map-people" });
  state.people.forEach((p, i) => {
    const item = list.createEl("li", { cls: i === state.cursor ? "is-current" : "" });
    const button = item.createEl("button", { cls: "kit-map-person", text: `${p.name}: ${choiceOf(context, p)}` });
    button.addEventListener("click", () => actions.jump(i));
  });
  buttonRow(el, [
    { text: "Back to people", onClick: () => context.go("pick") },
    { text: "Next: topics", cta: true, onClick: () => context.go("topics") },
  ]);
}
