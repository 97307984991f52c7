/**
 * The YAML library, loaded the first time something needs it. Most startups never do:
 * the index reads properties from Obsidian's metadata cache and checks blocks with a
 * quick scan (plain-properties.ts), so only writes, and reads of unusual blocks, parse
 * YAML. Bundled, a `require` becomes a deferred initialisation, so opening the vault
 * doesn't pay for evaluating a library of about 100 KB it may not use that session.
 */
import type * as Yaml from "yaml";

let library: typeof Yaml | undefined;

export function yamlLibrary(): typeof Yaml {
  library ??= require("yaml") as typeof Yaml;
  return library;
}
