import { setIcon } from "obsidian";
import type { CapturePlan, FoundPerson, ProposedContact } from "../../core/capture";
import { candidateNames, who } from "../../core/capture/dry-run";
import { shownMarkdown } from "../../core/capture/inert-markdown";
import { plural } from "../../core/shared/dates";
import { DIRECTION_MARKS, type Touch } from "../../core/touches/touch-line";

/** Days a person shows at first; the rest a click away, so a chat of five years stays quick to draw. */
const FIRST_DAYS = 7;

/** What the review asks of the modal that draws it. */
export interface ReviewState {
  plan: CapturePlan;
  isTicked(proposal: ProposedContact, touch: Touch): boolean;
  setTicked(proposal: ProposedContact, touch: Touch, on: boolean): void;
  /** Whether a person is to be added as a contact, and the switch. */
  isAdding(person: FoundPerson): boolean;
  toggleAdding(person: FoundPerson): void;
  /** New contacts' paths (their touches are shown as going to a new note). */
  newPaths: ReadonlySet<string>;
  /** Why a contact's note can't be written, when it can't. */
  problemOf(path: string): string | null;
  changed(): void;
}

export function touchId(path: string, touch: Touch): string {
  return `${path}|${touch.date}`;
}

/** "people" or "person", with the count. */
function people(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "person" : "people"}`;
}

/** The touches found, per person, each day a checkbox; the person's own checkbox ticks or clears them all. */
export function drawProposals(el: HTMLElement, state: ReviewState): void {
  const { plan } = state;
  if (plan.proposals.length === 0) return;
  const section = el.createDiv({ cls: "kit-capture-section kit-capture-touches" });
  section.createEl("h3", { cls: "kit-capture-heading", text: `Touches found (${people(plan.proposals.length)})` });
  for (const proposal of plan.proposals) drawPerson(section, proposal, state);
}

function drawPerson(section: HTMLElement, proposal: ProposedContact, state: ReviewState): void {
  const el = section.createDiv({ cls: "kit-capture-person", attr: { "data-path": proposal.path } });
  const header = el.createEl("label", { cls: "kit-capture-person-header" });
  const all = header.createEl("input", { type: "checkbox", attr: { "aria-label": `Capture every day with ${proposal.name}` } });
  header.createSpan({ cls: "kit-capture-name", text: proposal.name });
  header.createSpan({ cls: "kit-count", text: plural(proposal.touches.length, "day") });
  const notes: string[] = [];
  if (state.newPaths.has(proposal.path)) notes.push("new contact");
  if (!proposal.checked) notes.push("capture: never, so unticked");
  if (proposal.alreadyLogged > 0) notes.push(`${plural(proposal.alreadyLogged, "day")} already logged`);
  const problem = state.problemOf(proposal.path);
  if (notes.length > 0) el.createDiv({ cls: "kit-muted kit-capture-person-note", text: notes.join(" · ") });
  if (problem) el.createDiv({ cls: "kit-error", text: `This note can't be written: ${problem}` });
  const list = el.createDiv({ cls: "kit-capture-days" });
  const boxes: HTMLInputElement[] = [];
  const syncAll = () => {
    const on = proposal.touches.filter((t) => state.isTicked(proposal, t)).length;
    all.checked = on === proposal.touches.length;
    all.indeterminate = on > 0 && on < proposal.touches.length;
  };
  const draw = (upTo: number) => {
    for (const touch of proposal.touches.slice(boxes.length, upTo)) boxes.push(drawDay(list, proposal, touch, state, syncAll));
  };
  draw(FIRST_DAYS);
  if (proposal.touches.length > FIRST_DAYS) {
    const more = el.createEl("button", { cls: "kit-capture-more", text: `Show all ${plural(proposal.touches.length, "day")}` });
    more.addEventListener("click", () => {
      draw(proposal.touches.length);
      more.remove();
    });
  }
  all.addEventListener("change", () => {
    for (const touch of proposal.touches) state.setTicked(proposal, touch, all.checked);
    for (const box of boxes) box.checked = all.checked;
    state.changed();
  });
  syncAll();
}

