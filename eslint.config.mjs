import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// Rules about code that runs inside Obsidian (on every platform, mobile included).
// Node-side code — the terminal agenda, build scripts, tests — runs in Node, where they don't apply.
const pluginOnlyRules = {
  "obsidianmd/no-nodejs-modules": "off",
  "obsidianmd/hardcoded-config-path": "off",
  "obsidianmd/prefer-window-timers": "off",
  "obsidianmd/no-tfile-tfolder-cast": "off",
  "obsidianmd/prefer-file-manager-trash-file": "off",
  "obsidianmd/ui/sentence-case": "off",
  "import/no-extraneous-dependencies": "off",
  // Obsidian lends plugins its moment; the terminal agenda has to bundle its own.
  "@typescript-eslint/no-restricted-imports": "off",
};

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "demo-vault/", "bench/results.json", "coverage/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "scripts/screenshots/*.mjs", "bench/*.mjs"],
          // The Node scripts above are few and small; the default of 8 is just under their count.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["src/cli/**", "scripts/**", "tests/**", "bench/**", "*.mjs", "*.config.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: pluginOnlyRules,
  },
  {
    // Daily-note names are Moment.js formats, so the terminal agenda bundles the Moment that Obsidian
    // itself ships (the plugin uses Obsidian's own through `import { moment } from "obsidian"`).
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["moment"] }] },
  },
  {
    // The YAML library is loaded on first use, not at startup: a require() there is what the bundler defers.
    files: ["src/core/notes/yaml-library.ts"],
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["^yaml$"] }] },
  },
  {
    // TypeScript itself checks names; eslint's no-undef doesn't know type-only globals like NodeJS.
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    // The fake re-implements Obsidian's API, deprecated members and `any`-typed signatures included.
    files: ["tests/fake/**", "tests/fake-selftest/**"],
    rules: {
      "@typescript-eslint/no-deprecated": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/prefer-instanceof": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/no-unsupported-api": "off",
      "obsidianmd/settings-tab/prefer-setting-definitions": "off",
      "obsidianmd/settings-tab/no-problematic-settings-headings": "off",
      "@typescript-eslint/no-restricted-imports": "off",
    },
  },
]);
