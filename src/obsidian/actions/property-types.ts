import { normalizePath } from "obsidian";
import { mergePropertyTypes, PROPERTY_TYPES_FILE, wantedTypes, type TypesMerge } from "../../core/export/property-types";
import { messageOf } from "../../core/shared/errors";
import type { Services } from "../services";
import { namesOf } from "./notice-words";
import type { ActionRunner } from "./runner";

/** Where Obsidian keeps property types: `types.json` in the vault's config folder. */
export function propertyTypesPath(services: Services): string {
  return normalizePath(`${services.app.vault.configDir}/${PROPERTY_TYPES_FILE}`);
}

/** What setting the contact property types would change, read from the file as it is now. Throws on a broken file. */
export async function planPropertyTypes(services: Services): Promise<TypesMerge & { path: string }> {
  const path = propertyTypesPath(services);
  const { adapter } = services.app.vault;
  const text = (await adapter.exists(path)) ? await adapter.read(path) : null;
  return { ...mergePropertyTypes(text, wantedTypes(services.settings.properties)), path };
}

/**
 * Adds the missing contact property types to the file. The merge runs again on the text
 * read in the write itself, so an entry set meanwhile (by Obsidian or another device) is
 * kept; a file that turned unreadable meanwhile is not written.
 */
export async function writePropertyTypes(services: Services): Promise<TypesMerge & { path: string }> {
  const path = propertyTypesPath(services);
  const { adapter } = services.app.vault;
  const wanted = wantedTypes(services.settings.properties);
  if (!(await adapter.exists(path))) {
    const merge = mergePropertyTypes(null, wanted);
    const folder = normalizePath(services.app.vault.configDir);
    if (!(await adapter.exists(folder))) await adapter.mkdir(folder);
    if (merge.added.length > 0) await adapter.write(path, merge.text);
    return { ...merge, path };
  }
  let merge: TypesMerge | null = null;
  await adapter.process(path, (text) => {
    merge = mergePropertyTypes(text, wanted);
    return merge.added.length > 0 ? merge.text : text;
  });
  return { ...(merge as unknown as TypesMerge), path };
}

/** What setting the contact property types would change; null, with a notice, when the types file can't be read. */
export async function planPropertyTypesOrSay(run: ActionRunner): Promise<(TypesMerge & { path: string }) | null> {
  try {
    return await planPropertyTypes(run.services);
  } catch (error) {
    run.say(`Couldn't read the property types in ${propertyTypesPath(run.services)}: ${messageOf(error)}. The file was left as it is.`, 10000);
    return null;
  }
}

/** Adds the missing contact property types, keeping every type that is there, and says what it set. */
export async function setPropertyTypesAndReport(run: ActionRunner): Promise<(TypesMerge & { path: string }) | null> {
  try {
    const done = await writePropertyTypes(run.services);
    run.say(
      done.added.length === 0
        ? "The contact properties have their types already."
        : `Set the type of ${namesOf(done.added.map((w) => w.name))} in ${done.path}.`,
    );
    return done;
  } catch (error) {
    run.say(`Couldn't set the property types in ${propertyTypesPath(run.services)}: ${messageOf(error)}. The file was left as it is.`, 10000);
    return null;
  }
}
