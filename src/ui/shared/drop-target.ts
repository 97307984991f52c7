/** Lets files be dropped on a modal: outlined while they are dragged over it, handed on when dropped. */
export function acceptDrops(el: HTMLElement, onDrop: (files: File[]) => void): void {
  el.addEventListener("dragover", (event) => {
    event.preventDefault();
    el.addClass("is-dragging");
  });
  el.addEventListener("dragleave", () => el.removeClass("is-dragging"));
  el.addEventListener("drop", (event) => {
    event.preventDefault();
    el.removeClass("is-dragging");
    onDrop(Array.from(event.dataTransfer?.files ?? []));
  });
}
