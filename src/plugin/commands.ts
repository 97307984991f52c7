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
import type KeepInTouchPlugin from "./plugin";
import { addTouchPlan } from "../obsidian/actions/touch-plan";
import { planThisWeek } from "../obsidian/actions/week-plan";
import { exportCalendarWithNotice } from "../obsidian/actions/ics-export";
import { registerImportCommands } from "./import-commands";
import { PlacesModal } from "../ui/modals/places-modal";
import { SetPlaceModal } from "../ui/modals/set-place-modal";

/** The contact in the active note, or else one the user picks. */
function withContact(plugin: KeepInTouchPlugin, then: (contact: Contact) => void): void {
  const active = plugin.contactFor(plugin.app.workspace.getActiveFile());
  if (active) {
    then(active);
    return;
  }
  new ContactSuggestModal(plugin, then).open();
}

/** Command palette actions. None has a default hotkey: users choose their own. */
export function registerCommands(plugin: KeepInTouchPlugin): void {
  plugin.addCommand({
    id: "open-relationships-view",
    name: "Open relationships view",
    callback: () => void plugin.openRelationshipsView(),
  });

  plugin.addCommand({
    id: "open-review",
    name: "Open review",
    callback: () => void plugin.openReviewView(),
  });

  plugin.addCommand({
    id: "log-touch",
    name: "Log touch…",
    callback: () => withContact(plugin, (contact) => new LogTouchModal(plugin, contact).open()),
  });

  plugin.addCommand({
    id: "show-contact-details",
    name: "Show contact details…",
    callback: () => withContact(plugin, (contact) => new ContactDetailModal(plugin, contact).open()),
  });

  plugin.addCommand({
    id: "copy-message-starter",
    name: "Copy a message starter…",
    callback: () => withContact(plugin, (contact) => openStarterPicker(plugin, contact)),
  });

  plugin.addCommand({
    id: "snooze-contact",
    name: "Snooze contact…",
    callback: () => withContact(plugin, (contact) => new SnoozeModal(plugin, contact).open()),
  });

  plugin.addCommand({
    id: "log-group-touch",
    name: "Log a group touch…",
    callback: () => new GroupTouchModal(plugin).open(),
  });

  plugin.addCommand({
    id: "let-contact-fade",
    name: "Let a contact fade…",
    callback: () => withContact(plugin, (contact) => new FadeModal(plugin, contact).open()),
  });

  plugin.addCommand({
    id: "resume-contact",
    name: "Resume a faded contact…",
    callback: () => new ContactSuggestModal(plugin, (contact) => void plugin.resumeWithNotice(contact), (c) => c.status === "paused").open(),
  });

  plugin.addCommand({
    id: "who-would-find-this-useful",
    name: "Who would find this useful?",
    callback: () => new TopicPickerModal(plugin).open(),
  });

  plugin.addCommand({
    id: "add-touch-plan",
    name: "Add today's touch plan to the daily note",
    callback: () => addTouchPlan(plugin),
  });

  plugin.addCommand({
    id: "plan-this-week",
    name: "Plan this week's touches",
    callback: () => void planThisWeek(plugin),
  });

  plugin.addCommand({
    id: "reach-out",
    name: "Reach out…",
    callback: () => new ReachOutModal(plugin).open(),
  });

  plugin.addCommand({
    id: "undo-last-change",
    name: "Undo last change",
    callback: () => void plugin.undoWithNotice(),
  });

  plugin.addCommand({
    id: "new-contact",
    name: "New contact…",
    callback: () => new NewContactModal(plugin).open(),
  });

  plugin.addCommand({
    id: "build-relationship-map",
    name: "Build your relationship map",
    callback: () => new MapWizardModal(plugin).open(),
  });

  plugin.addCommand({
    id: "sort-people-without-tier",
    name: "Sort people without a tier",
    callback: () => new TriageModal(plugin).open(),
  });

  plugin.addCommand({
    id: "export-calendar",
    name: "Export calendar (.ics)",
    callback: () => void exportCalendarWithNotice(plugin),
  });

  plugin.addCommand({
    id: "whos-in",
    name: "Who's in…?",
    callback: () => new PlacesModal(plugin).open(),
  });

  plugin.addCommand({
    id: "set-place-for-several",
    name: "Set place and time zone for several…",
    callback: () => new SetPlaceModal(plugin, null).open(),
  });

  registerImportCommands(plugin);
}
