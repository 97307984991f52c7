import { runInNewContext } from "node:vm";

/** Small timing helpers for the benchmark: medians after a warm-up, and a forced GC. */

export const RUNS = 7;
export const WARMUP = 2;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `fn` WARMUP + runs times and returns the median of the timed runs, in ms. */
export async function medianOf(fn: (run: number) => Promise<number> | number, runs = RUNS, warmup = WARMUP): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const ms = await fn(i);
    if (i >= warmup) times.push(ms);
  }
  return median(times);
}

/** Times one synchronous call, in ms. */
export function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Times one async call, in ms. */
export async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Heap in use after a full collection (the benchmark's workers run with --expose-gc). */
export function heapUsed(): number {
  const gc = runInNewContext("typeof gc === 'function' ? gc : null") as (() => void) | null;
  if (!gc) throw new Error("Run the benchmark with node --expose-gc (npm run bench does).");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
