import type { Component } from "obsidian";
import type { ChangedContacts } from "../../obsidian/contact-index";
import type { Host } from "../host";
import type { OpenParts } from "./collapsible-part";
import { CompanySection } from "./company-section";
import { PracticeSections } from "./practice-sections";
import { UnclassifiedPart } from "./unclassified-part";
import { WeekPlanSection } from "./week-plan-section";

/** Where the parts below the lists go, and what they need from the view. */
export interface PartsBelowHosts {
  weekPlan: HTMLElement;
  practice: HTMLElement;
  companies: HTMLElement;
  unclassified: HTMLElement;
  /** Where the bar of a chosen company goes: under the toolbar. */
  companyBar: HTMLElement;
  /** Whether anyone is on the lists (everyone paused leaves no one to plan for). */
  anyoneListed: () => boolean;
  /** Filters the view to a company's people (its key), or shows everyone again (null). */
  filterByCompany: (company: string | null) => void;
}

/**
 * The practice below the people (this week's plan, promises, dates, paused people,
 * companies, the count of people without a tier). Each part looks at every contact
 * the first time it is drawn, so on opening the view they wait for the frame after
 * the one that shows the people: the names come first. Afterwards a change is handed
 * to each part, which looks only at the contacts it names and draws itself again only
 * when what it shows changed.
 */
export class PartsBelow {
  readonly weekPlan: WeekPlanSection;
  private readonly practice: PracticeSections;
  private readonly companies: CompanySection;
  private readonly unclassified: UnclassifiedPart;
  private frame = 0;
  /** Parts drawn again (each of the four counts once), since the view opened: what tests count instead of timing. */
  readonly work = { redrawn: 0 };

  constructor(
    view: Component,
    private readonly host: Host,
    private readonly hosts: PartsBelowHosts,
    parts: OpenParts,
  ) {
    this.weekPlan = new WeekPlanSection(host, hosts.weekPlan, parts, hosts.anyoneListed);
    this.practice = new PracticeSections(host, parts);
    this.companies = new CompanySection(host, hosts.companies, hosts.companyBar, parts, hosts.filterByCompany);
    this.unclassified = new UnclassifiedPart(host, hosts.unclassified);
    view.register(() => {
      window.cancelAnimationFrame(this.frame);
      this.frame = 0;
    });
  }

  /** Whether the first drawing is still waiting for its frame. */
  get pending(): boolean {
    return this.frame !== 0;
  }

  /** Draws the parts at the next frame; closing the view before then cancels it. */
  drawSoon(): void {
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw(null);
    });
  }

  /** Draws the parts after a change (`changed`: the paths the index named, null when anyone may have changed). */
  draw(changed: ChangedContacts): void {
    // The frame to come draws them all, with a look at everyone.
    if (this.frame) return;
    const redrawn = [this.weekPlan.render(), this.practice.render(this.hosts.practice, this.host.index, changed), this.companies.render(changed), this.unclassified.render(changed)];
    this.work.redrawn += redrawn.filter(Boolean).length;
  }

  /** The parts drawn again as they are now open or closed (after the view's saved state is read back). */
  redraw(): void {
    if (this.frame || !this.host.index.isBuilt || this.host.index.size === 0) return;
    this.hosts.practice.empty();
    this.draw(null);
  }
}
