/** A link after a notice's message that does something when clicked ("Undo", "Write to daily note"). */
export interface NoticeLink {
  text: string;
  /** The link's CSS class. */
  cls: string;
  run: () => void;
  /** Whether only the first click counts: an undo is taken back once. */
  once: boolean;
}

/**
 * How the adapters speak to the user. The adapters define it, the UI supplies it (as
 * Obsidian notices) and the composition root hands one to the other, so no adapter
 * needs the UI to say how a write went.
 */
export interface NoticePort {
  /** A message for `duration` ms (Obsidian's default when omitted), with a link after it when one is given. */
  show(message: string, duration?: number, link?: NoticeLink): void;
}
