import { Menu } from "obsidian";
import type { Host } from "../host";
import { GroupTouchModal } from "../modals/group-touch-modal";
import { NewContactModal } from "../modals/new-contact-modal";
import { ReachOutModal } from "../modals/reach-out-modal";
import { ImportFormatPicker } from "../import/start-import";
import { MapWizardModal } from "../wizard/map-wizard-modal";

/**
 * The toolbar's one menu: what a user does from the view beyond one person's row, one
 * step away. Reaching out comes first: it is the daily loop's next step.
 */
export function showViewMenu(host: Host, event: MouseEvent, button: HTMLElement, planWeek: () => void): Menu {
  const menu = new Menu();
  menu.addItem((item) =>
    item
      .setTitle("Reach out…")
      .setIcon("send")
      .onClick(() => new ReachOutModal(host).open()),
  );
  menu.addItem((item) => item.setTitle("Plan this week's touches").setIcon("calendar-range").onClick(planWeek));
  menu.addItem((item) =>
    item
      .setTitle("Log a group touch…")
      .setIcon("users")
      .onClick(() => new GroupTouchModal(host).open()),
  );
  menu.addSeparator();
  menu.addItem((item) =>
    item
      .setTitle("New contact…")
      .setIcon("user-plus")
      .onClick(() => new NewContactModal(host).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Import contacts…")
      .setIcon("download")
      .onClick(() => new ImportFormatPicker(host).open()),
  );
  menu.addItem((item) =>
    item
      .setTitle("Build your relationship map")
      .setIcon("map")
      .onClick(() => new MapWizardModal(host).open()),
  );
  menu.addSeparator();
  menu.addItem((item) =>
    item
      .setTitle("Open review")
      .setIcon("bar-chart-3")
      .onClick(() => void host.openReviewView()),
  );
  // From the keyboard (no pointer position), the menu opens under its button.
  const rect = button.getBoundingClientRect();
  if (event.detail === 0 && rect.height > 0) menu.showAtPosition({ x: rect.left, y: rect.bottom });
  else menu.showAtMouseEvent(event);
  return menu;
}
