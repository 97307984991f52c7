import { normalizePath, TFile } from "obsidian";
import { RELATIONSHIPS_BASE_PATH, relationshipsBase } from "../../core/export/relationships-base";
import { messageOf } from "../../core/shared/errors";
import type { Services } from "../services";
import type { ActionRunner } from "./runner";

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

/** Writes the relationships base from the current tiers; `replace` only once the user agreed to replace the one there. */
export async function writeBaseAndReport(run: ActionRunner, replace: boolean): Promise<BaseWrite | null> {
  try {
    const done = await writeRelationshipsBase(run.services, replace);
    run.say(`${done.created ? "Created" : "Replaced"} ${done.path}. Open it to see who is overdue, who is due soon and everyone.`);
    return done;
  } catch (error) {
    run.say(`Couldn't write the relationships base: ${messageOf(error)}`, 8000);
    return null;
  }
}
