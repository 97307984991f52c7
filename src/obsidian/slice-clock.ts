/** How long one slice of a long job may hold the main thread before yielding to the UI (a long task is 50 ms). */
export const SLICE_BUDGET_MS = 12;

/**
 * Lets the UI run (input, rendering) before the next slice. A message through a
 * channel comes back as soon as the event loop is free; a chain of zero-delay
 * timeouts would be clamped to 4 ms each after the fifth.
 */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.MessageChannel !== "function") {
      window.setTimeout(resolve, 0);
      return;
    }
    const channel = new window.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Cuts a long job into slices: says when one has run long enough, yields, and keeps the longest. */
export class SliceClock {
  slices = 1;
  longest = 0;
  /** What the job is doing now, and what it was doing in its longest slice. */
  step = "";
  longestStep = "";
  private start = performance.now();

  due(): boolean {
    return performance.now() - this.start > SLICE_BUDGET_MS;
  }

  async yield(): Promise<void> {
    this.end();
    await yieldToUi();
    this.slices++;
    this.start = performance.now();
  }

  end(): void {
    const ms = performance.now() - this.start;
    if (ms <= this.longest) return;
    this.longest = ms;
    this.longestStep = this.step;
  }
}
