import type { Scope } from "obsidian";

/** Typing in a field is typing, not a command. */
export function isTypingIn(event: KeyboardEvent): boolean {
  const target = event.targetNode;
  return !!target && (target.instanceOf(HTMLInputElement) || target.instanceOf(HTMLTextAreaElement) || target.instanceOf(HTMLSelectElement) || (target.instanceOf(HTMLElement) && target.isContentEditable));
}

/**
 * One-key commands in a modal's scope (keys without modifiers): they never fire while
 * the user types in a field, and Space or Enter on a focused button presses that button.
 * `run` returns whether it used the key.
 */
export function registerModalKeys(scope: Scope, keys: readonly string[], run: (key: string) => boolean): void {
  for (const key of keys) {
    scope.register([], key, (event: KeyboardEvent) => {
      if (isTypingIn(event)) return true;
      if ((key === " " || key === "Enter") && event.targetNode?.instanceOf(HTMLButtonElement)) return true;
      return !run(key);
    });
  }
}

/** The keys 1–9 for as many tiers as there are (at most nine). */
export function tierKeys(count: number): string[] {
  return Array.from({ length: Math.min(9, count) }, (_, i) => String(i + 1));
}
