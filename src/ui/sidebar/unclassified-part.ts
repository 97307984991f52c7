import { isUnclassified } from "../../core/contacts/triage";
import { TrackedContacts } from "../../core/contacts/tracked-contacts";
import { countPeople } from "../../core/contacts/relationship-map";
import type { Host } from "../host";
import { MapWizardModal } from "../wizard/map-wizard-modal";
import { TriageModal } from "../wizard/triage-modal";

/**
 * A line above the lists: how many contacts have no tier yet, with a button that
 * starts triage, and, while a relationship map is half built, a button to go on with
 * it. Nothing at all when there is neither.
 */
export class UnclassifiedPart {
  private signature = "";
  /** The people still to sort, counted as the index changes rather than by a look at everyone each time. */
  private readonly unsorted = new TrackedContacts(isUnclassified, () => true);

  constructor(
    private readonly host: Host,
    private readonly parent: HTMLElement,
  ) {}

  /** `changed`: the contacts the index says changed, null when anyone may have. Returns whether it drew the part again. */
  render(changed: readonly string[] | null = null): boolean {
    this.unsorted.update(this.host.index, changed);
    const unsorted = this.unsorted.size;
    const wizard = this.host.settings.mapWizard;
    const mapUnderWay = wizard !== null && wizard.people.length > 0;
    const signature = `${unsorted}|${mapUnderWay}`;
    if (signature === this.signature) return false;
    this.signature = signature;
    this.parent.empty();
    if (unsorted === 0 && !mapUnderWay) return true;
    const part = this.parent.createDiv({ cls: "kit-unclassified" });
    if (unsorted > 0) {
      part.createSpan({ cls: "kit-unclassified-count", text: `${countPeople(unsorted)} without a tier` });
      const triage = part.createEl("button", { cls: "kit-unclassified-triage", text: "Sort them" });
      triage.addEventListener("click", () => new TriageModal(this.host).open());
    }
    if (mapUnderWay) {
      const resume = part.createEl("button", { cls: "kit-unclassified-map", text: "Continue your relationship map" });
      resume.addEventListener("click", () => new MapWizardModal(this.host).open());
    }
    return true;
  }
}
