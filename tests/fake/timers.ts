// Timers captured when the fake loads, before a test can call vi.useFakeTimers():
// the metadata cache's worker-like delay and settle()/tick() keep running on real time.
export const realSetTimeout: typeof setTimeout = globalThis.setTimeout.bind(globalThis);
