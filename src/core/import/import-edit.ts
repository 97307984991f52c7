import { setProperty } from "../notes/frontmatter-edit";
import { addListItem } from "../notes/list-property";
import type { KeepInTouchSettings } from "../settings";
import type { ImportField } from "./import-record";
import type { FieldChange } from "./import-plan";

/** The property each imported field is written to, as the settings name them, and the list old companies go to. */
export type ImportKeys = Record<ImportField, string> & { pastCompanies: string };

export function importKeys(settings: KeepInTouchSettings): ImportKeys {
  const p = settings.properties;
  return { company: p.company, role: p.role, email: p.email, phone: p.phone, location: p.location, birthday: birthdayKey(settings), linkedin: p.linkedin, met: p.met, pastCompanies: p.pastCompanies };
}

/** The yearly-date property that holds birthdays: the one the settings call so, else `birthday`. */
export function birthdayKey(settings: KeepInTouchSettings): string {
  return settings.dateKeys.find((d) => !d.anniversary && (/birth/i.test(d.key) || /birth/i.test(d.label)))?.key ?? "birthday";
}

/**
 * A note's text with the chosen changes made, each with the byte-preserving property
 * edit; a replaced company joins the past companies first. Throws (and so leaves the
 * note as it was) when any edit can't be made safely.
 */
export function applyFieldChanges(text: string, changes: readonly FieldChange[], keys: ImportKeys): string {
  let out = text;
  for (const change of changes) {
    if (change.pastCompany) out = addListItem(out, keys.pastCompanies, change.pastCompany);
    out = setProperty(out, keys[change.field], change.value);
  }
  return out;
}

/** A new contact note: the template's text (or just a touch log heading) with the tier, when chosen, and the file's properties set. */
export function newNoteText(base: string, fields: readonly FieldChange[], keys: ImportKeys, tier: { key: string; id: string } | null): string {
  return applyFieldChanges(tier ? setProperty(base, tier.key, tier.id) : base, fields, keys);
}
