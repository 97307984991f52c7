import type { Contact } from "../core/contacts/contact";
import { readableKinds } from "../core/settings";
import { readFuel, type FuelItem } from "../core/conversation/fuel";
import { notePreview } from "../core/notes/note-preview";
import type { Touch } from "../core/touches/touch-line";
import { readTouchLog } from "../core/touches/touch-log";
import type { ReadServices } from "./services";
import { messageOf } from "../core/shared/errors";

/** What the reach-out queue shows about one person, read from their note in one go. */
export interface ReachOutCard {
  /** The newest line of the touch log, with its note: what was said last time. */
  lastLogged: Touch | null;
  /** What the user jotted to ask or share next time. */
  fuel: FuelItem[];
  /** The first lines of the note, as plain text. */
  preview: string[];
  /** Why the note couldn't be read, when it couldn't. */
  problem: string | null;
}

/** Reads the card for a contact from their note; a note that can't be read gives an empty card that says why. */
export async function readReachOutCard(services: ReadServices, contact: Pick<Contact, "path">): Promise<ReachOutCard> {
  const { settings } = services;
  const file = services.app.vault.getFileByPath(contact.path);
  if (!file) return { lastLogged: null, fuel: [], preview: [], problem: `No note at "${contact.path}": it may have been renamed or deleted.` };
  let text: string;
  try {
    text = await services.app.vault.cachedRead(file);
  } catch (error) {
    return { lastLogged: null, fuel: [], preview: [], problem: `Couldn't read ${file.basename}: ${messageOf(error)}` };
  }
  let lastLogged: Touch | null = null;
  for (const { line: _line, ...touch } of readTouchLog(text, settings.touchHeading, readableKinds(settings.touchKinds))) {
    if (!lastLogged || touch.date >= lastLogged.date) lastLogged = touch;
  }
  return {
    lastLogged,
    fuel: readFuel(text, settings.fuelHeading),
    preview: notePreview(text, [settings.touchHeading, settings.fuelHeading, settings.promiseHeading]),
    problem: null,
  };
}

/** Who is due, as the sidebar lists them: everyone overdue, the most overdue first, then everyone due soon. */
export function dueQueue(services: ReadServices): string[] {
  const { lists } = services.index.agenda();
  return [...lists.overdue.toArray(), ...lists.due.toArray()].map((entry) => entry.contact.path);
}

/**
 * A walk through the people who are due, a batch at a time: a batch holds as many as
 * the user means to reach in a week, so the queue never asks for more than that at once.
 */
export class ReachOutQueue {
  private index = 0;
  private batchStart = 0;

  constructor(
    readonly paths: readonly string[],
    readonly batchSize: number,
  ) {}

  get batchEnd(): number {
    return Math.min(this.batchStart + Math.max(1, this.batchSize), this.paths.length);
  }

  /** The person on show, or undefined once the batch is done. */
  get current(): string | undefined {
    return this.index < this.batchEnd ? this.paths[this.index] : undefined;
  }

  /** 1-based place in the batch, and the batch's length: "2 of 5". */
  get place(): { at: number; of: number } {
    return { at: this.index - this.batchStart + 1, of: this.batchEnd - this.batchStart };
  }

  /** How many are due after this batch. */
  get remaining(): number {
    return this.paths.length - this.batchEnd;
  }

  /** The next batch's size, when the user continues. */
  get nextBatchSize(): number {
    return Math.min(this.remaining, Math.max(1, this.batchSize));
  }

  next(): void {
    if (this.index < this.batchEnd) this.index++;
  }

  /** Starts the next batch, once this one is done. */
  continueWithNext(): void {
    if (this.current !== undefined || this.remaining === 0) return;
    this.batchStart = this.index;
  }
}
