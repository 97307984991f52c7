/** A notice's message with an "Undo" link after it; the link works once. */
export function noticeWithUndo(message: string, undo: () => void): DocumentFragment {
  return createFragment((fragment) => {
    fragment.appendText(`${message} `);
    const link = fragment.createEl("a", { text: "Undo", href: "#", cls: "kit-undo-link" });
    let used = false;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      if (used) return;
      used = true;
      undo();
    });
  });
}
