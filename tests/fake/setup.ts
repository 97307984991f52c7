// vitest setup file: installs Obsidian's DOM and JS globals on happy-dom (as the
// Obsidian app does) and resets the fake's global records between tests.
import { afterEach, beforeEach } from "vitest";
import { installDomHelpers } from "./dom";
import { installJsGlobals } from "./globals";
import { disposeApps } from "./harness";
import { Menu } from "./menu";
import { openModals } from "./modal";
import { clearNotices } from "./notice";
import { setApiVersion } from "./utils";

installDomHelpers();
installJsGlobals();

beforeEach(() => {
  clearNotices();
  // The Obsidian the typings describe; a test may pretend to be older.
  setApiVersion("1.13.1");
  Menu.lastShown = null;
});

afterEach(() => {
  for (const modal of openModals.slice().reverse()) modal.close();
  disposeApps();
  document.body.empty();
});
