import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes } from "../../../src/core/import/encoding";

const DIR = join(__dirname, "../../fixtures/import");

/** A fixture's bytes, exactly as exported. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, name)));
}

/** A fixture read the way the plugin reads a picked file. */
export function fixtureText(name: string): string {
  return decodeBytes(fixtureBytes(name)).text;
}
