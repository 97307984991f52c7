import { getLinkpath, Platform, setIcon } from "obsidian";
import type { Contact } from "../../core/contacts/contact";
import { describePromiseDue, promiseDisplay, type GroupedPromise } from "../../core/conversation/promise-text";
import type { Host } from "../host";
import { openNote } from "./open-note";

/** "Ana", "Ana and Sam", "Ana, Sam and Noor". */
export function namesOf(people: readonly Pick<Contact, "name">[]): string {
  const names = people.map((p) => p.name);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/**
 * The rows of the promises part, one a task: its words with links as names that open
 * their notes, then whoever it is for that the words don't already name and when it is
 * due, said once. A checkbox keeps the promise; the double tick keeps it and logs the
 * follow-through with everyone it was made to. The core reads the task; this only draws.
 *
 * On a phone, names inside a sentence are too close together to tap: they show as names,
 * and everyone the promise is for is listed under it, each with room for a finger.
 */
export function promiseRows(host: Host, parent: HTMLElement, promises: readonly GroupedPromise<Contact>[]): void {
  const today = host.today();
  const phone = Platform.isPhone;
  for (const { promise, people } of promises) {
    const display = promiseDisplay(promise.text);
    const row = parent.createDiv({ cls: "kit-part-row kit-promise", attr: { "data-path": promise.path, "data-line": String(promise.line) } });
    const box = row.createEl("label", { cls: "kit-promise-box" }).createEl("input", { type: "checkbox", cls: "task-list-item-checkbox", attr: { "aria-label": `Mark "${display.plain}" as done` } });
    box.addEventListener("change", () => void host.actions.keepPromise(promise, people, false));
    const main = row.createDiv({ cls: "kit-row-main" });
    const text = main.createDiv({ cls: "kit-promise-text" });
    const named = new Set<string>();
    for (const part of display.parts) {
      if (part.kind === "text") {
        text.appendText(part.text);
        continue;
      }
      const file = host.app.metadataCache.getFirstLinkpathDest(getLinkpath(part.target), promise.path);
      if (file) named.add(file.path);
      if (phone) text.createSpan({ cls: "kit-promise-name", text: part.label });
      else openNote(host, text.createEl("a", { cls: "kit-promise-link", text: part.label, href: "#", attr: { "data-target": part.target } }), part.target, promise.path);
    }
    const listed = phone ? people : people.filter((p) => !named.has(p.path));
    const when = describePromiseDue(promise.due, today);
    if (listed.length > 0 || when) {
      const meta = main.createDiv({ cls: "kit-meta" });
      for (const person of listed) openNote(host, meta.createEl("a", { cls: "kit-name", text: person.name, href: "#" }), person.path);
      if (when) meta.createSpan({ cls: when.late ? "kit-late" : "kit-due-date", text: when.text });
    }
    const log = row.createEl("button", { cls: "clickable-icon kit-keep-and-log", attr: { "aria-label": `Done, and log a follow-through touch with ${namesOf(people)}` } });
    setIcon(log, "check-check");
    log.addEventListener("click", () => void host.actions.keepPromise(promise, people, true));
  }
}
