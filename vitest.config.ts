import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      // Tests run the real plugin against an in-memory stand-in of the Obsidian API.
      obsidian: fileURLToPath(new URL("./tests/fake/obsidian.ts", import.meta.url)),
    },
  },
  test: {
    environment: "happy-dom",
    setupFiles: ["tests/fake/setup.ts"],
    include: ["tests/**/*.test.ts"],
  },
});
