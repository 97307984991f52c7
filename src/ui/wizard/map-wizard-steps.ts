import { AbstractInputSuggest, type App } from "obsidian";
import {
  countPeople,
  describeCandidate,
  describeMapLoad,
  describeTierLoad,
  mapLoad,
  mappedPeople,
  parseNames,
  samePerson,
  type MapCandidate,
  type MapLoad,
} from "../../core/contacts/relationship-map";
import { type MapPerson, type MapStep, type MapWizardState } from "../../core/contacts/map-wizard-state";
import { topicCounts } from "../../core/conversation/topics";
import { gatherMapCandidates, noteForName } from "../../obsidian/map-candidates";
import type { Host } from "../host";

/** What a step can see and do. */
export interface WizardContext {
  host: Host;
  state: MapWizardState;
  /** The state changed: save the progress. */
  changed: () => void;
  go: (step: MapStep) => void;
  startOver: () => void;
  write: () => Promise<boolean>;
}

/** Candidates shown at once; the filter finds the rest. */
const CANDIDATES_SHOWN = 50;

export function buttonRow(el: HTMLElement, buttons: { text: string; cta?: boolean; disabled?: boolean; onClick: () => void }[]): HTMLButtonElement[] {
  const row = el.createDiv({ cls: "modal-button-container" });
  return buttons.map(({ text, cta, disabled, onClick }) => {
    const button = row.createEl("button", { text, cls: cta ? "mod-cta" : "" });
    button.disabled = disabled === true;
    button.addEventListener("click", onClick);
    return button;
  });
}

/** What the map asks of a week: each person at their tier's range (or their own cadence, when their note sets one). */
export function loadOf(context: WizardContext): MapLoad {
  const { host, state } = context;
  const mapped = mappedPeople(state, host.resolved.tiers).map((p) => {
    const contact = p.path === null ? undefined : host.index.get(p.path);
    const own = contact?.cadenceOverride != null ? contact : p.tier;
    return { path: p.path, tierId: p.tier.id, dueFromDays: own.dueFromDays, overdueAfterDays: own.overdueAfterDays };
  });
  // Someone skipped keeps the tier their note has, so they count with those already in tiers.
  const inMap = new Set(mapped.flatMap((p) => (p.path === null ? [] : [p.path])));
  return mapLoad(mapped, host.index.all(), host.resolved.tiers, host.settings.weeklyCapacity, inMap);
}

/** Each tier's count (this map plus those already in it) against the method's starting size: a hint, not a rule. */
export function renderStarterHint(el: HTMLElement, context: WizardContext): void {
  const load = loadOf(context);
  const hint = el.createDiv({ cls: "kit-map-hint" });
  hint.createDiv({ cls: "kit-map-hint-title", text: "To start, the method suggests about 5 close allies, 10 peers, 3 mentors and 10 aspirational contacts. A hint, not a rule." });
  const row = hint.createDiv({ cls: "kit-map-hint-tiers" });
  for (const t of load.tiers) {
    const count = t.inMap + t.already;
    const text = t.starterSize === null ? `${t.tier.label}: ${count}` : `${t.tier.label}: ${count} of about ${t.starterSize}`;
    row.createSpan({ cls: "kit-map-hint-tier", text, attr: { title: `${t.inMap} in this map, ${t.already} already in ${t.tier.label}` } });
  }
}

/**
 * Step 1: people from the notes (what dated notes link to, contacts without a tier),
 * most mentioned first, each a checkbox; typed names, one per line; and who is picked.
 */
