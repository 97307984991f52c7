import { normalizePath, TFile } from "obsidian";
import { RELATIONSHIPS_BASE_PATH, relationshipsBase } from "../../core/export/relationships-base";
import type { Services } from "../services";

export type BaseWrite = { path: string; created: boolean };

/** Where the relationships base goes, and whether a file is already there. */
export function relationshipsBaseTarget(services: Services): { path: string; exists: boolean } {
  const path = normalizePath(RELATIONSHIPS_BASE_PATH);
  return { path, exists: services.app.vault.getAbstractFileByPath(path) !== null };
}

/**
 * Writes the relationships base at the vault's root from the current settings. A file
 * already there is replaced only when `replace` says the user agreed to it; otherwise
 * this refuses, so nothing of theirs is overwritten unasked.
 */
export async function writeRelationshipsBase(services: Services, replace: boolean): Promise<BaseWrite> {
  const { path } = relationshipsBaseTarget(services);
  const text = relationshipsBase(services.settings);
  const { vault } = services.app;
  const existing = vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    if (!replace) throw new Error(`${path} already exists.`);
    await vault.process(existing, () => text);
    return { path, created: false };
  }
  if (existing) throw new Error(`"${path}" is a folder.`);
  await vault.create(path, text);
  return { path, created: true };
}