function drawDay(list: HTMLElement, proposal: ProposedContact, touch: Touch, state: ReviewState, onChange: () => void): HTMLInputElement {
  const row = list.createEl("label", { cls: "kit-capture-day" });
  const box = row.createEl("input", { type: "checkbox", attr: { "data-id": touchId(proposal.path, touch) } });
  box.checked = state.isTicked(proposal, touch);
  box.addEventListener("change", () => {
    state.setTicked(proposal, touch, box.checked);
    onChange();
    state.changed();
  });
  row.createSpan({ cls: "kit-capture-date", text: touch.date });
  row.createSpan({ cls: "kit-capture-kind", text: [touch.kind ?? "", touch.direction ? DIRECTION_MARKS[touch.direction] : ""].join(" ").trim() });
  if (touch.note) row.createSpan({ cls: "kit-capture-snippet", text: shownMarkdown(touch.note) });
  return box;
}

/** People who fit no contact, each with a button that adds them (their days then join the touches). */
export function drawUnmatched(el: HTMLElement, state: ReviewState): void {
  const { unmatched } = state.plan;
  if (unmatched.length === 0) return;
  const section = el.createDiv({ cls: "kit-capture-section kit-capture-unmatched" });
  section.createEl("h3", { cls: "kit-capture-heading", text: `Not a contact yet (${people(unmatched.length)})` });
  for (const person of unmatched) {
    const row = section.createDiv({ cls: "kit-capture-found" });
    const text = row.createDiv({ cls: "kit-capture-found-text" });
    text.createSpan({ cls: "kit-capture-name", text: who(person) });
    text.createSpan({ cls: "kit-muted", text: `${plural(person.days, "day")}, last ${person.lastDay}` });
    const adding = state.isAdding(person);
    const button = row.createEl("button", { cls: "kit-capture-create", text: adding ? "Don't create" : "Create contact" });
    if (!adding) button.addClass("mod-cta");
    button.setAttr("aria-label", `${adding ? "Don't create a contact for" : "Create a contact for"} ${person.name ?? person.emails[0] ?? person.phones[0] ?? "them"}`);
    button.addEventListener("click", () => state.toggleAdding(person));
  }
}

/** Names or addresses that fit two notes: said, never guessed. */
export function drawAmbiguous(el: HTMLElement, plan: CapturePlan): void {
  if (plan.ambiguous.length === 0) return;
  const section = el.createDiv({ cls: "kit-capture-section kit-capture-ambiguous" });
  section.createEl("h3", { cls: "kit-capture-heading", text: `Fits more than one note (${people(plan.ambiguous.length)})` });
  const list = section.createEl("ul");
  for (const person of plan.ambiguous) {
    list.createEl("li", { text: `${who(person)} fits ${candidateNames(person.candidates).join(" and ")}: not captured. Add the address to one note, or an alias, and capture again.` });
  }
}

/** What was passed over, by reason; records that couldn't be read, with where; what the reading found out. */
export function drawReport(el: HTMLElement, plan: CapturePlan): void {
  const skipped = Object.entries(plan.skipped).filter(([, n]) => n > 0);
  if (skipped.length > 0) {
    const section = el.createDiv({ cls: "kit-capture-section kit-capture-skipped" });
    const total = skipped.reduce((n, [, count]) => n + count, 0);
    section.createEl("h3", { cls: "kit-capture-heading", text: `Skipped (${total.toLocaleString("en-US")})` });
    const list = section.createEl("ul");
    for (const [reason, count] of skipped) list.createEl("li", { text: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}: ${count.toLocaleString("en-US")}` });
  }
  if (plan.malformed.count > 0) {
    const section = el.createDiv({ cls: "kit-capture-section kit-capture-malformed" });
    section.createEl("h3", { cls: "kit-capture-heading", text: `Couldn't be read (${plan.malformed.count.toLocaleString("en-US")})` });
    const list = section.createEl("ul");
    for (const example of plan.malformed.examples) list.createEl("li", { text: `Line ${example.line}: ${example.reason}` });
    const more = plan.malformed.count - plan.malformed.examples.length;
    if (more > 0) list.createEl("li", { cls: "kit-muted", text: `…and ${more.toLocaleString("en-US")} more.` });
  }
  for (const notice of plan.notices) {
    const line = el.createDiv({ cls: "kit-capture-notice" });
    setIcon(line.createSpan({ cls: "kit-capture-notice-icon" }), "info");
    line.createSpan({ text: notice });
  }
}
