import type { Component } from "obsidian";
import type { ChangedContacts, ContactIndex } from "../../obsidian/contact-index";

/**
 * Redraws a view or block after the index changes, once per burst (a sync, a
 * rebuild), until the component unloads, with the paths of the contacts that
 * changed in that burst (null when any may have: a rebuild, a new day). The index
 * also fires when the day changes, so due states move with the calendar.
 */
export function renderOnIndexChange(component: Component, index: ContactIndex, render: (changed: ChangedContacts) => void): void {
  let queued = false;
  let live = true;
  let paths: Set<string> | null = new Set();
  component.register(() => (live = false));
  component.registerEvent(
    index.onChange((changed) => {
      if (changed === null) paths = null;
      else if (paths !== null) for (const path of changed) paths.add(path);
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        const burst = paths === null ? null : [...paths];
        queued = false;
        paths = new Set();
        if (live) render(burst);
      });
    }),
  );
}