export function renderPickStep(el: HTMLElement, context: WizardContext): void {
  const { host, state } = context;
  el.createEl("p", {
    text: "List the people you'd like to keep up with this year: about 30 to start. The people your daily notes link to most come first; tick the ones who matter. Anyone else, type below.",
  });
  const candidates = gatherMapCandidates(host);
  let filter = "";
  const search = el.createEl("input", { cls: "kit-map-filter", type: "search", attr: { placeholder: "Filter names", "aria-label": "Filter names" } });
  const listEl = el.createDiv({ cls: "kit-map-candidates", attr: { role: "group", "aria-label": "People from your notes" } });
  const pickedEl = el.createDiv({ cls: "kit-map-picked" });
  let next: HTMLButtonElement | undefined;
  const refresh = () => {
    drawCandidates(listEl, candidates, filter, context, refresh);
    drawPicked(pickedEl, context, refresh);
    if (next) next.disabled = state.people.length === 0;
  };
  search.addEventListener("input", () => {
    filter = search.value;
    drawCandidates(listEl, candidates, filter, context, refresh);
  });

  const typed = el.createDiv({ cls: "kit-map-typed" });
  const area = typed.createEl("textarea", { cls: "kit-map-names", attr: { rows: "3", placeholder: "Names, one per line", "aria-label": "New names, one per line" } });
  const add = typed.createEl("button", { text: "Add names" });
  const addNames = () => {
    for (const name of parseNames(area.value)) {
      const person = { path: noteForName(host, name), name, tierId: null, skipped: false, topic: "" };
      if (person.path !== null) person.name = host.app.vault.getFileByPath(person.path)?.basename ?? name;
      if (!state.people.some((p) => samePerson(p, person))) state.people.push(person);
    }
    area.value = "";
    context.changed();
    refresh();
  };
  add.addEventListener("click", addNames);
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      addNames();
    }
  });
  const typedHint = typed.createDiv({ cls: "kit-muted", text: `A name without a note gets one in ${host.settings.contactsFolder || "the vault"} when the map is written.` });
  typedHint.createSpan({ cls: "kit-keys-hint", text: " Ctrl or Cmd + Enter adds the names." });

  [next] = buttonRow(el, [
    { text: "Start over", onClick: () => context.startOver() },
    { text: "Next: tiers", cta: true, disabled: state.people.length === 0, onClick: () => context.go("tiers") },
  ]).slice(1);
  refresh();
}

function drawCandidates(listEl: HTMLElement, candidates: readonly MapCandidate[], filter: string, context: WizardContext, refresh: () => void): void {
  const { state } = context;
  listEl.empty();
  const query = filter.trim().toLowerCase();
  const matching = query === "" ? candidates : candidates.filter((c) => c.name.toLowerCase().includes(query));
  if (candidates.length === 0) {
    listEl.createDiv({ cls: "kit-muted", text: "Your daily notes link to nobody who isn't sorted yet. Type names below." });
    return;
  }
  for (const candidate of matching.slice(0, CANDIDATES_SHOWN)) {
    const row = listEl.createEl("label", { cls: "kit-map-candidate" });
    const box = row.createEl("input", { type: "checkbox" });
    box.checked = state.people.some((p) => samePerson(p, candidate));
    row.createSpan({ cls: "kit-map-candidate-name", text: candidate.name });
    row.createSpan({ cls: "kit-muted kit-map-candidate-meta", text: describeCandidate(candidate) });
    box.addEventListener("change", () => {
      if (box.checked) state.people.push({ path: candidate.path, name: candidate.name, tierId: null, skipped: false, topic: "" });
      else state.people = state.people.filter((p) => !samePerson(p, candidate));
      context.changed();
      refresh();
    });
  }
  const rest = matching.length - CANDIDATES_SHOWN;
  if (rest > 0) listEl.createDiv({ cls: "kit-muted", text: `And ${rest} more: filter to find them.` });
  else if (matching.length === 0) listEl.createDiv({ cls: "kit-muted", text: "No name matches." });
}

function drawPicked(pickedEl: HTMLElement, context: WizardContext, refresh: () => void): void {
  const { state } = context;
  pickedEl.empty();
  pickedEl.createDiv({ cls: "kit-map-picked-title", text: state.people.length === 0 ? "Nobody picked yet." : `Picked: ${countPeople(state.people.length)}` });
  const chips = pickedEl.createDiv({ cls: "kit-map-chips" });
  for (const person of state.people) {
    const chip = chips.createEl("button", { cls: "kit-map-chip", text: `${person.name} ×`, attr: { "aria-label": `Remove ${person.name}` } });
    chip.addEventListener("click", () => {
      state.people = state.people.filter((p) => p !== person);
      state.cursor = Math.min(state.cursor, state.people.length);
      context.changed();
      refresh();
    });
  }
}

/** Topics already in the vault (most used first) and those typed in this map, matching what is typed. */
class TopicSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly topics: () => string[],
    private readonly onPick: (topic: string) => void,
  ) {
    super(app, input);
  }

  protected getSuggestions(query: string): string[] {
    const q = query.trim().toLowerCase();
    return this.topics().filter((t) => t.toLowerCase().includes(q));
  }

  renderSuggestion(topic: string, el: HTMLElement): void {
    el.setText(topic);
  }

  override selectSuggestion(topic: string): void {
    this.input.value = topic;
    this.onPick(topic);
    this.close();
  }
}

