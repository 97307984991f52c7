import { describe, expect, it } from "vitest";
import { WriteQueue } from "../../src/obsidian/write-queue";

describe("WriteQueue", () => {
  it("runs one key's tasks one after another, in the order queued; a failure doesn't stop the next", async () => {
    const queue = new WriteQueue<object>();
    const note = {};
    const log: string[] = [];
    const slow = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(note, slow("a")), queue.run(note, slow("b", true)), queue.run(note, slow("c"))]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual(["a", "b", "c"]);
    expect(queue.size).toBe(0);
  });

  it("lets different keys run side by side", async () => {
    const queue = new WriteQueue<string>();
    const log: string[] = [];
    let release!: () => void;
    const held = queue.run("a", () => new Promise<void>((resolve) => (release = resolve)).then(() => void log.push("a")));
    await queue.run("b", async () => void log.push("b"));
    release();
    await held;
    expect(log).toEqual(["b", "a"]);
  });
});
