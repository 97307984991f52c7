import type { Component } from "obsidian";
import type { ContactIndex } from "../obsidian/contact-index";

/**
 * Redraws a view or block after the index changes, once per burst (a sync, a
 * rebuild), until the component unloads. The index also fires when the day
 * changes, so due states move with the calendar.
 */
export function renderOnIndexChange(component: Component, index: ContactIndex, render: () => void): void {
  let queued = false;
  let live = true;
  component.register(() => (live = false));
  component.registerEvent(
    index.on("changed", () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (live) render();
      });
    }),
  );
}