/** Step 3: one relevance topic per person with a tier, suggested from the topics the vault already uses. */
export function renderTopicsStep(el: HTMLElement, context: WizardContext): void {
  const { host, state } = context;
  el.createEl("p", {
    text: "Add one relevance topic per person: what they care about now (hiring, AI ops, healthcare, new manager, fundraising). The command that asks who would find something useful searches these. Leave it empty to add none.",
  });
  const people = mappedPeople(state, host.resolved.tiers);
  if (people.length === 0) el.createDiv({ cls: "kit-muted", text: "Nobody has a tier yet: go back and give people a tier first." });
  const vaultTopics = topicCounts(host.index.all()).map((t) => t.topic);
  // Topics typed for the others in this map come first, then the vault's; one spelling of each.
  const known = (except: MapPerson) => {
    const all = [...state.people.filter((p) => p !== except && p.topic !== "").map((p) => p.topic), ...vaultTopics];
    return all.filter((t, i) => all.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i);
  };
  const list = el.createDiv({ cls: "kit-map-topics" });
  for (const mapped of people) {
    const person = state.people.find((p) => samePerson(p, mapped));
    if (!person) continue;
    const row = list.createDiv({ cls: "kit-map-topic-row" });
    const label = row.createEl("label", { cls: "kit-map-topic-name" });
    label.createSpan({ text: person.name });
    const has = person.path === null ? [] : (host.index.get(person.path)?.topics ?? []);
    label.createSpan({ cls: "kit-muted", text: has.length > 0 ? ` ${mapped.tier.label}, has ${has.join(", ")}` : ` ${mapped.tier.label}` });
    const input = label.createEl("input", { type: "text", cls: "kit-map-topic", value: person.topic, attr: { placeholder: "One topic", "aria-label": `Topic for ${person.name}` } });
    const set = (value: string) => {
      person.topic = value.trim().replace(/^#/, "");
      context.changed();
    };
    // Kept as it is typed (closing the wizard keeps it), saved once the field is left.
    input.addEventListener("input", () => (person.topic = input.value.trim().replace(/^#/, "")));
    input.addEventListener("change", () => set(input.value));
    new TopicSuggest(host.app, input, () => known(person), set);
  }
  buttonRow(el, [
    { text: "Back to tiers", onClick: () => context.go("tiers") },
    { text: "Next: check the cadences", cta: true, onClick: () => context.go("confirm") },
  ]);
}

/** Step 4: what the map asks of a week against the capacity, and exactly what will be written. Nothing is written before this. */
export function renderConfirmStep(el: HTMLElement, context: WizardContext): void {
  const { host, state } = context;
  const load = loadOf(context);
  const table = el.createEl("table", { cls: "kit-map-load" });
  const head = table.createEl("thead").createEl("tr");
  for (const title of ["Tier", "In this map", "Already", "Cadence"]) head.createEl("th", { text: title });
  const body = table.createEl("tbody");
  for (const row of load.tiers) {
    const tr = body.createEl("tr");
    tr.createEl("td", { text: row.tier.label });
    tr.createEl("td", { text: String(row.inMap) });
    tr.createEl("td", { text: String(row.already) });
    tr.createEl("td", { text: describeTierLoad(row) });
  }
  const summary = el.createDiv({ cls: load.total > load.capacity ? "kit-map-summary is-over" : "kit-map-summary" });
  for (const line of describeMapLoad(load)) summary.createEl("p", { text: line });
  renderStarterHint(el, context);

  const people = mappedPeople(state, host.resolved.tiers);
  const created = people.filter((p) => p.path === null);
  const plan = el.createEl("ul", { cls: "kit-map-plan" });
  if (created.length > 0) plan.createEl("li", { text: `Create ${created.length === 1 ? "a note" : `${created.length} notes`} in ${host.settings.contactsFolder || "the vault"}: ${created.map((p) => p.name).join(", ")}.` });
  const tiered = people.length - created.length;
  if (tiered > 0) plan.createEl("li", { text: `Set the ${host.settings.properties.tier} of ${tiered === 1 ? "one note" : `${tiered} notes`}.` });
  const topics = people.filter((p) => p.topic !== "").length;
  if (topics > 0) plan.createEl("li", { text: `Add a topic to ${topics === 1 ? "one person" : `${topics} people`}.` });
  const left = state.people.length - people.length;
  if (left > 0) plan.createEl("li", { text: `Leave out ${countPeople(left)} without a tier.` });
  el.createDiv({ cls: "kit-muted", text: "Nothing has been written yet. Writing is one step: the notice afterwards, or the command \"Undo last change\", takes all of it back." });
  buttonRow(el, [
    { text: "Back to topics", onClick: () => context.go("topics") },
    { text: "Write the map", cta: true, disabled: people.length === 0, onClick: () => void context.write() },
  ]);
}
