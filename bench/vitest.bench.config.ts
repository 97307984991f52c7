import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// The benchmark runs the real plugin in the in-memory fake, like the tests, but only
// the files in bench/ and never as part of `npm test`.
export default defineConfig({
  resolve: {
    alias: {
      obsidian: fileURLToPath(new URL("../tests/fake/obsidian.ts", import.meta.url)),
    },
  },
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    environment: "happy-dom",
    setupFiles: ["tests/fake/setup.ts"],
    include: ["bench/**/*.bench-run.ts"],
    pool: "forks",
    // gc() for the heap figures; room for the 100,000-note vault and its metadata cache.
    execArgv: ["--expose-gc", "--max-old-space-size=8192"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
