import type { Plugin } from "obsidian";
import type { Contact } from "../core/contacts/contact";
import { ContactDetailModal } from "../ui/modals/contact-detail-modal";
import { ContactSuggestModal } from "../ui/modals/contact-suggest-modal";
import { LogTouchModal } from "../ui/modals/log-touch-modal";
import { NewContactModal } from "../ui/modals/new-contact-modal";
import { MapWizardModal } from "../ui/wizard/map-wizard-modal";
import { TriageModal } from "../ui/wizard/triage-modal";
import { SnoozeModal } from "../ui/modals/snooze-modal";
import { openStarterPicker } from "../ui/modals/starter-picker";
import { FadeModal } from "../ui/modals/fade-modal";
import { GroupTouchModal } from "../ui/modals/group-touch-modal";
import { TopicPickerModal } from "../ui/modals/topic-finder-modal";
import { ReachOutModal } from "../ui/modals/reach-out-modal";
import type { PluginContext } from "./context";
import { currentWeekPlan, describePlan, requestPlan } from "../obsidian/actions/week-plan";
import type { WeekPlan } from "../core/planning/week-plan";
import { registerImportCommands } from "./import-commands";
import { registerSyncCommands } from "./sync-commands";
import { PlacesModal } from "../ui/modals/places-modal";
import { SetPlaceModal } from "../ui/modals/set-place-modal";
import { ConfirmModal } from "../ui/modals/confirm-modal";
import { relationshipsBaseTarget } from "../obsidian/actions/relationships-base";

/** The contact in the active note, or else one the user picks. */
function withContact(context: PluginContext, then: (contact: Contact) => void): void {
  const file = context.app.workspace.getActiveFile();
  const active = file ? context.index.get(file.path) : undefined;
  if (active) {
    then(active);
    return;
  }
  new ContactSuggestModal(context, then).open();
}

/**
 * Opens the relationships view with this week's plan in sight, and offers to write it
 * to the daily note. A suggestion: nothing is sent or logged.
 */
export async function planThisWeek(context: PluginContext): Promise<WeekPlan> {
  const { index, notices, actions } = context;
  await index.ready;
  await context.openRelationshipsView();
  requestPlan(index);
  const plan = currentWeekPlan(context);
  if (plan.thisWeek.length === 0) {
    notices.show(describePlan(plan));
    return plan;
  }
  notices.show(describePlan(plan), 10_000, { text: "Write to daily note", cls: "kit-week-plan-write-link", once: false, run: () => void actions.writeWeekPlan() });
  return plan;
}

/** Writes the relationships base, asking first when a file of that name is there already. */
function createRelationshipsBase(context: PluginContext): void {
  const target = relationshipsBaseTarget(context);
  if (!target.exists) {
    void context.actions.createRelationshipsBase(false);
    return;
  }
  new ConfirmModal(
    context.app,
    "Replace the relationships base?",
    `${target.path} already exists. Replacing it writes the columns, formulas and views from the current tiers, and any changes made to it are lost.`,
    "Replace",
    () => void context.actions.createRelationshipsBase(true),
  ).open();
}

/** The name Obsidian's properties editor shows for a type. */
const TYPE_LABEL: Record<string, string> = { text: "Text", date: "Date", multitext: "List" };

function typeLabel(type: string): string {
  return TYPE_LABEL[type] ?? type;
}

/**
 * Sets Obsidian's types of the contact properties, after a window that lists what would
 * change and what stays as the user set it; nothing is written unless they agree.
 */
async function setPropertyTypes(context: PluginContext): Promise<void> {
  const plan = await context.actions.planPropertyTypes();
  if (!plan) return;
  const kept = plan.leftAlone.map((l) => `Left alone: ${l.name} stays ${typeLabel(l.current)} (the plugin would use ${typeLabel(l.wanted)}).`);
  if (plan.added.length === 0) {
    const already = "The contact properties have their types already.";
    context.notices.show(kept.length === 0 ? already : `${already} ${kept.join(" ")}`);
    return;
  }
  new ConfirmModal(
    context.app,
    "Set property types for contacts?",
    `Obsidian keeps property types in ${plan.path}. Other types there stay as they are.`,
    "Set types",
    () => void context.actions.setPropertyTypes(),
    [...plan.added.map((w) => `Set ${w.name} to ${typeLabel(w.type)}.`), ...kept],
  ).open();
}

