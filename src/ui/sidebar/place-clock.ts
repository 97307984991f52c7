import type { Component } from "obsidian";

/** A little past the minute, so a slow timer never lands just before it. */
const AFTER_THE_MINUTE_MS = 200;

/**
 * Calls `tick` just after each minute turns, until the component unloads: one timer
 * for a whole view, so the local times in its rows stay current without a timer per row.
 */
export function onEachMinute(component: Component, now: () => Date, tick: () => void): void {
  let timer = 0;
  let live = true;
  const schedule = () => {
    const wait = 60_000 - (now().getTime() % 60_000) + AFTER_THE_MINUTE_MS;
    timer = window.setTimeout(() => {
      if (!live) return;
      tick();
      schedule();
    }, wait);
  };
  component.register(() => {
    live = false;
    window.clearTimeout(timer);
  });
  schedule();
}
