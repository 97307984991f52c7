import { normalizePath, TFile } from "obsidian";
import { updateBaseTiers } from "../../core/export/base-tiers";
import { RELATIONSHIPS_BASE_PATH, relationshipsBase } from "../../core/export/relationships-base";
import { messageOf } from "../../core/shared/errors";
import { forgetBases, rememberBase } from "../generated-bases";
import type { Services } from "../services";
import type { ChangeRecorder } from "../undo-history";
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
 * this refuses, so nothing of theirs is overwritten unasked. The base is remembered as
 * the plugin's, to be offered an update when the tiers change.
 */
export async function writeRelationshipsBase(services: Services, replace: boolean): Promise<BaseWrite> {
  const { path } = relationshipsBaseTarget(services);
  const text = relationshipsBase(services.settings);
  const { vault } = services.app;
  const existing = vault.getAbstractFileByPath(path);
  let created: boolean;
  if (existing instanceof TFile) {
    if (!replace) throw new Error(`${path} already exists.`);
    await vault.process(existing, () => text);
    created = false;
  } else if (existing) {
    throw new Error(`"${path}" is a folder.`);
  } else {
    await vault.create(path, text);
    created = true;
  }
  await rememberBase(services, path);
  return { path, created };
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

/** The plugin's bases that the current tiers would change, and those it can't read (with why). */
export interface BaseUpdatePlan {
  stale: string[];
  unreadable: { path: string; why: string }[];
}

/** Reads each base the plugin wrote and says which the current tiers would change. A base that is gone is forgotten. */
export async function planBaseUpdates(services: Services): Promise<BaseUpdatePlan> {
  const { vault } = services.app;
  const plan: BaseUpdatePlan = { stale: [], unreadable: [] };
  const gone: string[] = [];
  for (const path of services.settings.generatedBases) {
    const file = vault.getFileByPath(path);
    if (!file) {
      gone.push(path);
      continue;
    }
    const update = updateBaseTiers(await vault.read(file), services.settings);
    if (update.kind === "update") plan.stale.push(path);
    else if (update.kind === "unreadable") plan.unreadable.push({ path, why: update.why });
  }
  await forgetBases(services, gone);
  return plan;
}

/**
 * Sets the tier formulas of the plugin's bases from the current tiers, each base in one
 * `Vault.process` on the text as it is at that moment, so an edit made since the plan
 * is kept; everything but the two tier values stays as the user left it. Returns the
 * paths it changed; throws (keeping what was written) when a base can't be written.
 */
export async function updateBases(services: Services, paths: readonly string[], recorder: ChangeRecorder): Promise<string[]> {
  const { vault } = services.app;
  const updated: string[] = [];
  for (const path of paths) {
    const file = vault.getFileByPath(path);
    if (!file) throw new Error(`${path} is gone: it may have been renamed outside Obsidian or deleted.`);
    await vault.process(file, (text) => {
      const update = updateBaseTiers(text, services.settings);
      if (update.kind !== "update") return text;
      recorder.record(file.path, text, update.text);
      updated.push(file.path);
      return update.text;
    });
  }
  return updated;
}
