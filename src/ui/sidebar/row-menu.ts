import { Menu } from "obsidian";
import type { AgendaEntry } from "../../core/planning/agenda";
import { addDaysTo } from "../../core/shared/dates";
import type { Host } from "../host";
import { ContactDetailModal } from "../modals/contact-detail-modal";
import { FadeModal } from "../modals/fade-modal";
import { GroupTouchModal } from "../modals/group-touch-modal";
import { LogTouchModal } from "../modals/log-touch-modal";
import { SnoozeModal, SNOOZE_MONTH_DAYS, SNOOZE_WEEK_DAYS } from "../modals/snooze-modal";
import { openStarterPicker } from "../modals/starter-picker";
import { SetPlaceModal } from "../modals/set-place-modal";

/** The ⋮ menu of a contact's row: every action on one person, in the order people reach for them. */
export function showRowMenu(host: Host, entry: AgendaEntry, event: MouseEvent, button: HTMLElement | null): void {
  const { contact, due } = entry;
  const today = host.today();
  const menu = new Menu();
  menu.addItem((item) =>
    item
      .setTitle("Details and history")
      .setIcon("user")
      .onClick(() => new ContactDetailModal(host, contact).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Log touch with details…")
      .setIcon("pencil")
      .onClick(() => new LogTouchModal(host, contact).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Copy a message starter…")
      .setIcon("message-square")
      .onClick(() => openStarterPicker(host, contact)),
  );
  menu.addItem((item) =>
    item
      .setTitle("Snooze 1 week")
      .setIcon("alarm-clock")
      .onClick(() => void host.actions.snooze(contact, addDaysTo(today, SNOOZE_WEEK_DAYS))),
  );
  menu.addItem((item) =>
    item
      .setTitle("Snooze 1 month")
      .setIcon("alarm-clock")
      .onClick(() => void host.actions.snooze(contact, addDaysTo(today, SNOOZE_MONTH_DAYS))),
  );
  if (due.state === "snoozed") {
    menu.addItem((item) =>
      item
        .setTitle("Wake now")
        .setIcon("sun")
        .onClick(() => void host.actions.snooze(contact, null)),
    );
  }
  menu.addItem((item) =>
    item
      .setTitle("Snooze until…")
      .setIcon("calendar")
      .onClick(() => new SnoozeModal(host, contact).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Log a group touch with…")
      .setIcon("users")
      .onClick(() => new GroupTouchModal(host, [contact.path]).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Set place and time zone…")
      .setIcon("map-pin")
      .onClick(() => new SetPlaceModal(host, contact).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Let fade…")
      .setIcon("moon")
      .onClick(() => new FadeModal(host, contact).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Open note")
      .setIcon("file-text")
      .onClick(() => void host.app.workspace.openLinkText(contact.path, "", false)),
  );
  // From the keyboard (no pointer position), the menu opens under its button.
  const rect = button?.getBoundingClientRect();
  if (event.detail === 0 && rect && rect.height > 0) menu.showAtPosition({ x: rect.left, y: rect.bottom });
  else menu.showAtMouseEvent(event);
}
