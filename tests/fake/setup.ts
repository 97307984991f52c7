// vitest setup file: installs Obsidian's DOM and JS globals on happy-dom (as the
// Obsidian app does), resets the fake's global records between tests, and closes the
// apps a test file started when it ends (files share a worker, see vitest.config.ts).
import { afterAll, afterEach, beforeEach, vi } from "vitest";
import { installDomHelpers } from "./dom";
import { installJsGlobals } from "./globals";
import { resetDevice } from "./device";
import { closeApps, disposeApps } from "./harness";
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
  resetDevice();
});

afterEach(() => {
  // A test that stopped the clock gives it back, so the next file starts on real time.
  vi.useRealTimers();
  for (const modal of openModals.slice().reverse()) modal.close();
  disposeApps();
  document.body.empty();
});

afterAll(() => {
  closeApps();
  document.body.empty();
});
