import { normalizePath } from "obsidian";
import { mergePropertyTypes, PROPERTY_TYPES_FILE, wantedTypes, type TypesMerge } from "../../core/export/property-types";
import type { Services } from "../services";

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
