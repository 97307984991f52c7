import { baseTierKey } from "../core/export/base-tiers";
import { resolveSettings } from "../core/settings";
import { planBaseUpdates } from "../obsidian/actions/relationships-base";
import { ConfirmModal } from "../ui/modals/confirm-modal";
import type { PluginContext } from "./context";

/**
 * Offers to bring the plugin's relationships bases up to date when the tiers change.
 * The settings save on every keystroke, so nothing is asked while the user types: the
 * question comes once, when they close the settings (or leave the plugin's tab), and
 * only if the tiers as a base sees them changed since the last look, a base the
 * plugin wrote would really change, and the user hasn't said "not now" to these tiers.
 */
export class BaseRefresh {
  /** The tiers as the bases see them at the last look: at startup, then at each close of the settings. */
  private lastTiers: string;

  constructor(private readonly context: PluginContext) {
    this.lastTiers = baseTierKey(context.settings);
  }

  /** The settings were closed: ask, if there is anything to ask. Resolves once the question is up (or not needed). */
  async settingsClosed(): Promise<void> {
    const { settings } = this.context;
    const tiers = baseTierKey(settings);
    if (tiers === this.lastTiers) return;
    this.lastTiers = tiers;
    if (settings.generatedBases.length === 0 || tiers === settings.declinedBaseTiers) return;
    const plan = await planBaseUpdates(this.context);
    for (const { path, why } of plan.unreadable) {
      this.context.notices.show(`${path} still has the old tiers: it couldn't be updated, because ${why}.`, 10_000);
    }
    if (plan.stale.length === 0) return;
    this.ask(plan.stale);
  }

  private ask(paths: readonly string[]): void {
    const { app, actions, settings } = this.context;
    const one = paths.length === 1;
    const names = one ? (paths[0] ?? "") : paths.join(", ");
    new ConfirmModal(
      app,
      one ? "Update the relationships base?" : "Update the relationships bases?",
      `The tiers changed, and ${names} still ${one ? "counts" : "count"} with the old ones. Updating changes only the two formulas that hold the tiers' days (due_from_days and overdue_after_days); views, columns and anything else you changed stay as they are.`,
      "Update",
      () => void actions.updateRelationshipsBases(paths),
      // The tiers as typed a moment ago: the settings' resolved copy is refreshed only after the save has finished.
      resolveSettings(settings).tiers.map((t) => `${t.label}: due after ${t.dueFromDays} days, overdue after ${t.overdueAfterDays}.`),
      { cancelText: "Not now", onCancel: () => void actions.declineBaseUpdate(), warning: false },
    ).open();
  }
}
