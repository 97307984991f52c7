import { Setting, type TFile } from "obsidian";
import type { ImportFormat } from "../../core/import/formats";
import { importKeys, type ImportKeys } from "../../core/import/import-edit";
import { countSelected, defaultSelection, isOverwrite, type FieldChange, type ImportPlan } from "../../core/import/import-plan";
import { planFromFile } from "../../obsidian/actions/import-contacts";
import type { Host } from "../host";
import { writeFromReview } from "../shared/review-write";
import { messageOf } from "../../core/shared/errors";
import { importSummary, nothingToImport, reportedLines } from "./import-review-text";
import { KitModal } from "../shared/kit-modal";

/** Rows a list shows at first, and how many more each "Show more" adds: a 5,000-row file stays quick to draw. */
const PAGE = 100;

/** One tickable row: a new note, or one property of one note. */
interface ReviewRow {
  id: string;
  name: string;
  detail: string;
}

/**
 * The review before an import writes anything: every new note and every property
 * change, each with a checkbox (ticked, except overwrites, which show old → new), the
 * tier for new notes, and what was left out and why. Then one write, with progress,
 * as one step to undo.
 */
export class ImportReviewModal extends KitModal {
  plan: ImportPlan | null = null;
  readonly selected = new Set<string>();
  /** Settles once the file is read and the review drawn (or the problem shown). */
  ready: Promise<void> = Promise.resolve();
  private tierId: string | null;
  private bodyEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private importButton: HTMLButtonElement | null = null;
  private readonly shown = new Map<string, number>();
  private running = false;

  constructor(
    private readonly host: Host,
    private readonly format: ImportFormat,
    private readonly file: TFile,
  ) {
    super(host.app);
    this.tierId = this.mayLeaveTierOut() ? null : host.resolved.defaultTier.id;
  }

