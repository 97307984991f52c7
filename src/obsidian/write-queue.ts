/**
 * Runs tasks one after another per key, in the order they were queued. A task that
 * fails doesn't hold up or fail the ones after it. The key says what a task writes:
 * the note itself (its `TFile`, which keeps its identity across renames) for a
 * contact note, the path for a daily note (a daily note is whatever note is at its
 * day's path, and may not exist yet).
 */
export class WriteQueue<K> {
  private readonly tails = new Map<K, Promise<unknown>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(task);
    this.tails.set(key, run);
    const cleanup = () => {
      if (this.tails.get(key) === run) this.tails.delete(key);
    };
    run.then(cleanup, cleanup);
    return run;
  }

  /** How many keys have work waiting or running (for tests: an idle queue holds nothing). */
  get size(): number {
    return this.tails.size;
  }
}
