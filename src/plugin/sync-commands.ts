import type { Plugin } from "obsidian";
import type { SyncConflict } from "../obsidian/conflict-copies";
import type { Host } from "../ui/host";
import { ContactSuggestModal } from "../ui/modals/contact-suggest-modal";
import { MergeCopyModal } from "../ui/modals/merge-copy-modal";

/** The conflict copy in the active note, or the first copy of the active note: what *Merge conflict copy* works on. */
function activeConflict(host: Host): SyncConflict | null {
  const file = host.app.workspace.getActiveFile();
  const conflicts = host.index.syncConflicts();
  if (!file) return conflicts[0] ?? null;
  return conflicts.find((c) => c.path === file.path) ?? conflicts.find((c) => c.original === file.path) ?? conflicts[0] ?? null;
}

/** The commands for living with several devices: repair a note a sync merge damaged, merge a sync tool's conflict copy. */
export function registerSyncCommands(owner: Pick<Plugin, "addCommand">, host: Host): void {
  owner.addCommand({
    id: "repair-after-sync",
    name: "Repair contact note after a sync merge…",
    checkCallback: (checking) => {
      const damaged = host.index.all().filter((c) => c.syncDamage !== null);
      if (damaged.length === 0) return false;
      if (checking) return true;
      const file = host.app.workspace.getActiveFile();
      const active = damaged.find((c) => c.path === file?.path) ?? (damaged.length === 1 ? damaged[0] : undefined);
      if (active) void host.actions.repairAfterSync(active);
      else new ContactSuggestModal(host, (contact) => void host.actions.repairAfterSync(contact), (contact) => contact.syncDamage !== null).open();
      return true;
    },
  });

  owner.addCommand({
    id: "merge-conflict-copy",
    name: "Merge conflict copy…",
    checkCallback: (checking) => {
      const conflict = activeConflict(host);
      if (!conflict) return false;
      if (!checking) new MergeCopyModal(host, conflict).open();
      return true;
    },
  });
}
