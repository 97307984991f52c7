import type { Component } from "obsidian";

/** How long a finger rests before it is a long press, as on the platforms' own lists. */
const HOLD_MS = 500;
/** How far a finger may move and still be pressing, not scrolling. */
const SLOP_PX = 10;
/** How long after a long press the click or context menu it causes is still its own. */
const AFTERMATH_MS = 1000;

/**
 * Calls `onPress` when a finger rests on `el` for half a second without moving: a phone's
 * way to ask for more about what is under it. Where the platform sends its own context-menu
 * event for such a press first, that event is left to do the work and the timer stops; one
 * sent after it, and the click that ends the press, are swallowed, so a press acts once.
 */
export function onLongPress(owner: Component, el: HTMLElement, onPress: (target: Element, at: { x: number; y: number }) => void): void {
  let timer = 0;
  let start: { x: number; y: number } | null = null;
  let pressedAt = 0;
  const cancel = () => {
    window.clearTimeout(timer);
    timer = 0;
    start = null;
  };
  owner.registerDomEvent(el, "pointerdown", (event: PointerEvent) => {
    if (event.pointerType !== "touch") return;
    cancel();
    const at = { x: event.clientX, y: event.clientY };
    const target = event.target;
    start = at;
    timer = window.setTimeout(() => {
      timer = 0;
      start = null;
      if (!(target instanceof Element)) return;
      pressedAt = Date.now();
      onPress(target, at);
    }, HOLD_MS);
  });
  owner.registerDomEvent(el, "pointermove", (event: PointerEvent) => {
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > SLOP_PX) cancel();
  });
  owner.registerDomEvent(el, "pointerup", () => {
    window.clearTimeout(timer);
    timer = 0;
  });
  owner.registerDomEvent(el, "pointercancel", cancel);
  owner.register(cancel);
  const afterPress = () => Date.now() - pressedAt < AFTERMATH_MS;
  // Captured, so they are dealt with before the view's own handlers see them.
  owner.registerDomEvent(
    el,
    "contextmenu",
    (event) => {
      if (timer) {
        cancel();
      } else if (afterPress()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );
  owner.registerDomEvent(
    el,
    "click",
    (event) => {
      if (!afterPress()) return;
      pressedAt = 0;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
