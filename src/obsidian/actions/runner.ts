import { messageOf } from "../../core/shared/errors";
import type { Services } from "../services";
import { ChangeRecorder, type UndoStep } from "../undo-history";

/**
 * The one way a user action runs: whatever it wrote, in however many notes, becomes
 * one step to undo, and the user is told how it went through the notice port, with an
 * "Undo" link after a write. The actions build on it; so do the longer ones kept in
 * their own files (group touch, plans, import, the map, the calendar).
 */
export class ActionRunner {
  constructor(readonly services: Services) {}

  /** Runs one action as one undo step, without a notice (the API's writes). */
  async recorded<T>(label: string, action: (recorder: ChangeRecorder) => Promise<T>): Promise<T> {
    const recorder = new ChangeRecorder();
    try {
      return await action(recorder);
    } finally {
      this.services.undo.push(label, recorder);
    }
  }

  /**
   * Runs one action as one undo step and tells the user how it went; the notice
   * after a write carries an "Undo" link. Returns whether it landed.
   */
  async act<T>(label: string, failed: string, action: (recorder: ChangeRecorder) => Promise<T>, done: string | ((result: T) => string)): Promise<boolean> {
    const recorder = new ChangeRecorder();
    let result: T;
    try {
      result = await action(recorder);
    } catch (error) {
      this.services.undo.push(label, recorder);
      this.say(`${failed}: ${messageOf(error)}`, 8000);
      return false;
    }
    this.tell(typeof done === "string" ? done : done(result), this.services.undo.push(label, recorder));
    return true;
  }

  /** A notice for a write; with an "Undo" link when the write is a step that can be taken back. */
  tell(message: string, step: UndoStep | null, duration?: number): void {
    this.services.notices.show(message, duration, step ? { text: "Undo", cls: "kit-undo-link", once: true, run: () => void this.undo(step) } : undefined);
  }

  /** A notice that is not about a write. */
  say(message: string, duration?: number): void {
    this.services.notices.show(message, duration);
  }

  /** Takes back a step (the latest when none is given) and says what happened. */
  async undo(step: UndoStep | undefined = this.services.undo.last()): Promise<boolean> {
    if (!step) {
      this.say("Nothing to undo: the plugin hasn't changed any note in this session.");
      return false;
    }
    try {
      await this.services.undo.undo(step);
      this.say(`Undone: ${step.label}.`);
      return true;
    } catch (error) {
      this.say(`Couldn't undo "${step.label}": ${messageOf(error)}`, 8000);
      return false;
    }
  }

  /** Does the latest undone step again and says what happened. */
  async redo(step: UndoStep | undefined = this.services.undo.lastUndone()): Promise<boolean> {
    if (!step) {
      this.say("Nothing to redo: no change was undone since the last one.");
      return false;
    }
    try {
      await this.services.undo.redo(step);
      this.tell(`Redone: ${step.label}.`, step);
      return true;
    } catch (error) {
      this.say(`Couldn't redo "${step.label}": ${messageOf(error)}`, 8000);
      return false;
    }
  }
}
