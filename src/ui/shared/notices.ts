import { Notice } from "obsidian";
import type { NoticeLink, NoticePort } from "../../obsidian/notice-port";

/** A notice's message with a link after it ("Undo"); a link marked `once` works once. */
export function messageWithLink(message: string, link: NoticeLink): DocumentFragment {
  return createFragment((fragment) => {
    fragment.appendText(`${message} `);
    const el = fragment.createEl("a", { text: link.text, href: "#", cls: link.cls });
    let used = false;
    el.addEventListener("click", (event) => {
      event.preventDefault();
      if (link.once && used) return;
      used = true;
      link.run();
    });
  });
}

/** The notice port as Obsidian shows it: a notice, with its link when it has one. The only place the plugin makes a Notice. */
export const obsidianNotices: NoticePort = {
  show(message, duration, link) {
    new Notice(link ? messageWithLink(message, link) : message, duration);
  },
};