  override onOpen(): void {
    this.setTitle(`Import ${this.file.name}`);
    this.modalEl.addClass("kit-import");
    this.bodyEl = this.contentEl.createDiv({ cls: "kit-import-body" });
    this.statusEl = this.contentEl.createDiv({ cls: "kit-import-status", attr: { role: "status", "aria-live": "polite" }, text: `Reading ${this.file.name}…` });
    this.ready = this.load();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** New notes outside a contacts folder need a tier to count as contacts at all. */
  private mayLeaveTierOut(): boolean {
    return this.host.settings.contactsFolder.trim() !== "";
  }

  private async load(): Promise<void> {
    try {
      this.plan = await planFromFile(this.host, this.format, this.file, (message) => this.statusEl.setText(message));
    } catch (error) {
      this.statusEl.setText("");
      this.bodyEl.createEl("p", { cls: "kit-error", text: messageOf(error) });
      new Setting(this.bodyEl).setClass("kit-modal-buttons").addButton((b) => b.setButtonText("Close").onClick(() => this.close()));
      return;
    }
    for (const id of defaultSelection(this.plan)) this.selected.add(id);
    this.statusEl.setText("");
    this.render();
  }

  private render(): void {
    const plan = this.plan;
    if (!plan) return;
    this.bodyEl.empty();
    const keys = importKeys(this.host.settings);
    if (plan.creates.length === 0 && plan.updates.length === 0) {
      this.bodyEl.createEl("p", { cls: "kit-import-summary", text: nothingToImport(plan, this.file.name) });
      this.renderReported(plan);
      new Setting(this.bodyEl).setClass("kit-modal-buttons").addButton((b) => b.setButtonText("Close").onClick(() => this.close()));
      return;
    }
    this.bodyEl.createEl("p", { cls: "kit-import-summary", text: importSummary(plan, this.file.name) });
    if (plan.creates.length > 0) this.renderTierChoice();
    const changes = plan.updates.flatMap((u) => u.changes.map((c) => ({ note: u.name, change: c })));
    this.section("new", "New notes", "Create every new note", plan.creates.map((c) => ({ id: c.id, name: c.name, detail: describeNew(c.noteName, c.name, c.fields, keys) })));
    this.section("fill", "Fill empty properties", "Fill every empty property", changes.filter((c) => !isOverwrite(c.change)).map((c) => ({ id: c.change.id, name: c.note, detail: describeChange(c.change, keys) })));
    this.section("overwrite", "Replace what notes say (off unless you tick it)", "Replace every value", changes.filter((c) => isOverwrite(c.change)).map((c) => ({ id: c.change.id, name: c.note, detail: describeChange(c.change, keys) })));
    this.renderReported(plan);
    new Setting(this.bodyEl)
      .setClass("kit-modal-buttons")
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) => {
        b.setCta().onClick(() => void this.submit());
        this.importButton = b.buttonEl;
      });
    this.updateCount();
  }

  private renderTierChoice(): void {
    new Setting(this.bodyEl)
      .setName("Tier for new notes")
      .setDesc(this.mayLeaveTierOut() ? "Without a tier, new people are unclassified until you give them one." : "New notes need a tier to count as contacts, since no contacts folder is set.")
      .addDropdown((dropdown) => {
        dropdown.selectEl.setAttr("aria-label", "Tier for new notes");
        if (this.mayLeaveTierOut()) dropdown.addOption("", "No tier (unclassified)");
        for (const tier of this.host.resolved.tiers) dropdown.addOption(tier.id, tier.label);
        dropdown.setValue(this.tierId ?? "").onChange((value) => (this.tierId = value === "" ? null : value));
      });
  }

  /** A list of rows under a heading whose checkbox ticks or clears them all; long lists grow a page at a time. */
  private section(key: string, title: string, allLabel: string, rows: ReviewRow[]): void {
    if (rows.length === 0) return;
    const el = this.bodyEl.createDiv({ cls: `kit-import-section kit-import-${key}` });
    const header = el.createEl("label", { cls: "kit-import-section-header" });
    const all = header.createEl("input", { type: "checkbox", attr: { "aria-label": allLabel } });
    header.createSpan({ cls: "kit-section-title", text: title });
    header.createSpan({ cls: "kit-count", text: String(rows.length) });
    const list = el.createDiv({ cls: "kit-import-rows" });
    const boxes: HTMLInputElement[] = [];
    const syncAll = () => {
      const on = rows.filter((r) => this.selected.has(r.id)).length;
      all.checked = on === rows.length;
      all.indeterminate = on > 0 && on < rows.length;
    };
    const drawRows = () => {
      const upTo = Math.min(rows.length, this.shown.get(key) ?? PAGE);
      for (const row of rows.slice(boxes.length, upTo)) boxes.push(this.row(list, row, syncAll));
      more.toggleClass("kit-import-more-done", upTo >= rows.length);
      more.setText(`Show ${Math.min(PAGE, rows.length - upTo)} more (${rows.length - upTo} not shown)`);
    };
    const more = el.createEl("button", { cls: "kit-import-more" });
    more.addEventListener("click", () => {
      this.shown.set(key, (this.shown.get(key) ?? PAGE) + PAGE);
      drawRows();
    });
    all.addEventListener("change", () => {
      for (const row of rows) {
        if (all.checked) this.selected.add(row.id);
        else this.selected.delete(row.id);
      }
      for (const box of boxes) box.checked = all.checked;
      this.updateCount();
    });
    drawRows();
    syncAll();
  }

  private row(list: HTMLElement, row: ReviewRow, onChange: () => void): HTMLInputElement {
    const label = list.createEl("label", { cls: "kit-import-row" });
    const box = label.createEl("input", { type: "checkbox", attr: { "data-id": row.id } });
    box.checked = this.selected.has(row.id);
    box.addEventListener("change", () => {
      if (box.checked) this.selected.add(row.id);
      else this.selected.delete(row.id);
      onChange();
      this.updateCount();
    });
    const text = label.createDiv({ cls: "kit-import-row-text" });
    text.createSpan({ cls: "kit-import-name", text: row.name });
    text.createSpan({ cls: "kit-muted", text: row.detail });
    return box;
  }

  private renderReported(plan: ImportPlan): void {
    const lines = reportedLines(plan);
    if (lines.length === 0) return;
    const details = this.bodyEl.createEl("details", { cls: "kit-import-reported" });
    details.createEl("summary", { text: `Not imported, or read in part (${lines.length})` });
    const list = details.createEl("ul");
    for (const line of lines.slice(0, 200)) list.createEl("li", { text: line });
    if (lines.length > 200) list.createEl("li", { cls: "kit-muted", text: `…and ${lines.length - 200} more.` });
  }

  private updateCount(): void {
    if (!this.plan || !this.importButton) return;
    const { creates, updates } = countSelected(this.plan, this.selected);
    this.importButton.setText(creates + updates === 0 ? "Nothing ticked" : `Import: ${creates} new, ${updates} changed`);
    this.importButton.disabled = creates + updates === 0 || this.running;
  }

  /** Ticks or clears one row as a click on its checkbox would; a row not drawn yet is ticked all the same. */
  select(id: string, on: boolean): void {
    const box = this.bodyEl.querySelector<HTMLInputElement>(`input[data-id="${id}"]`);
    if (!box) {
      if (on) this.selected.add(id);
      else this.selected.delete(id);
      this.updateCount();
      return;
    }
    box.checked = on;
    box.dispatchEvent(new Event("change"));
  }

  setTier(tierId: string | null): void {
    this.tierId = tierId;
  }

  /** Writes what is ticked; returns whether the import ran to its end. */
  async submit(): Promise<boolean> {
    const plan = this.plan;
    if (!plan || this.running || this.selected.size === 0) return false;
    this.running = true;
    const format = (n: number) => n.toLocaleString("en-US");
    const done = await writeFromReview(this.bodyEl, this.statusEl, async () => {
      await this.host.actions.importContacts({ plan, selected: this.selected, tierId: this.tierId }, this.file.name, (n, total) => this.statusEl.setText(`Importing ${format(n)} of ${format(total)}…`));
    });
    this.running = false;
    if (done) this.close();
    return done;
  }
}

/** "company Acme · email sam@example.com", and the file name when it differs from the name. */
function describeNew(noteName: string, name: string, fields: readonly FieldChange[], keys: ImportKeys): string {
  const parts = fields.map((f) => `${keys[f.field]} ${f.value}`);
  if (noteName !== name) parts.unshift(`as ${noteName}`);
  return parts.join(" · ");
}

/** "email sam@example.com", or "company Acme → Globex (Acme joins past_companies)". */
function describeChange(change: FieldChange, keys: ImportKeys): string {
  if (change.old === null) return `${keys[change.field]} ${change.value}`;
  const past = change.pastCompany ? ` (${change.pastCompany} joins ${keys.pastCompanies})` : "";
  return `${keys[change.field]} ${change.old} → ${change.value}${past}`;
}
