import { FuzzySuggestModal, type FuzzyMatch, type TFile } from "obsidian";
import { outsideSource, vaultSource, type CaptureSource } from "../../obsidian/capture-reader";
import type { Host } from "../host";
import { acceptDrops } from "../shared/drop-target";

/** The extensions exports come with; Thunderbird's mail folders have none. */
const EXPORT_EXTENSIONS = new Set(["ics", "txt", "json", "mbox", "eml", ""]);
const ACCEPT = ".ics,.txt,.json,.mbox,.eml";

type Pick = { kind: "device" } | { kind: "vault"; file: TFile };

/**
 * Picks the export to capture from: a file in the vault (exports first, newest first),
 * or one from anywhere on the device, chosen with the system's file picker or dropped
 * here. A file from outside is read where it is and never copied into the vault.
 */
export class CaptureFilePicker extends FuzzySuggestModal<Pick> {
  private readonly input: HTMLInputElement;

  constructor(
    host: Host,
    private readonly onPick: (source: CaptureSource) => void,
  ) {
    super(host.app);
    this.setPlaceholder("Pick a calendar, chat or mail export, or drop one here");
    this.emptyStateText = "No export in the vault. Choose a file from this device, or drop one here.";
    this.setInstructions([
      { command: "↵", purpose: "to read it; nothing is written before you review what it found" },
      { command: "drop", purpose: "a file here to read it where it is, without adding it to the vault" },
    ]);
    this.modalEl.addClass("kit-capture-picker");
    this.input = createEl("input", { type: "file", attr: { accept: ACCEPT, "aria-label": "Export file" } });
    this.input.addEventListener("change", () => {
      const file = this.input.files?.[0];
      if (file) this.pickOutside(file);
    });
    acceptDrops(this.modalEl, ([file]) => {
      if (!file) return;
      this.close();
      this.pickOutside(file);
    });
  }

  getItems(): Pick[] {
    const files = this.app.vault
      .getFiles()
      .filter((f) => EXPORT_EXTENSIONS.has(f.extension.toLowerCase()))
      .sort((a, b) => b.stat.mtime - a.stat.mtime);
    return [{ kind: "device" }, ...files.map((file): Pick => ({ kind: "vault", file }))];
  }

  getItemText(item: Pick): string {
    return item.kind === "device" ? "Choose a file from this device…" : item.file.path;
  }

  override renderSuggestion(match: FuzzyMatch<Pick>, el: HTMLElement): void {
    super.renderSuggestion(match, el);
    if (match.item.kind === "device") el.createDiv({ cls: "kit-suggestion-meta", text: "Read where it is; not added to the vault" });
  }

  onChooseItem(item: Pick): void {
    if (item.kind === "vault") this.onPick(vaultSource(this.app.vault, item.file));
    // The system's file picker; the choice arrives as a change of the input.
    else this.input.click();
  }

  /** A file from outside the vault, chosen or dropped. */
  pickOutside(file: File): void {
    this.onPick(outsideSource(file));
  }
}
