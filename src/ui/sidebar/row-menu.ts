import { Menu } from "obsidian";
import type { AgendaEntry } from "../../core/planning/agenda";
import { quietHoursOf } from "../../core/contacts/local-time";
import { addDaysTo } from "../../core/shared/dates";
import type { Host } from "../host";
import { rowFacts } from "./row-facts";
import { ContactDetailModal } from "../modals/contact-detail-modal";
import { FadeModal } from "../modals/fade-modal";
import { GroupTouchModal } from "../modals/group-touch-modal";
import { LogTouchModal } from "../modals/log-touch-modal";
import { SnoozeModal, SNOOZE_MONTH_DAYS, SNOOZE_WEEK_DAYS } from "../modals/snooze-modal";
import { openStarterPicker } from "../modals/starter-picker";
import { SetPlaceModal } from "../modals/set-place-modal";
import { describeIntroFollowUp, introFollowUps } from "../../core/touches/introductions";

/** What the row menu needs from the view: the host, and filtering the view to a place. */
export interface RowMenuHost {
  host: Host;
  filterByPlace(place: string): void;
}

/**
 * The menu of a contact's row: every action on one person, in the order people reach for
 * them. With `withFacts` (a right click, a long press, any menu on a phone) it opens with
 * what the row leaves out, each a line: the place filters the view to it, a mentioned last
 * touch opens its note, warmth and drift show their calculation.
 */
export function showRowMenu(view: RowMenuHost, entry: AgendaEntry, at: { x: number; y: number }, withFacts: boolean): Menu {
  const { host } = view;
  const { contact, due } = entry;
  const today = host.today();
  const menu = new Menu();
  if (contact.syncDamage) {
    // First, where it is seen: the warning on the row says why.
    menu.addItem((item) =>
      item
        .setTitle("Repair after a sync merge")
        .setIcon("wrench")
        .onClick(() => void host.actions.repairAfterSync(contact)),
    );
  }
  if (withFacts) {
    for (const fact of rowFacts(contact, today, host.now(), quietHoursOf(host.settings))) {
      const { place, source, explain } = fact;
      menu.addItem((item) => {
        item.setTitle(fact.text).setIcon(fact.icon);
        if (place) item.onClick(() => view.filterByPlace(place));
        else if (source) item.onClick(() => void host.app.workspace.openLinkText(source, "", false));
        else if (explain) item.onClick(() => host.notices.show(explain));
        else item.setIsLabel(true);
      });
    }
    menu.addSeparator();
  }
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
  // "How did the intro go?" is answered by logging a touch, or dismissed here.
  for (const followUp of introFollowUps(contact, today)) {
    const asked = describeIntroFollowUp(followUp);
    menu.addItem((item) =>
      item
        .setTitle(`Dismiss “${asked.charAt(0).toUpperCase()}${asked.slice(1)}”`)
        .setIcon("x")
        .onClick(() => void host.actions.dismissIntroFollowUp(contact, followUp)),
    );
  }
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
  menu.showAtPosition(at);
  return menu;
}
