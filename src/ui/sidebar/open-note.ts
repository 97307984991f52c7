import type { Host } from "../host";

/**
 * Makes a link open a note when clicked (Ctrl or Cmd: in a new tab). `target` is a path,
 * or a link's text resolved from `sourcePath` as Obsidian resolves links in that note.
 */
export function openNote(host: Pick<Host, "app">, link: HTMLElement, target: string, sourcePath = ""): HTMLElement {
  link.addEventListener("click", (event: MouseEvent) => {
    event.preventDefault();
    void host.app.workspace.openLinkText(target, sourcePath, event.ctrlKey || event.metaKey);
  });
  return link;
}
