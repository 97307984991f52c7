import type { Modal } from "obsidian";

type Handler = { key: string | null; modifiers: string | null; func: (event: KeyboardEvent, context: unknown) => unknown };

/**
 * Presses a key in a modal as Obsidian's keymap would: the modal scope's handler for
 * that key without modifiers, with the event aimed at `target` (a field, to check
 * that typing isn't taken as a command). Returns what the handler returned: false
 * when it used the key.
 */
export function pressKey(modal: Modal, key: string, target: HTMLElement = modal.contentEl): unknown {
  const handler = (modal.scope as unknown as { handlers: Handler[] }).handlers.find((h) => h.key === key && !h.modifiers);
  if (!handler) throw new Error(`no key handler for "${key}"`);
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return handler.func(event, { key, modifiers: "" });
}