/** Command palette actions. None has a default hotkey: users choose their own. */
export function registerCommands(owner: Pick<Plugin, "addCommand">, context: PluginContext): void {
  owner.addCommand({
    id: "open-relationships-view",
    name: "Open relationships view",
    callback: () => void context.openRelationshipsView(),
  });

  owner.addCommand({
    id: "open-review",
    name: "Open review",
    callback: () => void context.openReviewView(),
  });

  owner.addCommand({
    id: "log-touch",
    name: "Log touch…",
    callback: () => withContact(context, (contact) => new LogTouchModal(context, contact).open()),
  });

  owner.addCommand({
    id: "show-contact-details",
    name: "Show contact details…",
    callback: () => withContact(context, (contact) => new ContactDetailModal(context, contact).open()),
  });

  owner.addCommand({
    id: "copy-message-starter",
    name: "Copy a message starter…",
    callback: () => withContact(context, (contact) => openStarterPicker(context, contact)),
  });

  owner.addCommand({
    id: "snooze-contact",
    name: "Snooze contact…",
    callback: () => withContact(context, (contact) => new SnoozeModal(context, contact).open()),
  });

  owner.addCommand({
    id: "log-group-touch",
    name: "Log a group touch…",
    callback: () => new GroupTouchModal(context).open(),
  });

  owner.addCommand({
    id: "let-contact-fade",
    name: "Let a contact fade…",
    callback: () => withContact(context, (contact) => new FadeModal(context, contact).open()),
  });

  owner.addCommand({
    id: "resume-contact",
    name: "Resume a faded contact…",
    callback: () => new ContactSuggestModal(context, (contact) => void context.actions.resume(contact), (c) => c.status === "paused").open(),
  });

  owner.addCommand({
    id: "who-would-find-this-useful",
    name: "Who would find this useful?",
    callback: () => new TopicPickerModal(context).open(),
  });

  owner.addCommand({
    id: "add-touch-plan",
    name: "Add today's touch plan to the daily note",
    callback: () => context.actions.addTouchPlan(),
  });

  owner.addCommand({
    id: "plan-this-week",
    name: "Plan this week's touches",
    callback: () => void planThisWeek(context),
  });

  owner.addCommand({
    id: "reach-out",
    name: "Reach out…",
    callback: () => new ReachOutModal(context).open(),
  });

  owner.addCommand({
    id: "undo-last-change",
    name: "Undo last change",
    callback: () => void context.actions.undo(),
  });

  owner.addCommand({
    id: "redo-last-undone-change",
    name: "Redo last undone change",
    callback: () => void context.actions.redo(),
  });

  owner.addCommand({
    id: "new-contact",
    name: "New contact…",
    callback: () => new NewContactModal(context).open(),
  });

  owner.addCommand({
    id: "build-relationship-map",
    name: "Build your relationship map",
    callback: () => new MapWizardModal(context).open(),
  });

  owner.addCommand({
    id: "sort-people-without-tier",
    name: "Sort people without a tier",
    callback: () => new TriageModal(context).open(),
  });

  owner.addCommand({
    id: "export-calendar",
    name: "Export calendar (.ics)",
    callback: () => void context.actions.exportCalendar(),
  });

  owner.addCommand({
    id: "create-relationships-base",
    name: "Create a relationships base",
    callback: () => createRelationshipsBase(context),
  });

  owner.addCommand({
    id: "set-property-types",
    name: "Set property types for contacts…",
    callback: () => void setPropertyTypes(context),
  });

  owner.addCommand({
    id: "whos-in",
    name: "Who's in…?",
    callback: () => new PlacesModal(context).open(),
  });

  owner.addCommand({
    id: "set-place-for-several",
    name: "Set place and time zone for several…",
    callback: () => new SetPlaceModal(context, null).open(),
  });

  registerImportCommands(owner, context);
  registerSyncCommands(owner, context);
}
