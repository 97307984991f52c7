import { TFile, type App } from "obsidian";
import { readableKinds, type KeepInTouchSettings } from "../core/settings";
import type { Touch } from "../core/touches/touch-line";
import { readTouchLog } from "../core/touches/touch-log";
import { SliceClock } from "./slice-clock";

/** Notes read between two yields to the UI, so a big vault never freezes while the history loads. */
export const NOTES_PER_SLICE = 200;

/**
 * Every logged touch (with its kind, direction and exchange) of the contacts asked
 * for, read from their notes' touch logs. The index keeps only the days; the review
 * needs who reached out and what was exchanged. What was read is kept until the
 * note changes, so a redraw reads only the notes that changed.
 */
export class TouchHistory {
  private readonly known = new Map<string, readonly Touch[]>();
  /** Bumped by every `forget`: a read that started before it may hold old text and is not kept. */
  private generation = 0;

  constructor(
    private readonly app: App,
    private readonly settings: () => KeepInTouchSettings,
  ) {}

  /** Forgets what these notes said (null: every note, as after a change of settings). */
  forget(paths: readonly string[] | null): void {
    this.generation++;
    if (paths === null) this.known.clear();
    else for (const path of paths) this.known.delete(path);
  }

  /** The touch logs of these notes, reading the ones not known yet in slices. */
  async load(paths: readonly string[]): Promise<ReadonlyMap<string, readonly Touch[]>> {
    const { touchHeading, touchKinds } = this.settings();
    const clock = new SliceClock();
    let read = 0;
    const result = new Map<string, readonly Touch[]>();
    for (const path of paths) {
      let touches = this.known.get(path);
      if (touches === undefined) {
        if (read > 0 && read % NOTES_PER_SLICE === 0) await clock.yield();
        read++;
        const generation = this.generation;
        touches = await this.read(path, touchHeading, readableKinds(touchKinds));
        if (generation === this.generation) this.known.set(path, touches);
      }
      result.set(path, touches);
    }
    clock.end();
    return result;
  }

  private async read(path: string, heading: string, kinds: readonly string[]): Promise<readonly Touch[]> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return [];
    const text = await this.app.vault.cachedRead(file);
    return readTouchLog(text, heading, kinds).map(({ line: _line, ...touch }) => touch);
  }
}
