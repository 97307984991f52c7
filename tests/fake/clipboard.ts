import { afterEach, beforeEach, vi, type Mock } from "vitest";

type WriteText = Mock<(text: string) => Promise<void>>;

/**
 * The system clipboard, fresh for each test of the file that calls this: `writeText`
 * records what was copied and succeeds unless a test says otherwise.
 */
export function useFakeClipboard(): { readonly writeText: WriteText } {
  const clipboard = { writeText: vi.fn<(text: string) => Promise<void>>() };
  beforeEach(() => {
    clipboard.writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText: clipboard.writeText }, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, "clipboard");
  });
  return clipboard;
}
